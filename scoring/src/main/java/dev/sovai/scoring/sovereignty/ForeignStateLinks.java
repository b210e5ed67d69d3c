package dev.sovai.scoring.sovereignty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.StateLink;
import dev.sovai.scoring.ownership.HolderReach;
import dev.sovai.scoring.ownership.OwnershipGraph;

/**
 * Which organisations with a recorded link to a state outside a bloc hold an operator, directly or indirectly
 * (SecNumCloud §19.6 e), worked out once per landscape and bloc instead of walking every holder of every site's
 * provider: in a ring of mutual holdings every member holds every other, so that walk cost the whole ring per site.
 *
 * <p>The organisations with such a link are usually few; what each holds is marked once
 * ({@link OwnershipGraph#reach}). When more than {@value #MAX_LINKED} organisations have such links, the marks are not
 * made (their size would grow with the square of the landscape) and the answer is {@linkplain #isComplete()
 * incomplete}: only the asked organisation's own links are known.
 *
 * <p>Implementation Requirements: immutable once built, safe to share between threads.
 */
final class ForeignStateLinks {
  /** The most organisations with a link outside the bloc for which the holders are followed. */
  static final int MAX_LINKED = 256;

  private final Map<String, List<StateLink>> linksOf = new HashMap<>();
  private final List<String> linked;
  private final HolderReach reach;

  private ForeignStateLinks(OwnershipGraph graph, Predicate<String> inside) {
    List<String> ids = new ArrayList<>();
    for (Operator o : graph.landscape().operators()) {   // sorted by id, so `linked` is sorted too
      List<StateLink> foreign = o.stateLinks().stream().filter(l -> !inside.test(l.jurisdiction())).toList();
      if (!foreign.isEmpty()) {
        linksOf.put(o.id(), foreign);
        ids.add(o.id());
      }
    }
    linked = List.copyOf(ids);
    reach = isComplete() && !linked.isEmpty() ? graph.reach(linked) : null;
  }

  /**
   * Works out the links of a landscape's operators with states outside a bloc.
   *
   * @param graph  the landscape's ownership graph, not null
   * @param inside  whether a jurisdiction is inside the bloc, not null
   * @return the links and who they reach through holdings, not null
   */
  static ForeignStateLinks of(OwnershipGraph graph, Predicate<String> inside) {
    return new ForeignStateLinks(graph, inside);
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
    if (reach == null) {
      return linksOf.containsKey(id) ? List.of(id) : List.of();
    }
    return reach.amongHoldersOf(id);
  }

  /**
   * @param id  an operator's identifier, not null
   * @return its recorded links with a state outside the bloc, in the document's order; empty if none, not null
   */
  List<StateLink> linksOf(String id) {
    return linksOf.getOrDefault(id, List.of());
  }
}
