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
import dev.sovai.scoring.concentration.LandscapeConcentration;

/**
 * Concentration indices over 10,000, 100,000 and 1,000,000 sites on each {@link Basis}: one partition of the
 * operational and pipeline capacity by operator, with its indices (HHI, CR-k, Shannon) and coverage, per operation
 * ({@code LandscapeConcentration.measure}). The baseline, a hand-written HHI by operator, and the grouping by
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
  LandscapeConcentration analysis;
  dev.sovai.scoring.concentration.Scope scope;

  /** Generates the landscape. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = Inputs.landscape(sites);
    analysis = LandscapeConcentration.of(landscape);
    scope = dev.sovai.scoring.concentration.Scope.operational().withPipeline();
  }

  /**
   * The partition by operator and its indices.
   *
   * @return the result
   */
  @Benchmark
  public ConcentrationResult byOperator() {
    return analysis.measure(Dimension.OPERATOR, basis, scope);
  }
}
