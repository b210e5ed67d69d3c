package dev.sovai.model.operator;

/** What the part of an operator's capital not listed as stakes is. Scorers treat both explicitly. */
public enum Remainder {
  /** Not known: scorers keep it as an unknown share (reported as a bound, never as "sovereign"). */
  UNKNOWN,
  /** Dispersed public shareholders, none with a notable stake. */
  FREE_FLOAT
}
