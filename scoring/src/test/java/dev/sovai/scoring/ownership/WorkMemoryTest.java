package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.ControlShapes;
import dev.sovai.testkit.Heap;
import org.junit.jupiter.api.Test;

/**
 * The look-through's work memory dies with its graph: a 200,000-operator graph looked through from 8 pool threads at
 * once, then dropped while the pool's threads live on, leaves no work arrays behind (once they were kept per thread
 * and graph in a {@code ThreadLocal}, about 5.4 MB per thread here, and stayed pinned to the pool's threads).
 */
class WorkMemoryTest {
  private static final int OPERATORS = 200_000;
  private static final int THREADS = 8;
  /** What one thread's work arrays took: three doubles and three bytes per operator. */
  private static final long WORK_BYTES_PER_THREAD = OPERATORS * (3L * Double.BYTES + 3L);

  @Test
  void workArraysAreNotRetainedByThePoolsThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      long before = Heap.usedAfterCollection();
      WeakReference<OwnershipGraph> dropped = lookThroughOnEveryThread(pool);
      for (int i = 0; i < 50 && dropped.get() != null; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertEquals(null, dropped.get(), "the graph is unreachable once dropped");
      long retained = Heap.usedAfterCollection() - before;
      // what stays must be well under the arrays of even half the threads
      assertTrue(retained < THREADS / 2 * WORK_BYTES_PER_THREAD,
          "retained " + retained + " bytes after the graph was dropped; one thread's work arrays take "
              + WORK_BYTES_PER_THREAD);
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }

  /** Looks through from every thread of the pool at once (each thread holds its own work arrays), then drops all. */
  private static WeakReference<OwnershipGraph> lookThroughOnEveryThread(ExecutorService pool) throws Exception {
    Landscape chain = ControlShapes.chain(OPERATORS);
    OwnershipGraph graph = OwnershipGraph.of(chain);
    CyclicBarrier together = new CyclicBarrier(THREADS);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String operator = "op-" + (10 + t);
      done.add(pool.submit(() -> {
        together.await(30, TimeUnit.SECONDS);
        return graph.holdersUntil(operator, id -> false).capital().size();
      }));
    }
    for (Future<Integer> f : done) {
      assertEquals(1, f.get(60, TimeUnit.SECONDS), "op-0 holds all of every operator of the chain");
    }
    return new WeakReference<>(graph);
  }
}
