package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.io.AssessmentReader;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.HolderShare;
import dev.sovai.model.assessment.Shares;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;

/** Every table as data: the JSON of concentration, report and deal carries each holder's shares, on the seed. */
class SharesJsonOutputTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());
  private final Landscape seed = Documents.seed();

  private static Dimension dimension(String slug) {
    return Dimension.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Recomputes the table's measure with the scorer and checks every figure against the partition. */
  private void assertIsTheScorersPartition(Shares t) {
    Scope scope = Scope.operational().withPipeline();
    if (!t.region().equals("world")) {
      scope = scope.withRegion(t.region());
    }
    assertEquals(List.of("announced", "under_construction", "operational"), t.statuses());
    ConcentrationResult r = SCORER.measure(seed, Measure.of(dimension(t.dimension()),
        Basis.valueOf(t.basis().toUpperCase(Locale.ROOT).replace('-', '_')), scope), t.asOf());
    Partition p = r.partition();
    assertEquals(p.totalWeight(), t.totalWeight(), 0.0, t::toString);
    assertEquals(p.unknownWeight(), t.unknownWeight(), 0.0, t::toString);
    assertEquals(p.size(), t.holders().size(), t::toString);
    for (int rank = 0; rank < p.size(); rank++) {
      HolderShare h = t.holders().get(rank);
      assertEquals(p.holder(rank), h.holder());
      assertEquals(p.weight(rank), h.weight(), 0.0);
      assertEquals(p.shareOf(h.holder()), h.shareOfAll(), 1e-15, h::toString);
      assertEquals(p.weight(rank) / p.knownWeight(), h.shareOfKnown(), 1e-15, h::toString);
      assertEquals(p.flagged().contains(h.holder()), h.estimated(), h::toString);
    }
    assertEquals(r.index().hasUnknown(), t.hhiLower().isPresent(), t::toString);
  }

  @Test
  void concentrationJsonCarriesTheHolderTable() {
    for (String by : List.of("operator", "ultimate-controller", "accelerator-vendor")) {
      SovaiCliTest.Run r = SovaiCliTest.run("concentration", "@seed", "--by", by, "--basis", "accelerators",
          "--pipeline", "--json");
      assertEquals(0, r.code, r.toString());
      Assessment a = AssessmentReader.strict().parse(r.out);
      assertEquals(1, a.shares().size());
      Shares t = a.shares().get(0);
      assertEquals(by, t.dimension());
      assertEquals("accelerators", t.unit());
      assertEquals(seed.asOf(), t.asOf());
      assertFalse(t.holders().isEmpty(), r.out);
      assertIsTheScorersPartition(t);
    }
  }

  @Test
  void theReportsJsonCarriesATableForEveryConcentrationResult() {
    SovaiCliTest.Run r = SovaiCliTest.run("report", "--json");
    assertEquals(0, r.code, r.toString());
    List<Assessment> concentration = AssessmentReader.strict().parseAll(r.out).stream()
        .filter(a -> a.scorer().equals("concentration")).collect(Collectors.toList());
    assertEquals(12, concentration.size(), "six dimensions, worldwide and in the EU");
    for (Assessment a : concentration) {
      assertEquals(1, a.shares().size(), a::toString);
      assertIsTheScorersPartition(a.shares().get(0));
    }
    assertTrue(concentration.stream().anyMatch(a -> a.shares().get(0).region().equals("EU")));
  }

  @Test
  void theDealScreeningsJsonCarriesTheTablesBeforeAndAfter() {
    SovaiCliTest.Run r = SovaiCliTest.run("deal", "@seed", "meta-arm-partnership", "--json");
    assertEquals(0, r.code, r.toString());
    Assessment a = AssessmentReader.strict().parse(r.out);
    assertFalse(a.shares().isEmpty(), r.out);
    for (Shares t : a.shares()) {
      assertTrue(t.stage().isPresent(), t::toString);
      if (t.stage().get().equals("before")) {
        assertIsTheScorersPartition(t);
      }
    }
    assertEquals(a.shares().stream().filter(t -> t.stage().get().equals("before")).count(),
        a.shares().stream().filter(t -> t.stage().get().equals("after")).count());
  }
}
