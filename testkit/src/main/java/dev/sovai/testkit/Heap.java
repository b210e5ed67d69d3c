package dev.sovai.testkit;

/**
 * The heap in use, for tests that check what a library keeps after work is done (never timed, never exact: a test
 * compares what it measures with a margin many times what a leak would keep).
 */
public final class Heap {
  private Heap() {}

  /**
   * The heap in use after asking for collections: the least of five readings, each after {@link System#gc()} and a
   * short pause, so that garbage still being collected is not counted.
   *
   * @return bytes of heap in use, at least 0
   * @throws InterruptedException if interrupted while pausing
   */
  public static long usedAfterCollection() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(20);
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
