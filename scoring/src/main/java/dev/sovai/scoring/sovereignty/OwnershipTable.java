package dev.sovai.scoring.sovereignty;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.assessment.UltimateHolder;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.Holder;
import dev.sovai.scoring.ownership.UltimateOwnership;

/**
 * The control and look-through holdings of an operator as neutral data ({@link Ownership}): the figures of the
 * ownership graph itself, for tools that read the JSON rather than the findings' sentences.
 */
final class OwnershipTable {
  private OwnershipTable() {}

  /**
   * The data of an operator's ownership and control.
   *
   * @param ownership  its ultimate holders, not null
   * @param control  its ultimate control, not null
   * @return the data, not null
   */
  static Ownership of(UltimateOwnership ownership, Control control) {
    List<String> controllers = control.controllers();
    Ownership.Builder b = Ownership.builder().operator(control.operator())
        .control(control.isNegative() ? "negative" : control.kind().name().toLowerCase(Locale.ROOT))
        .determined(control.isDetermined())
        .controllers(controllers.size() > Ownership.LISTED ? controllers.subList(0, Ownership.LISTED) : controllers)
        .controllerCount(controllers.size());
    Set<Holder> holders = new TreeSet<>(ownership.capital().keySet());
    holders.addAll(ownership.votes().keySet());
    Collection<Holder> listed = holders;
    if (holders.size() > Ownership.LISTED) {   // the largest, then in holder order again
      listed = new TreeSet<>(holders.stream()
          .sorted(Comparator.comparingDouble((Holder h) -> -Math.max(ownership.capitalOf(h), ownership.votesOf(h)))
              .thenComparing(Comparator.naturalOrder()))
          .limit(Ownership.LISTED).toList());
    }
    for (Holder h : listed) {
      b.addHolders(UltimateHolder.of(h.toString(), h.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          fraction(ownership.capitalOf(h)), fraction(ownership.votesOf(h))));
    }
    return b.holderCount(holders.size()).build();
  }

  private static double fraction(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
