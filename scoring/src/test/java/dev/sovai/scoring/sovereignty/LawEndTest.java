package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.csf.CsfCriterion;

/**
 * The end-date rule of extraterritorial laws: a law whose end is uncertain (reported or estimated) reaches until that
 * end and, after it, makes the lawful-access answer "unknown" with the reason; a law whose end is confirmed stops
 * counting. Checked on both sides of the end, for a site, its CSF SOV-2.2 answer, an operator and the landscape.
 */
class LawEndTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());
  private static final LocalDate BEFORE = LocalDate.of(2027, 2, 28);
  private static final LocalDate AFTER = LocalDate.of(2027, 3, 1);

  /** A French site run by a French operator with operations in the US; the only foreign law ends in March 2027. */
  private static Landscape withEnd(Confidence endConfidence) {
    Jurisdiction us = Jurisdiction.builder().code("US").name("United States")
        .addLaws(ExtraterritorialLaw.builder().id("us-fisa-702").name("FISA Section 702")
            .addReach(ReachRule.INCORPORATED_IN, ReachRule.OPERATIONS_IN).effectiveUntil(PartialDate.parse("2027-03"))
            .confidence(endConfidence).addSources("ref-fisa").build())
        .build();
    return Landscape.builder().asOf(Fixtures.AS_OF)
        .addJurisdictions(us, Fixtures.eu("FR", "France"), Fixtures.other("TW", "Taiwan"))
        .addSources(Fixtures.src("ref-fisa"), Fixtures.src("seed-000"))
        .addOperators(company("op", "FR", Set.of("FR", "US")), company("home", "FR", OperatorKind.OTHER))
        .addSites(Site.builder().id("paris").name("Paris").jurisdiction("FR").operator("op")
            .status(SiteStatus.OPERATIONAL).addDataLocations("FR").addSources("seed-000").build(),
            Site.builder().id("lyon").name("Lyon").jurisdiction("FR").operator("home")
            .status(SiteStatus.OPERATIONAL).addDataLocations("FR").addSources("seed-000").build())
        .build();
  }

  private static Finding verdict(List<Finding> findings) {
    return findings.stream().filter(f -> f.criterion().equals("lawful-access")).findFirst().orElseThrow();
  }

  private static CsfAnswer sov22(SiteSovereignty r) {
    return r.csf().answers().stream().filter(a -> a.criterion() == CsfCriterion.SOV_2_2.entry()).findFirst().orElseThrow();
  }

  @Test
  void theModelSaysWhichEndsAreCertain() {
    ExtraterritorialLaw estimated = withEnd(Confidence.ESTIMATED).jurisdiction("US").orElseThrow().laws().get(0);
    ExtraterritorialLaw confirmed = withEnd(Confidence.CONFIRMED).jurisdiction("US").orElseThrow().laws().get(0);
    assertFalse(estimated.isEndCertain());
    assertTrue(confirmed.isEndCertain());
    assertFalse(estimated.isUncertainOn(BEFORE));
    assertTrue(estimated.isUncertainOn(AFTER));
    assertFalse(confirmed.isUncertainOn(AFTER));
    assertTrue(estimated.isInForceOn(BEFORE));
    assertFalse(estimated.isInForceOn(AFTER));
    ExtraterritorialLaw openEnded = ExtraterritorialLaw.builder().from(estimated).effectiveUntil(java.util.Optional.empty())
        .build();
    assertFalse(openEnded.isEndCertain());
    assertFalse(openEnded.isUncertainOn(AFTER));
  }

  @Test
  void anUncertainEndReachesBeforeItAndIsUnknownAfterIt() {
    Landscape l = withEnd(Confidence.ESTIMATED);
    SiteSovereignty before = SCORER.site(l, "paris", BEFORE);
    assertEquals(List.of("US/us-fisa-702"), Fixtures.laws(before));
    assertTrue(before.uncertainExposures().isEmpty());
    assertEquals(Outcome.FAIL, verdict(before.findings()).outcome());
    assertTrue(sov22(before).rung().startsWith("fully exposed"), sov22(before).rung());

    SiteSovereignty after = SCORER.site(l, "paris", AFTER);
    assertTrue(after.exposures().isEmpty());
    assertFalse(after.isExposed());
    assertEquals(1, after.uncertainExposures().size());
    Finding v = verdict(after.findings());
    assertEquals(Outcome.UNKNOWN, v.outcome(), v.message());
    assertTrue(v.message().contains("US/us-fisa-702") && v.message().contains("2027-03")
        && v.message().contains("estimated"), v.message());
    assertFalse(sov22(after).isAnswered(), "unknown never counts as good: " + sov22(after).rung());
    assertFalse(after.coverage().isComplete());
    assertTrue(after.coverage().gaps().stream().anyMatch(g -> g.field().equals("effectiveUntil")));
    assertTrue(after.toAssessment().metric("uncertainExposurePaths").isPresent());
  }

  @Test
  void aConfirmedEndStopsCounting() {
    Landscape l = withEnd(Confidence.CONFIRMED);
    assertEquals(List.of("US/us-fisa-702"), Fixtures.laws(SCORER.site(l, "paris", BEFORE)));
    SiteSovereignty after = SCORER.site(l, "paris", AFTER);
    assertTrue(after.exposures().isEmpty());
    assertTrue(after.uncertainExposures().isEmpty());
    assertEquals(Outcome.PASS, verdict(after.findings()).outcome());
    assertTrue(sov22(after).rung().startsWith("structural immunity"), sov22(after).rung());
  }

  @Test
  void aSiteTheLawNeverReachedIsNotMadeUnknown() {
    SiteSovereignty after = SCORER.site(withEnd(Confidence.ESTIMATED), "lyon", AFTER);
    assertTrue(after.uncertainExposures().isEmpty());
    assertEquals(Outcome.PASS, verdict(after.findings()).outcome());
  }

  @Test
  void anOperatorPastAnUncertainEndIsUnknownNotFree() {
    Landscape estimated = withEnd(Confidence.ESTIMATED);
    assertEquals(Outcome.FAIL, verdict(SCORER.operator(estimated, "op", BEFORE).findings()).outcome());
    OperatorSovereignty after = SCORER.operator(estimated, "op", AFTER);
    assertEquals(Outcome.UNKNOWN, verdict(after.findings()).outcome());
    assertEquals(1, after.uncertainExposures().size());
    assertEquals(Outcome.PASS, verdict(SCORER.operator(withEnd(Confidence.CONFIRMED), "op", AFTER).findings()).outcome());
  }

  @Test
  void theLandscapeCountsUncertainSitesNeitherAsExposedNorAsFree() {
    LandscapeSovereignty after = SCORER.landscape(withEnd(Confidence.ESTIMATED), AFTER);
    assertEquals(0, after.exposedToAny().sites());
    assertTrue(after.findings().stream().anyMatch(f -> f.outcome() == Outcome.UNKNOWN
        && f.message().startsWith("US/us-fisa-702 may still reach 1 home site")), after.findings().toString());
    LandscapeSovereignty before = SCORER.landscape(withEnd(Confidence.ESTIMATED), BEFORE);
    assertEquals(1, before.exposedToAny().sites());
  }
}
