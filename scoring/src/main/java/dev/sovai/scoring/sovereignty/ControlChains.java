package dev.sovai.scoring.sovereignty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.scoring.ownership.ControlLink;

/**
 * Chains of control as the findings name them: one step per link, from the operator up to a controller. What an axis
 * asks of the chains ("is anyone on the chain of control outside, or reached?") is answered by a
 * {@link dev.sovai.scoring.ownership.ChainSearch} kept per question ({@link Facts#search}), not by walking
 * {@link dev.sovai.scoring.ownership.Control#chains()} per site.
 */
final class ControlChains {
  private ControlChains() {}

  /**
   * A chain of entities from a start, one {@code controlled by (…)} step per link.
   *
   * @param start  the entities before the first link, not null
   * @param links  the links, not null
   * @param relation  the words of each step, not null
   * @return a new mutable list, not null
   */
  static List<EntityRef> path(List<EntityRef> start, List<ControlLink> links, Function<ControlLink, String> relation) {
    List<EntityRef> path = new ArrayList<>(start);
    for (ControlLink l : links) {
      path.add(EntityRef.via(relation.apply(l), EntityKind.OPERATOR, l.controller()));
    }
    return path;
  }

  /** The relation of a step as the framework views write it: {@code controlled by (sole)}. */
  static String byBasis(ControlLink l) {
    return "controlled by (" + Findings.basis(l) + ")";
  }
}
