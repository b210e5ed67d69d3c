package dev.sovai.scoring.energy;

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
 * The words of energy results (derivations, marks' clauses and messages, findings, gaps) are built when first read;
 * they equal the words a scorer builds at once ({@link EnergyScorer#eagerText}) for generated landscapes, on two dates,
 * for sites, operators and the landscape, and whichever thread reads them first. {@code -Dsovai.tries=N} and
 * {@code -Dsovai.seed=S} control the property runs; a failure prints its seed.
 */
class LazyEnergyTextTest {
  private static final EnergyScorer LAZY = EnergyScorer.of(EnergyProfile.standard());
  private static final EnergyScorer EAGER = EnergyScorer.eagerText(EnergyProfile.standard());

  @Test
  void lazyWordsEqualEagerWordsOnGeneratedLandscapes() {
    Property.forAll(Landscapes.gen()).named("lazy energy words equal eager ones").tries(80).verify(l -> {
      for (LocalDate d : List.of(l.asOf(), l.asOf().minusYears(3))) {
        assertSameWords(EAGER.landscape(l, d), LAZY.landscape(l, d), "landscape on " + d);
        for (Operator o : l.operators().subList(0, Math.min(3, l.operators().size()))) {
          assertSameWords(EAGER.operator(l, o.id(), d), LAZY.operator(l, o.id(), d), o.id() + " on " + d);
        }
      }
    });
  }

  @Test
  void lazyWordsEqualEagerWordsOnLargerLandscapes() {
    for (long seed = 1; seed <= 12; seed++) {
      Landscape l = Landscapes.generate(seed, 300, 40);
      assertSameWords(EAGER.landscape(l), LAZY.landscape(l), "Landscapes.generate(" + seed + ", 300, 40)");
    }
  }

  @Test
  void wordsReadFirstByManyThreadsAtOnceAreTheEagerOnes() throws Exception {
    Landscape l = Landscapes.generate(20261203L, 400, 60);
    EnergyAggregate eager = EAGER.landscape(l);
    EnergyAggregate shared = LAZY.landscape(l);
    List<List<String>> got = AtOnce.run(8, thread -> read(shared, thread));
    for (int t = 0; t < got.size(); t++) {
      assertEquals(read(eager, t), got.get(t), "thread " + t);
    }
    assertSameWords(eager, shared, "shared landscape result");
  }

  /** Reads the sites' words, starting at a different site for each thread and alternating what is read first. */
  private static List<String> read(EnergyAggregate result, int thread) {
    List<SiteEnergy> sites = result.sites();
    String[] out = new String[sites.size()];
    for (int k = 0; k < sites.size(); k++) {
      int i = (k + thread * 37) % sites.size();
      SiteEnergy s = sites.get(i);
      out[i] = (i + thread) % 2 == 0 ? s.explain() + s.toAssessment() : s.toAssessment() + s.explain();
    }
    return List.of(out);
  }

  private static void assertSameWords(EnergyAggregate eager, EnergyAggregate lazy, String where) {
    assertEquals(eager.sites().size(), lazy.sites().size(), where);
    for (int i = 0; i < eager.sites().size(); i++) {
      SiteEnergy e = eager.sites().get(i);
      SiteEnergy z = lazy.sites().get(i);
      String site = where + ", site " + e.siteId();
      assertEquals(e.explain(), z.explain(), site);
      assertEquals(e.toAssessment(), z.toAssessment(), site);
      assertEquals(e.quantities(), z.quantities(), site);
      assertEquals(e.componentScores(), z.componentScores(), site);
      assertEquals(e.marks(), z.marks(), site);
      assertEquals(e.findings(), z.findings(), site);
      assertEquals(e.gaps(), z.gaps(), site);
    }
    assertEquals(eager.explain(), lazy.explain(), where);
    assertEquals(eager.toAssessment(), lazy.toAssessment(), where);
    assertEquals(eager.findings(), lazy.findings(), where);
    assertEquals(eager.gaps(), lazy.gaps(), where);
  }
}
