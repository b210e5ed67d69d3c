package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Remainder;
import dev.sovai.scoring.ownership.Holder;
import dev.sovai.scoring.ownership.HolderKind;
import dev.sovai.scoring.ownership.UltimateOwnership;

/**
 * Whether organisations are seated, and holdings are held, inside or outside a bloc: the facts SecNumCloud, Gaia-X and
 * the CSF's SOV-1.1 read. Seats are tri-state: {@code TRUE} outside, {@code FALSE} inside, {@code null} unknown.
 */
final class BlocMembership {
  private final Facts facts;

  BlocMembership(Facts facts) {
    this.facts = facts;
  }

  /** Holdings outside a bloc, on one measure (capital or votes), as fractions. */
  record Holdings(double largest, String largestHolder, double total, double unknown, double largestUnknown,
      String largestUnknownHolder) {}

  /** The test "this jurisdiction is in the bloc". */
  Predicate<String> inBloc(String bloc) {
    return code -> facts.landscape.isIn(code, bloc);
  }

  /** Whether an operator is seated outside a bloc: TRUE if any of its seats is outside, FALSE if all three are known and inside. */
  static Boolean outside(Operator o, Predicate<String> inside) {
    List<Optional<String>> seats = List.of(o.seat(), o.centralAdministration(), o.mainEstablishment());
    boolean unknown = false;
    for (Optional<String> s : seats) {
      if (s.isPresent() && !inside.test(s.get())) {
        return Boolean.TRUE;
      }
      unknown |= s.isEmpty();
    }
    return unknown ? null : Boolean.FALSE;
  }

  /**
   * Like {@link #outside} but for holders and controllers: the registered office alone decides when the other two
   * are not given (the usual case for a shareholder); unknown only if the registered office is unknown.
   */
  static Boolean holderOutside(Operator o, Predicate<String> inside) {
    Boolean full = outside(o, inside);
    if (full != null) {
      return full;
    }
    return o.seat().map(s -> !inside.test(s)).orElse(null);
  }

  /** {@link #holderOutside} of an operator by id. */
  Boolean holderOutside(String operatorId, Predicate<String> inside) {
    return holderOutside(facts.operator(operatorId), inside);
  }

  /** The holders of a provider, looked through up to the first one not known to be inside the bloc on each chain. */
  UltimateOwnership lookThrough(Operator p, Predicate<String> inside) {
    return facts.graph.holdersUntil(p.id(), id -> !Boolean.FALSE.equals(holderOutside(id, inside)));
  }

  /** The holdings outside a bloc among a provider's ultimate holders on one measure. */
  Holdings holdings(String provider, Map<Holder, Double> shares, double unresolved, Predicate<String> inside) {
    double largest = 0;
    String largestHolder = "";
    double total = 0;
    double unknown = unresolved;
    double largestUnknown = 0;
    String largestUnknownHolder = "";
    for (Map.Entry<Holder, Double> e : shares.entrySet()) {
      Holder h = e.getKey();
      double v = e.getValue();
      if (h.kind() == HolderKind.OPERATOR && h.operator().equals(provider)) {
        // a provider with no listed stakes: its holders are its remainder
        h = Holder.of(facts.operator(provider).remainder() == Remainder.FREE_FLOAT ? HolderKind.FREE_FLOAT
            : HolderKind.UNKNOWN, provider);
      }
      Boolean out = null;
      if (h.kind() == HolderKind.OPERATOR) {
        out = holderOutside(h.operator(), inside);
      } else if (h.kind() == HolderKind.CIRCULAR) {
        out = Boolean.FALSE;
      }
      if (Boolean.TRUE.equals(out)) {
        total += v;
        if (v > largest) {
          largest = v;
          largestHolder = h.toString();
        }
      } else if (out == null) {
        unknown += v;
        if (h.kind() != HolderKind.FREE_FLOAT && v > largestUnknown) {
          largestUnknown = v;
          largestUnknownHolder = h.toString();
        }
      }
    }
    return new Holdings(largest, largestHolder, total, unknown, largestUnknown, largestUnknownHolder);
  }
}
