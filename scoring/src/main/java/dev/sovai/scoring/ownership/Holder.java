package dev.sovai.scoring.ownership;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * An ultimate holder: an operator at the top of its chain ({@link HolderKind#OPERATOR}), or a pseudo-holder that
 * keeps an unlisted or unresolvable part of the capital explicit — the free float or the unknown holders of one
 * operator, or a closed ring of cross-holdings (identified by its member with the smallest identifier).
 *
 * <p>Holders are ordered by kind, then identifier.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Holder implements Comparable<Holder> {
  private static final Comparator<Holder> ORDER =
      Comparator.comparing(Holder::kind).thenComparing(Holder::operator);

  private final HolderKind kind;
  private final String operator;

  private Holder(HolderKind kind, String operator) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.operator = Objects.requireNonNull(operator, "operator");
  }

  /**
   * Obtains a holder.
   *
   * @param kind  the kind, not null
   * @param operator  the operator identifier: the holder itself for {@link HolderKind#OPERATOR}, the operator whose
   *     remainder it is for {@link HolderKind#FREE_FLOAT} and {@link HolderKind#UNKNOWN}, the ring's smallest member
   *     for {@link HolderKind#CIRCULAR}; not null
   * @return the holder, not null
   */
  public static Holder of(HolderKind kind, String operator) {
    return new Holder(kind, operator);
  }

  /**
   * Obtains an operator as an ultimate holder.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the holder, not null
   */
  public static Holder operator(String operatorId) {
    return new Holder(HolderKind.OPERATOR, operatorId);
  }

  /** @return the kind, not null */
  public HolderKind kind() {
    return kind;
  }

  /** @return the operator identifier this holder is, or whose remainder or ring it stands for, not null */
  public String operator() {
    return operator;
  }

  /** @return true for an operator, false for a pseudo-holder */
  public boolean isOperator() {
    return kind == HolderKind.OPERATOR;
  }

  @Override
  public int compareTo(Holder other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Holder && ((Holder) o).kind == kind && ((Holder) o).operator.equals(operator);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + operator.hashCode();
  }

  /** @return {@code "nvidia"}, {@code "free-float of mistral"}, {@code "unknown of nscale"}, {@code "circular of a"} */
  @Override
  public String toString() {
    return kind == HolderKind.OPERATOR ? operator
        : kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + " of " + operator;
  }
}
