package dev.sovai.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.scoring.ownership.OwnershipGraph;

/**
 * Control and look-through on the shapes of stakes that once made them quadratic or worse, each in a 512 MiB heap:
 * <ul>
 *   <li>{@code ring}: 100,000 operators each holding 60 % of the next (every member controls the next, so each is an
 *       ultimate controller of every other);</li>
 *   <li>{@code clique}: 300 operators each holding 1/300 of every other (89,700 stakes; what circulates fades by
 *       1/300 a round);</li>
 *   <li>{@code chain}: 100,000 operators each holding all of the next.</li>
 * </ul>
 * For each, with the graph built beforehand: {@code controllersEach} asks who controls every operator (and reads
 * the chain to the first controller of ten operators spread over the landscape: in the ring and the chain, such a
 * chain holds up to 99,999 links), {@code ultimateHolders1000} looks through 1,000
 * operators spread over the landscape (one look-through of a chain member walks the chain above it, so looking
 * through every member of a chain is quadratic by nature; {@code integrated} answers for all at once), {@code integrated} solves every operator at once by kind of ultimate holder.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class OwnershipShapesBenchmark {
  /** The shape of the stakes. */
  @Param({"ring", "clique", "chain"})
  public String shape;

  Landscape landscape;
  List<String> ids;
  List<String> sample;
  OwnershipGraph graph;

  private static String id(int i) {
    return String.format("o%06d", i);
  }

  private static Operator op(int i, List<Stake> stakes) {
    return Operator.builder().id(id(i)).name("Operator " + i).kind(OperatorKind.OTHER).stakes(stakes).build();
  }

  /**
   * @param shape  {@code ring}, {@code clique} or {@code chain}
   * @return the landscape of that shape
   */
  static Landscape of(String shape) {
    List<Operator> ops = new ArrayList<>();
    switch (shape) {
      case "ring":
        for (int i = 0; i < 100_000; i++) {
          ops.add(op(i, List.of(Stake.of(id((i + 1) % 100_000), 0.6))));
        }
        break;
      case "clique":
        for (int i = 0; i < 300; i++) {
          List<Stake> stakes = new ArrayList<>();
          for (int j = 0; j < 300; j++) {
            if (j != i) {
              stakes.add(Stake.of(id(j), 1.0 / 300));
            }
          }
          ops.add(op(i, stakes));
        }
        break;
      default:
        for (int i = 0; i < 100_000; i++) {
          ops.add(op(i, i + 1 < 100_000 ? List.of(Stake.of(id(i + 1), 1.0)) : List.of()));
        }
    }
    return Landscape.builder().asOf(LocalDate.of(2025, 11, 20)).operators(ops).build();
  }

  /** Builds the landscape and its graph. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = of(shape);
    ids = landscape.operators().stream().map(Operator::id).toList();
    graph = OwnershipGraph.of(landscape);
    sample = new ArrayList<>();
    int k = Math.min(1000, ids.size());
    for (int i = 0; i < k; i++) {
      sample.add(ids.get((int) ((long) i * ids.size() / k)));
    }
  }

  /**
   * Who controls every operator, on a fresh graph (its control graph is built on the first question).
   *
   * @param bh  the sink
   */
  @Benchmark
  public void controllersEach(Blackhole bh) {
    OwnershipGraph g = OwnershipGraph.of(landscape);
    for (int i = 0; i < ids.size(); i++) {
      var c = g.controllers(ids.get(i));
      bh.consume(c);
      if (i % (ids.size() / 10) == 0) {
        bh.consume(c.chains().get(0));
      }
    }
  }

  /**
   * The ultimate holders of 1,000 operators spread evenly over the landscape (all 300 of the clique), one
   * look-through each.
   *
   * @param bh  the sink
   */
  @Benchmark
  public void ultimateHolders1000(Blackhole bh) {
    for (String id : sample) {
      bh.consume(graph.ultimateHolders(id));
    }
  }

  /**
   * The integrated ownership of every operator at once, by kind of ultimate holder.
   *
   * @param bh  the sink
   */
  @Benchmark
  public void integrated(Blackhole bh) {
    bh.consume(graph.integrated(h -> h.kind().name()).classes().size());
  }
}
