package dev.sovai.scoring.sovereignty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.operator.StateLinkKind;
import dev.sovai.scoring.ownership.ControlKind;
import dev.sovai.testkit.ControlShapes;
import org.junit.jupiter.api.Test;

/**
 * Scoring whole landscapes of the shapes of control that made the scorers quadratic (each site walked every chain of
 * its operator: a ring of n members has n chains each): a ring of 10,000 operators, a clique of 300 and a chain of
 * 100,000. Each must finish with results of the size the shape implies: one path per law and site, findings within
 * their bounds. No timing is asserted.
 */
class LargeControlShapesTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());

  /** Every home site is reached through its operator's controller, the nearest US member, by one short path. */
  private static void eachSiteReachedThroughItsController(Landscape l, int n, int sites) {
    LandscapeSovereignty r = SCORER.landscape(l, ControlShapes.AS_OF);
    assertEquals(sites, r.sites().size());
    for (SiteSovereignty s : r.sites()) {
      int i = Integer.parseInt(s.site().substring(2));
      assertEquals(1, s.exposures().size(), s.site());
      Exposure e = s.exposures().get(0);
      assertEquals("US/us-cloud-act", e.lawKey());
      assertEquals("op-" + i, e.entity());
      assertEquals("op-" + (i - 1 + n) % n, e.reached());
      assertEquals(5, e.chain().size(), "site, operator, controller, seat, law: " + e.chain());
      for (Finding f : s.findings()) {
        assertTrue(f.chain().size() <= 8, f.toString());
      }
    }
    assertEquals(1.0, r.h100ShareExposedTo("US/us-cloud-act"), 1e-9);
  }

  @Test
  void aRingOf10000IsScoredSiteByOperatorAndWhole() {
    Landscape ring = ControlShapes.ring(10_000);
    eachSiteReachedThroughItsController(ring, 10_000, 1_000);
    SiteSovereignty s = SCORER.site(ring, "s-5000", ControlShapes.AS_OF);
    assertEquals(List.of("US/us-cloud-act"), List.copyOf(s.laws()));
    assertTrue(s.findings().stream().anyMatch(f -> f.criterion().equals("gaia-x-p5.1.5")
        && f.message().contains("by op-4999")), "the nearest controller outside the EU is named");
    OperatorSovereignty o = SCORER.operator(ring, "op-4000", ControlShapes.AS_OF);
    assertEquals(ControlKind.CIRCULAR, o.control().kind());
    assertEquals(1, o.exposures().size());
    assertEquals("op-3999", o.exposures().get(0).reached());
    assertTrue(o.findings().stream().anyMatch(f -> f.criterion().equals("control")
        && f.message().contains("… and 9980 more")), "the ring's controllers are listed with a bound");
    assertTrue(o.findings().stream().allMatch(f -> f.message().length() <= 4096));
  }

  @Test
  void aCliqueOf300IsScored() {
    Landscape clique = ControlShapes.clique(300);
    LandscapeSovereignty r = SCORER.landscape(clique, ControlShapes.AS_OF);
    assertEquals(30, r.sites().size());
    // nobody controls anybody, and every site's operator is seated in France
    assertTrue(r.sites().stream().noneMatch(SiteSovereignty::isExposed));
    OperatorSovereignty o = SCORER.operator(clique, "op-7", ControlShapes.AS_OF);
    assertEquals(ControlKind.NONE, o.control().kind());
    assertFalse(o.laws().isEmpty(), "a US company is reached by incorporation");
  }

  @Test
  void aChainOf100000IsScored() {
    Landscape chain = ControlShapes.chain(100_000);
    LandscapeSovereignty r = SCORER.landscape(chain, ControlShapes.AS_OF);
    assertEquals(10_000, r.sites().size());
    for (SiteSovereignty s : r.sites()) {
      int i = Integer.parseInt(s.site().substring(2));
      if (i == 0) {
        assertFalse(s.isExposed(), "the top of the chain is French and controlled by nobody");
        continue;
      }
      assertEquals(1, s.exposures().size(), s.site());
      assertEquals("op-" + (i - 1), s.exposures().get(0).reached());
      assertEquals(5, s.exposures().get(0).chain().size());
    }
    OperatorSovereignty o = SCORER.operator(chain, "op-99990", ControlShapes.AS_OF);
    assertEquals(List.of("op-0"), o.control().controllers());
    assertEquals("op-99989", o.exposures().get(0).reached());
  }
  /** The ring with a foreign state link on its members 0, 10, 20, … (count of them), the rest as they are. */
  private static Landscape ringWithStateLinks(int n, int count) {
    Landscape ring = ControlShapes.ring(n);
    StateLink link = StateLink.builder().jurisdiction("US").kind(StateLinkKind.FUNDING).build();
    return Landscape.builder().from(ring).operators(ring.operators().stream()
        .map(o -> o.id().startsWith("op-") && Integer.parseInt(o.id().substring(3)) % 10 == 0
            && Integer.parseInt(o.id().substring(3)) / 10 < count
            ? Operator.builder().from(o).addStateLinks(link).build() : o)
        .toList()).build();
  }

  @Test
  void aRingOf100000WithAForeignStateLinkNamesItAtEverySiteWithoutWalkingTheRingPerSite() {
    // SecNumCloud §19.6 e once walked every holder of every site's provider: the whole ring per site, 10,000 times
    LandscapeSovereignty r = SCORER.landscape(ringWithStateLinks(100_000, 1), ControlShapes.AS_OF);
    assertEquals(10_000, r.sites().size());
    for (SiteSovereignty s : r.sites()) {
      List<String> links = s.secNumCloud().get(0).foreignStateLinks();
      assertEquals(List.of("op-0: funding by US"), links, s.site() + ": every member holds op-0 through the ring");
      // the ring's 100,000 controllers are counted, not listed at each of the 10,000 sites
      Ownership o = s.ownership().get(0);
      assertEquals(Ownership.LISTED, o.controllers().size(), s.site());
      assertEquals(100_000, o.controllerCount(), s.site());
      assertTrue(o.holders().size() <= Ownership.LISTED && o.holderCount() >= o.holders().size(), s.site());
    }
  }

  @Test
  void moreForeignStateLinksThanAreFollowedSaySoAndListOnlyTheProvidersOwn() {
    Landscape l = ringWithStateLinks(10_000, ForeignStateLinks.MAX_LINKED + 1);
    SiteSovereignty linked = SCORER.site(l, "s-10", ControlShapes.AS_OF);
    assertEquals(List.of("op-10: funding by US"), linked.secNumCloud().get(0).foreignStateLinks());
    Finding e = linked.findings().stream().filter(f -> f.criterion().equals("secnumcloud-19.6-e")).findFirst()
        .orElseThrow();
    assertTrue(e.message().contains("links of op-10 and the third parties at s-10 (their holders are not followed: 257"
        + " organisations of the landscape have such links, more than the 256 followed)"), e.message());
    SiteSovereignty unlinked = SCORER.site(l, "s-9990", ControlShapes.AS_OF);
    assertEquals(List.of(), unlinked.secNumCloud().get(0).foreignStateLinks());
    // with as many as are followed, the holders are followed: op-2560 is held by op-2550 … through the ring
    Landscape followed = ringWithStateLinks(10_000, ForeignStateLinks.MAX_LINKED);
    assertEquals(ForeignStateLinks.MAX_LINKED,
        SCORER.site(followed, "s-9990", ControlShapes.AS_OF).secNumCloud().get(0).foreignStateLinks().size());
  }
}
