package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Finding;

/** One number, one meaning: the findings say what a share is of, and write HHI points one way. */
class FindingTextTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());

  private final ConcentrationResult byOperator = SCORER.measure(Fixtures.landscape(),
      Measure.of(Dimension.OPERATOR, Basis.ACCELERATORS, Scope.operational()));

  private List<String> messages() {
    return byOperator.toAssessment().findings().stream().map(Finding::message).collect(Collectors.toList());
  }

  @Test
  void theLargestShareIsOfKnownCapacityAndSaysSo() {
    // hyper 2,000 of 4,000 known accelerators (4,500 in all, 500 with no known holder): 50 % of known, 44.4 % of all
    assertEquals(0.5, byOperator.index().largestShare(), 1e-12);
    String top = messages().get(0);
    assertTrue(top.contains("largest, as shares of known capacity: hyper 50.0 %"), top);
    assertTrue(top.contains("11.1 % of all capacity has no known holder"), top);
    for (String m : messages()) {
      if (m.contains("largest share")) {
        assertTrue(m.contains("largest share 50.0 % of known capacity, held by hyper"), m);
      }
    }
  }

  @Test
  void everyFindingWithHhiNamesDimensionBasisScopeAndDate() {
    String what = "by operator on accelerators (" + byOperator.scope() + " on " + byOperator.asOf() + ")";
    List<String> withHhi = messages().stream().filter(m -> m.contains("HHI")).collect(Collectors.toList());
    assertTrue(withHhi.size() >= 2, withHhi::toString);
    withHhi.forEach(m -> assertTrue(m.contains(what), m));
  }

  @Test
  void hhiPointsAreGroupedByThousandsInEveryFinding() {
    String hhi = ConcentrationResult.points(byOperator.index().hhi());
    assertTrue(hhi.matches("\\d{1,2},\\d{3}"), hhi);
    for (String m : messages()) {
      assertFalse(m.matches(".*HHI \\d{4}.*"), m);
      assertFalse(m.matches(".*hhi [<>≥≤]+ \\d{4}.*"), m);
    }
    assertEquals("10,000", ConcentrationResult.points(10_000));
    assertEquals("0", ConcentrationResult.points(0.4));
  }
}
