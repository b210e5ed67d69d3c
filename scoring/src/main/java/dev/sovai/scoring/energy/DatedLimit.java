package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regulatory limit that applies from a date: {@code PUE ≤ 1.5 from 2027-07-01}. Whether it is an upper or
 * a lower bound is the rule's business ({@link RegulatoryRules} says for each list).
 *
 * @param criterion  the criterion identifier used in findings ({@code "enefg-pue"}), not blank
 * @param clause  the clause in words, for people, not blank
 * @param from  the first day the limit applies, not null
 * @param limit  the limit with its unit and {@link dev.sovai.model.Provenance}, not null
 */
public record DatedLimit(String criterion, String clause, LocalDate from, Reference limit) {
  /**
   * Checks the limit.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public DatedLimit {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(limit, "limit");
    if (criterion.isBlank() || clause.isBlank()) {
      throw new IllegalArgumentException("DatedLimit: criterion and clause must not be blank");
    }
  }

  /** The last limit in force on a date (limits are in date order), or empty if none is yet. */
  static Optional<DatedLimit> inForce(List<DatedLimit> limits, LocalDate on) {
    DatedLimit chosen = null;
    for (DatedLimit l : limits) {
      if (!on.isBefore(l.from())) {
        chosen = l;
      }
    }
    return Optional.ofNullable(chosen);
  }

  /** The last limit in force on a date, or the first to come if none is yet. */
  static DatedLimit inForceOrNext(List<DatedLimit> limits, LocalDate on) {
    return inForce(limits, on).orElse(limits.get(0));
  }
}
