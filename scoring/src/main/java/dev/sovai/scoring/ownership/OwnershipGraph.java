package dev.sovai.scoring.ownership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph of stakes of a landscape, for looking through ownership and control.
 *
 * <h2>Ownership</h2>
 * The integrated ownership of an operator {@code o} by an ultimate holder {@code h} is the part of {@code o} that
 * reaches {@code h} when each operator's capital (or votes) is passed on to its holders in proportion to their
 * stakes: {@code x = Σ_paths Π shares}, i.e. the solution of the linear system {@code x_o = e_o + Σ_s x_holder(s)·share(s)},
 * cross-holdings and cycles included. Ultimate holders are
 * <ul>
 *   <li>operators with no listed stakes of their own (the top of a chain: the landscape names nobody above them);</li>
 *   <li>for an operator with listed stakes, its unlisted part ({@code 1 − Σ shares}) goes to a pseudo-holder
 *       {@link HolderKind#FREE_FLOAT} or {@link HolderKind#UNKNOWN} of that operator, per {@link Operator#remainder()};</li>
 *   <li>capital caught in a closed ring of cross-holdings with no holder outside the ring goes to a
 *       {@link HolderKind#CIRCULAR} pseudo-holder.</li>
 * </ul>
 * The system is solved sparsely, never by enumerating paths: {@link #ultimateHolders(String)} pushes the operator's
 * unit of capital up the graph until what is left on any operator is below the {@linkplain #tolerance() tolerance}
 * (its cost depends on the part of the graph above the operator, not on the whole landscape);
 * {@link #integrated(Function)} solves every operator at once per strongly connected component, sinks first
 * (holders are final before the operators they hold), iterating only inside cyclic components, so its cost grows
 * linearly with the number of stakes.
 *
 * <h2>Control</h2>
 * Decisive influence in the sense of EU Merger Regulation 139/2004 (and Gaia-X P5.1.5, SecNumCloud §19.6 b):
 * a holder with more than half of the votes or the right to appoint a board majority has positive control; a holder
 * with a veto over strategic decisions, or with exactly half of the votes, has negative control. One positive and no
 * negative controller is {@link ControlKind#SOLE} control; several controllers of either kind are
 * {@link ControlKind#JOINT} control (all listed); a single negative controller alone is sole (negative) control.
 * Control is followed up the chain to the controllers nobody controls; a ring of mutual control is
 * {@link ControlKind#CIRCULAR}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe. Building it is linear in operators plus
 * stakes. Each thread that looks through single operators keeps one set of work arrays per graph (about 43 bytes
 * per operator), so that a look-through costs what it visits rather than the size of the landscape.
 *
 * <p>The class is long (over 600 lines) because it is one thing: the indexed stake arrays of one landscape and the
 * three questions asked of them (integrated look-through, single look-through, control), which share those arrays
 * and their work buffers; control by component lives in {@code ControlGraph} and chain searches in
 * {@code ChainSearch}.
 */
public final class OwnershipGraph {
  /** The default tolerance: shares of an operator below it are not pushed further. */
  public static final double DEFAULT_TOLERANCE = 1e-13;
  /** Votes within this distance of one half count as exactly half (an equal split). */
  static final double HALF_TOLERANCE = 1e-9;
  /** At most this many pushes per look-through; what is left is reported as unresolved. */
  static final long MAX_PUSHES = 20_000_000L;

  private static final Logger LOG = LoggerFactory.getLogger(OwnershipGraph.class);

  private final Landscape landscape;
  private final double tolerance;
  private final String[] ids;
  private final OperatorIndex index;
  private final int[] start;
  private final int[] holder;
  private final double[] capital;
  private final double[] votes;
  private final boolean[] veto;
  private final boolean[] board;
  private final double[] remCapital;
  private final double[] remVotes;
  private final Remainder[] remainder;
  private final boolean[] top;
  private final int[] capitalRing;
  private final int[] votesRing;
  private final Components capitalComponents;
  private final Components votesComponents;
  private final Weights capitalWeights;
  private final Weights votesWeights;
  /** The control links as a graph, built on first use. */
  private volatile ControlGraph controlGraph;
  /**
   * Work arrays of the per-operator look-through that are clean and free, owned by this graph (so that they die with
   * it, whatever threads used them): at most as many sets as look-throughs ever ran at once.
   */
  private final ConcurrentLinkedQueue<Scratch> spare = new ConcurrentLinkedQueue<>();

  /**
   * Work arrays indexed by operator for {@link #holdersUntil}: allocated once per graph and concurrent look-through,
   * and after each look-through reset only at the operators it touched, so that a look-through costs what it visits,
   * not the size of the landscape.
   */
  private static final class Scratch {
    final double[] residual;
    final double[] asHolder;
    final double[] asRemainder;
    final boolean[] seen;
    final boolean[] inQueue;
    final byte[] stops;
    int[] stopped = new int[16];
    int stoppedCount;

    Scratch(int n) {
      residual = new double[n];
      asHolder = new double[n];
      asRemainder = new double[n];
      seen = new boolean[n];
      inQueue = new boolean[n];
      stops = new byte[n];
    }

    void clear(int[] touched, int count) {
      for (int i = 0; i < count; i++) {
        int u = touched[i];
        residual[u] = 0.0;
        asHolder[u] = 0.0;
        asRemainder[u] = 0.0;
        seen[u] = false;
      }
    }

    void clearStops() {
      for (int i = 0; i < stoppedCount; i++) {
        stops[stopped[i]] = 0;
      }
      stoppedCount = 0;
    }
  }

  /** Free work arrays of this graph, or fresh ones if all are in use (other threads, or a nested look-through). */
  private Scratch acquire() {
    Scratch s = spare.poll();
    return s != null ? s : new Scratch(ids.length);
  }

  private OwnershipGraph(Landscape landscape, double tolerance) {
    this.landscape = landscape;
    this.tolerance = tolerance;
    List<Operator> ops = landscape.operators();
    int n = ops.size();
    ids = new String[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      Operator o = ops.get(i);
      ids[i] = o.id();
      m += o.stakes().size();
    }
    index = new OperatorIndex(ids);
    start = new int[n + 1];
    holder = new int[m];
    capital = new double[m];
    votes = new double[m];
    veto = new boolean[m];
    board = new boolean[m];
    remCapital = new double[n];
    remVotes = new double[n];
    remainder = new Remainder[n];
    top = new boolean[n];
    int e = 0;
    for (int i = 0; i < n; i++) {
      Operator o = ops.get(i);
      List<Stake> stakes = o.stakes();
      start[i] = e;
      for (int j = 0; j < stakes.size(); j++) {
        Stake s = stakes.get(j);
        int h = index.of(s.holder());
        if (h < 0) {
          throw new IllegalArgumentException("operator " + o.id() + " has a stake held by unknown operator \""
              + s.holder() + "\"");
        }
        holder[e] = h;
        capital[e] = s.capitalShare();
        votes[e] = s.effectiveVotingShare();
        veto[e] = s.veto();
        board[e] = s.appointsBoardMajority();
        e++;
      }
      top[i] = stakes.isEmpty();
      // the sums of Operator.listedCapitalShare() and listedVotingShare(), from the shares just read
      remCapital[i] = top[i] ? 0.0 : clampRemainder(1.0 - listedSum(capital, start[i], e));
      remVotes[i] = top[i] ? 0.0 : clampRemainder(1.0 - listedSum(votes, start[i], e));
      remainder[i] = o.remainder();
    }
    start[n] = e;
    capitalComponents = Components.of(n, start, holder, positive(capital));
    votesComponents = Components.of(n, start, holder, positive(votes));
    capitalRing = rings(capitalComponents, capital, remCapital);
    votesRing = rings(votesComponents, votes, remVotes);
    capitalWeights = new Weights(capital, remCapital, capitalRing, capitalComponents);
    votesWeights = new Weights(votes, remVotes, votesRing, votesComponents);
  }

  /**
   * The sum of shares {@code from .. to} as {@link Operator#listedCapitalShare()} sums them (a {@code DoubleStream}
   * sum, whose compensated summation can differ in the last bit from a plain loop): the same value, without walking
   * the stakes again. A single share is its own sum.
   */
  private static double listedSum(double[] shares, int from, int to) {
    return to - from == 1 ? shares[from] : Arrays.stream(shares, from, to).sum();
  }

  private double clampRemainder(double r) {
    return r <= tolerance ? 0.0 : Math.min(1.0, r);
  }

  private static boolean[] positive(double[] weights) {
    boolean[] keep = new boolean[weights.length];
    for (int i = 0; i < weights.length; i++) {
      keep[i] = weights[i] > 0.0;
    }
    return keep;
  }

  /** Marks each member of a closed ring (a sink component of ≥ 2 operators with no remainder) with its smallest member. */
  private int[] rings(Components c, double[] weight, double[] rem) {
    int n = ids.length;
    boolean[] open = new boolean[c.count];
    int[] size = new int[c.count];
    int[] smallest = new int[c.count];
    Arrays.fill(smallest, Integer.MAX_VALUE);
    for (int u = 0; u < n; u++) {
      int k = c.component[u];
      size[k]++;
      smallest[k] = Math.min(smallest[k], u);
      if (top[u] || rem[u] > 0.0) {
        open[k] = true;
      }
      for (int e = start[u]; e < start[u + 1]; e++) {
        if (weight[e] > 0.0 && c.component[holder[e]] != k) {
          open[k] = true;
        }
      }
    }
    int[] ring = new int[n];
    for (int u = 0; u < n; u++) {
      int k = c.component[u];
      ring[u] = !open[k] && size[k] > 1 ? smallest[k] : -1;
    }
    return ring;
  }

  /**
   * Builds the graph of a landscape's stakes with the {@linkplain #DEFAULT_TOLERANCE default tolerance}.
   *
   * @param landscape  the landscape, not null
   * @return the graph, not null
   */
  public static OwnershipGraph of(Landscape landscape) {
    return of(landscape, DEFAULT_TOLERANCE);
  }

  /**
   * Builds the graph of a landscape's stakes.
   *
   * @param landscape  the landscape, not null
   * @param tolerance  the share below which the solver stops passing capital on, in (0, 1e-3]
   * @return the graph, not null
   * @throws IllegalArgumentException if the tolerance is out of range
   */
  public static OwnershipGraph of(Landscape landscape, double tolerance) {
    Objects.requireNonNull(landscape, "landscape");
    if (!(tolerance > 0.0 && tolerance <= 1e-3)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1e-3], was " + tolerance);
    }
    return new OwnershipGraph(landscape, tolerance);
  }

  /** @return the landscape the graph was built from, not null */
  public Landscape landscape() {
    return landscape;
  }

  /** @return the solver's tolerance, a share in (0, 1e-3] */
  public double tolerance() {
    return tolerance;
  }

  /** @return the number of operators */
  public int operatorCount() {
    return ids.length;
  }

  /** @return the number of stakes */
  public int stakeCount() {
    return holder.length;
  }

  private int indexOf(String operatorId) {
    Objects.requireNonNull(operatorId, "operatorId");
    int i = index.of(operatorId);
    if (i < 0) {
      throw new IllegalArgumentException("unknown operator \"" + operatorId + "\"");
    }
    return i;
  }

  /**
   * Which of some organisations hold each operator, directly or indirectly, through stakes of any size: one walk down
   * the stakes per chosen organisation, so keep the choice small (its memory is a bit per operator and organisation).
   *
   * @param holders  the chosen organisations' identifiers, not null; identifiers that are not operators hold nothing
   * @return the answer for every operator, not null
   */
  public HolderReach reach(List<String> holders) {
    int n = ids.length;
    // held[from[h] .. from[h + 1]) lists the operators in which operator h has a stake: the stakes, walked down
    int[] from = new int[n + 1];
    for (int h : holder) {
      from[h + 1]++;
    }
    for (int i = 0; i < n; i++) {
      from[i + 1] += from[i];
    }
    int[] next = from.clone();
    int[] held = new int[holder.length];
    for (int u = 0; u < n; u++) {
      for (int e = start[u]; e < start[u + 1]; e++) {
        held[next[holder[e]]++] = u;
      }
    }
    List<String> chosen = List.copyOf(holders);
    BitSet[] holds = new BitSet[chosen.size()];
    int[] queue = new int[n];
    for (int k = 0; k < chosen.size(); k++) {
      BitSet seen = new BitSet(n);
      holds[k] = seen;
      int first = index.of(chosen.get(k));
      if (first < 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      seen.set(first);
      queue[tail++] = first;
      while (head < tail) {
        int h = queue[head++];
        for (int e = from[h]; e < from[h + 1]; e++) {
          if (!seen.get(held[e])) {
            seen.set(held[e]);
            queue[tail++] = held[e];
          }
        }
      }
    }
    return new HolderReach(index, chosen, holds);
  }

  /**
   * Whether an operator is at the top of its chain: the landscape lists no stakes in it.
   *
   * @param operatorId  the operator's identifier, not null
   * @return true if it has no listed holders
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public boolean isTop(String operatorId) {
    return top[indexOf(operatorId)];
  }

  // -----------------------------------------------------------------------------------------------------------
  // ownership

  /**
   * The integrated ownership of one operator by its ultimate holders, on capital and on votes.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the ultimate holders with their integrated shares, not null; an operator at the top of its chain is
   *     held 100 % by itself
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public UltimateOwnership ultimateHolders(String operatorId) {
    return holdersUntil(operatorId, id -> false);
  }

  /**
   * The integrated ownership of one operator by the first holders on each chain that satisfy a condition (or, failing
   * that, by the ultimate holders). This answers "how much is held, directly or indirectly, by entities seated
   * outside the EU": stop at the first such entity on every chain, since all that it holds is held by an outside
   * entity, whoever holds it in turn. The operator itself never stops the look-through.
   *
   * @param operatorId  the operator's identifier, not null
   * @param stopAt  true for the identifiers of holders to stop at, not null
   * @return the holders reached with their integrated shares, not null
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public UltimateOwnership holdersUntil(String operatorId, java.util.function.Predicate<String> stopAt) {
    Objects.requireNonNull(stopAt, "stopAt");
    int o = indexOf(operatorId);
    Scratch work = acquire();
    byte[] stops = work.stops;
    java.util.function.IntPredicate stop = u -> {
      if (u == o) {
        return false;
      }
      if (stops[u] == 0) {
        stops[u] = (byte) (stopAt.test(ids[u]) ? 1 : 2);
        if (work.stoppedCount == work.stopped.length) {
          work.stopped = Arrays.copyOf(work.stopped, work.stopped.length * 2);
        }
        work.stopped[work.stoppedCount++] = u;
      }
      return stops[u] == 1;
    };
    Map<Holder, Double> c = new HashMap<>();
    Map<Holder, Double> v = new HashMap<>();
    double uc = push(o, capitalWeights, c, stop, work);
    double uv = push(o, votesWeights, v, stop, work);
    work.clearStops();
    // given back only when clean: if the predicate threw half-way, these arrays are dropped with the exception
    spare.offer(work);
    return UltimateOwnership.of(operatorId, c, v, uc, uv);
  }

  /**
   * Passes the operator's unit share up the graph, one strongly connected component at a time in the order of the
   * components (every component receives all it will ever receive before it passes anything on), so each operator is
   * visited once: an acyclic chain costs its length. A cyclic component is solved exactly as a linear system (the
   * total share that flows through each member, cross-holdings included) when it has at most
   * {@link #DENSE_LIMIT} members, factored once per component and set of stopping members and cached; a larger one
   * is iterated until what circulates is below the tolerance. A share below the tolerance reaching an operator
   * outside a cycle is not passed on but reported as unresolved, as is what is left when {@link #MAX_PUSHES} edge
   * passes are spent.
   */
  private double push(int o, Weights w, Map<Holder, Double> out, java.util.function.IntPredicate stop,
      Scratch work) {
    Components comps = w.components;
    double[] residual = work.residual;
    double[] asHolder = work.asHolder;
    double[] asRemainder = work.asRemainder;
    Touched touched = new Touched(work.seen);
    java.util.PriorityQueue<Integer> pending = new java.util.PriorityQueue<>(java.util.Comparator.reverseOrder());
    java.util.BitSet queued = new java.util.BitSet();
    residual[o] = 1.0;
    touched.add(o);
    long[] passes = {0};
    double unresolved = 0.0;
    Map<Integer, List<Integer>> arrivals = new HashMap<>();
    arrive(o, comps, arrivals, pending, queued);
    while (!pending.isEmpty() && passes[0] < MAX_PUSHES) {
      int k = pending.poll();
      int size = comps.size(k);
      if (size > DENSE_LIMIT) {
        pushWithin(k, o, w, stop, work, touched, arrivals, pending, queued, passes);
        continue;
      }
      double[] through;
      if (size == 1) {
        int u = comps.members[comps.first[k]];
        double m = residual[u];
        residual[u] = 0.0;
        if (m <= tolerance && u != o) {
          unresolved += m;
          continue;
        }
        through = new double[] {m};
      } else {
        through = throughCycle(k, o, w, stop, work, passes);
      }
      for (int i = 0; i < size; i++) {
        double m = through[i];
        if (m <= 0.0) {
          continue;
        }
        int u = comps.members[comps.first[k] + i];
        touched.add(u);
        if (absorbs(u, o, w, stop)) {
          asHolder[u] += m;
          continue;
        }
        for (int e = start[u]; e < start[u + 1]; e++) {
          double we = w.weight[e];
          int h = holder[e];
          if (we > 0.0 && comps.component[h] != k) {
            residual[h] += m * we;
            touched.add(h);
            passes[0]++;
            arrive(h, comps, arrivals, pending, queued);
          }
        }
        if (w.rem[u] > 0.0) {
          asRemainder[u] += m * w.rem[u];
        }
      }
    }
    for (int i = 0; i < touched.count; i++) {
      int u = touched.nodes[i];
      unresolved += residual[u];
      if (asHolder[u] > 0.0) {
        Holder h = top[u] || stop.test(u) || w.ring[u] < 0 ? Holder.operator(ids[u])
            : Holder.of(HolderKind.CIRCULAR, ids[w.ring[u]]);
        out.merge(h, asHolder[u], Double::sum);
      }
      if (asRemainder[u] > 0.0) {
        out.merge(pseudo(u), asRemainder[u], Double::sum);
      }
    }
    work.clear(touched.nodes, touched.count);
    if (passes[0] >= MAX_PUSHES) {
      LOG.warn("look-through of {} stopped after {} passes; {} left unresolved", ids[o], passes[0], unresolved);
    }
    return unresolved;
  }

  /** Queues the component of an operator that received a share; a large component also notes the operator. */
  private static void arrive(int h, Components comps, Map<Integer, List<Integer>> arrivals,
      java.util.PriorityQueue<Integer> pending, java.util.BitSet queued) {
    int c = comps.component[h];
    if (!queued.get(c)) {
      queued.set(c);
      pending.add(c);
    }
    if (comps.size(c) > DENSE_LIMIT) {
      arrivals.computeIfAbsent(c, x -> new ArrayList<>()).add(h);
    }
  }

  /**
   * Passes shares round a component too large to solve exactly, operator by operator, until what is left on each is
   * below the tolerance (left as unresolved): a look-through of a long ring costs what it touches, not the ring.
   */
  private void pushWithin(int k, int o, Weights w, java.util.function.IntPredicate stop, Scratch work,
      Touched touched, Map<Integer, List<Integer>> arrivals, java.util.PriorityQueue<Integer> pending,
      java.util.BitSet queued, long[] passes) {
    List<Integer> arrived = arrivals.remove(k);
    Components comps = w.components;
    double[] residual = work.residual;
    boolean[] inQueue = work.inQueue;
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    for (int u : arrived == null ? List.<Integer>of() : arrived) {
      if (!inQueue[u] && (residual[u] > tolerance || u == o)) {
        inQueue[u] = true;
        queue.add(u);
      }
    }
    while (!queue.isEmpty() && passes[0] < MAX_PUSHES) {
      int u = queue.poll();
      inQueue[u] = false;
      double m = residual[u];
      residual[u] = 0.0;
      if (absorbs(u, o, w, stop)) {
        work.asHolder[u] += m;
        continue;
      }
      for (int e = start[u]; e < start[u + 1]; e++) {
        double we = w.weight[e];
        if (we > 0.0) {
          int h = holder[e];
          residual[h] += m * we;
          touched.add(h);
          passes[0]++;
          if (comps.component[h] == k) {
            if (!inQueue[h] && residual[h] > tolerance) {
              inQueue[h] = true;
              queue.add(h);
            }
          } else {
            arrive(h, comps, arrivals, pending, queued);
          }
        }
      }
      if (w.rem[u] > 0.0) {
        work.asRemainder[u] += m * w.rem[u];
      }
    }
    for (int u : queue) {
      inQueue[u] = false;
    }
  }

  /** Whether an operator keeps what reaches it: the top of a chain, a stop, a member of a closed ring. */
  private boolean absorbs(int u, int o, Weights w, java.util.function.IntPredicate stop) {
    return top[u] || w.ring[u] >= 0 || (u != o && stop.test(u));
  }

  /** The operators a look-through has touched, for the result and for clearing the work arrays. */
  private static final class Touched {
    private final boolean[] seen;
    int[] nodes = new int[16];
    int count;

    Touched(boolean[] seen) {
      this.seen = seen;
    }

    void add(int u) {
      if (!seen[u]) {
        seen[u] = true;
        if (count == nodes.length) {
          nodes = Arrays.copyOf(nodes, count * 2);
        }
        nodes[count++] = u;
      }
    }
  }

  /** Cyclic components at most this large are solved exactly (factoring costs n³/3). */
  static final int DENSE_LIMIT = 1_000;

  /**
   * The total share that flows through each member of a cyclic component, from what reached its members (taken out
   * of {@code residual}): the solution of {@code y = m + Aᵀ y}, where {@code A} holds the stakes between members that
   * pass shares on (members that absorb pass nothing). Only the members that pass shares on form the system; what
   * reaches an absorbing member is then what reached it plus what the passing members hand it. A look-through that
   * stops at every member but the operator asked about (a ring of foreign holders) therefore solves a system of one,
   * not one of the whole component for every operator.
   */
  private double[] throughCycle(int k, int o, Weights w, java.util.function.IntPredicate stop, Scratch work,
      long[] passes) {
    // called for components of at most DENSE_LIMIT members
    Components comps = w.components;
    int size = comps.size(k);
    int from = comps.first[k];
    double[] y = new double[size];
    for (int i = 0; i < size; i++) {
      int u = comps.members[from + i];
      y[i] = work.residual[u];
      work.residual[u] = 0.0;
    }
    java.util.BitSet absorbing = new java.util.BitSet(size);
    for (int i = 0; i < size; i++) {
      if (absorbs(comps.members[from + i], o, w, stop)) {
        absorbing.set(i);
      }
    }
    if (size > DENSE_LIMIT) {
      throw new IllegalStateException("component of " + size + " members is too large to solve exactly");
    }
    int passing = size - absorbing.cardinality();
    double[] yPassing = new double[passing];
    for (int i = absorbing.nextClearBit(0), q = 0; i < size; i = absorbing.nextClearBit(i + 1), q++) {
      yPassing[q] = y[i];
    }
    if (passing > 0) {
      w.system(k, absorbing, this).solve(yPassing);
      passes[0] += (long) passing * passing;
    }
    for (int i = absorbing.nextClearBit(0), q = 0; i < size; i = absorbing.nextClearBit(i + 1), q++) {
      y[i] = yPassing[q];
      int u = comps.members[from + i];
      for (int e = start[u]; e < start[u + 1]; e++) {
        int h = holder[e];
        if (w.weight[e] > 0.0 && comps.component[h] == k && absorbing.get(comps.position[h])) {
          y[comps.position[h]] += w.weight[e] * yPassing[q];
          passes[0]++;
        }
      }
    }
    for (int i = 0; i < size; i++) {
      y[i] = Math.max(0.0, y[i]); // rounding must not make a share negative
    }
    return y;
  }

  /** The stakes of one kind (capital or votes) with what the graph derives from them. */
  private static final class Weights {
    final double[] weight;
    final double[] rem;
    final int[] ring;
    final Components components;
    /** Factored systems of cyclic components, by component and absorbing members; a few kept, most recent first. */
    private final Map<List<Object>, LinearSystem> systems = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<List<Object>, LinearSystem> eldest) {
        return size() > 16;
      }
    };

    Weights(double[] weight, double[] rem, int[] ring, Components components) {
      this.weight = weight;
      this.rem = rem;
      this.ring = ring;
      this.components = components;
    }

    /**
     * @return the factored {@code I − Aᵀ} of a cyclic component with the given members absorbing, over its passing
     *     members only (in their order in the component)
     */
    LinearSystem system(int k, java.util.BitSet absorbing, OwnershipGraph g) {
      List<Object> key = List.of(k, absorbing);
      synchronized (systems) {
        LinearSystem known = systems.get(key);
        if (known != null) {
          return known;
        }
      }
      int members = components.size(k);
      int from = components.first[k];
      int[] at = new int[members];
      int size = 0;
      for (int i = 0; i < members; i++) {
        at[i] = absorbing.get(i) ? -1 : size++;
      }
      double[] m = new double[size * size];
      for (int i = 0; i < size; i++) {
        m[i * size + i] = 1.0;
      }
      for (int j = 0; j < members; j++) {
        if (at[j] < 0) {
          continue;
        }
        int u = components.members[from + j];
        for (int e = g.start[u]; e < g.start[u + 1]; e++) {
          int h = g.holder[e];
          if (weight[e] > 0.0 && components.component[h] == k && at[components.position[h]] >= 0) {
            m[at[components.position[h]] * size + at[j]] -= weight[e];
          }
        }
      }
      LinearSystem ls = LinearSystem.factor(size, m);
      synchronized (systems) {
        systems.put(key, ls);
      }
      return ls;
    }
  }

  private Holder pseudo(int u) {
    return Holder.of(remainder[u] == Remainder.FREE_FLOAT ? HolderKind.FREE_FLOAT : HolderKind.UNKNOWN, ids[u]);
  }

  /**
   * The integrated ownership of every operator at once, by classes of ultimate holders (e.g. the jurisdiction of
   * the holder's seat, or "home"/"foreign"/"unknown"). Solved per strongly connected component, holders first;
   * cost linear in stakes times the number of classes (times the iterations inside cyclic components).
   *
   * @param classifier  maps every ultimate holder (operators at the top of their chain and pseudo-holders) to a
   *     class name, not null, never returning null
   * @return the shares of each operator held by each class, on capital and votes, not null
   * @throws IllegalArgumentException if the classifier returns null, or so many classes that operators × classes
   *     exceeds 50 million (use {@link #ultimateHolders(String)} per operator instead)
   */
  public IntegratedOwnership integrated(Function<Holder, String> classifier) {
    Objects.requireNonNull(classifier, "classifier");
    int n = ids.length;
    Map<String, Integer> classes = new LinkedHashMap<>();
    int[] capitalClass = classesOf(classifier, classes, remCapital, capitalRing);
    int[] votesClass = classesOf(classifier, classes, remVotes, votesRing);
    int k = classes.size();
    if ((long) n * k > 50_000_000L) {
      throw new IllegalArgumentException("classifier yields " + k + " classes for " + n
          + " operators; more than 50 million shares would be stored");
    }
    double[] c = solve(capital, remCapital, capitalRing, capitalClass, capitalComponents, k);
    double[] v = solve(votes, remVotes, votesRing, votesClass, votesComponents, k);
    return new IntegratedOwnership(index, new ArrayList<>(classes.keySet()), c, v);
  }

  private int[] classesOf(Function<Holder, String> classifier, Map<String, Integer> classes, double[] rem, int[] ring) {
    int n = ids.length;
    int[] cls = new int[n];
    for (int u = 0; u < n; u++) {
      Holder h;
      if (top[u]) {
        h = Holder.operator(ids[u]);
      } else if (ring[u] >= 0) {
        h = Holder.of(HolderKind.CIRCULAR, ids[ring[u]]);
      } else if (rem[u] > 0.0) {
        h = pseudo(u);
      } else {
        cls[u] = -1;
        continue;
      }
      String name = classifier.apply(h);
      if (name == null) {
        throw new IllegalArgumentException("classifier returned null for holder " + h);
      }
      cls[u] = classes.computeIfAbsent(name, x -> classes.size());
    }
    return cls;
  }

  private double[] solve(double[] weight, double[] rem, int[] ring, int[] cls, Components comps, int k) {
    int n = ids.length;
    double[] y = new double[n * k];
    int[] order = comps.members; // grouped by component, components in completion order (holders first)
    int[] count = comps.first;
    double[] next = new double[k];
    for (int comp = 0; comp < comps.count; comp++) {
      int from = count[comp];
      int to = count[comp + 1];
      boolean cyclic = to - from > 1;
      if (cyclic && to - from <= DENSE_LIMIT) {
        solveExactly(comp, weight, rem, ring, cls, comps, k, y);
        continue;
      }
      long work = 0;
      int iterations = 0;
      double change;
      do {
        change = 0.0;
        for (int p = from; p < to; p++) {
          int u = order[p];
          Arrays.fill(next, 0.0);
          if (top[u] || ring[u] >= 0) {
            next[cls[u]] = 1.0;
          } else {
            for (int e = start[u]; e < start[u + 1]; e++) {
              double w = weight[e];
              if (w > 0.0) {
                int base = holder[e] * k;
                for (int j = 0; j < k; j++) {
                  next[j] += w * y[base + j];
                }
              }
            }
            work += start[u + 1] - start[u];
            if (rem[u] > 0.0) {
              next[cls[u]] += rem[u];
            }
          }
          int base = u * k;
          for (int j = 0; j < k; j++) {
            change = Math.max(change, Math.abs(next[j] - y[base + j]));
            y[base + j] = next[j];
          }
        }
        iterations++;
      } while (cyclic && change > tolerance && iterations < 1_000_000 && work < 10 * MAX_PUSHES);
      if (cyclic && change > tolerance) {
        LOG.warn("integrated ownership of a cyclic component of {} operators stopped at change {}", to - from, change);
      }
    }
    return y;
  }

  /**
   * Solves the shares of one cyclic component exactly, its holders outside it being solved: {@code (I − A) Y = B},
   * with {@code A} the stakes between members (rows of members that absorb are identity rows) and {@code B} what
   * the holders outside, the remainders and the absorbing members contribute, one column per class.
   */
  private void solveExactly(int comp, double[] weight, double[] rem, int[] ring, int[] cls, Components comps, int k,
      double[] y) {
    int size = comps.size(comp);
    int from = comps.first[comp];
    double[] m = new double[size * size];
    double[] b = new double[size * k];
    for (int i = 0; i < size; i++) {
      int u = comps.members[from + i];
      m[i * size + i] = 1.0;
      if (top[u] || ring[u] >= 0) {
        b[i * k + cls[u]] = 1.0;
        continue;
      }
      for (int e = start[u]; e < start[u + 1]; e++) {
        double w = weight[e];
        if (w > 0.0) {
          int h = holder[e];
          if (comps.component[h] == comp) {
            m[i * size + comps.position[h]] -= w;
          } else {
            for (int j = 0; j < k; j++) {
              b[i * k + j] += w * y[h * k + j];
            }
          }
        }
      }
      if (rem[u] > 0.0) {
        b[i * k + cls[u]] += rem[u];
      }
    }
    LinearSystem system = LinearSystem.factor(size, m);
    double[] column = new double[size];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < size; i++) {
        column[i] = b[i * k + j];
      }
      system.solve(column);
      for (int i = 0; i < size; i++) {
        y[comps.members[from + i] * k + j] = Math.max(0.0, column[i]);
      }
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // control

  /**
   * The direct controllers of an operator, from its listed stakes.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the links to its direct controllers, sorted by controller, empty if none
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public List<ControlLink> directControllers(String operatorId) {
    return direct(indexOf(operatorId));
  }

  private List<ControlLink> direct(int u) {
    List<ControlLink> positive = new ArrayList<>();
    List<ControlLink> negative = new ArrayList<>();
    for (int e = start[u]; e < start[u + 1]; e++) {
      String h = ids[holder[e]];
      double v = votes[e];
      if (v > 0.5 + HALF_TOLERANCE) {
        positive.add(ControlLink.of(ids[u], h, ControlBasis.MAJORITY_OF_VOTES, v));
      } else if (board[e]) {
        positive.add(ControlLink.of(ids[u], h, ControlBasis.BOARD_MAJORITY, v));
      } else if (veto[e]) {
        negative.add(ControlLink.of(ids[u], h, ControlBasis.VETO, v));
      } else if (Math.abs(v - 0.5) <= HALF_TOLERANCE) {
        negative.add(ControlLink.of(ids[u], h, ControlBasis.EQUAL_SPLIT, v));
      }
    }
    List<ControlLink> all = new ArrayList<>(positive);
    all.addAll(negative);
    all.sort((a, b) -> a.controller().compareTo(b.controller()));
    return all;
  }

  private boolean determined(int u) {
    if (remainder[u] != Remainder.UNKNOWN) {
      return true;
    }
    if (top[u]) {
      return false;
    }
    for (int e = start[u]; e < start[u + 1]; e++) {
      if (votes[e] > 0.5 + HALF_TOLERANCE || board[e]) {
        return true;
      }
    }
    return remVotes[u] < 0.5 - HALF_TOLERANCE;
  }

  /** @return the control graph, built on first use */
  private ControlGraph controlGraph() {
    ControlGraph c = controlGraph;
    if (c == null) {
      synchronized (this) {
        c = controlGraph;
        if (c == null) {
          boolean[] determined = new boolean[ids.length];
          for (int u = 0; u < ids.length; u++) {
            determined[u] = determined(u);
          }
          c = new ControlGraph(ids, index, this::direct, determined);
          controlGraph = c;
        }
      }
    }
    return c;
  }

  /**
   * Who ultimately controls an operator: its direct controllers followed up to the organisations nobody controls.
   * The first call builds the control graph of the whole landscape (linear in stakes); each call then costs what the
   * operator's strongly connected component of control reaches, once per component (every member of a ring shares
   * one answer), and the chains are built only when read.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the control result with its kind, ultimate controllers and chains, not null
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public Control controllers(String operatorId) {
    return controlGraph().control(indexOf(operatorId));
  }

  /**
   * A search for the first controllers with a property on the chains of control of this graph's operators, which
   * keeps what it finds so that asking for many operators costs what their chains hold once (see
   * {@link ChainSearch}).
   *
   * @param property  TRUE if an operator (by identifier) has the property, FALSE if not, null if unknown; asked at
   *     most once per operator, not null
   * @return a new search, not null
   */
  public ChainSearch chainSearch(Function<String, Boolean> property) {
    return new ChainSearch(controlGraph(), property);
  }

  /**
   * The chain of control from an operator up to one of its ultimate controllers.
   *
   * @param operatorId  the operator's identifier, not null
   * @param controllerId  the controller's identifier, not null
   * @return the links from the operator up to the controller (empty if the operator controls itself), or empty if
   *     {@code controllerId} is not one of its ultimate controllers
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public Optional<List<ControlLink>> controlChain(String operatorId, String controllerId) {
    return controllers(operatorId).chainTo(controllerId);
  }
}
