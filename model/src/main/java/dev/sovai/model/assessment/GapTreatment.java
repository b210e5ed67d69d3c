package dev.sovai.model.assessment;

/** How a scorer treated a missing fact. */
public enum GapTreatment {
  /** Left out of the computation; the result covers less. */
  EXCLUDED,
  /** Replaced by a documented default; the result says so. */
  DEFAULTED,
  /** Kept as an explicit unknown share; the result gives lower and upper bounds. */
  BOUNDED,
  /** The criterion that needed it is reported as unknown. */
  UNKNOWN
}
