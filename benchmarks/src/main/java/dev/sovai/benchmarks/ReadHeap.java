package dev.sovai.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.sovai.model.landscape.Landscape;

/**
 * Checks the heap a strict streamed read of a large document needs: run it in a JVM with the heap to check, e.g.
 * {@code java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.sovai.benchmarks.ReadHeap 1000000 3}. It generates
 * the landscape, writes its document to a temporary file (streamed), lets the landscape go, then reads the file
 * with {@code LandscapeReader.strict().read(Path)} the given number of times. For each read it prints the time, the
 * peak heap (the sum of the peaks of the heap pools since a full collection before the read; an upper bound of the
 * true peak) and the heap the result holds after a full collection. An {@code OutOfMemoryError} means the read does
 * not fit in the heap given.
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
      for (int i = 0; i < reads; i++) {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        Landscape read = Documents.READER.read(file);
        millis[i] = (System.nanoTime() - t0) / 1e6;
        peaks[i] = peakSum() / MIB;
        System.gc();
        double retained = used() / MIB;
        System.out.printf(Locale.ROOT, "read %d: %d sites in %.0f ms, peak heap ≤ %.0f MiB, retained %.0f MiB%n",
            i + 1, read.sites().size(), millis[i], peaks[i], retained);
      }
      System.out.printf(Locale.ROOT, "median: %.0f ms, peak heap ≤ %.0f MiB (of %d reads)%n", median(millis),
          median(peaks), reads);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakSum() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
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
