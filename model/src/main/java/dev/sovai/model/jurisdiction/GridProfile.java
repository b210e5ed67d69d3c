package dev.sovai.model.jurisdiction;

import java.util.List;
import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * The electricity grid of a jurisdiction for one year: carbon intensity and the shares of its generation mix.
 * Renewable and nuclear shares are kept apart so a user can weigh nuclear as they choose.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GridProfile implements Cited {
  GridProfile() {}

  /** @return the year the figures describe, 1990 to 2100 */
  public abstract int year();

  /**
   * @return life-cycle carbon intensity of generation in gCO2e per kWh, in [0, {@value
   *     Bounds#MAX_CARBON_INTENSITY_GRAMS_PER_KWH}]
   */
  public abstract double carbonIntensityGramsPerKwh();

  /** @return share of low-carbon generation (renewables and nuclear) in [0, 1], if known */
  public abstract OptionalDouble lowCarbonShare();

  /** @return share of renewable generation in [0, 1], if known */
  public abstract OptionalDouble renewableShare();

  /** @return share of nuclear generation in [0, 1], if known */
  public abstract OptionalDouble nuclearShare();

  /** @return net imports as a share of demand in [0, 1] (0 for a net exporter), if known */
  public abstract OptionalDouble netImportShare();

  /** @return annual electricity demand in TWh, in [0, {@value Bounds#MAX_DEMAND_TWH}], if known */
  public abstract OptionalDouble demandTwh();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "GridProfile";
    c.check(() -> Require.range(t, null, "year", year(), 1990, 2100));
    c.check(() -> Require.nonNegative(t, null, "carbonIntensityGramsPerKwh", carbonIntensityGramsPerKwh()));
    c.check(() -> Require.atMost(t, null, "carbonIntensityGramsPerKwh", carbonIntensityGramsPerKwh(),
        Bounds.MAX_CARBON_INTENSITY_GRAMS_PER_KWH));
    c.check(() -> lowCarbonShare().ifPresent(v -> Require.share(t, null, "lowCarbonShare", v)));
    c.check(() -> renewableShare().ifPresent(v -> Require.share(t, null, "renewableShare", v)));
    c.check(() -> nuclearShare().ifPresent(v -> Require.share(t, null, "nuclearShare", v)));
    c.check(() -> netImportShare().ifPresent(v -> Require.share(t, null, "netImportShare", v)));
    c.check(() -> demandTwh().ifPresent(v -> Require.nonNegative(t, null, "demandTwh", v)));
    c.check(() -> demandTwh().ifPresent(v -> Require.atMost(t, null, "demandTwh", v, Bounds.MAX_DEMAND_TWH)));
    c.check(() -> Require.slugs(t, null, "sources", sources()));
    if (renewableShare().isPresent() && nuclearShare().isPresent()
        && renewableShare().getAsDouble() + nuclearShare().getAsDouble() > 1.0 + 1e-9) {
      c.add(new ModelException(t, null, "nuclearShare", nuclearShare().getAsDouble(),
          "plus renewableShare " + renewableShare().getAsDouble() + " must not exceed 1"));
    }
    c.done();
  }

  /** The builder of {@link GridProfile}. */
  public static final class Builder extends ImmutableGridProfile.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
