package dev.sovai.scoring.sovereignty;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.operator.StateLink;

/**
 * Which organisations with a recorded link to a state outside a bloc hold an operator, directly or indirectly
 * (SecNumCloud §19.6 e), worked out once per landscape and bloc instead of walking every holder of every site's
 * provider: in a ring of mutual holdings every member holds every other, so that walk cost the whole ring per site.
 *
 * <p>The organisations with such a link are usually few. For each of them the operators it holds directly or
 * indirectly are marked once (one walk down the stakes each, a bit per operator), and a question is then a look at
 * those marks. When more than {@value #MAX_LINKED} organisations have such links, the marks are not made (their
 * size would grow with the square of the landscape) and the answer is {@linkplain #isComplete() incomplete}: only the
 * asked organisation's own links are known.
 *
 * <p>Implementation Requirements: immutable once built, safe to share between threads.
 */
final class ForeignStateLinks {
  /** The most organisations with a link outside the bloc for which the holders are followed. */
  static final int MAX_LINKED = 256;

  private final Map<String, List<StateLink>> linksOf = new HashMap<>();
  private final List<String> linked;
  private final Map<String, Integer> index;
  private final BitSet[] holds;

  private ForeignStateLinks(Landscape landscape, Predicate<String> inside) {
    List<String> ids = new ArrayList<>();
    for (Operator o : landscape.operators()) {   // sorted by id, so `linked` is sorted too
      List<StateLink> foreign = o.stateLinks().stream().filter(l -> !inside.test(l.jurisdiction())).toList();
      if (!foreign.isEmpty()) {
        linksOf.put(o.id(), foreign);
        ids.add(o.id());
      }
    }
    linked = List.copyOf(ids);
    if (linked.isEmpty() || linked.size() > MAX_LINKED) {
      index = Map.of();
      holds = new BitSet[0];
      return;
    }
    List<Operator> operators = landscape.operators();
    int n = operators.size();
    index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(operators.get(i).id(), i);
    }
    // held[h] lists the operators in which operator h has a stake (the edges walked down from a holder)
    int[] count = new int[n + 1];
    for (Operator o : operators) {
      for (Stake st : o.stakes()) {
        Integer h = index.get(st.holder());
        if (h != null) {
          count[h + 1]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      count[i + 1] += count[i];
    }
    int[] next = count.clone();
    int[] held = new int[count[n]];
    for (int i = 0; i < n; i++) {
      for (Stake st : operators.get(i).stakes()) {
        Integer h = index.get(st.holder());
        if (h != null) {
          held[next[h]++] = i;
        }
      }
    }
    holds = new BitSet[linked.size()];
    int[] queue = new int[n];
    for (int k = 0; k < linked.size(); k++) {
      BitSet seen = new BitSet(n);
      int start = index.get(linked.get(k));
      int head = 0;
      int tail = 0;
      seen.set(start);
      queue[tail++] = start;
      while (head < tail) {
        int h = queue[head++];
        for (int e = count[h]; e < count[h + 1]; e++) {
          if (!seen.get(held[e])) {
            seen.set(held[e]);
            queue[tail++] = held[e];
          }
        }
      }
      holds[k] = seen;
    }
  }

  /**
   * Works out the links of a landscape's operators with states outside a bloc.
   *
   * @param landscape  the landscape, not null
   * @param inside  whether a jurisdiction is inside the bloc, not null
   * @return the links and who they reach through holdings, not null
   */
  static ForeignStateLinks of(Landscape landscape, Predicate<String> inside) {
    return new ForeignStateLinks(landscape, inside);
  }

  /** @return whether the holders of an operator are followed: at most {@value #MAX_LINKED} organisations have links */
  boolean isComplete() {
    return linked.size() <= MAX_LINKED;
  }

  /** @return how many of the landscape's operators have a recorded link with a state outside the bloc */
  int linkedCount() {
    return linked.size();
  }

  /**
   * The organisations with a link outside the bloc among an organisation and those that hold it directly or
   * indirectly; when the answer is not {@linkplain #isComplete() complete}, the organisation itself if it has one.
   *
   * @param id  an operator's identifier (another identifier has no recorded links), not null
   * @return their identifiers, sorted, not null
   */
  List<String> linkedAmongHoldersOf(String id) {
    Integer i = index.get(id);
    if (i == null) {
      return linksOf.containsKey(id) ? List.of(id) : List.of();
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < holds.length; k++) {
      if (holds[k].get(i)) {
        out.add(linked.get(k));
      }
    }
    return out;
  }

  /**
   * @param id  an operator's identifier, not null
   * @return its recorded links with a state outside the bloc, in the document's order; empty if none, not null
   */
  List<StateLink> linksOf(String id) {
    return linksOf.getOrDefault(id, List.of());
  }
}
