package dev.sovai.scoring.concentration;

import dev.sovai.model.assessment.Outcome;

/** What a guideline says when its rule fires. */
public enum RuleEffect {
  /** Competitive concerns are unlikely; ordinarily no further analysis (a safe harbour). */
  SAFE_HARBOUR(Outcome.PASS),
  /** The change potentially raises significant competitive concerns and warrants scrutiny. */
  CONCERN(Outcome.FAIL),
  /** The deal is presumed to substantially lessen competition or enhance market power (rebuttable). */
  PRESUMPTION(Outcome.FAIL),
  /** A single firm is presumed dominant. */
  DOMINANCE_PRESUMPTION(Outcome.FAIL),
  /** The share may in itself be evidence of a dominant position. */
  DOMINANCE_INDICATION(Outcome.FAIL);

  private final Outcome outcome;

  RuleEffect(Outcome outcome) {
    this.outcome = outcome;
  }

  /** @return the outcome an assessment reports when the rule fires, not null */
  public Outcome outcome() {
    return outcome;
  }
}
