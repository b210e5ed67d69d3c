package dev.sovai.scoring.concentration;

import java.util.Locale;
import java.util.Objects;

/**
 * One test of a threshold rule: an indicator, a comparison and a threshold ({@code HHI > 1800},
 * {@code HOLDER_SHARE ≥ 0.40}). HHI thresholds are on 0–10,000; share thresholds are fractions.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Condition {
  private final Indicator indicator;
  private final Comparison comparison;
  private final double threshold;

  private Condition(Indicator indicator, Comparison comparison, double threshold) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    if (!Double.isFinite(threshold) || threshold < 0.0) {
      throw new IllegalArgumentException("threshold of " + indicator + " must be finite and ≥ 0, was " + threshold);
    }
    if (indicator == Indicator.HOLDER_SHARE && threshold > 1.0) {
      throw new IllegalArgumentException("a share threshold is a fraction in [0, 1], was " + threshold);
    }
    this.threshold = threshold;
  }

  /**
   * Obtains a condition.
   *
   * @param indicator  the indicator tested, not null
   * @param comparison  the comparison, not null
   * @param threshold  the threshold, finite, ≥ 0; a fraction in [0, 1] for {@link Indicator#HOLDER_SHARE}
   * @return the condition, not null
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public static Condition of(Indicator indicator, Comparison comparison, double threshold) {
    return new Condition(indicator, comparison, threshold);
  }

  /** @return the indicator tested, not null */
  public Indicator indicator() {
    return indicator;
  }

  /** @return the comparison, not null */
  public Comparison comparison() {
    return comparison;
  }

  /** @return the threshold (HHI points, or a fraction for shares) */
  public double threshold() {
    return threshold;
  }

  /**
   * Tests a value.
   *
   * @param value  the indicator's value, finite
   * @return true if the condition holds
   */
  public boolean test(double value) {
    return comparison.test(value, threshold);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Condition && ((Condition) o).indicator == indicator && ((Condition) o).comparison == comparison
        && Double.compare(((Condition) o).threshold, threshold) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, comparison, threshold);
  }

  @Override
  public String toString() {
    String t = indicator == Indicator.HOLDER_SHARE
        ? String.format(Locale.ROOT, "%s %%", strip(threshold * 100)) : strip(threshold);
    return indicator.name().toLowerCase(Locale.ROOT) + " " + comparison.symbol() + " " + t;
  }

  private static String strip(double d) {
    return d == Math.rint(d) ? String.format(Locale.ROOT, "%,d", (long) d) : String.valueOf(d);
  }
}
