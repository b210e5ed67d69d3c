package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.Landscapes;

/**
 * One reader and one writer shared by 8 threads that read and write at once give what one thread gets alone: the
 * same landscape from the same bytes, the same bytes from the same landscape.
 */
class ConcurrentReadingTest {
  private static final int THREADS = 8;
  private static final long SEED = Long.getLong("sovai.seed", 20261203L);

  @Test
  void eightThreadsReadAndWriteWhatOneThreadDoes() throws Exception {
    Landscape landscape = Landscapes.generate(SEED, 2_000, 300);
    LandscapeReader reader = LandscapeReader.strict();
    LandscapeWriter writer = LandscapeWriter.canonical();
    byte[] bytes = writer.toBytes(landscape);
    Landscape alone = reader.read(bytes);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier together = new CyclicBarrier(THREADS);
      List<Future<Landscape>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        runs.add(pool.submit(() -> {
          together.await(30, TimeUnit.SECONDS);
          Landscape read = null;
          for (int i = 0; i < 3; i++) {
            read = reader.read(bytes);
            assertArrayEquals(bytes, writer.toBytes(read), "seed " + SEED);
          }
          return read;
        }));
      }
      for (Future<Landscape> run : runs) {
        assertEquals(alone, run.get(5, TimeUnit.MINUTES), "seed " + SEED);
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
  }
}
