package dev.sovai.scoring.concentration;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.sovai.model.deal.Deal;

/**
 * A deal to screen, and on what: the dimensions to recompute before and after it, on one {@link Basis} within one
 * {@link Scope}. The subject of {@link ConcentrationScorer#screen}.
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param deal  the deal, not null; its references must resolve in the landscape it is screened against
 * @param dimensions  the dimensions to recompute, at least one, not null
 * @param basis  the basis, not null
 * @param scope  the scope, not null
 */
public record DealMeasure(Deal deal, Set<Dimension> dimensions, Basis basis, Scope scope) {
  /**
   * Checks the subject.
   *
   * @throws IllegalArgumentException if no dimension is given
   * @throws NullPointerException if an argument is null
   */
  public DealMeasure {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(scope, "scope");
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("screening deal " + deal.id() + " needs at least one dimension");
    }
    dimensions = Set.copyOf(EnumSet.copyOf(dimensions));
  }

  /**
   * Obtains the subject.
   *
   * @param deal  the deal, not null
   * @param dimensions  the dimensions to recompute, at least one, not null
   * @param basis  the basis, not null
   * @param scope  the scope, not null
   * @return the subject, not null
   * @throws IllegalArgumentException if no dimension is given
   */
  public static DealMeasure of(Deal deal, Set<Dimension> dimensions, Basis basis, Scope scope) {
    return new DealMeasure(deal, dimensions, basis, scope);
  }
}
