package dev.sovai.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Scope;
import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/**
 * One instance of each scorer, shared by 8 threads that ask about the same landscape at once (on two dates, so that
 * the scorers' per-landscape and per-date state is built and replaced concurrently), gives exactly the answers one
 * thread gets alone: the scorers are safe to share in a service's thread pool.
 */
class ConcurrentScoringTest {
  private static final int THREADS = 8;
  private static final long SEED = Long.getLong("sovai.seed", 20261203L);

  @Test
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    Landscape landscape = dev.sovai.testkit.Landscapes.generate(SEED, 600, 150);
    List<LocalDate> dates = List.of(landscape.asOf(), landscape.asOf().minusYears(2));
    List<String> alone = answers(landscape, dates, 0);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier together = new CyclicBarrier(THREADS);
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        runs.add(pool.submit(() -> {
          together.await(30, TimeUnit.SECONDS);
          return answers(landscape, dates, thread);
        }));
      }
      for (int t = 0; t < THREADS; t++) {
        List<String> got = runs.get(t).get(5, TimeUnit.MINUTES);
        assertEquals(alone.size(), got.size(), "seed " + SEED);
        for (int i = 0; i < alone.size(); i++) {
          assertEquals(alone.get(i), got.get(i), "thread " + t + ", answer " + i + ", seed " + SEED);
        }
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }

  /** The shared scorers' answers, in a fixed order whatever thread asks; each thread starts at a different site. */
  private static List<String> answers(Landscape landscape, List<LocalDate> dates, int start) {
    List<Site> sites = landscape.sites();
    String[] out = new String[dates.size() * (2 * sites.size() + Dimension.values().length)];
    int n = 0;
    for (LocalDate date : dates) {
      for (int k = 0; k < sites.size(); k++) {
        int i = (k + start * 37) % sites.size();
        String id = sites.get(i).id();
        out[n + 2 * i] = SOVEREIGNTY.site(landscape, id, date).explain();
        out[n + 2 * i + 1] = ENERGY.site(landscape, id, date).explain();
      }
      n += 2 * sites.size();
      for (Dimension d : Dimension.values()) {
        out[n + d.ordinal()] =
            CONCENTRATION.measure(landscape, Measure.of(d, Basis.ACCELERATORS, Scope.operational()), date).explain();
      }
      n += Dimension.values().length;
    }
    return List.of(out);
  }

  private static final SovereigntyScorer SOVEREIGNTY = SovereigntyScorer.of(SovereigntyProfile.standard());
  private static final EnergyScorer ENERGY = EnergyScorer.of(EnergyProfile.standard());
  private static final ConcentrationScorer CONCENTRATION = ConcentrationScorer.of(ConcentrationProfile.standard());
}
