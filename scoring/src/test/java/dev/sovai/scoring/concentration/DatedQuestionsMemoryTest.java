package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.ControlShapes;
import dev.sovai.testkit.Heap;
import org.junit.jupiter.api.Test;

/**
 * Asking one analysis about many dates keeps a bounded amount per date: 365 daily questions about a landscape of
 * 20,000 sites (a trend asks one per step) once kept an array of every site's status per date, about 29 MB here;
 * only the last few dates are kept now, and the answers are the same whether a date's statuses were kept or not.
 */
class DatedQuestionsMemoryTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());
  /** 200,000 operators in a chain, a site for every tenth: 20,000 sites. */
  private static final int OPERATORS = 200_000;
  private static final int DATES = 365;

  @Test
  void dailyQuestionsKeepABoundedNumberOfDates() throws InterruptedException {
    Landscape landscape = ControlShapes.chain(OPERATORS);
    assertEquals(OPERATORS / 10, landscape.sites().size());
    Measure measure = Measure.of(Dimension.SITE_JURISDICTION, Basis.ACCELERATORS, Scope.operational());
    LocalDate first = ControlShapes.AS_OF.minusDays(DATES);
    ConcentrationResult early = SCORER.measure(landscape, measure, first);
    long before = Heap.usedAfterCollection();
    for (int d = 1; d < DATES; d++) {
      SCORER.measure(landscape, measure, first.plusDays(d));
    }
    long retained = Heap.usedAfterCollection() - before;
    long perDate = 4L * landscape.sites().size(); // one reference per site, compressed or not: at least 4 bytes
    assertTrue(retained < 64L * perDate,
        "asking " + DATES + " dates retained " + retained + " bytes; one date's statuses take at least " + perDate);
    // the first date's statuses have long been dropped: asked again, the same answer
    assertEquals(early.toAssessment(), SCORER.measure(landscape, measure, first).toAssessment());
    assertTrue(landscape.sites().size() > 0); // keeps the landscape (and so the scorer's analysis) reachable
  }
}
