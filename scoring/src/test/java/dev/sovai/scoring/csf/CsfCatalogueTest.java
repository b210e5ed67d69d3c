package dev.sovai.scoring.csf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The catalogue's ladders and presets are consistent data, each figure with its provenance. */
class CsfCatalogueTest {

  @Test
  void everyLadderRisesFromItsWorstRungAndStaysWithinItsMaximum() {
    for (CsfCriterion c : CsfCriterion.values()) {
      List<CsfRung> rungs = c.rungs();
      assertTrue(rungs.size() >= 2, c.code());
      double previous = -1;
      for (CsfRung r : rungs) {
        assertTrue(r.provenance().year() >= 2025, c.code() + " " + r.label());
        if (r.points().isPresent()) {
          assertTrue(r.points().getAsDouble() > previous, c.code() + " " + r.label());
          assertTrue(r.points().getAsDouble() <= c.maxPoints() + 1e-9, c.code() + " " + r.label());
          previous = r.points().getAsDouble();
        }
      }
      assertEquals(c.maxPoints(), rungs.get(rungs.size() - 1).earned(), 1e-9, c.code() + ": top rung earns the maximum");
      assertEquals(c.code().substring(0, 5), c.objective().code());
    }
  }

  @Test
  void pointsNotTranscribedAreMarkedEstimated() {
    for (CsfRung r : CsfCriterion.SOV_4_4.rungs()) {
      assertTrue(r.provenance().estimated(), r.label());
    }
    for (CsfRung r : CsfCriterion.SOV_7_1.rungs()) {
      assertTrue(r.provenance().estimated(), r.label());
    }
    for (CsfRung r : CsfCriterion.SOV_8_1.rungs()) {
      assertFalse(r.provenance().estimated(), r.label());
    }
    CsfRung traceable = CsfCriterion.SOV_8_4.rung(1);
    assertTrue(traceable.points().isEmpty());
    assertThrows(IllegalStateException.class, traceable::earned);
  }

  @Test
  void bothWeightPresetsSumToAHundredAndCiteTheirSource() {
    assertEquals(List.of(CsfWeights.V1_2_1, CsfWeights.CALCULATOR_2026_06), CsfWeights.presets());
    for (CsfWeights w : CsfWeights.presets()) {
      assertEquals(100, w.asMap().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9, w.name());
      assertFalse(w.provenance().estimated(), w.name());
    }
    assertEquals(2025, CsfWeights.V1_2_1.provenance().year());
    assertEquals(2026, CsfWeights.CALCULATOR_2026_06.provenance().year());
  }

  @Test
  void theEnergyEfficiencyLadderHasStrictBoundsAndItsTwoConditions() {
    List<CsfRung> rungs = CsfCriterion.SOV_8_1.rungs();
    assertTrue(rungs.get(0).pueBelow().isEmpty());
    assertEquals(CsfRung.Condition.ROADMAP, rungs.get(2).condition());
    assertEquals(CsfRung.Condition.EU_VERIFIED, rungs.get(4).condition());
    assertEquals("PUE < 1.3", PueRating.rungFor(1.29, false).orElseThrow().label());
    assertEquals("PUE < 1.5 with an improvement roadmap", PueRating.rungFor(1.3, false).orElseThrow().label());
    assertEquals("PUE < 1.3", PueRating.rungFor(1.1, false).orElseThrow().label());
    assertEquals("PUE < 1.2, EU-verified", PueRating.rungFor(1.1, true).orElseThrow().label());
    assertEquals("PUE < 3", PueRating.rungFor(2.99, false).orElseThrow().label());
    assertEquals("PUE > 0", PueRating.rungFor(3, false).orElseThrow().label());
  }

  @Test
  void aRungRefusesImpossibleFigures() {
    assertThrows(IllegalArgumentException.class, () -> CsfRung.of("x", 5, 0, CsfCriterion.SOV_1_1.rung(0).provenance()));
    assertThrows(IllegalArgumentException.class, () -> CsfRung.of("x", 1, -1, CsfCriterion.SOV_1_1.rung(0).provenance()));
    assertThrows(IllegalArgumentException.class, () -> CsfRung.of(" ", 1, 0, CsfCriterion.SOV_1_1.rung(0).provenance()));
  }
}
