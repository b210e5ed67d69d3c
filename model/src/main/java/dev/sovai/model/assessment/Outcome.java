package dev.sovai.model.assessment;

/** The outcome of one criterion. Unknown is never a pass. */
public enum Outcome {
  /** The criterion is met. */
  PASS,
  /** The criterion is not met. */
  FAIL,
  /** The data cannot answer the criterion. */
  UNKNOWN,
  /** The criterion does not apply to this subject. */
  NOT_APPLICABLE,
  /** A statement of fact that neither passes nor fails (an exposure found, a figure computed). */
  INFO
}
