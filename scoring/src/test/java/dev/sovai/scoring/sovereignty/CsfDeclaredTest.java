package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CertificationScheme;
import dev.sovai.model.operator.CsfDeclaration;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.csf.CsfCriterion;

/**
 * The provider's declared CSF answers: they complete the 48 criteria, a derived answer wins over them, a contradiction
 * is a failing finding, and the evidence split (counts, shares of the attainable points, the SEAL's basis) is exact.
 */
class CsfDeclaredTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());
  private static final LocalDate BEFORE = Fixtures.AS_OF.minusMonths(1);

  /** The French site of FrameworksTest: all eleven derived criteria answered, SEAL 2, v1.2.1 SEAL score 65 %. */
  private static Landscape paris(CsfDeclaration... declarations) {
    return Fixtures.base()
        .addOperators(Operator.builder().from(company("cloud", "FR", OperatorKind.NEOCLOUD))
            .addCertifications(Certification.builder().scheme(CertificationScheme.SECNUMCLOUD).build())
            .addCsfDeclarations(declarations).build())
        .addSites(Site.builder().id("paris").name("Paris").jurisdiction("FR").operator("cloud")
            .status(SiteStatus.OPERATIONAL).pue(1.25).addFleet(AcceleratorLot.of("nvidia-h200-sxm", 100))
            .addDataLocations("FR").addAdministrationLocations("FR").build())
        .build();
  }

  private static CsfDeclaration declare(String criterion, int rung, LocalDate asOf) {
    return CsfDeclaration.builder().criterion(criterion).rung(rung).asOf(asOf).addSources("seed-000").build();
  }

  private static CsfAnswer answer(CsfView v, String code) {
    return v.answers().stream().filter(a -> a.criterion().code().equals(code)).findFirst().orElseThrow();
  }

  private static double metric(Assessment a, String name) {
    return a.metrics().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().value();
  }

  @Test
  void withoutDeclarationsTheNonDerivedCriteriaAreUnknownAndTheSplitSaysSo() {
    SiteSovereignty r = SCORER.site(paris(), "paris");
    CsfView v = r.csf();
    assertEquals(48, v.answers().size());
    assertEquals(11, v.criteria(CsfEvidence.DERIVED).size());
    assertEquals(List.of(), v.criteria(CsfEvidence.DECLARED));
    assertEquals(37, v.unknown().size());
    assertFalse(v.sealOnDeclared());
    // derived: 15×¼ + 10×⅓ + 10×0.4 + 15×⅙ + 20×1/7 + 15×0.2 + 10×1/7 + 5×¼ of the v1.2.1-weighted attainable points
    double derived = 14.5 + 10.0 / 3 + 30.0 / 7;
    Map<CsfEvidence, Double> shares = v.pointsShares().get("csf-v1.2.1");
    assertEquals(derived, shares.get(CsfEvidence.DERIVED), 1e-9);
    assertEquals(0, shares.get(CsfEvidence.DECLARED), 1e-9);
    assertEquals(100 - derived, shares.get(CsfEvidence.UNKNOWN), 1e-9);
    Assessment a = r.toAssessment();
    assertEquals(11, metric(a, "csfCriteria:derived"));
    assertEquals(0, metric(a, "csfCriteria:declared"));
    assertEquals(37, metric(a, "csfCriteria:unknown"));
    assertEquals(derived, metric(a, "csfPointsShare:derived:csf-v1.2.1"), 1e-9);
    assertEquals(0, metric(a, "csfSealOnDeclared"));
    // unknown earns nothing and keeps its attainable points: the SEAL is an upper bound
    Metric seal = a.metrics().stream().filter(m -> m.name().equals("csfSeal")).findFirst().orElseThrow();
    assertEquals(0, seal.lower().orElseThrow(), 1e-9);
    assertTrue(r.findings().stream().anyMatch(f -> f.criterion().equals("csf-evidence")
        && f.message().contains("11 derived") && f.message().contains("0 declared") && f.message().contains("37 unknown")));
  }

  @Test
  void declaredAnswersScoreAndTheSealSaysItRestsOnThem() {
    CsfView without = SCORER.site(paris(), "paris").csf();
    SiteSovereignty r = SCORER.site(paris(declare("SOV-2.3", 4, BEFORE), declare("SOV-3.1", 0, BEFORE)), "paris");
    CsfView v = r.csf();
    assertEquals(List.of("SOV-2.3", "SOV-3.1"), v.criteria(CsfEvidence.DECLARED).stream().map(c -> c.code()).toList());
    assertEquals(CsfEvidence.DECLARED, answer(v, "SOV-2.3").evidence());
    assertEquals(4, answer(v, "SOV-2.3").seal().getAsInt());
    assertEquals(167, answer(v, "SOV-2.3").points(), 1e-9);
    // SOV-3.1 declared at SEAL 0 sets the floor: without the declarations it is 2
    assertEquals(2, without.seal().getAsInt());
    assertEquals(0, v.seal().getAsInt());
    assertTrue(v.sealOnDeclared());
    // calculator method: SOV-2.3 adds 10 % × 167 / 1002; SOV-3.1 earns nothing
    assertEquals(without.pointsScores().get("csf-v1.2.1") + 10.0 / 6, v.pointsScores().get("csf-v1.2.1"), 1e-9);
    // v1.2.1 method: the grade of SOV-3 falls from 3 to 0: 65 − 10 × 3 / 4
    assertEquals(65 - 7.5, v.sealScores().get("csf-v1.2.1"), 1e-9);
    Map<CsfEvidence, Double> shares = v.pointsShares().get("csf-v1.2.1");
    assertEquals(10.0 / 6 + 10 * 0.2, shares.get(CsfEvidence.DECLARED), 1e-9);
    assertEquals(100, shares.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    Assessment a = r.toAssessment();
    assertEquals(2, metric(a, "csfCriteria:declared"));
    assertEquals(35, metric(a, "csfCriteria:unknown"));
    assertEquals(1, metric(a, "csfSealOnDeclared"));
    Finding f = r.findings().stream().filter(x -> x.criterion().equals("csf-sov-2.3")).findFirst().orElseThrow();
    assertEquals(Outcome.INFO, f.outcome());
    assertTrue(f.message().contains("declared by cloud"), f.message());
    assertTrue(f.sources().contains("seed-000"));
  }

  @Test
  void aDerivedAnswerWinsAndAContradictingDeclarationIsAFinding() {
    // the facts say SOV-1.1 "mostly within" (SEAL 3, 83.34 points: the unlisted capital could be held outside); the
    // provider declares "entirely outside"
    SiteSovereignty r = SCORER.site(paris(declare("SOV-1.1", 0, BEFORE), declare("SOV-2.2", 4, BEFORE)), "paris");
    CsfAnswer sov11 = answer(r.csf(), "SOV-1.1");
    assertEquals(CsfEvidence.DERIVED, sov11.evidence());
    assertEquals(3, sov11.seal().getAsInt());
    assertEquals(83.34, sov11.points(), 1e-9);
    Finding f = r.findings().stream().filter(x -> x.criterion().equals("csf-sov-1.1-declared")).findFirst()
        .orElseThrow();
    assertEquals(Outcome.FAIL, f.outcome());
    assertTrue(f.message().contains("Entirely outside the EU") && f.message().contains("SEAL 1")
        && f.message().contains("SEAL 3"), f.message());
    // a declaration on the derived rung is no contradiction (SOV-2.2: structural immunity, SEAL 4, 167 points)
    assertEquals(4, answer(r.csf(), "SOV-2.2").seal().getAsInt());
    assertTrue(r.findings().stream().noneMatch(x -> x.criterion().equals("csf-sov-2.2-declared")));
    assertEquals(SCORER.site(paris(), "paris").csf().pointsScores(), r.csf().pointsScores());
  }

  @Test
  void aDeclarationFillsAnUnknownDerivedCriterionButNotOneDatedAfterTheScoringDate() {
    Landscape l = paris(declare("SOV-7.1", 4, BEFORE), declare("SOV-7.3", 4, Fixtures.AS_OF.plusDays(1)));
    Landscape bare = l.withOperator(Operator.builder().from(l.operator("cloud").orElseThrow())
        .certifications(List.of()).build());
    CsfView v = SCORER.site(bare, "paris").csf();
    CsfAnswer sov71 = answer(v, CsfCriterion.SOV_7_1.code());
    assertEquals(CsfEvidence.DECLARED, sov71.evidence());
    assertEquals(143, sov71.points(), 1e-9);
    CsfAnswer sov73 = answer(v, "SOV-7.3");
    assertEquals(CsfEvidence.UNKNOWN, sov73.evidence());
    assertEquals(0, sov73.points(), 1e-9);
    assertTrue(sov73.rung().contains("after " + Fixtures.AS_OF), sov73.rung());
  }
}
