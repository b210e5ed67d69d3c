package dev.sovai.scoring.concentration;

/**
 * How a quantity is compared with a threshold, exactly as a guideline's text words it ("more than 100" is
 * {@link #GREATER_THAN}, "at least 40 %" is {@link #AT_LEAST}).
 *
 * <p>Values computed in floating point (5 % and 10 % give a ΔHHI of {@code 100.00000000000001}) are compared
 * with a tolerance: a value within {@code 1e-9 × max(1, |threshold|)} of the threshold counts as equal to it,
 * so ΔHHI 100 is not "more than 100" while 100.0001 is.
 */
public enum Comparison {
  /** Strictly greater: "more than", "above", "greater than". */
  GREATER_THAN(">"),
  /** Greater or equal: "at least", "or more". */
  AT_LEAST("≥"),
  /** Strictly less: "less than", "below". */
  LESS_THAN("<"),
  /** Less or equal: "at most", "not more than". */
  AT_MOST("≤");

  /** Relative tolerance under which a value equals the threshold. */
  public static final double RELATIVE_TOLERANCE = 1e-9;

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** @return the mathematical symbol ({@code ">"}, {@code "≥"}, {@code "<"}, {@code "≤"}), not null */
  public String symbol() {
    return symbol;
  }

  /**
   * Tests a value against a threshold.
   *
   * @param value  the value, finite
   * @param threshold  the threshold, finite
   * @return true if {@code value <op> threshold} holds, equality judged with the tolerance
   */
  public boolean test(double value, double threshold) {
    double tol = RELATIVE_TOLERANCE * Math.max(1.0, Math.abs(threshold));
    boolean equal = Math.abs(value - threshold) <= tol;
    switch (this) {
      case GREATER_THAN:
        return !equal && value > threshold;
      case AT_LEAST:
        return equal || value > threshold;
      case LESS_THAN:
        return !equal && value < threshold;
      case AT_MOST:
        return equal || value < threshold;
      default:
        throw new AssertionError(this);
    }
  }
}
