package dev.sovai.scoring.ownership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The first operators with a property on the chains of control of any operator of one {@link OwnershipGraph}: "the
 * first controller a law reaches", "the first controller seated outside the bloc". Obtained from
 * {@link OwnershipGraph#chainSearch(Function)}; the property is asked once per operator and every answer is kept, so
 * that asking for every site of a landscape costs what the chains hold once, not once per site.
 *
 * <p>The property is tri-state: {@code TRUE} (the operator has it), {@code FALSE} (it has not), {@code null} (not
 * known). What is found depends on how the operator is controlled:
 * <ul>
 *   <li>when its ultimate controllers form no ring ({@link Control#kind()} is not {@link ControlKind#CIRCULAR}), the
 *       chains are exactly those of {@link Control#chains()}, walked in their order: each chain from its first link,
 *       stopping at the first controller with the property. A chain is its first link followed by the chain of the
 *       next operator, so what a walk finds is kept per operator and controller and shared by every chain that
 *       passes there: a chain of 100,000 operators is walked once, not once per member;</li>
 *   <li>when they form a ring, every member of the ring controls every other, and the n chains of each of n members
 *       would hold n²/2 links: instead, the operators it controls directly or through others are searched breadth
 *       first (nearest first, links in the order of the direct controllers), and the search stops at the nearest one
 *       with the property: one example chain, the shortest. Whether any operator with the property (or of unknown
 *       status) can be reached at all is known per strongly connected component, so a search that cannot succeed
 *       costs nothing.</li>
 * </ul>
 *
 * <p>Implementation Requirements: Thread-safe (its methods are synchronized); it keeps what it found for as long as
 * it is kept, in memory linear in the operators and chains it was asked about. Use one per property and question.
 */
public final class ChainSearch {
  private static final byte UNASKED = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;
  private static final byte UNKNOWN = 3;
  private static final long NOTHING = 0L;

  private final ControlGraph graph;
  private final Function<String, Boolean> property;
  private final byte[] state;
  /** For (operator, controller): what the rest of its chain to the controller holds, {@link #pack packed}. */
  private final Map<Long, Long> found = new HashMap<>();
  /** For each component: bit YES if an operator with the property can be reached from it, bit UNKNOWN likewise. */
  private byte[] reaches;

  /**
   * The result of a tri-state walk over the chains in order: the chain up to the first controller with the
   * property, and the chain up to the last controller of unknown status met before it.
   *
   * @param first  the links from the operator up to the first controller with the property, if any, not null
   * @param lastUnknown  the links up to the last controller of unknown status met before it (or on the whole walk if
   *     none has the property), if any, not null
   */
  public record Walk(Optional<List<ControlLink>> first, Optional<List<ControlLink>> lastUnknown) {
    /**
     * Checks the parts.
     *
     * @param first  not null
     * @param lastUnknown  not null
     */
    public Walk {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(lastUnknown, "lastUnknown");
    }
  }

  ChainSearch(ControlGraph graph, Function<String, Boolean> property) {
    this.graph = graph;
    this.property = Objects.requireNonNull(property, "property");
    this.state = new byte[graph.ids.length];
  }

  /**
   * On each chain of control of an operator, the links up to the first controller with the property, one per such
   * controller (the first chain that reaches it names it), in the order of the chains; for a ring, the links up to
   * the nearest controller with the property only.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the chains up to each first controller with the property, possibly empty, not null
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public synchronized List<List<ControlLink>> firstOnEachChain(String operatorId) {
    int o = indexOf(operatorId);
    ControlGroup group = graph.summary(graph.comps.component[o]);
    if (group.isCircular()) {
      int[] n = nearest(o, false);
      return n[0] < 0 ? List.of() : List.of(pathTo(o, n[0]));
    }
    List<List<ControlLink>> out = new ArrayList<>();
    Set<Integer> hits = new HashSet<>();
    for (String id : group.controllers()) {
      int c = graph.indexOf(id);
      if (c == o) {
        continue;
      }
      int hit = hit(rest(o, c));
      if (hit >= 0 && hits.add(hit)) {
        out.add(prefix(o, hit, c));
      }
    }
    return out;
  }

  /**
   * Walks the chains of control of an operator in order until a controller has the property, noting the controllers
   * of unknown status met on the way; for a ring, the nearest controller with the property and the nearest of
   * unknown status met before it (or anywhere, if none has the property).
   *
   * @param operatorId  the operator's identifier, not null
   * @return the walk, not null
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public synchronized Walk untilFirst(String operatorId) {
    int o = indexOf(operatorId);
    ControlGroup group = graph.summary(graph.comps.component[o]);
    if (group.isCircular()) {
      int[] n = nearest(o, true);
      return new Walk(n[0] < 0 ? Optional.empty() : Optional.of(pathTo(o, n[0])),
          n[1] < 0 ? Optional.empty() : Optional.of(pathTo(o, n[1])));
    }
    int unknown = -1;
    int unknownOn = -1;
    for (String id : group.controllers()) {
      int c = graph.indexOf(id);
      if (c == o) {
        continue;
      }
      long r = rest(o, c);
      if (unknown(r) >= 0) {
        unknown = unknown(r);
        unknownOn = c;
      }
      if (hit(r) >= 0) {
        return new Walk(Optional.of(prefix(o, hit(r), c)),
            unknown < 0 ? Optional.empty() : Optional.of(prefix(o, unknown, unknownOn)));
      }
    }
    return new Walk(Optional.empty(), unknown < 0 ? Optional.empty() : Optional.of(prefix(o, unknown, unknownOn)));
  }

  private int indexOf(String operatorId) {
    Objects.requireNonNull(operatorId, "operatorId");
    Integer o = graph.indexOf(operatorId);
    if (o == null) {
      throw new IllegalArgumentException("unknown operator: " + operatorId);
    }
    return o;
  }

  private byte state(int v) {
    byte s = state[v];
    if (s == UNASKED) {
      Boolean b = property.apply(graph.ids[v]);
      s = b == null ? UNKNOWN : b ? YES : NO;
      state[v] = s;
    }
    return s;
  }

  private static long key(int v, int c) {
    return ((long) v << 32) | (c & 0xffffffffL);
  }

  /** Packs the first operator with the property and the last of unknown status before it (-1: none). */
  private static long pack(int hit, int unknown) {
    return ((long) (hit + 1) << 32) | ((unknown + 1) & 0xffffffffL);
  }

  private static int hit(long packed) {
    return (int) (packed >>> 32) - 1;
  }

  private static int unknown(long packed) {
    return (int) packed - 1;
  }

  /**
   * What the chain from {@code v} to {@code c} holds after {@code v}: its first operator with the property and the
   * last of unknown status before it. Walks forward until the chain ends, finds one or meets a walked part, then
   * keeps the answer for every operator walked.
   */
  private long rest(int v, int c) {
    Long known = found.get(key(v, c));
    if (known != null) {
      return known;
    }
    Map<Integer, Integer> dist = graph.distancesTo(c);
    int[] path = new int[16];
    int len = 0;
    int u = v;
    long last;
    while (true) {
      if (len == path.length) {
        path = Arrays.copyOf(path, len * 2);
      }
      path[len++] = u;
      if (u == c) {
        last = NOTHING;
        break;
      }
      int next = graph.target[graph.nextEdge(u, c, dist)];
      if (state(next) == YES) {
        last = pack(next, -1);
        break;
      }
      Long m = found.get(key(next, c));
      if (m != null) {
        last = then(next, m);
        break;
      }
      u = next;
    }
    found.put(key(path[len - 1], c), last);
    for (int i = len - 2; i >= 0; i--) {
      last = then(path[i + 1], last);
      found.put(key(path[i], c), last);
    }
    return last;
  }

  /** What a chain holds after an operator whose next is {@code next} (without the property) and holds {@code rest}. */
  private long then(int next, long rest) {
    int unknown = unknown(rest) >= 0 ? unknown(rest) : state(next) == UNKNOWN ? next : -1;
    return pack(hit(rest), unknown);
  }

  /** The links of the chain from {@code o} to {@code c}, up to {@code to} (which is on it). */
  private List<ControlLink> prefix(int o, int to, int c) {
    Map<Integer, Integer> dist = graph.distancesTo(c);
    List<ControlLink> out = new ArrayList<>();
    int u = o;
    while (u != to) {
      int e = graph.nextEdge(u, c, dist);
      out.add(graph.link[e]);
      u = graph.target[e];
    }
    return List.copyOf(out);
  }

  /** The bits of {@link #reaches} of the component of each operator, computed once, sinks first. */
  private byte reaches(int o) {
    if (reaches == null) {
      Components comps = graph.comps;
      byte[] r = new byte[comps.count];
      for (int k = 0; k < comps.count; k++) {
        int bits = 0;
        for (int i = comps.first[k]; i < comps.first[k + 1]; i++) {
          int u = comps.members[i];
          byte s = state(u);
          bits |= s == YES ? 1 : s == UNKNOWN ? 2 : 0;
          for (int e = graph.start[u]; e < graph.start[u + 1]; e++) {
            int t = comps.component[graph.target[e]];
            if (t != k) {
              bits |= r[t];
            }
          }
        }
        r[k] = (byte) bits;
      }
      reaches = r;
    }
    return reaches[graph.comps.component[o]];
  }

  /**
   * Breadth-first from {@code o} over the operators that control it (directly or through others), nearest first:
   * the nearest with the property and the nearest of unknown status met before it (if {@code withUnknown}).
   *
   * @return {nearest with the property or -1, nearest of unknown status or -1}; the search tree is kept in
   *     {@link #tree} for {@link #pathTo}
   */
  private int[] nearest(int o, boolean withUnknown) {
    int bits = reaches(o);
    boolean findYes = (bits & 1) != 0;
    boolean findUnknown = withUnknown && (bits & 2) != 0;
    int[] out = {-1, -1};
    tree = new HashMap<>();
    if (!findYes && !findUnknown) {
      return out;
    }
    int[] queue = new int[16];
    int head = 0;
    int tail = 0;
    queue[tail++] = o;
    while (head < tail) {
      int u = queue[head++];
      for (int e = graph.start[u]; e < graph.start[u + 1]; e++) {
        int v = graph.target[e];
        if (v == o || tree.containsKey(v)) {
          continue;
        }
        tree.put(v, e);
        byte s = state(v);
        if (s == YES) {
          out[0] = v;
          return out;
        }
        if (s == UNKNOWN && out[1] < 0 && withUnknown) {
          out[1] = v;
          if (!findYes) {
            return out;
          }
        }
        if (tail == queue.length) {
          queue = Arrays.copyOf(queue, tail * 2);
        }
        queue[tail++] = v;
      }
    }
    return out;
  }

  /** The search tree of the last {@link #nearest} call: for each operator reached, the edge it was reached by. */
  private Map<Integer, Integer> tree = new HashMap<>();

  /** The links from {@code o} to an operator reached by the last {@link #nearest} call. */
  private List<ControlLink> pathTo(int o, int to) {
    List<ControlLink> out = new ArrayList<>();
    int v = to;
    while (v != o) {
      int e = tree.get(v);
      out.add(graph.link[e]);
      v = graph.from[e];
    }
    Collections.reverse(out);
    return List.copyOf(out);
  }
}
