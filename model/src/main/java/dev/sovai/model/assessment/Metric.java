package dev.sovai.model.assessment;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Require;

/**
 * One named quantity of a result, with its unit, and bounds when part of the input was unknown
 * ({@code hhi = 2600 [2400, 3100]}). A metric whose value the facts cannot give is <em>unknown</em>: it has no value,
 * says why ({@link #unknownBecause()}) and may still have bounds ({@code headroom unknown [-0.76, 0.24]}); an unknown
 * is never written as 0.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Metric {
  Metric() {}

  /** @return the name in camelCase ({@code "facilityPowerMw"}), not blank */
  public abstract String name();

  /** @return the value, finite; empty if the metric is unknown (then {@link #unknownBecause()} says why) */
  public abstract OptionalDouble known();

  /** @return why the value is unknown, in words; present exactly when {@link #known()} is empty */
  public abstract Optional<String> unknownBecause();

  /**
   * The value of a known metric.
   *
   * @return the value, finite
   * @throws NoSuchElementException if the metric is unknown (the message names it and says why)
   */
  public double value() {
    if (known().isEmpty()) {
      throw new NoSuchElementException("metric " + name() + " is unknown: " + unknownBecause().orElse("?"));
    }
    return known().getAsDouble();
  }

  /** @return true if the metric has a value */
  public boolean isKnown() {
    return known().isPresent();
  }

  /** @return the unit ({@code "MW"}, {@code "gCO2e/kWh"}, {@code "fraction"}, {@code "1"} for a pure number) */
  public abstract String unit();

  /** @return the lower bound when the value is uncertain or unknown */
  public abstract OptionalDouble lower();

  /** @return the upper bound when the value is uncertain or unknown */
  public abstract OptionalDouble upper();

  /** @return true if a default stood in for a missing input */
  @Value.Default
  public boolean defaulted() {
    return false;
  }

  /**
   * Obtains a known metric.
   *
   * @param name  the name, not blank
   * @param value  the value, finite
   * @param unit  the unit, not null
   * @return the metric, not null
   */
  public static Metric of(String name, double value, String unit) {
    return builder().name(name).value(value).unit(unit).build();
  }

  /**
   * Obtains an unknown metric: no value, and why.
   *
   * @param name  the name, not blank
   * @param unit  the unit, not blank
   * @param because  why the value is unknown, in words, not blank
   * @return the metric, not null
   */
  public static Metric unknown(String name, String unit, String because) {
    return builder().name(name).unit(unit).unknownBecause(because).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("Metric", name(), "name", name());
    Require.notBlank("Metric", name(), "unit", unit());
    if (known().isPresent() == unknownBecause().isPresent()) {
      throw new ModelException("Metric", name(), "value", known().isPresent() ? known().getAsDouble() : null,
          known().isPresent() ? "a known value has no reason for being unknown" : "an absent value needs a reason");
    }
    unknownBecause().ifPresent(u -> Require.notBlank("Metric", name(), "unknown", u));
    if (known().isPresent() && !Double.isFinite(known().getAsDouble())) {
      throw new ModelException("Metric", name(), "value", known().getAsDouble(), "must be finite");
    }
    if (lower().isPresent() && upper().isPresent() && lower().getAsDouble() > upper().getAsDouble()) {
      throw new ModelException("Metric", name(), "lower", lower().getAsDouble(), "must not exceed upper " + upper().getAsDouble());
    }
  }

  /** The builder of {@link Metric}. */
  public static final class Builder extends ImmutableMetric.Builder {
    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets the value of a known metric.
     *
     * @param value  the value, finite
     * @return this builder
     */
    public Builder value(double value) {
      known(value);
      return this;
    }
  }
}
