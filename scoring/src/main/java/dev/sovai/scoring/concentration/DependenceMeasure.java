package dev.sovai.scoring.concentration;

import java.util.Objects;

import dev.sovai.scoring.HomeBloc;

/**
 * Whose foreign dependence to measure, and on what: the capacity of the sites in a home bloc on one {@link Basis},
 * counting the statuses of a {@link Scope} (its region is replaced by the home bloc). The subject of
 * {@link ConcentrationScorer#dependence}; the ceiling it is tested against is the profile's
 * {@link ConcentrationProfile#dependenceBenchmark()}.
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param home  the home bloc, not null
 * @param basis  the basis, not null
 * @param scope  the statuses counted (its region is ignored), not null
 */
public record DependenceMeasure(HomeBloc home, Basis basis, Scope scope) {
  /**
   * Checks the subject.
   *
   * @throws NullPointerException if an argument is null
   */
  public DependenceMeasure {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Obtains the subject.
   *
   * @param home  the home bloc, not null
   * @param basis  the basis, not null
   * @param scope  the statuses counted (its region is ignored), not null
   * @return the subject, not null
   */
  public static DependenceMeasure of(HomeBloc home, Basis basis, Scope scope) {
    return new DependenceMeasure(home, basis, scope);
  }
}
