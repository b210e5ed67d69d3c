package dev.sovai.scoring.energy;

import java.util.Objects;

import dev.sovai.model.assessment.Outcome;
import dev.sovai.scoring.lazy.Lazy;

/**
 * One regulatory or label mark of a site on the as-of date: the criterion, the clause it implements, the
 * outcome (pass, fail, not applicable, unknown) and a sentence saying why.
 *
 * <p>The scorer decides the criterion and the outcome and builds the clause and the sentence only when they are first
 * read; two marks are equal when their criteria, clauses, outcomes and messages are.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class RegulatoryMark {
  private final String criterion;
  private final Lazy<String> clause;
  private final Outcome outcome;
  private final Lazy<String> message;

  /**
   * Obtains a mark.
   *
   * @param criterion  the criterion identifier ({@code "csf-sov-8.1"}, {@code "gaiax-p6.1.2"}, {@code "enefg-pue"}),
   *     not blank
   * @param clause  the clause in words, not blank
   * @param outcome  {@link Outcome#PASS}, {@link Outcome#FAIL}, {@link Outcome#NOT_APPLICABLE} or {@link Outcome#UNKNOWN}
   * @param message  why, for a person, not blank
   * @throws IllegalArgumentException if the outcome is {@link Outcome#INFO} or a text is blank
   * @throws NullPointerException if an argument is null
   */
  public RegulatoryMark(String criterion, String clause, Outcome outcome, String message) {
    this(criterion, Lazy.built(Objects.requireNonNull(clause, "clause")), outcome,
        Lazy.built(Objects.requireNonNull(message, "message")));
    if (clause.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("RegulatoryMark: criterion, clause and message must not be blank");
    }
  }

  private RegulatoryMark(String criterion, Lazy<String> clause, Outcome outcome, Lazy<String> message) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(outcome, "outcome");
    if (outcome == Outcome.INFO) {
      throw new IllegalArgumentException("RegulatoryMark " + criterion + ": outcome must be pass, fail, not_applicable or unknown");
    }
    if (criterion.isBlank()) {
      throw new IllegalArgumentException("RegulatoryMark: criterion, clause and message must not be blank");
    }
    this.criterion = criterion;
    this.clause = clause;
    this.outcome = outcome;
    this.message = message;
  }

  /** Obtains a mark whose clause and message are built when first read (they must not be blank then). */
  static RegulatoryMark of(String criterion, Lazy<String> clause, Outcome outcome, Lazy<String> message) {
    return new RegulatoryMark(criterion, clause, outcome, message);
  }

  /** @return the criterion identifier ({@code "csf-sov-8.1"}), not blank */
  public String criterion() {
    return criterion;
  }

  /** @return the clause in words (built on the first call), not blank */
  public String clause() {
    return text(clause, "clause");
  }

  /** @return {@link Outcome#PASS}, {@link Outcome#FAIL}, {@link Outcome#NOT_APPLICABLE} or {@link Outcome#UNKNOWN} */
  public Outcome outcome() {
    return outcome;
  }

  /** @return why, for a person (built on the first call), not blank */
  public String message() {
    return text(message, "message");
  }

  private String text(Lazy<String> t, String what) {
    String s = t.get();
    if (s.isBlank()) {
      throw new IllegalStateException("RegulatoryMark " + criterion + ": blank " + what);
    }
    return s;
  }

  /**
   * Compares the criteria, clauses, outcomes and messages.
   *
   * @param o  the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof RegulatoryMark m && criterion.equals(m.criterion) && outcome == m.outcome
        && clause().equals(m.clause()) && message().equals(m.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterion, clause(), outcome, message());
  }

  /** @return {@code "RegulatoryMark[criterion=…, clause=…, outcome=…, message=…]"}, as the record it was */
  @Override
  public String toString() {
    return "RegulatoryMark[criterion=" + criterion + ", clause=" + clause() + ", outcome=" + outcome + ", message="
        + message() + "]";
  }
}
