package dev.sovai.scoring.energy;

import java.util.Objects;

import dev.sovai.model.assessment.Outcome;

/**
 * One regulatory or label mark of a site on the as-of date: the criterion, the clause it implements, the
 * outcome (pass, fail, not applicable, unknown) and a sentence saying why.
 *
 * @param criterion  the criterion identifier ({@code "csf-sov-8.1"}, {@code "gaiax-p6.1.2"}, {@code "enefg-pue"}),
 *     not blank
 * @param clause  the clause in words, not blank
 * @param outcome  {@link Outcome#PASS}, {@link Outcome#FAIL}, {@link Outcome#NOT_APPLICABLE} or {@link Outcome#UNKNOWN}
 * @param message  why, for a person, not blank
 */
public record RegulatoryMark(String criterion, String clause, Outcome outcome, String message) {
  /**
   * Checks the mark.
   *
   * @throws IllegalArgumentException if the outcome is {@link Outcome#INFO} or a text is blank
   * @throws NullPointerException if an argument is null
   */
  public RegulatoryMark {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    if (outcome == Outcome.INFO) {
      throw new IllegalArgumentException("RegulatoryMark " + criterion + ": outcome must be pass, fail, not_applicable or unknown");
    }
    if (criterion.isBlank() || clause.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("RegulatoryMark: criterion, clause and message must not be blank");
    }
  }
}
