package dev.sovai.benchmarks;

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
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Measure;

/**
 * Concentration indices over 10,000, 100,000 and 1,000,000 sites on each {@link Basis}: one partition of the
 * operational and pipeline capacity by operator, with its indices (HHI, CR-k, Shannon) and coverage, per operation
 * ({@code ConcentrationScorer.measure}; the scorer keeps the landscape's look-through and statuses across operations,
 * as the engine it wraps always did). The baseline, a hand-written HHI by operator, and the grouping by
 * ultimate controller are in {@link ConcentrationBaselineBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ConcentrationBenchmark {
  /** The number of sites. */
  @Param({"10000", "100000", "1000000"})
  public int sites;

  /** The basis. */
  @Param({"ACCELERATORS", "H100_EQUIVALENTS", "IT_MW", "SITES", "PEAK_DENSE_16BIT_FLOPS"})
  public Basis basis;

  Landscape landscape;
  ConcentrationScorer scorer;
  Measure byOperator;

  /** Generates the landscape. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = Inputs.landscape(sites);
    scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
    byOperator = Measure.of(Dimension.OPERATOR, basis,
        dev.sovai.scoring.concentration.Scope.operational().withPipeline());
  }

  /**
   * The partition by operator and its indices.
   *
   * @return the result
   */
  @Benchmark
  public ConcentrationResult byOperator() {
    return scorer.measure(landscape, byOperator);
  }
}
