package dev.sovai.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;

/**
 * What the concentration section of {@code sovai report} computes: the twelve partitions it prints (by operator,
 * ultimate controller, controlling jurisdiction, site jurisdiction, accelerator vendor and access gateway, on
 * accelerators, operational and pipeline capacity, worldwide and in the home bloc EU), against the hand-written
 * HashMap pass of {@link ConcentrationBaselineBenchmark#handWrittenHhi(Landscape)} in the same run.
 *
 * <p>{@code report} starts from a new scorer per operation, as the command does, so it pays the ownership
 * look-through and everything the scorer keeps per analysis; {@code reportAgain} asks a scorer that has already
 * answered, so it pays only what every table costs on its own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class ReportConcentrationBenchmark {
  /** The dimensions of the report's concentration section, in its order. */
  static final Set<Dimension> DIMENSIONS = EnumSet.of(Dimension.OPERATOR, Dimension.ULTIMATE_CONTROLLER,
      Dimension.CONTROLLING_JURISDICTION, Dimension.SITE_JURISDICTION, Dimension.ACCELERATOR_VENDOR,
      Dimension.ACCESS_GATEWAY);

  /** The number of sites. */
  @Param({"1000000"})
  public int sites;

  Landscape landscape;
  List<Measure> world;
  List<Measure> home;
  ConcentrationScorer kept;

  /** Generates the landscape. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = Inputs.landscape(sites);
    dev.sovai.scoring.concentration.Scope scope = dev.sovai.scoring.concentration.Scope.operational().withPipeline();
    world = Measure.each(DIMENSIONS, Basis.ACCELERATORS, scope);
    home = Measure.each(DIMENSIONS, Basis.ACCELERATORS, scope.withRegion(HomeBloc.EU.code()));
    kept = ConcentrationScorer.of(ConcentrationProfile.standard());
    tables(kept);
  }

  private List<ConcentrationResult> tables(ConcentrationScorer scorer) {
    List<ConcentrationResult> out = new ArrayList<>(scorer.measure(landscape, world));
    out.addAll(scorer.measure(landscape, home));
    return out;
  }

  /**
   * The report's twelve partitions from a new scorer, as {@code sovai report} computes them.
   *
   * @return the results
   */
  @Benchmark
  public List<ConcentrationResult> report() {
    return tables(ConcentrationScorer.of(ConcentrationProfile.standard()));
  }

  /**
   * The same twelve partitions from a scorer that has answered them before.
   *
   * @return the results
   */
  @Benchmark
  public List<ConcentrationResult> reportAgain() {
    return tables(kept);
  }

  /**
   * The baseline: one hand-written HashMap pass over the same sites.
   *
   * @return the HHI, in [0, 10 000]
   */
  @Benchmark
  public double handWrittenPass() {
    return ConcentrationBaselineBenchmark.handWrittenHhi(landscape);
  }
}
