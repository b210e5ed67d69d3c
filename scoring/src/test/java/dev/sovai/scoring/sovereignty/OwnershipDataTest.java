package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.assessment.UltimateHolder;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/** Control kind and look-through shares are data of the sovereignty results, not only text. */
class OwnershipDataTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());

  /** cloud held by the given stakes, the rest free float; a site in Paris operated by cloud. */
  private static Landscape held(Stake... stakes) {
    return Fixtures.base()
        .addOperators(company("us-fund", "US", OperatorKind.INVESTOR), company("fr-fund", "FR", OperatorKind.INVESTOR),
            Operator.builder().from(company("cloud", "FR", OperatorKind.NEOCLOUD, stakes)).remainder(Remainder.FREE_FLOAT)
                .build())
        .addSites(Site.builder().id("paris").name("Paris").jurisdiction("FR").operator("cloud")
            .status(SiteStatus.OPERATIONAL).addFleet(AcceleratorLot.of("nvidia-h200-sxm", 100)).build())
        .build();
  }

  private static Ownership ofOperator(Landscape l) {
    List<Ownership> o = SCORER.operator(l, "cloud").toAssessment().ownership();
    assertEquals(1, o.size());
    return o.get(0);
  }

  private static Map<String, Double> votes(Ownership o) {
    return o.holders().stream().collect(Collectors.toMap(UltimateHolder::holder, UltimateHolder::votes));
  }

  @Test
  void aMajorityIsSoleControlAndTheLookThroughSharesAreData() {
    Ownership o = ofOperator(held(Stake.of("us-fund", 0.6), Stake.of("fr-fund", 0.1)));
    assertEquals("cloud", o.operator());
    assertEquals("sole", o.control());
    assertEquals(List.of("us-fund"), o.controllers());
    assertEquals(0.6, votes(o).get("us-fund"), 1e-12);
    assertEquals(0.1, votes(o).get("fr-fund"), 1e-12);
    assertEquals(0.3, votes(o).get("free-float of cloud"), 1e-12);
    UltimateHolder us = o.holders().stream().filter(h -> h.holder().equals("us-fund")).findFirst().orElseThrow();
    assertEquals("operator", us.kind());
    assertEquals(0.6, us.capital(), 1e-12);
    assertEquals("free-float", o.holders().stream().filter(h -> h.holder().startsWith("free-float")).findFirst()
        .orElseThrow().kind());
  }

  @Test
  void aVetoAloneIsNegativeControl() {
    Ownership o = ofOperator(held(Stake.builder().holder("us-fund").capitalShare(0.05).veto(true).build(),
        Stake.of("fr-fund", 0.3)));
    assertEquals("negative", o.control());
    assertEquals(List.of("us-fund"), o.controllers());
  }

  @Test
  void twoVetoesAreJointControl() {
    Ownership o = ofOperator(held(Stake.builder().holder("us-fund").capitalShare(0.2).veto(true).build(),
        Stake.builder().holder("fr-fund").capitalShare(0.2).veto(true).build()));
    assertEquals("joint", o.control());
    assertEquals(List.of("fr-fund", "us-fund"), o.controllers());
  }

  @Test
  void noControllerIsNone() {
    Ownership o = ofOperator(held(Stake.of("us-fund", 0.2)));
    assertEquals("none", o.control());
    assertEquals(List.of("cloud"), o.controllers());
    assertTrue(o.determined());
  }

  @Test
  void theSiteResultCarriesTheOwnershipOfItsProviders() {
    Landscape l = held(Stake.of("us-fund", 0.6));
    SiteSovereignty s = SCORER.site(l, "paris");
    assertEquals(1, s.ownership().size());
    assertEquals(ofOperator(l), s.ownership().get(0));
    assertEquals(s.ownership(), s.toAssessment().ownership());
    assertFalse(SCORER.site(l, "paris").toAssessment().ownership().get(0).holders().isEmpty());
  }
}
