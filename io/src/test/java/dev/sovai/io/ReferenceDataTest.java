package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;

class ReferenceDataTest {
  @Test
  void loadsOnceAndHoldsTheFixedIdentifiers() {
    Landscape ref = ReferenceData.load();
    assertSame(ref, ReferenceData.load());
    for (String vendor : List.of("nvidia", "amd", "tsmc")) {
      assertTrue(ref.operator(vendor).isPresent(), vendor);
    }
    for (String acc : List.of("nvidia-a100-sxm", "nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "nvidia-gb200",
        "nvidia-b300", "nvidia-gb300", "nvidia-rtx-pro-6000", "amd-mi300x", "amd-mi325x", "amd-mi355x")) {
      assertTrue(ref.accelerator(acc).isPresent(), acc);
    }
    assertTrue(ref.sources().stream().allMatch(s -> s.id().startsWith("ref-")));
  }

  @Test
  void theBundledFileIsCanonical() throws Exception {
    try (var in = ReferenceData.class.getResourceAsStream(ReferenceData.RESOURCE)) {
      String bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(bundled, LandscapeWriter.canonical().writeToString(ReferenceData.load()));
    }
  }

  @Test
  void aUserDocumentReadsOverIt() {
    String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n"
        + " \"operators\": [{\"id\": \"me\", \"name\": \"Me\", \"kind\": \"neocloud\", \"seat\": \"PT\"}],\n"
        + " \"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"PT\", \"operator\": \"me\","
        + " \"status\": \"operational\", \"fleet\": [{\"accelerator\": \"nvidia-h100-sxm\", \"count\": 10}]}]}";
    LandscapeFormatException alone = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(doc));
    assertEquals("/sites/0/fleet/0/accelerator", alone.problems().get(0).pointer());
    Landscape l = LandscapeReader.strict().over(ReferenceData.load()).parse(doc);
    assertTrue(l.site("s").isPresent());
    assertTrue(l.accelerator("nvidia-h100-sxm").isPresent());
    assertEquals(ReferenceData.load().merge(LandscapeReader.strict().over(ReferenceData.load()).parse(doc)), l);
  }

  @Test
  void aMissingResourceIsAClearError() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReferenceData.load("/dev/sovai/io/none.json"));
    assertTrue(e.getMessage().contains("/dev/sovai/io/none.json"), e.getMessage());
  }

  @Test
  void anInvalidResourceIsAClearError() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ReferenceData.load(InvalidCorpusTest.DIR + "negative-count.json"));
    assertTrue(e.getMessage().contains("count must be ≥ 0, was -5"), e.getMessage());
  }

  @Test
  void overBaseReportsDuplicatesWithinTheDocument() {
    String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", \"sources\": [\n"
        + "{\"id\": \"a\", \"title\": \"A\"},\n{\"id\": \"a\", \"title\": \"B\"}]}";
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
        () -> LandscapeReader.strict().over(ReferenceData.load()).parse(doc));
    assertEquals("/sources/1/id", e.problems().get(0).pointer());
    assertEquals(3, e.problems().get(0).line());
  }
}
