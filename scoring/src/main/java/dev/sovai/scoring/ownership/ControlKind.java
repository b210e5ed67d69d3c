package dev.sovai.scoring.ownership;

/** How an operator is ultimately controlled (decisive influence in the sense of EU Merger Regulation 139/2004). */
public enum ControlKind {
  /** One organisation has decisive influence (positive: majority or board; or negative: sole veto). */
  SOLE,
  /** Two or more organisations must agree (each holds a veto, or two hold 50 % each); all are listed. */
  JOINT,
  /**
   * Control runs round a ring of organisations that control each other (A controls B, B controls A); the ring's
   * members are listed as controllers.
   */
  CIRCULAR,
  /** No other organisation has decisive influence according to the listed stakes. */
  NONE
}
