package dev.sovai.scoring.concentration;

import java.util.List;
import java.util.Objects;

/**
 * A withdrawal scenario to measure, and where: the capacity a {@link Withdrawal} removes, on one {@link Basis},
 * from each of several scopes (a region each, say). The subject of {@link ConcentrationScorer#withdrawal}.
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param withdrawal  the scenario, not null
 * @param basis  the basis, not null
 * @param scopes  the scopes, at least one, not null
 */
public record WithdrawalMeasure(Withdrawal withdrawal, Basis basis, List<Scope> scopes) {
  /**
   * Checks the subject.
   *
   * @throws IllegalArgumentException if there is no scope
   * @throws NullPointerException if an argument is null
   */
  public WithdrawalMeasure {
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(basis, "basis");
    scopes = List.copyOf(scopes);
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException(withdrawal + ": at least one scope is needed");
    }
  }

  /**
   * Obtains the subject.
   *
   * @param withdrawal  the scenario, not null
   * @param basis  the basis, not null
   * @param scopes  the scopes, at least one, not null
   * @return the subject, not null
   * @throws IllegalArgumentException if there is no scope
   */
  public static WithdrawalMeasure of(Withdrawal withdrawal, Basis basis, List<Scope> scopes) {
    return new WithdrawalMeasure(withdrawal, basis, scopes);
  }
}
