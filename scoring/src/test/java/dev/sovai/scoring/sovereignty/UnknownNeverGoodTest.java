package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.csf.CsfCriterion;

/**
 * Unknown never counts as good: a CSF criterion that rests on an axis the facts cannot settle is unknown, a
 * SecNumCloud headroom that holders of unknown seat could eat is unknown (with bounds), and a CSF score with no
 * answered criterion is unknown, not 0.
 */
class UnknownNeverGoodTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());

  /** A French operator of which 70 % is held by nobody listed (control undetermined), running a French site. */
  private static Landscape undetermined(AcceleratorLot... fleet) {
    return run(Operator.builder().from(company("op", "FR", OperatorKind.NEOCLOUD, Stake.of("home", 0.3)))
        .remainder(Remainder.UNKNOWN).build(), fleet);
  }

  private static Landscape run(Operator op, AcceleratorLot... fleet) {
    return Fixtures.base().addOperators(op, company("home", "FR", OperatorKind.OTHER))
        .addSites(Site.builder().id("paris").name("Paris").jurisdiction("FR").operator("op")
            .status(SiteStatus.OPERATIONAL).addDataLocations("FR").addFleet(fleet).addSources("seed-000").build())
        .build();
  }

  private static CsfAnswer answer(SiteSovereignty r, CsfCriterion c) {
    return r.csf().answers().stream().filter(a -> a.criterion() == c.entry()).findFirst().orElseThrow();
  }

  @Test
  void sov22IsUnknownWhenLawfulAccessLacksFactsForAnyReason() {
    SiteSovereignty r = SCORER.site(undetermined(AcceleratorLot.of("nvidia-gb300", 100)), "paris");
    assertFalse(r.isExposed());
    assertTrue(r.uncertainExposures().isEmpty(), "no law end is involved: the facts are missing");
    CsfAnswer sov22 = answer(r, CsfCriterion.SOV_2_2);
    assertFalse(sov22.isAnswered(), sov22.rung());
    assertTrue(sov22.rung().startsWith("lawful access is unknown, facts are missing: op: no listed holder controls it"),
        sov22.rung());
    // with the holders known, the same site is structurally immune
    Landscape known = run(company("op", "FR", OperatorKind.NEOCLOUD, Stake.of("home", 1.0)),
        AcceleratorLot.of("nvidia-gb300", 100));
    assertEquals(4, answer(SCORER.site(known, "paris"), CsfCriterion.SOV_2_2).seal().getAsInt());
  }

  @Test
  void criteriaOnTheCutOffAxisAreUnknownWhenPartOfTheFleetIsUnknown() {
    AcceleratorLot uncatalogued = AcceleratorLot.builder().reportedModel("Mystery X1").count(5000).build();
    SiteSovereignty r = SCORER.site(undetermined(AcceleratorLot.of("nvidia-gb300", 100), uncatalogued), "paris");
    assertFalse(r.cutOff().isKnown());
    assertTrue(r.cutOff().unknowns().contains("5000 accelerators of unknown model or vendor"), r.cutOff().unknowns()
        .toString());
    for (CsfCriterion c : new CsfCriterion[] {CsfCriterion.SOV_1_8, CsfCriterion.SOV_2_4, CsfCriterion.SOV_3_5}) {
      assertFalse(answer(r, c).isAnswered(), c + ": " + answer(r, c).rung());
    }
    // SOV-6.5 needs every lot's vendor; SOV-5.2's worst rung stands on the known foreign fab
    assertFalse(answer(r, CsfCriterion.SOV_6_5).isAnswered());
    assertEquals("made in [TW]", answer(r, CsfCriterion.SOV_5_2).rung());
    assertEquals(CsfCriterion.SOV_5_2.rung(0).seal(), answer(r, CsfCriterion.SOV_5_2).seal().getAsInt());
  }

  @Test
  void headroomWithHoldersOfUnknownSeatIsUnknownWithBounds() {
    SiteSovereignty r = SCORER.site(undetermined(AcceleratorLot.of("nvidia-gb300", 100)), "paris");
    SecNumCloudView v = r.secNumCloud().get(0);
    assertTrue(v.individualHeadroom().value().isEmpty());
    assertEquals(0.24 - 0.70, v.individualHeadroom().lower(), 1e-12);
    assertEquals(0.24, v.individualHeadroom().upper(), 1e-12);
    assertEquals(0.39 - 0.70, v.collectiveHeadroom().lower(), 1e-12);
    Metric m = r.toAssessment().metric("secNumCloudIndividualHeadroom").orElseThrow();
    assertFalse(m.isKnown());
    assertTrue(m.unknownBecause().orElseThrow().startsWith("70.00 % of op is held by unknown of op, of unknown seat"),
        m.unknownBecause().orElseThrow());
    assertEquals(0.24, m.upper().getAsDouble(), 1e-12);
    Assessment operator = SCORER.operator(undetermined(), "op", Fixtures.AS_OF).toAssessment();
    assertFalse(operator.metric("secNumCloudCollectiveHeadroom").orElseThrow().isKnown());
  }

  @Test
  void csfScoreWithNoAnsweredCriterionIsUnknownNotZero() {
    Landscape l = Fixtures.base().addSites(Site.builder().id("blank").name("Blank").jurisdiction("FR")
        .status(SiteStatus.OPERATIONAL).addSources("seed-000").build()).build();
    SiteSovereignty r = SCORER.site(l, "blank");
    assertTrue(r.csf().answers().stream().noneMatch(CsfAnswer::isAnswered), r.csf().toString());
    assertTrue(r.csf().unknownBecause().isPresent());
    Assessment a = r.toAssessment();
    assertTrue(a.headline().isEmpty(), "no headline from no knowledge");
    for (Metric m : a.metrics()) {
      if (m.name().startsWith("csfScore:") || m.name().startsWith("csfPointsScore:")) {
        assertFalse(m.isKnown(), m.toString());
        assertEquals(0, m.lower().getAsDouble());
        assertEquals(100, m.upper().getAsDouble());
      }
    }
    assertTrue(a.metric("csfScore:csf-v1.2.1").isPresent());
  }

  @Test
  void aPartlyAnsweredCsfScoreIsALowerBoundWithItsUpperBound() {
    SiteSovereignty r = SCORER.site(undetermined(AcceleratorLot.of("nvidia-gb300", 100)), "paris");
    Metric m = r.toAssessment().metric("csfScore:csf-v1.2.1").orElseThrow();
    assertEquals(r.csf().sealScores().get("csf-v1.2.1"), m.value(), 1e-12);
    assertEquals(m.value(), m.lower().getAsDouble(), 1e-12);
    assertTrue(m.upper().getAsDouble() > m.value(), m.toString());
    assertEquals(r.csf().sealScoresUpper().get("csf-v1.2.1"), m.upper().getAsDouble(), 1e-12);
    Metric points = r.toAssessment().metric("csfPointsScore:csf-v1.2.1").orElseThrow();
    assertEquals(r.csf().pointsScoresUpper().get("csf-v1.2.1"), points.upper().getAsDouble(), 1e-12);
  }
}
