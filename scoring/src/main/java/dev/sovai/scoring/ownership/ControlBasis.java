package dev.sovai.scoring.ownership;

/** The right by which a holder has decisive influence over an operator. */
public enum ControlBasis {
  /** More than half of the votes. */
  MAJORITY_OF_VOTES,
  /** The right to appoint a majority of the board. */
  BOARD_MAJORITY,
  /** A veto over strategic decisions (budget, business plan, senior management). */
  VETO,
  /** Exactly half of the votes: a deadlock each side can force, treated as a veto. */
  EQUAL_SPLIT
}
