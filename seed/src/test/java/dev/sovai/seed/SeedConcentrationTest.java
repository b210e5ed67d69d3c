package dev.sovai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.DealMeasure;
import dev.sovai.scoring.concentration.DealScreening;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.DimensionScreening;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Scope;

/**
 * The concentration scorer's rules of issue 16 on the seed landscape: capacity of unknown weight is kept apart and
 * said, and merger thresholds apply to undertakings only (countries are read against the dependence benchmark). A
 * dimension without known holders (which the seed does not have) is tested in the scoring module.
 */
class SeedConcentrationTest {
  private static final Landscape SEED = SeedLandscape.load();
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());
  private static final Scope PIPELINE = Scope.operational().withPipeline();

  private static ConcentrationResult measure(Landscape l, Dimension d, Basis b) {
    return SCORER.measure(l, Measure.of(d, b, PIPELINE));
  }

  private static Metric metric(Assessment a, String name) {
    return a.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
  }

  private static Optional<Finding> finding(Assessment a, String criterion) {
    return a.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst();
  }

  @Test
  void uncataloguedChipsAreUnknownWeightNotDroppedSilently() {
    ConcentrationResult r = measure(SEED, Dimension.OPERATOR, Basis.H100_EQUIVALENTS);
    assertEquals(4, r.unknownWeight().sites(), r.unknownWeight()::toString);
    assertEquals(List.of("meta-hyperion", "nebius-nscale-uk-blackwell", "orange-cloud-avenue", "oreus-grenoble"),
        r.unknownWeight().siteIds());
    assertEquals(2, r.unknownWeight().lots(), "the uncatalogued lots of nebius-nscale-uk-blackwell and oreus-grenoble");
    assertEquals(22_500.0, r.unknownWeight().accelerators(), 1e-9);
    assertEquals(8, r.sitesCounted());
    Assessment a = r.toAssessment();
    assertEquals(0.0, metric(a, "unknownShare").value(), 1e-12, "every counted site's operator is known: no unknown holder");
    assertEquals(4.0, metric(a, "sitesUnknownWeight").value(), 1e-12);
    assertEquals(22_500.0, metric(a, "acceleratorsUnknownWeight").value(), 1e-9);
    Finding f = finding(a, "concentration-unknown-weight").orElseThrow();
    assertEquals(Outcome.UNKNOWN, f.outcome());
    assertTrue(f.message().contains("4 of 12 sites") && f.message().contains("over the known weight only")
        && f.message().contains("22,500 accelerators"), f.message());
    assertTrue(finding(a, "concentration-operator").orElseThrow().message().contains("4 sites and 2 lots of unknown"
        + " weight"), a::toString);
    assertTrue(r.explain().contains("8 of 12 sites counted, 4 of unknown weight"), r.explain());
  }

  @Test
  void everyBasisSaysWhatItCouldNotWeigh() {
    for (Basis b : Basis.values()) {
      ConcentrationResult r = measure(SEED, Dimension.OPERATOR, b);
      Assessment a = r.toAssessment();
      assertEquals(r.unknownWeight().sites(), (int) metric(a, "sitesUnknownWeight").value(), b::toString);
      assertEquals(r.sitesInScope(), r.sitesCounted() + r.unknownWeight().sites(), b + ": every seed site is counted or"
          + " of unknown weight");
      assertEquals(r.unknownWeight().any(), finding(a, "concentration-unknown-weight").isPresent(), b::toString);
    }
    assertFalse(measure(SEED, Dimension.OPERATOR, Basis.SITES).unknownWeight().any(), "a site weighs 1");
    ConcentrationResult mw = measure(SEED, Dimension.OPERATOR, Basis.IT_MW);
    assertTrue(mw.unknownWeight().sites() > 0 && mw.unknownWeight().accelerators() > 0,
        "sites whose MW is unknown while their fleet shows they exist: " + mw.unknownWeight());
  }

  @Test
  void mergerThresholdsApplyToUndertakingsAndCountriesToTheDependenceBenchmark() {
    Assessment byCountry = measure(SEED, Dimension.SITE_JURISDICTION, Basis.ACCELERATORS).toAssessment();
    assertTrue(byCountry.findings().stream().noneMatch(f -> f.criterion().startsWith("us-")
        || f.criterion().startsWith("eu-2004") || f.criterion().startsWith("de-gwb")), byCountry::toString);
    Finding dependence = finding(byCountry, "eu-crma-2024-single-country").orElseThrow();
    assertEquals(Outcome.FAIL, dependence.outcome());
    assertTrue(dependence.message().contains("73.7 %, held by US") && dependence.message().contains("Art. 5(1)(d)")
        && dependence.message().contains("by analogy"), dependence.message());
    assertEquals(List.of("ref-eu-crma-2024"), dependence.sources());
    for (Dimension d : Dimension.values()) {
      ConcentrationResult r = measure(SEED, d, Basis.ACCELERATORS);
      if (r.index().isEmpty()) {
        assertEquals(Dimension.ENERGY_SOURCE, d, "the seed reports no energy sources; every other dimension has holders");
        continue;
      }
      Assessment a = r.toAssessment();
      boolean merger = a.findings().stream().anyMatch(f -> f.criterion().endsWith("-band"));
      assertEquals(d.isUndertaking(), merger, d::toString);
      assertEquals(!d.isUndertaking(), finding(a, "eu-crma-2024-single-country").isPresent(), d::toString);
    }
    Assessment byOperator = measure(SEED, Dimension.OPERATOR, Basis.H100_EQUIVALENTS).toAssessment();
    assertEquals(Outcome.FAIL, finding(byOperator, "de-gwb-18-4").orElseThrow().outcome(), "meta 57.4 % ≥ 40 %");
    DealScreening deal = SCORER.screen(SEED, DealMeasure.of(SEED.deal("aligned-acquisition").orElseThrow(),
        EnumSet.allOf(Dimension.class), Basis.ACCELERATORS, PIPELINE));
    for (DimensionScreening s : deal.dimensions()) {
      if (!s.dimension().isUndertaking()) {
        assertTrue(s.firing().values().stream().allMatch(List::isEmpty), s.dimension()::toString);
      }
    }
  }
}
