package dev.sovai.scoring.energy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * One computed value of an energy result: the metric name, the value, the unit, whether a default stood in for a
 * missing input anywhere in its derivation, and the derivation in words ({@code "13.4 MW IT × PUE 1.3"}). The
 * value of an {@link EnergyQuantity} carries that quantity's metric name and unit; the value of a score component
 * is named {@code "score.<component>"} in unit {@code "fraction"}.
 *
 * @param name  the metric name in camelCase ({@code "facilityPowerMw"}), not blank
 * @param value  the value, finite
 * @param unit  the unit ({@code "MW"}, {@code "tCO2e/yr"}, {@code "fraction"}, {@code "1"}), not blank
 * @param defaulted  true if a profile default stood in for a missing input
 * @param basis  how it was obtained, for a person, not blank
 */
public record EnergyValue(String name, double value, String unit, boolean defaulted, String basis) {
  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if the value is not finite or a text is blank
   * @throws NullPointerException if a text is null
   */
  public EnergyValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(basis, "basis");
    if (name.isBlank() || unit.isBlank() || basis.isBlank()) {
      throw new IllegalArgumentException("EnergyValue \"" + name + "\": name, unit and basis must not be blank");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("EnergyValue \"" + name + "\": value must be finite, was " + value);
    }
  }

  /**
   * Obtains the value of a quantity, with the quantity's metric name and unit.
   *
   * @param quantity  the quantity, not null
   * @param value  the value in the quantity's unit, finite
   * @param defaulted  true if a profile default stood in for a missing input
   * @param basis  how it was obtained, not blank
   * @return the value, not null
   * @throws IllegalArgumentException if the value is not finite or the basis blank
   */
  public static EnergyValue of(EnergyQuantity quantity, double value, boolean defaulted, String basis) {
    return new EnergyValue(quantity.metricName(), value, quantity.unit(), defaulted, basis);
  }

  /**
   * Formats a number for people: at most 6 significant digits, no exponent, no trailing zeros.
   *
   * @param value  the value, finite
   * @return the text, not null
   */
  public static String format(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? "0" : String.valueOf(value);
    }
    BigDecimal d = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** @return {@code "facilityPowerMw = 17.42 MW (defaulted)"} */
  @Override
  public String toString() {
    return name + " = " + format(value) + " " + unit + (defaulted ? " (defaulted)" : "");
  }
}
