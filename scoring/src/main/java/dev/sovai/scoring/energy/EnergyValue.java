package dev.sovai.scoring.energy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.function.Supplier;

import dev.sovai.scoring.lazy.Lazy;

/**
 * One computed value of an energy result: the metric name, the value, the unit, whether a default stood in for a
 * missing input anywhere in its derivation, and the derivation in words ({@code "13.4 MW IT × PUE 1.3"}). The
 * value of an {@link EnergyQuantity} carries that quantity's metric name and unit; the value of a score component
 * is named {@code "score.<component>"} in unit {@code "fraction"}.
 *
 * <p>The scorer decides the number and builds the derivation in words only when {@link #basis()} is first read
 * (by {@code explain()} or a renderer); two values are equal when their names, values, units, defaulted flags and
 * derivations are.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EnergyValue {
  private final String name;
  private final double value;
  private final String unit;
  private final boolean defaulted;
  /** The derivation in words once built (a {@code String}); before that, its builder (a {@code Supplier<String>}). */
  private volatile Object basis;

  /**
   * Obtains a value with its derivation in words.
   *
   * @param name  the metric name in camelCase ({@code "facilityPowerMw"}), not blank
   * @param value  the value, finite
   * @param unit  the unit ({@code "MW"}, {@code "tCO2e/yr"}, {@code "fraction"}, {@code "1"}), not blank
   * @param defaulted  true if a profile default stood in for a missing input
   * @param basis  how it was obtained, for a person, not blank
   * @throws IllegalArgumentException if the value is not finite or a text is blank
   * @throws NullPointerException if a text is null
   */
  public EnergyValue(String name, double value, String unit, boolean defaulted, String basis) {
    this(name, value, unit, defaulted, (Object) checkBasis(name, Objects.requireNonNull(basis, "basis")));
  }

  private EnergyValue(String name, double value, String unit, boolean defaulted, Object basis) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (name.isBlank() || unit.isBlank()) {
      throw new IllegalArgumentException("EnergyValue \"" + name + "\": name, unit and basis must not be blank");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("EnergyValue \"" + name + "\": value must be finite, was " + value);
    }
    this.name = name;
    this.value = value;
    this.unit = unit;
    this.defaulted = defaulted;
    this.basis = basis;
  }

  private static String checkBasis(String name, String basis) {
    if (basis.isBlank()) {
      throw new IllegalArgumentException("EnergyValue \"" + name + "\": name, unit and basis must not be blank");
    }
    return basis;
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
   * Obtains a value whose derivation in words is built when first read.
   *
   * @param name  the metric name, not blank
   * @param value  the value, finite
   * @param unit  the unit, not blank
   * @param defaulted  true if a profile default stood in for a missing input
   * @param basis  the derivation in words, built when first read (it must not be blank then), not null
   * @return the value, not null
   */
  static EnergyValue of(String name, double value, String unit, boolean defaulted, Supplier<String> basis) {
    return new EnergyValue(name, value, unit, defaulted, (Object) Objects.requireNonNull(basis, "basis"));
  }

  /**
   * Obtains a value whose derivation in words is already built (it must not be blank when read).
   *
   * @param name  the metric name, not blank
   * @param value  the value, finite
   * @param unit  the unit, not blank
   * @param defaulted  true if a profile default stood in for a missing input
   * @param basis  the derivation in words, not null
   * @return the value, not null
   */
  static EnergyValue built(String name, double value, String unit, boolean defaulted, String basis) {
    return new EnergyValue(name, value, unit, defaulted, (Object) Objects.requireNonNull(basis, "basis"));
  }

  /** @return the metric name in camelCase ({@code "facilityPowerMw"}), not blank */
  public String name() {
    return name;
  }

  /** @return the value, finite */
  public double value() {
    return value;
  }

  /** @return the unit ({@code "MW"}, {@code "tCO2e/yr"}, {@code "fraction"}, {@code "1"}), not blank */
  public String unit() {
    return unit;
  }

  /** @return true if a profile default stood in for a missing input */
  public boolean defaulted() {
    return defaulted;
  }

  /**
   * How the value was obtained, for a person (built on the first call).
   *
   * @return the derivation in words, not blank
   * @throws IllegalStateException if the derivation built is blank
   */
  public String basis() {
    String b = basis instanceof String s ? s : build();
    if (b.isBlank()) {
      throw new IllegalStateException("EnergyValue \"" + name + "\": blank basis");
    }
    return b;
  }

  /** Builds the derivation once, under this value's lock, and drops its builder (as {@link Lazy} does). */
  private synchronized String build() {
    Object b = basis;
    if (b instanceof String s) {
      return s;
    }
    @SuppressWarnings("unchecked")
    String s = Objects.requireNonNull(((Supplier<String>) b).get(), "a lazy value's builder returned null");
    basis = s;
    return s;
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

  /**
   * Compares the names, values (as {@link Double#compare}), units, defaulted flags and derivations.
   *
   * @param o  the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof EnergyValue v && name.equals(v.name) && Double.compare(value, v.value) == 0
        && unit.equals(v.unit) && defaulted == v.defaulted && basis().equals(v.basis());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, unit, defaulted, basis());
  }

  /** @return {@code "facilityPowerMw = 17.42 MW (defaulted)"} */
  @Override
  public String toString() {
    return name + " = " + format(value) + " " + unit + (defaulted ? " (defaulted)" : "");
  }
}
