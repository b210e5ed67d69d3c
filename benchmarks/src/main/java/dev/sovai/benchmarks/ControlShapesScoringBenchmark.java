package dev.sovai.benchmarks;

import java.time.LocalDate;
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
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.sovereignty.LandscapeSovereignty;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;
import dev.sovai.testkit.ControlShapes;

/**
 * The scorers on the shapes of control that made them quadratic (each site walked every chain of its operator, and a
 * ring of n members has n chains each), each in a 512 MiB heap:
 * <ul>
 *   <li>{@code ring}: 100,000 operators, {@code op-i} holding 60 % of {@code op-(i+1)}: one ring of mutual control;</li>
 *   <li>{@code clique}: 300 operators each holding 1/300 of every other (89,700 stakes).</li>
 * </ul>
 * Operators are seated in the US (odd i; the US enacts a CLOUD Act that reaches by incorporation and control) and
 * France (even i); every tenth operator runs a site in France with 100 H100s (10,000 sites in the ring, 30 in the
 * clique). {@code sovereignty} scores the whole landscape ({@link SovereigntyScorer#landscape(Landscape, LocalDate)},
 * every site: lawful access, cut-off, SecNumCloud, Gaia-X, CSF), {@code concentrationByController} measures
 * concentration by ultimate controller on accelerators with a fresh scorer (so the ownership graph and the control of
 * every operator are computed each time).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class ControlShapesScoringBenchmark {
  private static final LocalDate AS_OF = ControlShapes.AS_OF;

  /** The shape of the stakes. */
  @Param({"ring", "clique"})
  public String shape;

  Landscape landscape;

  /**
   * @param shape  {@code ring} or {@code clique}
   * @return the landscape of that shape, with its sites
   */
  static Landscape of(String shape) {
    return shape.equals("ring") ? ControlShapes.ring(100_000) : ControlShapes.clique(300);
  }

  /** Builds the landscape. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = of(shape);
  }

  /**
   * Sovereignty of every site of the landscape.
   *
   * @return the result
   */
  @Benchmark
  public LandscapeSovereignty sovereignty() {
    return SovereigntyScorer.of(SovereigntyProfile.standard()).landscape(landscape, AS_OF);
  }

  /**
   * Concentration by ultimate controller on accelerators, with a fresh scorer.
   *
   * @return the result
   */
  @Benchmark
  public ConcentrationResult concentrationByController() {
    return ConcentrationScorer.of(ConcentrationProfile.standard())
        .measure(landscape, Measure.of(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS,
            dev.sovai.scoring.concentration.Scope.operational()));
  }
}
