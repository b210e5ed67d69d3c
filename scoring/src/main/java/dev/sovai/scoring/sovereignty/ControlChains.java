package dev.sovai.scoring.sovereignty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlLink;

/**
 * The one walk up an operator's chains of control ({@link Control#chains()}), from the operator to its ultimate
 * controllers, link by link. Every axis that asks "is anyone on the chain of control outside, or reached?" walks here.
 */
final class ControlChains {
  private ControlChains() {}

  /**
   * The result of a tri-state walk: the first link whose controller is outside (and the links up to it), the last
   * link of unknown status met before it, and whether any was met.
   *
   * @param outside  the links from the operator up to the first controller found outside, if any
   * @param lastUnknown  the links up to the last controller of unknown status met before that, if any
   */
  record Walk(Optional<List<ControlLink>> outside, Optional<List<ControlLink>> lastUnknown) {
    boolean anyUnknown() {
      return lastUnknown.isPresent();
    }
  }

  /**
   * Walks every chain in order until a controller is outside.
   *
   * @param control  the operator's control, not null
   * @param outside  TRUE if a controller is outside, FALSE if inside, null if unknown
   * @return the walk, not null
   */
  static Walk untilOutside(Control control, Function<String, Boolean> outside) {
    List<ControlLink> unknown = null;
    for (List<ControlLink> chain : control.chains()) {
      for (int i = 0; i < chain.size(); i++) {
        Boolean o = outside.apply(chain.get(i).controller());
        if (Boolean.TRUE.equals(o)) {
          return new Walk(Optional.of(chain.subList(0, i + 1)), Optional.ofNullable(unknown));
        }
        if (o == null) {
          unknown = chain.subList(0, i + 1);
        }
      }
    }
    return new Walk(Optional.empty(), Optional.ofNullable(unknown));
  }

  /**
   * On each chain, the links up to the first controller that passes a test; chains where none does are left out.
   *
   * @param control  the operator's control, not null
   * @param hit  the test on a link, not null
   * @return one prefix per chain with a hit, in chain order, not null
   */
  static List<List<ControlLink>> firstOnEachChain(Control control, Predicate<ControlLink> hit) {
    List<List<ControlLink>> out = new ArrayList<>();
    for (List<ControlLink> chain : control.chains()) {
      for (int i = 0; i < chain.size(); i++) {
        if (hit.test(chain.get(i))) {
          out.add(chain.subList(0, i + 1));
          break;
        }
      }
    }
    return out;
  }

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
