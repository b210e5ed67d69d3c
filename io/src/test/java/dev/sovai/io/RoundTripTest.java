package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.model.landscape.Landscape;

class RoundTripTest {
  private final LandscapeReader reader = LandscapeReader.strict();
  private final LandscapeWriter writer = LandscapeWriter.canonical();

  @Test
  void richLandscapeRoundTripsAndRewritesIdentically() throws Exception {
    Landscape x = Fixtures.rich();
    byte[] first = writer.toBytes(x);
    Landscape back = reader.read(first);
    assertEquals(x, back);
    assertArrayEquals(first, writer.toBytes(back));
  }

  @Test
  void allInputsAndOutputsAgree(@TempDir Path dir) throws Exception {
    Landscape x = Fixtures.rich();
    String text = writer.writeToString(x);
    StringWriter w = new StringWriter();
    writer.write(x, w);
    assertEquals(text, w.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(x, out);
    assertEquals(text, out.toString(StandardCharsets.UTF_8));
    Path file = dir.resolve("l.json");
    writer.write(x, file);
    assertEquals(text, Files.readString(file));
    assertEquals(x, reader.read(file));
    assertEquals(x, reader.read(new StringReader(text)));
    assertEquals(x, reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertEquals(x, reader.parse(text));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void handWrittenDocumentReadsAndItsCanonicalFormIsAFixedPoint() throws Exception {
    byte[] doc;
    try (var in = getClass().getResourceAsStream("/dev/sovai/io/ReaderFuzzTestInputs/readerLetsOnlyItsExceptionEscape/valid-small")) {
      doc = in.readAllBytes();
    }
    Landscape l = reader.read(doc);
    assertEquals(1, l.sites().size());
    assertEquals(List.of(), l.sites().get(0).owners());
    assertTrue(l.deals().get(0).effects().sites().get(0).owners().orElseThrow().isEmpty());
    byte[] canonical = writer.toBytes(l);
    assertArrayEquals(canonical, writer.toBytes(reader.read(canonical)));
  }

  @Test
  void canonicalLayout() {
    String text = writer.writeToString(Fixtures.minimal());
    assertEquals("{\n"
        + "  \"format\": \"sovai.landscape\",\n"
        + "  \"version\": 1,\n"
        + "  \"asOf\": \"2025-01-01\",\n"
        + "  \"sites\": [\n"
        + "    {\n"
        + "      \"id\": \"s\",\n"
        + "      \"name\": \"S\",\n"
        + "      \"jurisdiction\": \"PT\",\n"
        + "      \"status\": \"announced\"\n"
        + "    }\n"
        + "  ]\n"
        + "}\n", text);
  }

  @Test
  void defaultsMayBeWrittenOut() {
    Landscape x = reader.parse("{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-01-01\","
        + "\"sites\": [{\"id\": \"s\", \"name\": \"S\", \"kind\": \"data_centre\", \"jurisdiction\": \"PT\","
        + "\"status\": \"announced\", \"confidence\": \"reported\"}]}");
    assertEquals(Fixtures.minimal(), x);
  }

  @Test
  void richDocumentPrintsEverySection() {
    String text = writer.writeToString(Fixtures.rich());
    for (String member : new String[] {"jurisdictions", "operators", "accelerators", "sites", "deals", "sources",
        "\"effects\"", "\"owners\": []", "\"hardwareCost\"", "\"amount\": \"2500000000.5\""}) {
      assertTrue(text.contains(member), () -> member + " missing in\n" + text);
    }
  }
}
