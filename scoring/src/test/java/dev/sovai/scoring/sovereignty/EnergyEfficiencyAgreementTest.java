package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.sovai.model.Confidence;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.energy.RegulatoryMark;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/** The CSF SOV-8.1 answer is the same whether the sovereignty scorer's CSF view or the energy scorer's mark gives it. */
class EnergyEfficiencyAgreementTest {
  private static final SovereigntyScorer SOVEREIGNTY = SovereigntyScorer.of(SovereigntyProfile.standard());
  private static final EnergyScorer ENERGY = EnergyScorer.of(EnergyProfile.standard());

  private static Site site(String id, String where, Double pue, Confidence confidence) {
    Site.Builder b = Site.builder().id(id).name(id).jurisdiction(where).operator("cloud").status(SiteStatus.OPERATIONAL)
        .addFleet(AcceleratorLot.of("nvidia-h200-sxm", 100)).itCapacityMw(10).confidence(confidence);
    if (pue != null) {
      b.pue(pue);
    }
    return b.build();
  }

  /** One site per rung and boundary of the ladder, reported or not, verified or not. */
  static Landscape ladder() {
    return Fixtures.base().addOperators(company("cloud", "FR", OperatorKind.NEOCLOUD))
        .addSites(site("verified", "FR", 1.1, Confidence.CONFIRMED), site("unverified", "FR", 1.1, Confidence.REPORTED),
            site("outside-eu", "NO", 1.1, Confidence.CONFIRMED), site("below-1-3", "FR", 1.25, Confidence.REPORTED),
            site("on-1-3", "FR", 1.3, Confidence.CONFIRMED), site("roadmap", "FR", 1.4, Confidence.CONFIRMED),
            site("on-1-5", "FR", 1.5, Confidence.REPORTED), site("below-3", "FR", 1.6, Confidence.REPORTED),
            site("above-3", "FR", 3.2, Confidence.REPORTED), site("missing", "FR", null, Confidence.CONFIRMED))
        .build();
  }

  /** Asserts that both scorers give a site the same SOV-8.1 outcome, and returns it. */
  private static Outcome agree(Landscape l, String siteId) {
    RegulatoryMark mark = ENERGY.site(l, siteId).mark("csf-sov-8.1").orElseThrow();
    CsfAnswer answer = SOVEREIGNTY.site(l, siteId).csf().answers().stream()
        .filter(a -> a.criterion() == CsfCriterion.SOV_8_1.entry()).findFirst().orElseThrow();
    Outcome sovereignty = !answer.isAnswered() ? Outcome.UNKNOWN
        : answer.seal().getAsInt() >= 4 ? Outcome.PASS : Outcome.FAIL;
    assertEquals(mark.outcome(), sovereignty, siteId + ": energy says " + mark.message() + "; CSF view says "
        + answer.finding().orElseThrow().message());
    return sovereignty;
  }

  private static CsfAnswer sov81(Landscape l, String siteId) {
    return SOVEREIGNTY.site(l, siteId).csf().answers().stream().filter(a -> a.criterion() == CsfCriterion.SOV_8_1.entry())
        .findFirst().orElseThrow();
  }

  @Test
  void bothScorersGiveEverySiteOfTheLadderTheSameOutcome() {
    Landscape l = ladder();
    for (Site s : l.sites()) {
      agree(l, s.id());
    }
    assertEquals(Outcome.PASS, agree(l, "verified"));
    assertEquals(250, sov81(l, "verified").points(), 1e-9);
    assertEquals(187.5, sov81(l, "unverified").points(), 1e-9);
    assertEquals(187.5, sov81(l, "outside-eu").points(), 1e-9);
    assertEquals(Outcome.PASS, agree(l, "below-1-3"));
    // PUE < 1.5 reaches SEAL 4 only with a roadmap the data does not record: unknown in both, never a pass
    assertEquals(Outcome.UNKNOWN, agree(l, "on-1-3"));
    assertEquals(Outcome.UNKNOWN, agree(l, "roadmap"));
    assertFalse(sov81(l, "roadmap").isAnswered());
    assertEquals(0, sov81(l, "roadmap").points(), 0);
    assertTrue(sov81(l, "roadmap").rung().contains("roadmap"), sov81(l, "roadmap").rung());
    assertEquals(Outcome.FAIL, agree(l, "on-1-5"));
    assertEquals(Outcome.FAIL, agree(l, "below-3"));
    assertEquals(62.5, sov81(l, "below-3").points(), 1e-9);
    assertEquals(Outcome.FAIL, agree(l, "above-3"));
    assertEquals(0, sov81(l, "above-3").points(), 0);
    assertEquals(1, sov81(l, "above-3").seal().getAsInt());
    // a missing PUE is unknown in both, though the energy scorer computes with a default
    assertEquals(Outcome.UNKNOWN, agree(l, "missing"));
  }

  @Test
  void bothScorersAgreeOnEveryGeneratedSite() {
    AtomicInteger reported = new AtomicInteger();
    Property.forAll(Landscapes.gen()).named("SOV-8.1 agreement").tries(60).verify(l -> {
      for (Site s : l.sites()) {
        agree(l, s.id());
        if (s.pue().isPresent()) {
          reported.incrementAndGet();
        }
      }
    });
    assertTrue(reported.get() > 0, "no generated site reported a PUE");
  }

  @Test
  void removingThePueMakesBothUnknown() {
    Landscape l = ladder();
    Landscape without = l.withSite(Site.builder().from(l.site("verified").orElseThrow()).pue(OptionalDouble.empty())
        .build());
    assertEquals(Outcome.UNKNOWN, agree(without, "verified"));
    assertEquals(List.of(CsfCriterion.SOV_8_1.entry()), SOVEREIGNTY.site(without, "verified").csf().unknown().stream()
        .filter(c -> c == CsfCriterion.SOV_8_1.entry()).toList());
  }
}
