package dev.sovai.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a JMH JSON result file ({@code -rf json -rff results.json}) into the Markdown tables of
 * {@code docs/performance.md}: for each benchmark and parameter set the median of the measured iterations and
 * JMH's error (half-width of the 99.9 % confidence interval of the mean), the throughput derived from the input
 * sizes (MB/s and sites/s for documents, sites/s for scoring), the ratio to the baseline measured in the same run,
 * and the growth between sizes. Document sizes and stake counts are recomputed from the same seeded inputs.
 * Run it with {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.sovai.benchmarks.Report results.json}.
 */
public final class Report {
  private final Map<String, Map<String, Result>> results = new TreeMap<>();

  /** One benchmark result: median and error in milliseconds per operation. */
  private record Result(double median, double error, int samples) {}

  private Report() {}

  /**
   * Prints the tables.
   *
   * @param args  the JMH JSON result files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Report r = new Report();
    ObjectMapper m = new ObjectMapper();
    for (String a : args) {
      for (JsonNode n : m.readTree(Path.of(a).toFile())) {
        r.add(n);
      }
    }
    r.print();
  }

  private void add(JsonNode n) {
    String name = n.get("benchmark").asText();
    String method = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    StringBuilder key = new StringBuilder();
    n.path("params").properties().forEach(e -> key.append(key.length() == 0 ? "" : ",").append(e.getKey())
        .append('=').append(e.getValue().asText()));
    JsonNode pm = n.get("primaryMetric");
    double factor = toMillis(pm.get("scoreUnit").asText());
    List<Double> raw = new ArrayList<>();
    for (JsonNode fork : pm.path("rawData")) {
      for (JsonNode v : fork) {
        raw.add(v.asDouble() * factor);
      }
    }
    raw.sort(null);
    int k = raw.size();
    double median = k == 0 ? Double.NaN : k % 2 == 1 ? raw.get(k / 2) : (raw.get(k / 2 - 1) + raw.get(k / 2)) / 2;
    double error = pm.get("scoreError").asDouble() * factor;
    results.computeIfAbsent(method, x -> new TreeMap<>()).put(key.toString(), new Result(median, error, k));
  }

  private static double toMillis(String unit) {
    return switch (unit) {
      case "ms/op" -> 1.0;
      case "s/op" -> 1000.0;
      case "us/op" -> 1e-3;
      case "ns/op" -> 1e-6;
      default -> throw new IllegalArgumentException("unexpected unit " + unit);
    };
  }

  private Result get(String method, String params) {
    return results.getOrDefault(method, Map.of()).get(params);
  }

  private static String ms(Result r) {
    if (r == null) {
      return "–";
    }
    return String.format(Locale.ROOT, "%s ± %s", sig(r.median()), r.error() > 0 && Double.isFinite(r.error())
        ? sig(r.error()) : "n/a");
  }

  private static String sig(double v) {
    if (!Double.isFinite(v)) {
      return "NaN";
    }
    if (v >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (v >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (v >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  private static String ratio(Result a, Result b) {
    return a == null || b == null ? "–" : String.format(Locale.ROOT, "%.2f×", a.median() / b.median());
  }

  private static String rate(double units, Result r) {
    if (r == null) {
      return "–";
    }
    double perSecond = units / (r.median() / 1000.0);
    if (perSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
    }
    if (perSecond >= 1e3) {
      return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
    }
    return String.format(Locale.ROOT, "%.1f", perSecond);
  }

  private void print() {
    printIo();
    printOwnership();
    printConcentration();
    printScoring();
  }

  private void printIo() {
    if (get("LandscapeIoBenchmark.readStrict", "sites=1000") == null
        && get("LandscapeIoLargeBenchmark.readStrict", "sites=1000000") == null) {
      return;
    }
    System.out.println("### Reading and writing documents (ms per document: median ± error)\n");
    System.out.println("| sites | document | operation | sovai | MB/s | sites/s | baseline (databind records) "
        + "| MB/s | sites/s | ratio | target |");
    System.out.println("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (int sites : new int[] {1000, 100_000, 1_000_000}) {
      String cls = sites == 1_000_000 ? "LandscapeIoLargeBenchmark." : "LandscapeIoBenchmark.";
      String p = "sites=" + sites;
      if (get(cls + "readStrict", p) == null && get(cls + "writeCanonical", p) == null) {
        continue;
      }
      double mb = Documents.write(Inputs.landscape(sites)) / 1e6;
      for (String[] op : new String[][] {{"read", "readStrict", "readBaseline", "2"},
          {"write", "writeCanonical", "writeBaseline", "1.5"}}) {
        Result lib = get(cls + op[1], p);
        Result base = get(cls + op[2], p);
        double target = Double.parseDouble(op[3]);
        String met = lib == null || base == null ? "–"
            : (lib.median() / base.median() <= target ? "≤ " + op[3] + "×: met" : "≤ " + op[3] + "×: missed");
        System.out.printf(Locale.ROOT, "| %,d | %.1f MB | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", sites, mb,
            op[0], ms(lib), rate(mb, lib), rate(sites, lib), ms(base), rate(mb, base), rate(sites, base),
            ratio(lib, base), met);
      }
    }
    System.out.println();
  }

  private void printOwnership() {
    if (!results.containsKey("OwnershipBenchmark.integrated")) {
      return;
    }
    System.out.println("### Ownership look-through (ms for all operators: median ± error)\n");
    System.out.println("| operators | stakes | graph (baseline) | integrated | ratio | ultimateHolders × 1,000 "
        + "| controllers, each |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    Map<Integer, Integer> stakes = new LinkedHashMap<>();
    for (int n : new int[] {1000, 10_000, 100_000}) {
      String p = "operators=" + n;
      if (get("OwnershipBenchmark.integrated", p) == null) {
        continue;
      }
      int m = Inputs.ownership(n).operators().stream().mapToInt(o -> o.stakes().size()).sum();
      stakes.put(n, m);
      System.out.printf(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %s |%n", n, m,
          ms(get("OwnershipBenchmark.graph", p)), ms(get("OwnershipBenchmark.integrated", p)),
          ratio(get("OwnershipBenchmark.integrated", p), get("OwnershipBenchmark.graph", p)),
          ms(get("OwnershipBenchmark.ultimateHolders1000", p)), ms(get("OwnershipBenchmark.controllersEach", p)));
    }
    System.out.println("\nGrowth: time ratio for the stakes ratio (target for a look-through: ≤ 12× time for 10× "
        + "stakes)\n");
    System.out.println("| from → to | stakes × | graph × | integrated × | ultimateHolders × 1,000 × "
        + "| controllers, each × |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    List<Integer> sizes = new ArrayList<>(stakes.keySet());
    for (int i = 1; i < sizes.size(); i++) {
      String a = "operators=" + sizes.get(i - 1);
      String b = "operators=" + sizes.get(i);
      System.out.printf(Locale.ROOT, "| %,d → %,d | %.2f | %s | %s | %s | %s |%n", sizes.get(i - 1), sizes.get(i),
          stakes.get(sizes.get(i)) / (double) stakes.get(sizes.get(i - 1)),
          ratio(get("OwnershipBenchmark.graph", b), get("OwnershipBenchmark.graph", a)),
          ratio(get("OwnershipBenchmark.integrated", b), get("OwnershipBenchmark.integrated", a)),
          ratio(get("OwnershipBenchmark.ultimateHolders1000", b), get("OwnershipBenchmark.ultimateHolders1000", a)),
          ratio(get("OwnershipBenchmark.controllersEach", b), get("OwnershipBenchmark.controllersEach", a)));
    }
    System.out.println();
  }

  private void printConcentration() {
    if (!results.containsKey("ConcentrationBenchmark.byOperator")) {
      return;
    }
    System.out.println("### Concentration by operator (ms per index: median ± error)\n");
    int[] sizes = {10_000, 100_000, 1_000_000};
    System.out.println("| basis | 10,000 sites | 100,000 sites | 1,000,000 sites | growth 10k→100k | growth 100k→1M "
        + "| 1M < 200 ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|---|");
    for (String basis : new String[] {"ACCELERATORS", "H100_EQUIVALENTS", "IT_MW", "SITES",
        "PEAK_DENSE_16BIT_FLOPS"}) {
      Result[] r = new Result[3];
      for (int i = 0; i < 3; i++) {
        r[i] = get("ConcentrationBenchmark.byOperator", "basis=" + basis + ",sites=" + sizes[i]);
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", basis.toLowerCase(Locale.ROOT),
          ms(r[0]), ms(r[1]), ms(r[2]), ratio(r[1], r[0]), ratio(r[2], r[1]),
          r[2] == null ? "–" : r[2].median() < 200 ? "met" : "missed");
    }
    Result[] hand = new Result[3];
    Result[] ctl = new Result[3];
    for (int i = 0; i < 3; i++) {
      hand[i] = get("ConcentrationBaselineBenchmark.handWrittenHhi", "sites=" + sizes[i]);
      ctl[i] = get("ConcentrationBaselineBenchmark.byController", "sites=" + sizes[i]);
    }
    System.out.printf(Locale.ROOT, "| baseline: hand-written HHI (IT MW) | %s | %s | %s | %s | %s | |%n", ms(hand[0]),
        ms(hand[1]), ms(hand[2]), ratio(hand[1], hand[0]), ratio(hand[2], hand[1]));
    System.out.printf(Locale.ROOT, "| by ultimate controller (H100e) | %s | %s | %s | %s | %s | %s |%n", ms(ctl[0]),
        ms(ctl[1]), ms(ctl[2]), ratio(ctl[1], ctl[0]), ratio(ctl[2], ctl[1]),
        ctl[2] == null ? "–" : ctl[2].median() < 200 ? "met" : "missed");
    Result ref = get("ConcentrationBenchmark.byOperator", "basis=IT_MW,sites=1000000");
    System.out.printf(Locale.ROOT, "%nRatio to the baseline at 1,000,000 sites (IT MW by operator): %s%n%n",
        ratio(ref, hand[2]));
  }

  private void printScoring() {
    if (!results.containsKey("ScoringBenchmark.sovereignty")) {
      return;
    }
    System.out.println("### Whole-landscape scoring (ms per landscape: median ± error; sites/s)\n");
    System.out.println("| sites | sovereignty | sites/s | energy | sites/s | baseline (visit + lookups) | sites/s "
        + "| sovereignty ÷ baseline | energy ÷ baseline |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    int[] sizes = {1000, 10_000, 100_000};
    for (int n : sizes) {
      String p = "sites=" + n;
      Result s = get("ScoringBenchmark.sovereignty", p);
      Result e = get("ScoringBenchmark.energy", p);
      Result b = get("ScoringBenchmark.visitBaseline", p);
      System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s |%n", n, ms(s), rate(n, s), ms(e),
          rate(n, e), ms(b), rate(n, b), ratio(s, b), ratio(e, b));
    }
    System.out.println("\nGrowth for 10× sites\n");
    System.out.println("| from → to | sovereignty × | energy × | baseline × |");
    System.out.println("|---|---:|---:|---:|");
    for (int i = 1; i < sizes.length; i++) {
      String a = "sites=" + sizes[i - 1];
      String b = "sites=" + sizes[i];
      System.out.printf(Locale.ROOT, "| %,d → %,d | %s | %s | %s |%n", sizes[i - 1], sizes[i],
          ratio(get("ScoringBenchmark.sovereignty", b), get("ScoringBenchmark.sovereignty", a)),
          ratio(get("ScoringBenchmark.energy", b), get("ScoringBenchmark.energy", a)),
          ratio(get("ScoringBenchmark.visitBaseline", b), get("ScoringBenchmark.visitBaseline", a)));
    }
    System.out.println();
  }
}
