package dev.sovai.importers.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.io.LandscapeReader;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;

/** The import against the bundled reference data, written with the canonical writer and read back. */
class EpochJsonRoundTripTest {
  private static EpochImport withReference() throws IOException {
    return EpochImporterTest.sample(EpochImportOptions.asOf(EpochImporterTest.AS_OF)
        .withCatalogue(ReferenceData.load()));
  }

  @Test
  void theBundledCatalogueResolvesTheMappedChips() throws IOException {
    EpochImport r = withReference();
    Landscape l = r.landscape();
    assertEquals(List.of("amd-mi300x", "nvidia-b300", "nvidia-gb200", "nvidia-h100-sxm"),
        l.accelerators().stream().map(Accelerator::id).collect(Collectors.toList()));
    Site exotic = l.site("exotic-chip-cluster").orElseThrow();
    assertEquals(List.of(Optional.empty(), Optional.of("nvidia-b300")),
        exotic.fleet().stream().map(AcceleratorLot::accelerator).collect(Collectors.toList()));
    assertEquals("chip \"Tesla D1 Dojo\" is not in the chip table; kept as reported model",
        r.report().warnings().stream().filter(w -> w.row() == 9).findFirst().orElseThrow().reason());
    // the vendors come from the reference data, with the sources they cite
    assertEquals(ReferenceData.load().operator("nvidia"), l.operator("nvidia"));
    for (String source : l.operator("nvidia").orElseThrow().sources()) {
      assertTrue(l.source(source).isPresent(), source);
    }
  }

  @Test
  void theResultWritesAndReadsBackEqual(@TempDir Path dir) throws IOException {
    EpochImport r = withReference();
    for (Landscape l : List.of(r.landscape(), r.planned())) {
      Path file = dir.resolve("epoch.json");
      LandscapeWriter.canonical().write(l, file);
      assertEquals(l, LandscapeReader.strict().read(file));
      Landscape over = LandscapeReader.strict().over(ReferenceData.load()).read(file);
      assertEquals(l.sites(), over.sites());
      String json = LandscapeWriter.canonical().writeToString(l);
      assertEquals(json, LandscapeWriter.canonical().writeToString(LandscapeReader.strict().parse(json)));
    }
    String json = LandscapeWriter.canonical().writeToString(r.landscape());
    assertTrue(json.contains("\"kind\": \"supercomputer\"") || json.contains("\"kind\":\"supercomputer\""), json);
    assertTrue(json.contains("\"reportedModel\""));
  }
}
