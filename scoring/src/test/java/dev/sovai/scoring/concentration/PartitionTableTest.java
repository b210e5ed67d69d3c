package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.HolderShare;
import dev.sovai.model.assessment.Shares;
import dev.sovai.model.landscape.Landscape;

/** Every table as data: the assessment carries the partition's holder table, figure for figure. */
class PartitionTableTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());
  private final Landscape landscape = Fixtures.landscape();

  static void assertTableIsThePartition(ConcentrationResult r, Shares t) {
    Partition p = r.partition();
    assertEquals(ConcentrationResult.slug(r.dimension()), t.dimension());
    assertEquals(r.basis().unit(), t.unit());
    assertEquals(r.scope().region().orElse("world"), t.region());
    assertEquals(r.scope().statuses().size(), t.statuses().size());
    assertEquals(r.asOf(), t.asOf());
    assertEquals(p.totalWeight(), t.totalWeight(), 0.0);
    assertEquals(p.unknownWeight(), t.unknownWeight(), 0.0);
    assertEquals(p.size(), t.holders().size());
    for (int rank = 0; rank < p.size(); rank++) {
      HolderShare h = t.holders().get(rank);
      assertEquals(p.holder(rank), h.holder());
      assertEquals(p.weight(rank), h.weight(), 0.0);
      assertEquals(p.shareOf(h.holder()), h.shareOfAll(), 1e-12);
      assertEquals(p.weight(rank) / p.knownWeight(), h.shareOfKnown(), 1e-12);
      assertEquals(p.flagged().contains(h.holder()), h.estimated());
    }
    if (!r.index().isEmpty()) {
      assertEquals(r.index().hhi(), t.hhi().getAsDouble(), 1e-9);
    }
    assertEquals(r.index().hasUnknown(), t.hhiLower().isPresent());
  }

  @Test
  void aConcentrationAssessmentCarriesItsHolderTable() {
    ConcentrationResult r = SCORER.measure(landscape,
        Measure.of(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS, Scope.operational()));
    List<Shares> shares = r.toAssessment().shares();
    assertEquals(1, shares.size());
    Shares t = shares.get(0);
    assertTableIsThePartition(r, t);
    assertEquals("ultimate-controller", t.dimension());
    assertEquals("accelerators", t.basis());
    assertEquals(List.of("operational"), t.statuses());
    assertEquals(Optional.empty(), t.stage());
    assertEquals(500.0, t.unknownWeight(), 0.0);
    assertTrue(t.hhiLower().getAsDouble() <= t.hhi().getAsDouble()
        && t.hhi().getAsDouble() <= t.hhiUpper().getAsDouble(), t::toString);
    assertTrue(t.holders().stream().anyMatch(HolderShare::estimated), t::toString);
  }

  @Test
  void withNoKnownHolderTheTableHasNoHhiAndNoHolders() {
    ConcentrationResult r = SCORER.measure(landscape,
        Measure.of(Dimension.OPERATOR, Basis.ACCELERATORS, Scope.in("JP")));
    Shares t = r.toAssessment().shares().get(0);
    assertEquals("JP", t.region());
    assertFalse(t.hhi().isPresent());
    assertTrue(t.holders().isEmpty());
  }

  @Test
  void aDealScreeningCarriesTheTablesBeforeAndAfterOfEachDimension() {
    DealScreening s = SCORER.screen(landscape, DealMeasure.of(Fixtures.buyOut(),
        java.util.Set.of(Dimension.ULTIMATE_CONTROLLER, Dimension.CONTROLLING_JURISDICTION), Basis.ACCELERATORS,
        Scope.operational()));
    List<Shares> shares = s.toAssessment().shares();
    assertEquals(4, shares.size());
    for (DimensionScreening d : s.dimensions()) {
      String dim = ConcentrationResult.slug(d.dimension());
      Shares before = shares.stream().filter(t -> t.dimension().equals(dim) && t.stage().equals(Optional.of("before")))
          .findFirst().orElseThrow();
      Shares after = shares.stream().filter(t -> t.dimension().equals(dim) && t.stage().equals(Optional.of("after")))
          .findFirst().orElseThrow();
      assertTableIsThePartition(d.pre(), before);
      assertTableIsThePartition(d.post(), after);
    }
  }
}
