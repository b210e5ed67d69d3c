package dev.sovai.scoring.sovereignty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.AtOnce;
import dev.sovai.model.operator.Operator;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/**
 * The findings of sovereignty results whose words are built when first read (lawful access, cut-off, Gaia-X, site
 * location) equal those a scorer builds at once ({@link SovereigntyScorer#eagerText}): explanations, assessments,
 * findings and whole results, for generated landscapes on two dates, for sites, operators and the landscape, and
 * whichever thread reads them first. {@code -Dsovai.tries=N} and {@code -Dsovai.seed=S} control the property runs; a
 * failure prints its seed.
 */
class LazySovereigntyTextTest {
  private static final SovereigntyProfile PROFILE = SovereigntyProfile.standard();

  @Test
  void lazyFindingsEqualEagerFindingsOnGeneratedLandscapes() {
    Property.forAll(Landscapes.gen()).named("lazy sovereignty findings equal eager ones").tries(80).verify(l -> {
      SovereigntyScorer lazy = SovereigntyScorer.of(PROFILE);
      SovereigntyScorer eager = SovereigntyScorer.eagerText(PROFILE);
      for (LocalDate d : List.of(l.asOf(), l.asOf().minusYears(3))) {
        assertSameWords(eager.landscape(l, d), lazy.landscape(l, d), "landscape on " + d);
        for (Operator o : l.operators().subList(0, Math.min(3, l.operators().size()))) {
          OperatorSovereignty e = eager.operator(l, o.id(), d);
          OperatorSovereignty z = lazy.operator(l, o.id(), d);
          assertEquals(e.explain(), z.explain(), o.id() + " on " + d);
          assertEquals(e.toAssessment(), z.toAssessment(), o.id() + " on " + d);
          assertEquals(e, z, o.id() + " on " + d);
        }
      }
    });
  }

  @Test
  void lazyFindingsEqualEagerFindingsOnLargerLandscapes() {
    for (long seed = 1; seed <= 8; seed++) {
      Landscape l = Landscapes.generate(seed, 300, 40);
      assertSameWords(SovereigntyScorer.eagerText(PROFILE).landscape(l), SovereigntyScorer.of(PROFILE).landscape(l),
          "Landscapes.generate(" + seed + ", 300, 40)");
    }
  }

  @Test
  void findingsReadFirstByManyThreadsAtOnceAreTheEagerOnes() throws Exception {
    Landscape l = Landscapes.generate(20261203L, 400, 60);
    LandscapeSovereignty eager = SovereigntyScorer.eagerText(PROFILE).landscape(l);
    LandscapeSovereignty shared = SovereigntyScorer.of(PROFILE).landscape(l);
    List<List<String>> got = AtOnce.run(8, thread -> read(shared, thread));
    for (int t = 0; t < got.size(); t++) {
      assertEquals(read(eager, t), got.get(t), "thread " + t);
    }
    assertSameWords(eager, shared, "shared landscape result");
  }

  /** Reads the sites' words, starting at a different site for each thread and alternating what is read first. */
  private static List<String> read(LandscapeSovereignty result, int thread) {
    List<SiteSovereignty> sites = result.sites();
    String[] out = new String[sites.size()];
    for (int k = 0; k < sites.size(); k++) {
      int i = (k + thread * 37) % sites.size();
      SiteSovereignty s = sites.get(i);
      out[i] = (i + thread) % 3 == 0 ? s.explain() + s.toAssessment()
          : (i + thread) % 3 == 1 ? s.cutOff().findings() + s.explain() : s.gaiaX() + s.toAssessment().toString();
    }
    return List.of(out);
  }

  private static void assertSameWords(LandscapeSovereignty eager, LandscapeSovereignty lazy, String where) {
    assertEquals(eager.sites().size(), lazy.sites().size(), where);
    for (int i = 0; i < eager.sites().size(); i++) {
      SiteSovereignty e = eager.sites().get(i);
      SiteSovereignty z = lazy.sites().get(i);
      String site = where + ", site " + e.site();
      assertEquals(e.explain(), z.explain(), site);
      assertEquals(e.toAssessment(), z.toAssessment(), site);
      assertEquals(e.findings(), z.findings(), site);
      assertEquals(e.cutOff(), z.cutOff(), site);
      assertEquals(e.gaiaX(), z.gaiaX(), site);
      assertEquals(e, z, site);
    }
    assertEquals(eager.explain(), lazy.explain(), where);
    assertEquals(eager.toAssessment(), lazy.toAssessment(), where);
  }
}
