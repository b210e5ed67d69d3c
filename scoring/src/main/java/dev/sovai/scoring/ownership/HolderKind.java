package dev.sovai.scoring.ownership;

/** What an ultimate holder is: an operator at the top of its chain, or a pseudo-holder for capital nobody listed. */
public enum HolderKind {
  /** An operator with no listed stakes of its own (the top of a chain), or the operator a look-through stopped at. */
  OPERATOR,
  /** The unlisted part of an operator's capital whose {@code remainder} is free float (dispersed public holders). */
  FREE_FLOAT,
  /** The unlisted part of an operator's capital whose {@code remainder} is unknown. */
  UNKNOWN,
  /**
   * Capital held inside a closed ring of cross-holdings that no one outside the ring holds (A holds all of B, B
   * holds all of A): it circulates and has no ultimate holder outside the ring.
   */
  CIRCULAR
}
