package dev.sovai.scoring.concentration;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.sovai.model.Confidence;

/**
 * One rule of a guideline: all its {@link Condition conditions} together, the {@link RuleEffect effect} when they
 * hold, the clause it comes from, and how firmly the figures were checked against the text.
 *
 * <p>A rule with a {@link Indicator#DELTA_HHI} condition, or marked {@code dealOnly}, applies only to a deal.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ThresholdRule {
  private final String id;
  private final String clause;
  private final RuleEffect effect;
  private final List<Condition> conditions;
  private final boolean dealOnly;
  private final Confidence confidence;
  private final String text;

  private ThresholdRule(String id, String clause, RuleEffect effect, List<Condition> conditions, boolean dealOnly,
      Confidence confidence, String text) {
    this.id = requireText(id, "id");
    this.clause = requireText(clause, "clause");
    this.effect = Objects.requireNonNull(effect, "effect");
    this.conditions = List.copyOf(conditions);
    if (this.conditions.isEmpty()) {
      throw new IllegalArgumentException("threshold rule " + id + " needs at least one condition");
    }
    this.dealOnly = dealOnly || this.conditions.stream().anyMatch(c -> c.indicator() == Indicator.DELTA_HHI);
    this.confidence = Objects.requireNonNull(confidence, "confidence");
    this.text = requireText(text, "text");
  }

  /**
   * Obtains a rule.
   *
   * @param id  a slug naming the rule ({@code "us-2023-g1-hhi"}), not blank
   * @param clause  the clause of the guideline ({@code "Guideline 1"}), not blank
   * @param effect  what the guideline says when the rule fires, not null
   * @param conditions  the conditions, all of which must hold, at least one, not null
   * @param dealOnly  true if the rule speaks of the merging parties only (even without a ΔHHI condition)
   * @param confidence  how firmly the figures were checked against the primary text, not null
   * @param text  the rule in plain words, not blank
   * @return the rule, not null
   * @throws IllegalArgumentException if a text is blank or there is no condition
   */
  public static ThresholdRule of(String id, String clause, RuleEffect effect, List<Condition> conditions,
      boolean dealOnly, Confidence confidence, String text) {
    return new ThresholdRule(id, clause, effect, conditions, dealOnly, confidence, text);
  }

  static String requireText(String s, String field) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was " + (s == null ? "null" : "\"" + s + "\""));
    }
    return s;
  }

  /** @return the rule's identifier, not blank */
  public String id() {
    return id;
  }

  /** @return the clause of the guideline, not blank */
  public String clause() {
    return clause;
  }

  /** @return the effect when it fires, not null */
  public RuleEffect effect() {
    return effect;
  }

  /** @return the conditions, all of which must hold, not empty */
  public List<Condition> conditions() {
    return conditions;
  }

  /** @return true if the rule applies only to a deal */
  public boolean dealOnly() {
    return dealOnly;
  }

  /** @return how firmly the figures were checked against the primary text, not null */
  public Confidence confidence() {
    return confidence;
  }

  /** @return the rule in plain words, not blank */
  public String text() {
    return text;
  }

  /**
   * Whether the rule applies to a situation (a deal rule does not apply to a landscape without a deal).
   *
   * @param situation  the situation, not null
   * @return true if it applies
   */
  public boolean appliesTo(Situation situation) {
    return !dealOnly || situation.isDeal();
  }

  /**
   * Whether the rule fires: it applies and all its conditions hold.
   *
   * @param situation  the situation, not null
   * @return true if it fires
   */
  public boolean firesOn(Situation situation) {
    if (!appliesTo(situation)) {
      return false;
    }
    for (Condition c : conditions) {
      if (!c.test(situation.value(c.indicator()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return id + " (" + clause + "): " + conditions.stream().map(Condition::toString).collect(Collectors.joining(" and "))
        + " → " + effect;
  }
}
