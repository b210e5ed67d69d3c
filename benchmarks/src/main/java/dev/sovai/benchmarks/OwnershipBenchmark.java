package dev.sovai.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import dev.sovai.scoring.ownership.Holder;
import dev.sovai.scoring.ownership.IntegratedOwnership;
import dev.sovai.scoring.ownership.OwnershipGraph;

/**
 * Ownership look-through on 1,000, 10,000 and 100,000 operators with about three stakes each and cycles
 * ({@link Inputs#ownership(int)}). Each operation starts from the landscape: it builds the {@link OwnershipGraph}
 * and then looks through every operator, so the time covers the whole landscape.
 * <ul>
 *   <li>{@code integrated}: the integrated ownership of every operator at once by the seat of its ultimate holders
 *       (one class per country plus the free-float, unknown and circular pseudo-holders), capital and votes;</li>
 *   <li>{@code ultimateHolders1000}: {@code ultimateHolders} (sparse push, one operator at a time) of 1,000
 *       operators spread evenly over the landscape, whatever its size: the cost of one look-through as the
 *       landscape grows (the graph is built once per trial, as a caller querying many operators would);</li>
 *   <li>{@code controllersEach}: the ultimate controllers of every operator.</li>
 * </ul>
 * The baseline is the graph alone ({@code graph}): what every look-through must at least do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class OwnershipBenchmark {
  /** Operators looked through one at a time in {@link #ultimateHolders1000}. */
  static final int SAMPLE = 1000;

  /** The number of operators. */
  @Param({"1000", "10000", "100000"})
  public int operators;

  Landscape landscape;
  List<String> ids;
  List<String> sample;
  OwnershipGraph built;
  Map<String, String> seatOf;

  /** Generates the operators and their stakes. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = Inputs.ownership(operators);
    ids = landscape.operators().stream().map(Operator::id).toList();
    sample = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) {
      sample.add(ids.get((int) ((long) i * ids.size() / SAMPLE)));
    }
    built = OwnershipGraph.of(landscape);
    seatOf = new HashMap<>();
    for (Operator o : landscape.operators()) {
      seatOf.put(o.id(), o.seat().orElse("unknown"));
    }
  }

  private String classOf(Holder h) {
    return h.isOperator() ? seatOf.get(h.operator()) : h.kind().name();
  }

  /**
   * The baseline: the graph of stakes with its strongly connected components.
   *
   * @return the graph
   */
  @Benchmark
  public OwnershipGraph graph() {
    return OwnershipGraph.of(landscape);
  }

  /**
   * The integrated ownership of every operator by class of ultimate holder.
   *
   * @return the result
   */
  @Benchmark
  public IntegratedOwnership integrated() {
    return OwnershipGraph.of(landscape).integrated(this::classOf);
  }

  /**
   * The ultimate holders of 1,000 operators, one look-through each, on a graph built beforehand.
   *
   * @param bh  the sink
   */
  @Benchmark
  public void ultimateHolders1000(Blackhole bh) {
    for (String id : sample) {
      bh.consume(built.ultimateHolders(id));
    }
  }

  /**
   * The ultimate controllers of every operator.
   *
   * @param bh  the sink
   */
  @Benchmark
  public void controllersEach(Blackhole bh) {
    OwnershipGraph g = OwnershipGraph.of(landscape);
    for (String id : ids) {
      bh.consume(g.controllers(id));
    }
  }
}
