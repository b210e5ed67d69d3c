package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;

class ConcentrationScorerTest {
  private static final double EPS = 1e-9;
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());
  private final Landscape landscape = Fixtures.landscape();

  private ConcentrationResult measure(Dimension d, Basis b, Scope s) {
    return SCORER.measure(landscape, Measure.of(d, b, s));
  }

  private Partition p(Dimension d, Basis b, Scope s) {
    return measure(d, b, s).partition();
  }

  @Test
  void byOperatorOnAccelerators() {
    Partition p = p(Dimension.OPERATOR, Basis.ACCELERATORS, Scope.operational());
    assertEquals(Map.of("hyper", 2000.0, "jv-de", 1000.0, "neo-fr", 1000.0), p.asMap());
    assertEquals(500.0, p.unknownWeight(), EPS);
  }

  @Test
  void byUltimateControllerLooksThroughAndSplitsJointControl() {
    ConcentrationResult r = measure(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS, Scope.operational());
    Partition p = r.partition();
    assertEquals(Map.of("hyper", 3500.0, "state-cn", 500.0), p.asMap());
    assertEquals(Set.of("hyper", "state-cn"), p.flagged());
    assertEquals(500.0, p.unknownWeight(), EPS);
    List<EntityRef> chain = r.chainOf("hyper");
    assertEquals(EntityKind.SITE, chain.get(0).kind());
    assertEquals("hyper", chain.get(chain.size() - 1).id());
  }

  @Test
  void byControllingJurisdictionInTheEu() {
    ConcentrationResult r = measure(Dimension.CONTROLLING_JURISDICTION, Basis.ACCELERATORS, Scope.in("EU"));
    assertEquals(Map.of("US", 1500.0, "CN", 500.0), r.partition().asMap());
    assertEquals(3, r.sitesInScope());
    List<EntityRef> chain = r.chainOf("US");
    assertEquals("seat in jurisdiction:US", chain.get(chain.size() - 1).toString());
  }

  @Test
  void pipelineScopeAddsAnnouncedCapacity() {
    Partition p = p(Dimension.OPERATOR, Basis.ACCELERATORS, Scope.in("FR").withPipeline());
    assertEquals(Map.of("hyper", 5000.0, "neo-fr", 1000.0), p.asMap());
    // operational only, on a date before anything
    ConcentrationResult early = SCORER.measure(landscape, Measure.of(Dimension.OPERATOR, Basis.SITES,
        Scope.operational()), java.time.LocalDate.of(2020, 1, 1));
    assertEquals(4, early.sitesInScope());
  }

  @Test
  void otherDimensions() {
    assertEquals(Map.of("nvidia", 3000.0, "amd", 1000.0),
        p(Dimension.ACCELERATOR_VENDOR, Basis.ACCELERATORS, Scope.operational()).asMap());
    Partition fab = p(Dimension.FAB_JURISDICTION, Basis.ACCELERATORS, Scope.operational());
    assertEquals(Map.of("TW", 3500.0, "US", 500.0), fab.asMap());
    assertEquals(Set.of("TW", "US"), fab.flagged());
    assertEquals(Map.of("FR", 1500.0, "DE", 1000.0, "US", 2000.0),
        p(Dimension.SITE_JURISDICTION, Basis.ACCELERATORS, Scope.operational()).asMap());
    Partition owners = p(Dimension.FACILITY_OWNER, Basis.IT_MW, Scope.operational());
    assertEquals(Map.of("hyper", 30.0, "neo-fr", 10.0, "realty", 10.0, "jv-de", 10.0), owners.asMap());
    assertEquals(Set.of("jv-de", "realty"), owners.flagged());
    assertEquals(Map.of("gate", 1000.0, "jv-de", 1000.0, "hyper", 2000.0),
        p(Dimension.ACCESS_GATEWAY, Basis.ACCELERATORS, Scope.operational()).asMap());
    Partition energy = p(Dimension.ENERGY_SOURCE, Basis.IT_MW, Scope.operational());
    assertEquals(Map.of("nuclear", 5.0, "grid", 5.0), energy.asMap());
    assertEquals(50.0, energy.unknownWeight(), EPS);
  }

  @Test
  void aDimensionWithoutHoldersSaysWhyAndPointsToTheOneWithTheData() {
    // as an Epoch import reads: owners named, operators and gateways not
    Landscape l = Fixtures.landscape();
    Landscape ownersOnly = Landscape.builder().from(l).sites(l.sites().stream()
        .map(s -> dev.sovai.model.site.Site.builder().from(s).owners(s.effectiveOwners())
            .operator(java.util.Optional.empty()).accessGateway(java.util.Optional.empty()).build())
        .collect(java.util.stream.Collectors.toList())).build();
    for (Dimension d : List.of(Dimension.OPERATOR, Dimension.ACCESS_GATEWAY)) {
      ConcentrationResult r = SCORER.measure(ownersOnly, Measure.of(d, Basis.SITES, Scope.operational()));
      assertTrue(r.index().isEmpty(), d::toString);
      assertTrue(r.dimensionsWithKnownHolders().contains(Dimension.FACILITY_OWNER), r.dimensionsWithKnownHolders()::toString);
      assertFalse(r.dimensionsWithKnownHolders().contains(d));
      var f = r.toAssessment().findings().get(0);
      assertEquals(Outcome.UNKNOWN, f.outcome());
      assertTrue(f.message().contains(d == Dimension.OPERATOR ? "because no site in scope has an operator recorded"
          : "because no site in scope has an access gateway or operator recorded"), f.message());
      assertTrue(f.message().contains("known holders on the same basis and scope by: facility owner (75.0 % of the"
          + " weight)"), f.message());
    }
  }

  @Test
  void energySourcesAreReadAgainstTheDependenceBenchmarkNotTheMergerThresholds() {
    Assessment a = SCORER.measure(Fixtures.landscape(), Measure.of(Dimension.ENERGY_SOURCE, Basis.IT_MW,
        Scope.operational())).toAssessment();
    assertTrue(a.findings().stream().noneMatch(f -> f.criterion().endsWith("-band") || f.criterion().startsWith("de-gwb")
        || f.criterion().startsWith("eu-2004")), a::toString);
    var f = a.findings().stream().filter(x -> x.criterion().equals("eu-crma-2024-single-country")).findFirst()
        .orElseThrow();
    // nuclear 5 and grid 5 of 10 MW known, 50 MW unknown: 50 % of the known weight, up to 91.7 % with the unknown part
    assertEquals(Outcome.UNKNOWN, f.outcome(), f.message());
    assertTrue(f.message().contains("single-source share is 50.0 % [8.3 %, 91.7 %]")
        && f.message().contains("not to energy sources"), f.message());
  }

  @Test
  void bases() {
    assertEquals(Map.of("hyper", 2000.0, "jv-de", 2000.0, "neo-fr", 1000.0),
        p(Dimension.OPERATOR, Basis.H100_EQUIVALENTS, Scope.operational()).asMap());
    assertEquals(Map.of("hyper", 2e18, "jv-de", 2e18, "neo-fr", 1e18),
        p(Dimension.OPERATOR, Basis.PEAK_DENSE_16BIT_FLOPS, Scope.operational()).asMap());
    ConcentrationResult sites = measure(Dimension.OPERATOR, Basis.SITES, Scope.operational());
    assertEquals(3.0, sites.partition().knownWeight(), EPS);
    assertEquals(1.0, sites.partition().unknownWeight(), EPS);
    ConcentrationResult mw = measure(Dimension.OPERATOR, Basis.IT_MW, Scope.operational());
    assertEquals(1, mw.sitesExcluded());
    assertEquals(GapTreatment.EXCLUDED, mw.gaps().get(0).treatment());
    ConcentrationResult h = measure(Dimension.OPERATOR, Basis.H100_EQUIVALENTS, Scope.operational());
    assertEquals(1, h.lotsExcluded());
    assertEquals(1, h.sitesExcluded());
  }

  @Test
  void reportedFiguresWinOverTheFleet() {
    var l = Fixtures.landscape();
    var s1 = dev.sovai.model.site.Site.builder().from(l.site("s1").orElseThrow()).reportedDense16BitFlops(7e18)
        .reportedH100Equivalents(900).build();
    var l2 = dev.sovai.model.landscape.Landscape.builder().from(l).sites(List.of(s1, l.site("s2").orElseThrow(),
        l.site("s3").orElseThrow(), l.site("s4").orElseThrow(), l.site("s5").orElseThrow())).build();
    assertEquals(7e18, SCORER.measure(l2, Measure.of(Dimension.OPERATOR, Basis.PEAK_DENSE_16BIT_FLOPS,
        Scope.operational())).partition().weightOf("neo-fr"), 1.0);
    assertEquals(900.0, SCORER.measure(l2, Measure.of(Dimension.ACCELERATOR_VENDOR, Basis.H100_EQUIVALENTS,
        Scope.in("FR"))).partition().weightOf("nvidia"), EPS);
  }

  @Test
  void assessmentCarriesMetricsBoundsFindingsAndCoverage() {
    Assessment a = measure(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS, Scope.operational()).toAssessment();
    assertEquals("concentration", a.scorer());
    double hhi = 10_000 * (3500.0 * 3500 + 500 * 500) / (4000.0 * 4000);
    assertEquals(hhi, a.metric("hhi").orElseThrow().value(), 1e-6);
    assertTrue(a.metric("hhi").orElseThrow().lower().isPresent());
    assertTrue(a.findings().stream().anyMatch(f -> f.criterion().equals("de-gwb-18-4")
        && f.outcome() == Outcome.FAIL));
    assertTrue(a.findings().stream().anyMatch(f -> f.criterion().equals("us-2023-band")));
    assertFalse(a.coverage().isComplete());
    assertEquals(4, a.coverage().needed());
    assertEquals(3, a.coverage().known());
  }

  @Test
  void undeterminedControlIsAttributedToTheOperatorFlaggedAndNotFullyKnown() {
    var l = dev.sovai.model.landscape.Landscape.builder().asOf(java.time.LocalDate.of(2025, 11, 20))
        .addOperators(dev.sovai.model.operator.Operator.builder().id("solo").name("Solo")
            .kind(dev.sovai.model.operator.OperatorKind.NEOCLOUD).seat("FR").build())
        .addSites(dev.sovai.model.site.Site.builder().id("x").name("x").jurisdiction("FR").operator("solo")
            .status(dev.sovai.model.site.SiteStatus.OPERATIONAL)
            .addFleet(dev.sovai.model.site.AcceleratorLot.builder().reportedModel("Chip").count(10).build()).build())
        .build();
    ConcentrationScorer none = ConcentrationScorer.of(ConcentrationProfile.standard().withThresholds(List.of()));
    ConcentrationResult r = none.measure(l, Measure.of(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS,
        Scope.operational()));
    assertEquals(Map.of("solo", 10.0), r.partition().asMap());
    assertEquals(Set.of("solo"), r.partition().flagged());
    assertEquals(1, r.sitesDefaulted());
    assertEquals(0, r.sitesFullyKnown());
    assertEquals(GapTreatment.DEFAULTED, r.gaps().get(0).treatment());
    assertEquals(0, r.toAssessment().coverage().known());
    assertEquals("none", r.toAssessment().profile());
  }

  @Test
  void theDateIsTheScorersArgumentAndAppearsInTheFindings() {
    java.time.LocalDate early = java.time.LocalDate.of(2020, 1, 1);
    Measure m = Measure.of(Dimension.OPERATOR, Basis.ACCELERATORS, Scope.operational());
    ConcentrationResult then = SCORER.measure(landscape, m, early);
    ConcentrationResult now = SCORER.measure(landscape, m);
    assertEquals(early, then.asOf());
    assertEquals(landscape.asOf(), now.asOf());
    assertEquals(m, now.measure());
    assertTrue(now.toAssessment().findings().get(0).message().contains("(world [operational] on " + landscape.asOf() + ")"),
        now.toAssessment().findings().get(0).message());
    assertTrue(now.explain().contains(now.toAssessment().findings().get(0).message()), now.explain());
    assertEquals("us-2023@2023+us-2010@2010+eu-2004@2004+de-gwb@2013", now.toAssessment().profile());
  }

  @Test
  void severalMeasuresGiveTheSameResultsAsOneAtATime() {
    List<Measure> each = Measure.each(Set.of(Dimension.ULTIMATE_CONTROLLER, Dimension.OPERATOR), Basis.ACCELERATORS,
        Scope.operational());
    assertEquals(List.of(Dimension.OPERATOR, Dimension.ULTIMATE_CONTROLLER),
        each.stream().map(Measure::dimension).collect(java.util.stream.Collectors.toList()));
    List<ConcentrationResult> all = SCORER.measure(landscape, each);
    for (int i = 0; i < each.size(); i++) {
      assertEquals(SCORER.measure(landscape, each.get(i)).partition().asMap(), all.get(i).partition().asMap());
    }
  }

  @Test
  void landscapeOverviewMeasuresEveryDimension() {
    ConcentrationOverview o = SCORER.landscape(landscape);
    assertEquals(Dimension.values().length, o.results().size());
    ConcentrationResult op = o.result(Dimension.OPERATOR).orElseThrow();
    assertEquals(Basis.ACCELERATORS, op.basis());
    assertEquals(Scope.operational().withPipeline(), op.scope());
    Assessment a = o.toAssessment();
    assertEquals(op.index().hhi(), a.metric("operatorHhi").orElseThrow().value(), 1e-9);
    assertTrue(a.findings().stream().anyMatch(f -> f.criterion().equals("concentration-ultimate-controller")));
    assertTrue(o.explain().startsWith("Concentration by every dimension on accelerators"), o.explain());
  }
}
