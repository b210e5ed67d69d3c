package dev.sovai.model.deal;

/** Where a deal stands. */
public enum DealStatus {
  /** Announced, not yet signed or closed. */
  ANNOUNCED,
  /** Signed, awaiting conditions (regulatory approval). */
  SIGNED,
  /** Closed / completed. */
  CLOSED,
  /** Abandoned, blocked or terminated. */
  ABANDONED
}
