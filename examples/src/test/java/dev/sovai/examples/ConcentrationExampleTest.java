package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.DealScreening;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.DimensionScreening;
import dev.sovai.scoring.concentration.ThresholdProfile;

class ConcentrationExampleTest {
  @Test
  void seedPipelineByUltimateControllerIsLedByMetasControllingShareholder() {
    ConcentrationResult r = ConcentrationExample.byController();
    // Prometheus's 300,000 GB200 (Epoch AI) under Meta, controlled by Mark Zuckerberg's 61.1 % of the votes
    assertEquals("mark-zuckerberg", r.partition().holder(0));
    assertEquals("nscale", r.partition().holder(1));
    assertTrue(r.index().hhi() > 1800, "the seed pipeline is highly concentrated under US 2023");
    assertEquals(12, r.sitesInScope());
  }

  @Test
  void hypotheticalDealCombinesTwoControllersAndTheFormulaAgrees() {
    DealScreening s = ConcentrationExample.screen();
    DimensionScreening d = s.dimension(Dimension.ULTIMATE_CONTROLLER);
    assertEquals(d.formulaDeltaHhi().getAsDouble(), d.deltaHhi(), 1e-6);
    // Nscale and Nebius together move the HHI by less than 100 points: the 2010 safe harbour applies
    assertTrue(d.deltaHhi() > 0 && d.deltaHhi() < 100, "delta " + d.deltaHhi());
    assertTrue(d.firing().get(ThresholdProfile.US_2010).stream().anyMatch(x -> x.id().equals("us-2010-small-change")));
  }

  @Test
  void mainPrintsBothParts() {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      ConcentrationExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("aligned-acquisition by ULTIMATE_CONTROLLER"), out);
    assertTrue(out.contains("controlled from GB"), out);
    assertFalse(out.contains("Exception"), out);
  }
}
