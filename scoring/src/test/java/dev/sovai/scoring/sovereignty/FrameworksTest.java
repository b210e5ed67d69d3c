package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.model.Provenance;
import dev.sovai.model.UnknownEntityException;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CertificationScheme;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.csf.CsfObjective;
import dev.sovai.scoring.csf.CsfWeights;

class FrameworksTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());

  @Test
  void safespringScoreIsReproducedWithBothPresets() {
    assertEquals(86.25, CsfWeights.V1_2_1.score(4, 4, 4, 4, 2, 3, 4, 4), 1e-12);
    assertEquals(91.25, CsfWeights.CALCULATOR_2026_06.score(4, 4, 4, 4, 2, 3, 4, 4), 1e-12);
    assertEquals(86.25 - 15, CsfWeights.V1_2_1.score(null, 4, 4, 4, 2, 3, 4, 4), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> CsfWeights.V1_2_1.score(5, 4, 4, 4, 2, 3, 4, 4));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsfWeights.of("x", "1", Provenance.of("test", 2025), 10, 10, 10, 10, 10, 10, 10, 10));
    assertTrue(e.getMessage().contains("sum to 80"), e.getMessage());
  }

  private static Landscape provider(Stake... stakes) {
    return Fixtures.base()
        .addOperators(company("us-fund", "US", OperatorKind.INVESTOR), company("ae-fund", "AE", OperatorKind.INVESTOR),
            company("fr-fund", "FR", OperatorKind.INVESTOR),
            Operator.builder().from(company("cloud", "FR", OperatorKind.NEOCLOUD, stakes)).remainder(Remainder.FREE_FLOAT)
                .build())
        .build();
  }

  private static SecNumCloudView snc(Stake... stakes) {
    return SCORER.operator(provider(stakes), "cloud").secNumCloud();
  }

  @Test
  void secNumCloudThresholdsAreStrictlyMoreThan() {
    assertEquals(Outcome.PASS, snc(Stake.of("us-fund", 0.24), Stake.of("fr-fund", 0.76)).ownership());
    assertEquals(Outcome.FAIL, snc(Stake.of("us-fund", 0.2401), Stake.of("fr-fund", 0.7599)).ownership());
    assertEquals(Outcome.PASS, snc(Stake.of("us-fund", 0.2), Stake.of("ae-fund", 0.19), Stake.of("fr-fund", 0.61))
        .ownership());
    SecNumCloudView collective = snc(Stake.of("us-fund", 0.2), Stake.of("ae-fund", 0.2), Stake.of("fr-fund", 0.6));
    assertEquals(Outcome.FAIL, collective.ownership());
    assertTrue(collective.binding().contains("more than 39.00 % collectively"), collective.binding());
    assertEquals(0.39 - 0.4, collective.collectiveHeadroom().value().getAsDouble(), 1e-12);
  }

  @Test
  void secNumCloudLooksAtVotesAndRightsToo() {
    SecNumCloudView votes = snc(Stake.builder().holder("us-fund").capitalShare(0.1).votingShare(0.3).build(),
        Stake.of("fr-fund", 0.7));
    assertEquals(Outcome.FAIL, votes.ownership());
    assertEquals("us-fund holds 30.00 % (votes), more than 24.00 % individually", votes.binding());
    SecNumCloudView veto = snc(Stake.builder().holder("us-fund").capitalShare(0.05).veto(true).build(),
        Stake.of("fr-fund", 0.95));
    assertEquals(Outcome.FAIL, veto.ownership());
    assertTrue(veto.binding().contains("veto"), veto.binding());
    SecNumCloudView pass = snc(Stake.of("us-fund", 0.1), Stake.of("fr-fund", 0.9));
    assertEquals(Outcome.PASS, pass.outcome());
    assertEquals(0.14, pass.individualHeadroom().value().getAsDouble(), 1e-12);
    assertEquals(0.29, pass.collectiveHeadroom().value().getAsDouble(), 1e-12);
  }

  @Test
  void unknownHoldersNeverPass() {
    Landscape l = Fixtures.base().addOperators(company("us-fund", "US", OperatorKind.INVESTOR),
        company("cloud", "FR", OperatorKind.NEOCLOUD, Stake.of("us-fund", 0.1))).build();
    SecNumCloudView v = SCORER.operator(l, "cloud").secNumCloud();
    assertEquals(Outcome.UNKNOWN, v.ownership());
    assertEquals(0.9, v.unknownShare(), 1e-12);
    assertTrue(v.binding().contains("unknown of cloud"), v.binding());
  }

  @Test
  void csfUnknownCriteriaAreCountedButNeverPass() {
    Landscape l = Fixtures.base()
        .addOperators(Operator.builder().from(company("cloud", "FR", OperatorKind.NEOCLOUD))
            .addCertifications(Certification.builder().scheme(CertificationScheme.SECNUMCLOUD).build()).build())
        .addSites(Site.builder().id("paris").name("Paris").jurisdiction("FR").operator("cloud")
            .status(SiteStatus.OPERATIONAL).pue(1.25).addFleet(AcceleratorLot.of("nvidia-h200-sxm", 100))
            .addDataLocations("FR").addAdministrationLocations("FR").build())
        .build();
    SiteSovereignty r = SCORER.site(l, "paris");
    assertFalse(r.isExposed());
    assertEquals(Outcome.PASS, r.findings().get(0).outcome());
    CsfView csf = r.csf();
    // every criterion the sovereignty view derives from facts is answered (SOV-8.4 is the energy scorer's); the 37
    // others are unknown without a declaration
    assertEquals(List.of(CsfCriterion.SOV_8_4), csf.unknown().stream().flatMap(c -> CsfCriterion.of(c.code()).stream()).toList());
    assertEquals(11, csf.criteria(CsfEvidence.DERIVED).size());
    assertEquals(37, csf.unknown().size());
    // gating: SOV-1.1 4, 1.8 2 (re-source), 2.2 4, 2.4 3, 3.4 4, 4.4 3, 7.1 4, 8.1 4 → floor 2
    assertEquals(2, csf.seal().getAsInt());
    assertEquals(Integer.valueOf(2), csf.grades().get(CsfObjective.SOV_1));
    assertEquals(Integer.valueOf(1), csf.grades().get(CsfObjective.SOV_5));
    // v1.2.1: 15×2 + 10×3 + 10×3 + 15×3 + 20×1 + 15×3 + 10×4 + 5×4 = 260 / 4 = 65
    assertEquals(65.0, csf.sealScores().get("csf-v1.2.1"), 1e-9);
    // remove the certification and the PUE: unknown, out of the floor, no points
    Landscape bare = l.withOperator(company("cloud", "FR", OperatorKind.NEOCLOUD))
        .withSite(Site.builder().from(l.site("paris").orElseThrow()).pue(java.util.OptionalDouble.empty()).build());
    CsfView less = SCORER.site(bare, "paris").csf();
    // the criteria sovai derives from facts that are now unknown (the others are unknown without a declaration)
    assertEquals(List.of(CsfCriterion.SOV_7_1, CsfCriterion.SOV_8_1, CsfCriterion.SOV_8_4), less.unknown().stream()
        .flatMap(c -> CsfCriterion.of(c.code()).stream()).toList());
    assertEquals(2, less.seal().getAsInt());
    assertEquals(65.0 - 10 - 5, less.sealScores().get("csf-v1.2.1"), 1e-9);
    assertTrue(less.pointsScores().get("csf-v1.2.1") < csf.pointsScores().get("csf-v1.2.1"));
  }

  @Test
  void chinaCaseByCaseDependsOnTheChip() {
    Landscape l = Fixtures.base()
        .addOperators(company("cn-cloud", "CN", Set.of()))
        .addSites(Site.builder().id("shanghai").name("Shanghai").jurisdiction("CN").operator("cn-cloud")
            .status(SiteStatus.OPERATIONAL).addFleet(AcceleratorLot.of("nvidia-h200-sxm", 100))
            .addFleet(AcceleratorLot.of("nvidia-gb300", 10)).build())
        .build();
    CutOffRisk r = SCORER.site(l, "shanghai", LocalDate.of(2026, 3, 1)).cutOff();
    assertEquals(CutOffLevel.PRESUMPTION_OF_DENIAL, r.level());
    assertTrue(r.reasons().stream().anyMatch(x -> x.message().contains("nvidia-h200-sxm (TPP ≈ 15832 < 21000)")),
        r.reasons().toString());
    CutOffReason carveOut = r.reasons().stream().filter(x -> x.kind() == CutOffReason.Kind.TPP_CARVE_OUT).findFirst()
        .orElseThrow();
    assertEquals("nvidia-h200-sxm", carveOut.party().orElseThrow());
    assertEquals(CutOffLevel.LICENCE_REQUIRED, carveOut.level());
    assertEquals(21_000, carveOut.tppThreshold().getAsDouble(), 1e-9);
    Landscape h200Only = l.withSite(Site.builder().from(l.site("shanghai").orElseThrow())
        .fleet(List.of(AcceleratorLot.of("nvidia-h200-sxm", 100))).build());
    assertEquals(CutOffLevel.LICENCE_REQUIRED,
        SCORER.site(h200Only, "shanghai", LocalDate.of(2026, 3, 1)).cutOff().level());
    // before 15 January 2026 the same chips were presumed denied
    assertEquals(CutOffLevel.PRESUMPTION_OF_DENIAL,
        SCORER.site(h200Only, "shanghai", LocalDate.of(2025, 12, 1)).cutOff().level());
  }

  @Test
  void aChineseParentNeedsALicenceEverywhere() {
    Landscape l = Fixtures.base()
        .addOperators(company("cn-parent", "CN", Set.of()),
            company("eu-sub", "NL", OperatorKind.NEOCLOUD, Stake.of("cn-parent", 0.8)))
        .addSites(Site.builder().id("amsterdam").name("Amsterdam").jurisdiction("NL").operator("eu-sub")
            .status(SiteStatus.OPERATIONAL).addFleet(AcceleratorLot.of("nvidia-h200-sxm", 100)).build())
        .build();
    SiteSovereignty r = SCORER.site(l, "amsterdam");
    assertEquals(CutOffLevel.LICENCE_REQUIRED, r.cutOff().level());
    assertTrue(r.cutOff().reasons().get(0).message().contains("cn-parent"), r.cutOff().reasons().toString());
    assertEquals(CutOffReason.Kind.PARENT_IN_LISTED_COUNTRY, r.cutOff().reasons().get(0).kind());
    // a restriction through the buyer's parent only is SOV-2.4 rung 1, not a destination restriction
    CsfAnswer sov24 = r.csf().answers().stream().filter(a -> a.criterion() == CsfCriterion.SOV_2_4.entry()).findFirst()
        .orElseThrow();
    assertEquals(1, sov24.seal().getAsInt());
    assertEquals("restricted through the buyer's parent", sov24.rung());
    // and China's intelligence law reaches the site through control
    Exposure e = r.exposures().get(0);
    assertEquals("CN/cn-nil-art7", e.lawKey());
    assertEquals("cn-parent", e.reached());
    assertEquals("site:amsterdam → operated by operator:eu-sub → controlled by (majority_of_votes, 80.00 % of votes)"
        + " operator:cn-parent → incorporated in jurisdiction:CN → subject to law:CN/cn-nil-art7", e.chainText());
  }

  @Test
  void unknownIdsAndImpossibleThresholdsAreRefusedByName() {
    Landscape l = Fixtures.base().build();
    UnknownEntityException e = assertThrows(UnknownEntityException.class, () -> SCORER.site(l, "nowhere"));
    assertEquals(EntityKind.SITE, e.kind());
    assertEquals("nowhere", e.id());
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    UnknownEntityException o = assertThrows(UnknownEntityException.class, () -> SCORER.operator(l, "nobody"));
    assertEquals(EntityKind.OPERATOR, o.kind());
    assertEquals("nobody", o.id());
    assertThrows(IllegalArgumentException.class,
        () -> SecNumCloudThresholds.of(0.5, 0.4, "EU", "x", Provenance.of("x", 2025)));
  }
}
