package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.sovai.io.LandscapeReader;
import dev.sovai.model.landscape.Landscape;

class ReadValidateWriteExampleTest {
  @Test
  void reportsTheProblemThenWritesTheCorrectedDocument() throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    Path canonical;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      canonical = ReadValidateWriteExample.run();
    } finally {
      System.setOut(original);
    }
    assertEquals("/sites/0/fleet/0/count 4:83: count must be ≥ 0, was -5",
        captured.toString(StandardCharsets.UTF_8).strip());
    Landscape corrected = LandscapeReader.strict().over(dev.sovai.io.ReferenceData.load()).read(canonical);
    assertEquals(8500, corrected.site("acme-sines").orElseThrow().acceleratorCount());
    assertEquals(corrected, LandscapeReader.strict().over(dev.sovai.io.ReferenceData.load())
        .read(canonical.resolveSibling("my-landscape.json")));
  }
}
