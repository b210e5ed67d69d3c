package dev.sovai.scoring.sovereignty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.ownership.OwnershipGraph;

/** The scorer is made from its profile, asked about any landscape, and keeps no landscape alive. */
class ScorerContractTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());

  @Test
  void theDateLessFormsMeanTheLandscapesOwnDate() {
    Landscape l = SeedCasesTest.sines();
    assertEquals(SCORER.site(l, "nscale-sines", l.asOf()), SCORER.site(l, "nscale-sines"));
    assertEquals(l.asOf(), SCORER.site(l, "nscale-sines").asOf());
    assertEquals(SCORER.landscape(l, l.asOf()), SCORER.landscape(l));
    LocalDate later = LocalDate.of(2026, 7, 1);
    assertEquals(later, SCORER.operator(l, "nscale", later).asOf());
    assertSame(SovereigntyProfile.standard(), SCORER.profile());
  }

  @Test
  void theOwnershipGraphIsBuiltOncePerLandscape() {
    Landscape one = SeedCasesTest.sines();
    Landscape two = SeedCasesTest.grenoble();
    OwnershipGraph g = SCORER.ownership(one);
    SCORER.site(one, "nscale-sines");
    assertSame(g, SCORER.ownership(one));
    OwnershipGraph h = SCORER.ownership(two);
    assertNotSame(g, h);
    assertSame(two, h.landscape());
  }

  @Test
  void theScorerDoesNotKeepALandscapeAlive() throws InterruptedException {
    SovereigntyScorer scorer = SovereigntyScorer.of(SovereigntyProfile.standard());
    WeakReference<Landscape> ref = scoreAndDrop(scorer);
    for (int i = 0; i < 50 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(ref.get(), "the landscape is still reachable after the caller dropped it");
  }

  private static WeakReference<Landscape> scoreAndDrop(SovereigntyScorer scorer) {
    Landscape l = SeedCasesTest.sines();
    scorer.landscape(l);
    return new WeakReference<>(l);
  }
}
