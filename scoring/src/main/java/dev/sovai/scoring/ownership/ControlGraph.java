package dev.sovai.scoring.ownership;

import java.lang.ref.SoftReference;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * The control links of a landscape as one graph (an edge from each operator to each of its direct controllers), built
 * once per {@link OwnershipGraph} so that asking who controls each operator in turn stays linear in the links:
 * <ul>
 *   <li>the ultimate controllers, whether they form a ring, and the undetermined operators on the way depend only on
 *       the strongly connected component of the operator, so they are found once per component (a ring of 100,000
 *       operators is walked once, not once per member) and shared as immutable lists; an operator whose only
 *       successor component adds nothing (a link of a long chain) shares its successor's answer;</li>
 *   <li>the chains are not built when the control is asked for: {@link Control#chains()} is a view that walks the
 *       breadth-first tree of the operator when first read (one pass over what the operator reaches) and builds each
 *       chain when it is read, in time proportional to its length.</li>
 * </ul>
 * Answers are identical to a breadth-first search per operator: shortest chains, links taken in the order of
 * {@link OwnershipGraph#directControllers(String)}.
 *
 * <p>Implementation Requirements: Thread-safe; the per-component answers are cached in a concurrent map.
 */
final class ControlGraph {
  /** A component's answer is cached unless it was computed by a walk and lists more than this many operators. */
  private static final int CACHED_WALK_RESULT = 64;

  final String[] ids;
  private final OperatorIndex index;
  final int[] start;
  final int[] target;
  final int[] from;
  final ControlLink[] link;
  private final boolean[] determined;
  final Components comps;
  /** The edges into operator {@code v} (from the operators it controls) are {@code into[intoStart[v] .. intoStart[v+1])}. */
  private final int[] intoStart;
  private final int[] into;
  private final Map<Integer, Map<Integer, Integer>> distances = new ConcurrentHashMap<>();
  private final boolean[] sink;
  private final int[] size;
  private final int[] anyMember;
  private final Map<Integer, ControlGroup> summaries = new ConcurrentHashMap<>();

  /**
   * @param ids  the operators' identifiers, by index
   * @param index  the operators' indices, by identifier
   * @param direct  the links to the direct controllers of an operator, sorted by controller
   * @param determined  for each operator, whether its listed stakes decide its control
   */
  ControlGraph(String[] ids, OperatorIndex index, IntFunction<List<ControlLink>> direct, boolean[] determined) {
    int n = ids.length;
    this.ids = ids;
    this.index = index;
    this.determined = determined;
    start = new int[n + 1];
    List<ControlLink> all = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      start[u] = all.size();
      all.addAll(direct.apply(u));
    }
    start[n] = all.size();
    link = all.toArray(new ControlLink[0]);
    target = new int[link.length];
    from = new int[link.length];
    for (int u = 0; u < n; u++) {
      for (int e = start[u]; e < start[u + 1]; e++) {
        target[e] = index.of(link[e].controller());
        from[e] = u;
      }
    }
    intoStart = new int[n + 1];
    for (int e = 0; e < target.length; e++) {
      intoStart[target[e] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      intoStart[v + 1] += intoStart[v];
    }
    into = new int[target.length];
    int[] fill = Arrays.copyOf(intoStart, n);
    for (int e = 0; e < target.length; e++) {
      into[fill[target[e]]++] = e;
    }
    comps = Components.of(n, start, target, null);
    sink = new boolean[comps.count];
    Arrays.fill(sink, true);
    size = new int[comps.count];
    anyMember = new int[comps.count];
    for (int u = 0; u < n; u++) {
      int k = comps.component[u];
      size[k]++;
      anyMember[k] = u;
      for (int e = start[u]; e < start[u + 1]; e++) {
        if (comps.component[target[e]] != k) {
          sink[k] = false;
        }
      }
    }
  }

  /**
   * Who ultimately controls an operator.
   *
   * @param o  the operator's index
   * @return the control, with lazily built chains
   */
  Control control(int o) {
    ControlGroup s = summary(comps.component[o]);
    ControlKind kind;
    List<String> ultimate = s.controllers();
    if (s.isCircular()) {
      kind = ControlKind.CIRCULAR;
    } else if (ultimate.size() == 1 && ultimate.get(0).equals(ids[o])) {
      kind = ControlKind.NONE;
    } else {
      kind = ultimate.size() == 1 ? ControlKind.SOLE : ControlKind.JOINT;
    }
    List<ControlLink> direct = Arrays.asList(link).subList(start[o], start[o + 1]);
    return Control.withChains(ids[o], kind, direct, s, new Chains(o, ultimate));
  }

  ControlGroup summary(int k) {
    ControlGroup known = summaries.get(k);
    if (known != null) {
      return known;
    }
    // follow components that add nothing of their own (one successor component, every member determined): a link of
    // a long chain has the answer of the component it leads to
    List<Integer> path = new ArrayList<>();
    int at = k;
    while (known == null) {
      int next = onlySuccessor(at);
      if (next < 0) {
        break;
      }
      path.add(at);
      at = next;
      known = summaries.get(at);
    }
    ControlGroup s = known != null ? known : walk(at);
    if (known == null && (size[at] > 1 || s.controllers().size() + s.undetermined().size() <= CACHED_WALK_RESULT
        || !path.isEmpty())) {
      summaries.putIfAbsent(at, s);
    }
    for (int c : path) {
      summaries.putIfAbsent(c, s);
    }
    return s;
  }

  /** @return the index of an operator, or null if the landscape has none with this identifier */
  Integer indexOf(String id) {
    int i = index.of(id);
    return i < 0 ? null : i;
  }

  /**
   * The length of the shortest chain to a controller from every operator whose chains reach it (a breadth-first walk
   * back from the controller, once per controller, kept): what it costs in all is the number of (operator,
   * ultimate controller) pairs, linear in operators unless the ultimate controllers form large rings, which are never
   * asked for here.
   *
   * @param c  the controller's index
   * @return links to {@code c} by operator index, not null
   */
  Map<Integer, Integer> distancesTo(int c) {
    return distances.computeIfAbsent(c, this::walkBack);
  }

  private Map<Integer, Integer> walkBack(int c) {
    Map<Integer, Integer> d = new HashMap<>();
    d.put(c, 0);
    int[] queue = new int[16];
    int head = 0;
    int tail = 0;
    queue[tail++] = c;
    while (head < tail) {
      int v = queue[head++];
      int dv = d.get(v);
      for (int i = intoStart[v]; i < intoStart[v + 1]; i++) {
        int u = from[into[i]];
        if (!d.containsKey(u)) {
          d.put(u, dv + 1);
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, tail * 2);
          }
          queue[tail++] = u;
        }
      }
    }
    return d;
  }

  /**
   * The first link of the chain from {@code v} to {@code c}: the first of its links (in the order of the direct
   * controllers) to a controller one link closer to {@code c}. Shortest chains taken in this order are exactly the
   * breadth-first chains of {@link Control#chains()}, and the rest of the chain from {@code v} is the chain from that
   * controller: a chain is its first link followed by the chain of the next operator.
   *
   * @param v  an operator that reaches {@code c}, not {@code c}
   * @param c  an ultimate controller
   * @param dist  {@link #distancesTo(int) distancesTo(c)}
   * @return the edge index
   */
  int nextEdge(int v, int c, Map<Integer, Integer> dist) {
    int want = dist.get(v) - 1;
    for (int e = start[v]; e < start[v + 1]; e++) {
      Integer d = dist.get(target[e]);
      if (d != null && d == want) {
        return e;
      }
    }
    throw new IllegalStateException("no link from " + ids[v] + " leads towards " + ids[c]);
  }

  /** @return the only component the members of {@code k} lead to, if they are all determined; else -1 */
  private int onlySuccessor(int k) {
    if (size[k] != 1 || sink[k]) {
      return -1;
    }
    int u = anyMember[k];
    if (!determined[u]) {
      return -1;
    }
    int next = -1;
    for (int e = start[u]; e < start[u + 1]; e++) {
      int c = comps.component[target[e]];
      if (next >= 0 && c != next) {
        return -1;
      }
      next = c;
    }
    return next;
  }

  /** Walks everything a component reaches: the sink components it ends in, and the undetermined operators. */
  private ControlGroup walk(int k) {
    int first = anyMember[k];
    BitSet seen = new BitSet();
    int[] stack = new int[16];
    int sp = 0;
    stack[sp++] = first;
    seen.set(first);
    List<String> ultimate = new ArrayList<>();
    List<String> undetermined = new ArrayList<>();
    boolean circular = false;
    while (sp > 0) {
      int u = stack[--sp];
      int c = comps.component[u];
      if (sink[c]) {
        ultimate.add(ids[u]);
        circular |= size[c] > 1;
      }
      if (!determined[u]) {
        undetermined.add(ids[u]);
      }
      for (int e = start[u]; e < start[u + 1]; e++) {
        int v = target[e];
        if (!seen.get(v)) {
          seen.set(v);
          if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
          }
          stack[sp++] = v;
        }
      }
    }
    ultimate.sort(null);
    undetermined.sort(null);
    return new ControlGroup(ultimate, circular, undetermined);
  }

  /**
   * One shortest chain per ultimate controller, built when read. The breadth-first tree it needs is computed on the
   * first read and kept softly, so a control kept for long does not keep a tree of the size of what it reaches.
   */
  private final class Chains extends AbstractList<List<ControlLink>> {
    private final int o;
    private final List<String> controllers;
    private SoftReference<Map<Integer, Integer>> tree = new SoftReference<>(null);

    Chains(int o, List<String> controllers) {
      this.o = o;
      this.controllers = controllers;
    }

    @Override
    public int size() {
      return controllers.size();
    }

    @Override
    public List<ControlLink> get(int i) {
      String c = controllers.get(i);
      if (c.equals(ids[o])) {
        return List.of();
      }
      Map<Integer, Integer> reachedBy = tree();
      List<ControlLink> chain = new ArrayList<>();
      Integer e = reachedBy.get(index.of(c));
      while (e != null) {
        chain.add(link[e]);
        e = from[e] == o ? null : reachedBy.get(from[e]);
      }
      java.util.Collections.reverse(chain);
      return java.util.Collections.unmodifiableList(chain);
    }

    /** @return for each operator reached from {@code o}, the edge it was first reached by (breadth first) */
    private synchronized Map<Integer, Integer> tree() {
      Map<Integer, Integer> t = tree.get();
      if (t == null) {
        t = new HashMap<>();
        int[] queue = new int[16];
        int head = 0;
        int tail = 0;
        queue[tail++] = o;
        while (head < tail) {
          int u = queue[head++];
          for (int e = start[u]; e < start[u + 1]; e++) {
            int v = target[e];
            if (v != o && !t.containsKey(v)) {
              t.put(v, e);
              if (tail == queue.length) {
                queue = Arrays.copyOf(queue, tail * 2);
              }
              queue[tail++] = v;
            }
          }
        }
        tree = new SoftReference<>(t);
      }
      return t;
    }
  }
}
