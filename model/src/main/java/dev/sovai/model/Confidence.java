package dev.sovai.model;

/** How firm a fact is. Scorers never count a weaker fact as a stronger one. */
public enum Confidence {
  /** Stated by the party itself or by an official record. */
  CONFIRMED,
  /** Reported by the press or a third party, not confirmed. */
  REPORTED,
  /** Derived or estimated by the curator (say how in the entity's notes). */
  ESTIMATED
}
