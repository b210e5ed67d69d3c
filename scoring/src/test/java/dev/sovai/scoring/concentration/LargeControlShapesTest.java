package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.ControlShapes;
import org.junit.jupiter.api.Test;

/**
 * Concentration by ultimate controller and by controlling jurisdiction of the shapes of control that made it
 * quadratic (each site spread over every member of its operator's ring): a ring of 10,000 operators, a clique of 300
 * and a chain of 100,000. Each must finish with the partition the shape implies. No timing is asserted.
 */
class LargeControlShapesTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());

  private static ConcentrationResult measure(Landscape l, Dimension d) {
    return SCORER.measure(l, Measure.of(d, Basis.ACCELERATORS, Scope.operational()));
  }

  @Test
  void aRingOf10000SpreadsEverySiteOverEveryMember() {
    Landscape ring = ControlShapes.ring(10_000);
    ConcentrationResult byController = measure(ring, Dimension.ULTIMATE_CONTROLLER);
    Partition p = byController.partition();
    assertEquals(10_000, p.asMap().size());
    assertEquals(100_000.0, p.knownWeight(), 1e-6);
    assertEquals(10.0, p.asMap().get("op-4321"), 1e-9, "1,000 sites × 100 accelerators over 10,000 members");
    assertEquals(10_000, p.flagged().size(), "a ring's split is flagged");
    assertEquals(1.0, byController.index().hhi(), 1e-6);
    assertTrue(byController.chainOf("op-4321").size() <= 10_002);
    Assessment a = byController.toAssessment();
    assertTrue(a.findings().stream().allMatch(f -> f.message().length() <= 4096));
    Partition byCountry = measure(ring, Dimension.CONTROLLING_JURISDICTION).partition();
    assertEquals(Map.of("US", 50_000.0, "FR", 50_000.0).keySet(), byCountry.asMap().keySet());
    assertEquals(50_000.0, byCountry.asMap().get("US"), 1e-6);
  }

  @Test
  void aCliqueOf300KeepsEachSiteWithItsOperator() {
    Partition p = measure(ControlShapes.clique(300), Dimension.ULTIMATE_CONTROLLER).partition();
    assertEquals(30, p.asMap().size());
    assertEquals(100.0, p.asMap().get("op-150"), 1e-9);
  }

  @Test
  void aChainOf100000GivesEverythingToItsTop() {
    Landscape chain = ControlShapes.chain(100_000);
    ConcentrationResult r = measure(chain, Dimension.ULTIMATE_CONTROLLER);
    assertEquals(Map.of("op-0", 1_000_000.0), r.partition().asMap());
    assertEquals(10_000.0, r.index().hhi(), 1e-6);
    assertEquals(Map.of("FR", 1_000_000.0), measure(chain, Dimension.CONTROLLING_JURISDICTION).partition().asMap());
  }
}
