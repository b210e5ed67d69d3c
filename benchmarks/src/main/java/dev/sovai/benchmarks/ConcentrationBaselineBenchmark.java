package dev.sovai.benchmarks;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Measure;

/**
 * The baseline of {@link ConcentrationBenchmark} on the same landscapes: {@code handWrittenHhi} sums the IT capacity
 * of the sites in scope (status on the landscape's date operational, announced or under construction) per operator
 * in a hash map and computes the HHI, with no coverage, gaps or other indices. {@code byController} is the library's
 * partition by ultimate controller on H100 equivalents, which adds the ownership look-through (built once per
 * analysis and cached: the first operation of the trial pays for it).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ConcentrationBaselineBenchmark {
  private static final Set<SiteStatus> IN_SCOPE = EnumSet.of(SiteStatus.OPERATIONAL, SiteStatus.ANNOUNCED,
      SiteStatus.UNDER_CONSTRUCTION);

  /** The number of sites. */
  @Param({"10000", "100000", "1000000"})
  public int sites;

  Landscape landscape;
  ConcentrationScorer scorer;
  Measure byController;

  /** Generates the landscape. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = Inputs.landscape(sites);
    scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
    byController = Measure.of(Dimension.ULTIMATE_CONTROLLER, Basis.H100_EQUIVALENTS,
        dev.sovai.scoring.concentration.Scope.operational().withPipeline());
  }

  /**
   * A hand-written HHI of IT capacity by operator.
   *
   * @return the HHI, in [0, 10 000]
   */
  @Benchmark
  public double handWrittenHhi() {
    return handWrittenHhi(landscape);
  }

  /**
   * One hand-written pass: the IT capacity of the sites in scope summed per operator in a hash map, and its HHI.
   *
   * @param landscape  the landscape, not null
   * @return the HHI, in [0, 10 000]
   */
  static double handWrittenHhi(Landscape landscape) {
    Map<String, double[]> byOperator = new HashMap<>();
    double total = 0;
    for (Site s : landscape.sites()) {
      if (!IN_SCOPE.contains(s.statusOn(landscape.asOf())) || s.operator().isEmpty()
          || s.itCapacityMw().isEmpty()) {
        continue;
      }
      double mw = s.itCapacityMw().getAsDouble();
      byOperator.computeIfAbsent(s.operator().get(), k -> new double[1])[0] += mw;
      total += mw;
    }
    double hhi = 0;
    for (double[] w : byOperator.values()) {
      double share = w[0] / total;
      hhi += share * share;
    }
    return hhi * 10_000;
  }

  /**
   * The library's partition by ultimate controller on H100 equivalents.
   *
   * @return the result
   */
  @Benchmark
  public ConcentrationResult byController() {
    return scorer.measure(landscape, byController);
  }
}
