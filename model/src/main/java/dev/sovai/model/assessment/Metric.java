package dev.sovai.model.assessment;

import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Require;

/**
 * One named quantity of a result, with its unit, and bounds when part of the input was unknown
 * ({@code hhi = 2600 [2400, 3100]}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Metric {
  Metric() {}

  /** @return the name in camelCase ({@code "facilityPowerMw"}), not blank */
  public abstract String name();

  /** @return the value; a finite number */
  public abstract double value();

  /** @return the unit ({@code "MW"}, {@code "gCO2e/kWh"}, {@code "fraction"}, {@code "1"} for a pure number) */
  public abstract String unit();

  /** @return the lower bound when the value is uncertain */
  public abstract OptionalDouble lower();

  /** @return the upper bound when the value is uncertain */
  public abstract OptionalDouble upper();

  /** @return true if a default stood in for a missing input */
  @Value.Default
  public boolean defaulted() {
    return false;
  }

  /**
   * Obtains a metric.
   *
   * @param name  the name, not blank
   * @param value  the value, finite
   * @param unit  the unit, not null
   * @return the metric, not null
   */
  public static Metric of(String name, double value, String unit) {
    return builder().name(name).value(value).unit(unit).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("Metric", name(), "name", name());
    Require.notBlank("Metric", name(), "unit", unit());
    if (!Double.isFinite(value())) {
      throw new ModelException("Metric", name(), "value", value(), "must be finite");
    }
    if (lower().isPresent() && upper().isPresent() && lower().getAsDouble() > upper().getAsDouble()) {
      throw new ModelException("Metric", name(), "lower", lower().getAsDouble(), "must not exceed upper " + upper().getAsDouble());
    }
  }

  /** The builder of {@link Metric}. */
  public static final class Builder extends ImmutableMetric.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
