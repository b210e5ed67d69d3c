package dev.sovai.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import dev.sovai.model.landscape.Landscape;

/**
 * Checks the heap a strict streamed read of a large document needs: run it in a JVM with the heap to check, e.g.
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.sovai.benchmarks.ReadHeap 1000000 3}. It generates
 * the landscape, writes its document to a temporary file (streamed), lets the landscape go, then reads the file
 * with {@code LandscapeReader.strict().read(Path)} the given number of times. For each read it prints the time, the
 * peak heap occupancy (the largest heap use seen just before any garbage collection during the read, or at its
 * end: heap use peaks just before collections), the number of collections and the heap the result holds after a
 * full collection. An {@code OutOfMemoryError} means the read does not fit in the heap given.
 */
public final class ReadHeap {
  private static final double MIB = 1024.0 * 1024.0;

  private ReadHeap() {}

  /**
   * Runs the check.
   *
   * @param args  the number of sites (default 1,000,000) and the number of reads (default 3)
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int sites = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int reads = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path file = Files.createTempFile("sovai-bench-", ".json");
    try {
      long bytes;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        Landscape generated = Inputs.landscape(sites);
        Documents.WRITER.write(generated, out);
      }
      bytes = Files.size(file);
      System.out.printf(Locale.ROOT, "document: %d sites, %.1f MB, max heap %.0f MiB%n", sites, bytes / 1e6,
          Runtime.getRuntime().maxMemory() / MIB);
      double[] peaks = new double[reads];
      double[] millis = new double[reads];
      GcWatch watch = new GcWatch();
      for (int i = 0; i < reads; i++) {
        System.gc();
        pause();
        watch.reset();
        long t0 = System.nanoTime();
        Landscape read = Documents.READER.read(file);
        millis[i] = (System.nanoTime() - t0) / 1e6;
        long atEnd = used();
        pause();
        peaks[i] = Math.max(watch.peak(), atEnd) / MIB;
        long collections = watch.collections();
        System.gc();
        double retained = used() / MIB;
        System.out.printf(Locale.ROOT, "read %d: %d sites in %.0f ms, peak heap %.0f MiB, %d collections, "
            + "retained %.0f MiB%n", i + 1, read.sites().size(), millis[i], peaks[i], collections, retained);
      }
      System.out.printf(Locale.ROOT, "median of %d reads: %.0f ms, peak heap %.0f MiB%n", reads, median(millis),
          median(peaks));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** GC notifications are delivered on another thread: give them time to arrive. */
  private static void pause() {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The largest heap use seen before a garbage collection, from the collectors' notifications. */
  private static final class GcWatch implements NotificationListener {
    private final Set<String> heapPools = heapPools().stream().map(MemoryPoolMXBean::getName)
        .collect(Collectors.toSet());
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    GcWatch() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter e) {
          e.addNotificationListener(this, null, null);
        }
      }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
        return;
      }
      GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long before = 0;
      for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
        if (heapPools.contains(e.getKey())) {
          before += e.getValue().getUsed();
        }
      }
      long b = before;
      peak.accumulateAndGet(b, Math::max);
      collections.incrementAndGet();
    }

    void reset() {
      peak.set(0);
      collections.set(0);
    }

    long peak() {
      return peak.get();
    }

    long collections() {
      return collections.get();
    }
  }

  private static long used() {
    return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
