package dev.sovai.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs one task on several threads released together, so that they read shared results at the same time. */
public final class AtOnce {
  private AtOnce() {}

  /**
   * Runs {@code task(t)} on thread {@code t} of {@code threads}, all released by one barrier.
   *
   * @param <T>  the type of the answers
   * @param threads  the number of threads, ≥ 1
   * @param task  what thread {@code t} computes, not null
   * @return each thread's answer, in thread order
   * @throws Exception if a task failed or did not end within 5 minutes
   */
  public static <T> List<T> run(int threads, IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CyclicBarrier together = new CyclicBarrier(threads);
      List<Future<T>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<T> c = () -> {
          together.await(30, TimeUnit.SECONDS);
          return task.apply(thread);
        };
        runs.add(pool.submit(c));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> run : runs) {
        out.add(run.get(5, TimeUnit.MINUTES));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
