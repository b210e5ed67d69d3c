package dev.sovai.scoring.sovereignty;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.scoring.ownership.ControlLink;

/** How the sovereignty findings are written: references, chains, numbers and names in words. */
final class Findings {
  /** How many names a landscape finding lists; the full sets are in the result ({@code LandscapeSovereignty}). */
  static final int LISTED_NAMES = 20;

  private Findings() {}

  static EntityRef ref(EntityKind kind, String id) {
    return EntityRef.of(kind, id);
  }

  static EntityRef via(String relation, EntityKind kind, String id) {
    return EntityRef.via(relation, kind, id);
  }

  static Finding finding(String criterion, Outcome outcome, String message, List<EntityRef> chain,
      List<String> sources) {
    return Finding.builder().criterion(criterion).outcome(outcome).message(message).chain(chain)
        .sources(new LinkedHashSet<>(sources)).build();
  }

  /** A fraction as {@code "24.00 %"}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
  }

  /** A difference of fractions as {@code "1.50 pp"}. */
  static String points(double fraction) {
    return String.format(Locale.ROOT, "%.2f pp", fraction * 100);
  }

  /** A cut-off level in words ({@code "presumption_of_denial"}). */
  static String name(CutOffLevel level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  /** The basis of a control link in words ({@code "sole"}). */
  static String basis(ControlLink link) {
    return link.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String roleName(Role role) {
    return role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String rule(ReachRule rule) {
    return rule.name().toLowerCase(Locale.ROOT);
  }

  /** The keys of the laws of some exposures, sorted. */
  static TreeSet<String> lawKeys(List<Exposure> exposures) {
    TreeSet<String> s = new TreeSet<>();
    exposures.forEach(e -> s.add(e.lawKey()));
    return s;
  }

  /** Fail if any fails, else unknown if any is unknown, else pass. */
  static Outcome worst(Outcome... outcomes) {
    Outcome w = Outcome.PASS;
    for (Outcome o : outcomes) {
      if (o == Outcome.FAIL) {
        return Outcome.FAIL;
      }
      if (o == Outcome.UNKNOWN) {
        w = Outcome.UNKNOWN;
      }
    }
    return w;
  }

  /**
   * The first {@link #LISTED_NAMES} names of a sorted set, and how many more: a finding's message is bounded (4096
   * characters) whatever the size of the landscape.
   */
  static String listed(Set<String> names) {
    if (names.size() <= LISTED_NAMES) {
      return names.toString();
    }
    StringBuilder sb = new StringBuilder("[");
    int i = 0;
    for (String n : names) {
      if (i == LISTED_NAMES) {
        break;
      }
      sb.append(i++ == 0 ? "" : ", ").append(n);
    }
    return sb.append(", … and ").append(names.size() - LISTED_NAMES).append(" more]").toString();
  }
}
