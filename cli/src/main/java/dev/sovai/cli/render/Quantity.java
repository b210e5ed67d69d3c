package dev.sovai.cli.render;

/**
 * How a quantity reads in text output: a computing rate (unit {@code FLOP/s} or {@code TFLOP/s}) in the engineering
 * unit that keeps its number below 1,000 ({@code 877 EFLOP/s}, not {@code 876979188720000200000}); every other
 * unit as it is, except {@code "1"} (a pure ratio such as PUE), which prints as no unit. JSON and CSV keep the full
 * values in the scorer's unit; only text is scaled.
 *
 * @param divisor  what a value in the original unit is divided by, &gt; 0
 * @param unit  the unit shown, not null (empty for a pure ratio)
 */
public record Quantity(double divisor, String unit) {
  private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E", "Z", "Y"};

  /**
   * The scale for values in a unit, chosen so that the largest of them reads below 1,000.
   *
   * @param unit  the scorer's unit ({@code "FLOP/s"}, {@code "TFLOP/s"}, {@code "MW"} …), not null
   * @param largest  the largest value to be shown in that unit (0 or not finite: no prefix)
   * @return the scale, not null
   */
  public static Quantity scaleFor(String unit, double largest) {
    if ("1".equals(unit)) {
      return new Quantity(1, "");
    }
    double factor = "FLOP/s".equals(unit) ? 1 : "TFLOP/s".equals(unit) ? 1e12 : 0;
    if (factor == 0) {
      return new Quantity(1, unit);
    }
    double flops = Math.abs(largest) * factor;
    int p = 0;
    while (p < PREFIXES.length - 1 && Double.isFinite(flops) && flops >= Math.pow(1000, p + 1)) {
      p++;
    }
    return new Quantity(Math.pow(1000, p) / factor, PREFIXES[p] + "FLOP/s");
  }

  /**
   * A value with its unit, scaled for itself: {@code 877 EFLOP/s}, {@code 12.5 MW}, {@code 1.3} for a ratio.
   *
   * @param value  the value in the scorer's unit, finite
   * @param unit  the scorer's unit, not null
   * @return the text, not null
   */
  public static String of(double value, String unit) {
    Quantity q = scaleFor(unit, value);
    return q.number(value) + (q.unit.isEmpty() ? "" : " " + q.unit);
  }

  /**
   * A value in this scale, without its unit: a rescaled rate with four significant digits ({@code 1.742},
   * {@code 793.4}), any other value as {@link AssessmentText#number(double)} formats it.
   *
   * @param value  the value in the scorer's unit, finite
   * @return the number, not null
   */
  public String number(double value) {
    double v = value / divisor;
    if (unit.endsWith("FLOP/s") && v != 0 && Math.abs(v) < 1000) {
      return new java.math.BigDecimal(v).round(new java.math.MathContext(4, java.math.RoundingMode.HALF_EVEN))
          .stripTrailingZeros().toPlainString();
    }
    return AssessmentText.number(v);
  }
}
