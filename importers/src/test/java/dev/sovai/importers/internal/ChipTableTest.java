package dev.sovai.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sovai.io.ReferenceData;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;

/** The bundled chip table against the bundled reference catalogue. */
class ChipTableTest {
  private static final SpellingTable CHIPS = SpellingTable.load("chips.tsv");
  private static final Landscape REF = ReferenceData.load();

  @Test
  void everyMappedChipIsACatalogueEntryWithItsVendorAndSources() {
    for (String id : CHIPS.entries().values()) {
      Accelerator a = REF.accelerator(id).orElseThrow(() -> new AssertionError(id + " is not in the catalogue"));
      assertTrue(REF.operator(a.vendor()).isPresent(), id + " vendor " + a.vendor());
      assertFalse(a.sources().isEmpty(), id + " sources");
      a.sources().forEach(s -> assertTrue(REF.source(s).isPresent(), id + " source " + s));
    }
  }

  @Test
  void everyChipTypeOfTheEpochExportAndTheCommonTop500AcceleratorsResolve() {
    List<String> names = List.of("NVIDIA H100 SXM5 80GB", "NVIDIA A100", "NVIDIA GB200", "NVIDIA V100",
        "NVIDIA Tesla V100 SXM2", "NVIDIA A100 SXM4 80 GB", "NVIDIA GH200", "Google TPU v4", "NVIDIA A100 SXM4 40 GB",
        "Google TPU v3", "NVIDIA H200 SXM", "AMD Radeon Instinct MI250X", "Cerebras CS-2",
        "NVIDIA GB300 (Blackwell Ultra)", "NVIDIA B200", "AMD Instinct MI300A", "AMD Instinct MI300X", "NVIDIA P100",
        "NVIDIA Tesla V100 DGXS 32 GB", "NVIDIA Tesla V100 SXM2 32 GB", "Google TPU v5p", "NVIDIA Tesla K20X",
        "AMD Instinct MI210", "NVIDIA A100 PCIe", "NVIDIA Tesla P100 PCIe 16GB", "NVIDIA Tesla K40c",
        "Amazon Trainium2", "Google TPU v5e", "Amazon Trainium1", "Intel Data Center GPU Max 1550",
        "Huawei Ascend 910B", "Intel Habana Gaudi2", "NVIDIA L40", "Cerebras CS-3", "Google TPU v1",
        "NVIDIA A40 PCIe", "Google TPU v2", "NVIDIA Tesla P100 SXM2", "NVIDIA Tesla K80", "NVIDIA Tesla K40m",
        // TOP500 spellings
        "NVIDIA GH200 Superchip", "NVIDIA H100", "NVIDIA A100 SXM4 64 GB", "NVIDIA Volta GV100",
        "Intel Data Center GPU Max", "AMD Instinct MI250X", "NVIDIA Tesla V100", "NVIDIA Tesla P100",
        "NVIDIA H100 SXM5 94 GB", "AMD Instinct MI100", "NVIDIA Tesla K20x",
        // and the rest of the brief: H800, H20, Gaudi 3, Ascend 910C, TPU v6e
        "NVIDIA H800", "NVIDIA H20", "Intel Gaudi 3", "Huawei Ascend 910C", "Google TPU v6e");
    for (String n : names) {
      Optional<String> id = CHIPS.lookUp(n);
      assertTrue(id.isPresent(), n);
      assertTrue(REF.accelerator(id.get()).isPresent(), n + " -> " + id.get());
    }
    assertEquals(Optional.of("nvidia-gh200"), CHIPS.lookUp("NVIDIA GH200"));
    assertEquals(Optional.of("nvidia-v100-sxm2"), CHIPS.lookUp("nvidia  tesla v100 sxm2"));
  }

  @Test
  void aChipNamedOnlyByItsFamilyCountsForItsVendor() {
    assertEquals(Optional.of("nvidia-blackwell-family"), CHIPS.lookUp("NVIDIA Blackwell"));
    assertEquals(Optional.of("nvidia-grace-blackwell-family"), CHIPS.lookUp("NVIDIA Grace Blackwell systems"));
    LocalDate d = LocalDate.of(2025, 6, 1);
    Site s = Site.builder().id("blackwell-site").name("Blackwell site").kind(SiteKind.SUPERCOMPUTER)
        .jurisdiction("US").status(SiteStatus.OPERATIONAL)
        .addFleet(AcceleratorLot.of("nvidia-blackwell-family", 1000))
        .addFleet(AcceleratorLot.of("nvidia-grace-blackwell-family", 1000))
        .addFleet(AcceleratorLot.of("amd-mi300x", 2000)).build();
    Landscape l = Landscape.builder().from(REF).asOf(d).addSites(s).build();
    Partition p = ConcentrationScorer.of(ConcentrationProfile.standard()).measure(l,
        Measure.of(Dimension.ACCELERATOR_VENDOR, Basis.ACCELERATORS, Scope.operational()), d).partition();
    assertEquals(0.5, p.shareOf("nvidia"), 1e-9);
    assertEquals(0.5, p.shareOf("amd"), 1e-9);
    assertEquals(0.0, p.unknownWeight());
    Accelerator family = REF.accelerator("nvidia-blackwell-family").orElseThrow();
    assertTrue(family.denseBf16Tflops().isEmpty() && family.h100Equivalent().isEmpty(),
        "a family has no performance figure: its FLOP/s stay unknown");
  }
}
