package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.model.Provenance;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.DealStatus;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.ownership.Holder;

/** Hand-computed cases from the seed articles (figures not in the articles are marked as test assumptions). */
class SeedCasesTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());

  /** Seed 000: Nscale (UK) runs a 12,600-GPU site in Sines, Portugal, for Microsoft (US). */
  static Landscape sines() {
    return Fixtures.base()
        .addOperators(company("nscale", "GB", Set.of("GB", "NO", "US-TX", "PT")),
            company("microsoft", "US", OperatorKind.HYPERSCALER))
        .addSites(Site.builder().id("nscale-sines").name("Nscale Sines").jurisdiction("PT").operator("nscale")
            .addTenants("microsoft").status(SiteStatus.UNDER_CONSTRUCTION)
            .addFleet(AcceleratorLot.of("nvidia-gb300", 12_600)).itCapacityMw(50).addDataLocations("PT")
            .addSources("seed-000").build())
        .build();
  }

  @Test
  void portugueseSiteOfAUkOperatorWorkingForAUsHyperscaler() {
    SiteSovereignty r = SCORER.site(sines(), "nscale-sines");
    // lawful access: Nscale reached by its Texas operations, Microsoft by its US incorporation
    assertEquals(List.of("US/us-cloud-act", "US/us-fisa-702"), Fixtures.laws(r));
    Set<String> paths = r.exposures().stream()
        .map(e -> e.law() + ":" + e.role() + ":" + e.entity() + ":" + e.rule()).collect(Collectors.toSet());
    assertEquals(Set.of("us-cloud-act:OPERATOR:nscale:OPERATIONS_IN", "us-fisa-702:OPERATOR:nscale:OPERATIONS_IN",
        "us-cloud-act:TENANT:microsoft:INCORPORATED_IN", "us-fisa-702:TENANT:microsoft:INCORPORATED_IN"), paths);
    Exposure viaNscale = r.exposures().stream().filter(e -> e.entity().equals("nscale")).findFirst().orElseThrow();
    assertEquals("site:nscale-sines → operated by operator:nscale → operations in jurisdiction:US-TX"
        + " → subject to law:US/us-cloud-act", viaNscale.chainText());
    assertTrue(viaNscale.sources().containsAll(List.of("seed-000", "ref-cloud-act")));
    // cut-off: on 2025-11-20 the May 2025 baseline is in force: Portugal is not restricted
    assertEquals(CutOffLevel.NONE, r.cutOff().level());
    assertEquals(List.of("us-baseline-2025-05"), r.cutOff().regimes());
    assertEquals(List.of("TW", "US"), r.cutOff().foreignDependencies());
    // under the AI Diffusion tiers, Portugal was Tier 2: capped
    SovereigntyProfile scenario = SovereigntyProfile.standard().withScenario(ExportControlRegime.AI_DIFFUSION_2025_01);
    CutOffRisk diffusion = SovereigntyScorer.of(scenario).site(sines(), "nscale-sines").cutOff();
    assertEquals(CutOffLevel.CAPPED, diffusion.level());
    assertTrue(diffusion.reasons().get(0).message().contains("destination PT → capped"), diffusion.reasons().toString());
    assertEquals(CutOffReason.Kind.DESTINATION, diffusion.reasons().get(0).kind());
    assertEquals("eu-default@1/scenario=us-ai-diffusion-2025-01", scenario.label());
    // frameworks: Nscale is seated in the UK
    assertEquals(Outcome.FAIL, r.secNumCloud().get(0).seat());
    assertEquals(Outcome.FAIL, r.gaiaX().get(0).seat());
    assertEquals(Outcome.PASS, r.gaiaX().get(0).dataLocation());
    // the two axes are separate findings
    assertEquals(Outcome.FAIL, r.findings().get(0).outcome());
    assertEquals("lawful-access", r.findings().get(0).criterion());
    assertTrue(r.findings().stream().anyMatch(f -> f.criterion().equals("cut-off") && f.outcome() == Outcome.PASS));
    // EU CSF: SOV-2.2 fully exposed (SEAL 1) sets the floor
    assertEquals(1, r.csf().seal().getAsInt());
    Assessment a = r.toAssessment();
    assertEquals(EntityKind.SITE, a.subject().kind());
    assertEquals(2.0, a.metric("foreignLaws").orElseThrow().value());
    assertEquals(0.0, a.metric("cutOffLevel").orElseThrow().value());
    assertEquals("eu-default@1", a.profile());
  }

  @Test
  void withoutTenantsTheOperatorsTexasOperationsStillExpose() {
    SiteSovereignty r = SovereigntyScorer.of(SovereigntyProfile.standard().withTenantsExpose(false))
        .site(sines(), "nscale-sines");
    assertTrue(r.exposures().stream().allMatch(e -> e.entity().equals("nscale")));
    assertEquals(2, r.exposures().size());
  }

  @Test
  void lawsExpireWithTheirSunset() {
    SiteSovereignty r = SCORER.site(sines(), "nscale-sines", LocalDate.of(2026, 7, 1));
    assertEquals(List.of("US/us-cloud-act"), Fixtures.laws(r));
    assertEquals(List.of("us-china-case-by-case-2026-01"), r.cutOff().regimes());
  }

  /**
   * Seed 004: a supercomputer near Grenoble; Oreus AI (FR consortium) is the single door to commercial access and is
   * financed by Core42 (AE, a G42 subsidiary). Test assumptions: the facility's operator is a 50/50 joint venture of
   * Oreus and Core42; Core42 holds 30 % of Oreus; Core42 is wholly owned by G42.
   */
  static Landscape grenoble() {
    return Fixtures.base()
        .addOperators(company("g42", "AE", OperatorKind.INVESTOR),
            company("core42", "AE", OperatorKind.NEOCLOUD, Stake.of("g42", 1.0)),
            company("oreus", "FR", OperatorKind.CONSORTIUM, Stake.of("core42", 0.3)),
            company("oreus-core42", "FR", OperatorKind.CONSORTIUM, Stake.of("oreus", 0.5), Stake.of("core42", 0.5)))
        .addSites(Site.builder().id("grenoble-ai").name("Grenoble AI supercomputer").jurisdiction("FR")
            .operator("oreus-core42").accessGateway("oreus").status(SiteStatus.UNDER_CONSTRUCTION)
            .addFleet(AcceleratorLot.builder().reportedModel("GPU (model not disclosed)").count(8_500).build())
            .addSources("seed-004").build())
        .build();
  }

  @Test
  void frenchSupercomputerWithAGatewayFinancedFromTheUae() {
    Landscape grenoble = grenoble();
    SiteSovereignty r = SCORER.site(grenoble, "grenoble-ai");
    // no UAE law is in the data: no exposure, but Oreus's control is undetermined (70 % of votes unlisted)
    assertFalse(r.isExposed());
    assertEquals(Outcome.UNKNOWN, r.findings().get(0).outcome());
    // cut-off unknown: the GPUs are not in the catalogue
    assertEquals(Outcome.UNKNOWN, r.cutOff().findings().get(0).outcome());
    assertTrue(r.csf().unknown().contains(CsfCriterion.SOV_1_8.entry()));
    // SOV-1.1: the operator is jointly controlled from the UAE, whatever Oreus's unknown holders
    CsfAnswer sov11 = r.csf().answers().get(0);
    assertEquals(CsfCriterion.SOV_1_1.entry(), sov11.criterion());
    assertEquals(1, sov11.seal().getAsInt());
    // SecNumCloud §19.6 b on the operator: Core42 holds 50 % directly + 50 % × 30 % through Oreus = 65 %
    SecNumCloudView jv = r.secNumCloud().get(0);
    assertEquals("oreus-core42", jv.provider());
    assertEquals(Outcome.PASS, jv.seat());
    assertEquals(Outcome.FAIL, jv.ownership());
    assertEquals(0.65, jv.largestOutside(), 1e-12);
    assertEquals(0.24 - 0.65, jv.individualHeadroom().value().getAsDouble(), 1e-12);
    assertTrue(jv.binding().contains("core42"), jv.binding());
    // on the gateway: 30 % > 24 %
    SecNumCloudView gw = r.secNumCloud().get(1);
    assertEquals("oreus", gw.provider());
    assertEquals(Outcome.FAIL, gw.ownership());
    // the 70 % of Oreus's votes that are unlisted could be one holder outside the EU: the headroom is at most -6 points
    assertTrue(gw.individualHeadroom().value().isEmpty());
    assertEquals(-0.06, gw.individualHeadroom().upper(), 1e-12);
    assertEquals(0.24 - 0.70, gw.individualHeadroom().lower(), 1e-12);
    assertEquals("core42 holds 30.00 % (capital), more than 24.00 % individually", gw.binding());
    assertEquals("operator:oreus → held 30.00 % directly or indirectly by operator:core42 → incorporated in jurisdiction:AE",
        gw.findings().get(1).chain().stream().map(Object::toString).collect(Collectors.joining(" → ")));
    // Gaia-X P5.1.5: the JV is jointly controlled by Core42, seated in the UAE
    GaiaXView gx = r.gaiaX().get(0);
    assertEquals(Outcome.FAIL, gx.control());
    assertTrue(gx.findings().get(1).message().contains("core42"), gx.findings().get(1).message());
    assertEquals(Outcome.UNKNOWN, r.gaiaX().get(1).control());
    // ultimate control of the JV is joint: Oreus (itself, uncontrolled) and G42 through Core42
    assertEquals(List.of("g42", "oreus"), SCORER.ownership(grenoble).controllers("oreus-core42").controllers());
  }

  /**
   * Seed 000: the acquisition of Aligned Data Centers (US) by a consortium including BlackRock, Microsoft, NVIDIA
   * and MGX (AE). Test assumptions: consortium shares BlackRock 40 %, MGX 30 %, Microsoft 15 %, NVIDIA 15 %; the seller
   * held 100 %.
   */
  static Landscape aligned() {
    return Fixtures.base()
        .addOperators(company("blackrock", "US", OperatorKind.INVESTOR), company("mgx", "AE", OperatorKind.SOVEREIGN_FUND),
            company("microsoft", "US", OperatorKind.HYPERSCALER), company("seller", "US", OperatorKind.INVESTOR),
            company("aip", "US", OperatorKind.CONSORTIUM, Stake.of("blackrock", 0.4), Stake.of("mgx", 0.3),
                Stake.of("microsoft", 0.15), Stake.of("nvidia", 0.15)),
            company("aligned", "US", OperatorKind.COLOCATION, Stake.of("seller", 1.0)))
        .addSites(Site.builder().id("aligned-tx").name("Aligned Texas").jurisdiction("US-TX").operator("aligned")
            .status(SiteStatus.OPERATIONAL).addFleet(AcceleratorLot.of("nvidia-h200-sxm", 1000)).itCapacityMw(60)
            .addSources("seed-000").build())
        .build();
  }

  static Deal acquisition() {
    return Deal.builder().id("aligned-acquisition").title("AIP consortium acquires Aligned Data Centers").kind(DealKind.ACQUISITION).status(DealStatus.ANNOUNCED)
        .addParties(Party.of("aip", PartyRole.ACQUIRER), Party.of("aligned", PartyRole.TARGET),
            Party.of("seller", PartyRole.SELLER))
        .effects(DealEffects.builder()
            .addStakes(StakeChange.of("aligned", Stake.of("seller", 0.0)), StakeChange.of("aligned", Stake.of("aip", 1.0)))
            .build())
        .addSources("seed-000").build();
  }

  @Test
  void acquisitionOfAUsOperatorByAConsortium() {
    SovereigntyProfile usView = SovereigntyProfile.standard().withHome(HomeBloc.of("US"))
        .withSecNumCloud(SecNumCloudThresholds.of(0.24, 0.39, "US", "test",
            Provenance.estimated("SecNumCloud thresholds applied to US", 2025)));
    Landscape before = aligned();
    Landscape after = before.apply(acquisition());
    SovereigntyScorer us = SovereigntyScorer.of(usView);
    assertEquals(1.0, us.ownership(before).ultimateHolders("aligned").capitalOf(Holder.operator("seller")), 1e-12);
    var holders = us.ownership(after).ultimateHolders("aligned");
    assertEquals(0.3, holders.capitalOf(Holder.operator("mgx")), 1e-12);
    assertEquals(0.4, holders.capitalOf(Holder.operator("blackrock")), 1e-12);
    assertEquals(List.of("aip"), us.ownership(after).controllers("aligned").controllers());
    // from the US point of view: US laws are domestic; the deal brings 30 % held from the UAE
    assertFalse(us.site(after, "aligned-tx").isExposed());
    assertEquals(Outcome.PASS, us.operator(before, "aligned").secNumCloud().ownership());
    SecNumCloudView afterView = us.operator(after, "aligned").secNumCloud();
    assertEquals(Outcome.FAIL, afterView.ownership());
    assertEquals(0.3, afterView.largestOutside(), 1e-12);
    // from the EU point of view the site is foreign, reached by US law, and out of the home capacity
    assertTrue(SCORER.site(after, "aligned-tx").laws().contains("US/us-cloud-act"));
    assertEquals(0, SCORER.landscape(after).home().sites());
    OperatorSovereignty op = SCORER.operator(after, "aligned");
    assertTrue(op.exposures().stream().anyMatch(e -> e.rule() == ReachRule.INCORPORATED_IN));
    assertEquals(List.of("aip"), op.control().controllers());
  }
}
