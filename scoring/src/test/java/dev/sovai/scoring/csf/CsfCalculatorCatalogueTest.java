package dev.sovai.scoring.csf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.sovai.model.csf.CsfCatalogue;

/**
 * The bundled catalogue of the June 2026 calculator: 48 criteria in 8 objectives with the research's maximum points,
 * and the criteria sovai derives from facts ({@link CsfCriterion}) agree with it.
 */
class CsfCalculatorCatalogueTest {
  private static final CsfCatalogue CATALOGUE = CsfCatalogue.calculator2026();

  @Test
  void fortyEightCriteriaInEightObjectivesWithTheirMaximumPoints() {
    List<CsfCatalogue.Criterion> all = CATALOGUE.criteria();
    assertEquals(48, all.size());
    Map<String, Integer> count = new TreeMap<>();
    Map<String, Double> total = new TreeMap<>();
    for (CsfCatalogue.Criterion c : all) {
      count.merge(c.objective(), 1, Integer::sum);
      total.merge(c.objective(), c.maxPoints(), Double::sum);
      CsfObjective.of(c); // every objective is one of the framework's eight
      double previous = -1;
      for (CsfCatalogue.Rung r : c.rungs()) {
        assertTrue(r.points() > previous, c.code() + " " + r.label() + ": points rise along the ladder");
        previous = r.points();
      }
      assertEquals(0, c.rung(0).points(), 1e-9, c.code() + ": the worst rung earns nothing");
    }
    assertEquals(Map.of("SOV-1", 8, "SOV-2", 6, "SOV-3", 5, "SOV-4", 6, "SOV-5", 7, "SOV-6", 5, "SOV-7", 7, "SOV-8", 4),
        count);
    double[] max = {125, 167, 200, 167, 143, 200, 143, 250};
    for (CsfCatalogue.Criterion c : all) {
      assertEquals(max[CsfObjective.of(c).ordinal()], c.maxPoints(), 1e-9, c.code());
    }
    // each objective is worth about 1,000 points (research §1.2)
    total.values().forEach(t -> assertEquals(1000, t, 2.0));
    assertTrue(CATALOGUE.provenance().citation().contains("104d8657aaa139380a9f55b324b65dafb55088d0"));
    assertFalse(CATALOGUE.criterion("SOV-9.1").isPresent());
  }

  @Test
  void theCriteriaDerivedFromFactsAgreeWithTheCatalogue() {
    for (CsfCriterion c : CsfCriterion.values()) {
      CsfCatalogue.Criterion e = c.entry();
      assertEquals(c.code(), e.code());
      assertEquals(c.objective(), CsfObjective.of(e), c.code());
      assertEquals(c.maxPoints(), e.maxPoints(), 1e-9, c.code());
      assertEquals(c.gates(), e.gates(), c.code());
      for (CsfRung r : c.rungs()) {
        if (r.provenance().estimated() || r.points().isEmpty()) {
          continue; // sovai's own reading, not the calculator's
        }
        assertTrue(e.rungs().stream().anyMatch(k -> k.seal() == r.seal() && Math.abs(k.points() - r.earned()) < 1e-9),
            c.code() + " " + r.label() + " (" + r.earned() + "; SEAL " + r.seal() + ") is not a rung of the catalogue");
      }
    }
  }

  @Test
  void criteriaWhoseEveryRungCarriesSeal4AndTheHardwareCriteriaDoNotGate() {
    for (CsfCatalogue.Criterion c : CATALOGUE.criteria()) {
      boolean allFour = c.rungs().stream().allMatch(r -> r.seal() == 4);
      boolean hardware = List.of("SOV-3.5", "SOV-5.1", "SOV-5.2", "SOV-5.3", "SOV-6.5").contains(c.code());
      assertEquals(!(allFour || hardware), c.gates(), c.code());
    }
  }
}
