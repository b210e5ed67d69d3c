package dev.sovai.model.site;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * What a site has in force from a date on: its power, its H100 equivalents, how many of its buildings are
 * operational. A site's {@linkplain Site#capacitySteps() steps} are ordered by date; a step is in force from the
 * day its date has certainly come (a date known only to the month, quarter or year counts once its last day has
 * come, as in {@link Site#statusOn(java.time.LocalDate)}; see {@link PartialDate#isCertainlyOnOrBefore(java.time.LocalDate)}) until the next step is. A figure a step does not
 * give is the one in force before it ({@link Site#capacityOn(java.time.LocalDate)}); power counts as one figure: a
 * step that gives IT or facility power replaces both.
 *
 * <p>Power is given as the source gives it: {@link #itPowerMw()} (power available to IT equipment) or
 * {@link #facilityPowerMw()} (the whole facility's, cooling and losses included: IT × PUE), or both.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CapacityStep implements Cited {
  CapacityStep() {}

  /** @return the date from which the step is in force, years 0001 to 9999, not null */
  public abstract PartialDate date();

  /** @return the IT power in MW, in [0, {@value Bounds#MAX_MEGAWATTS}], if given */
  public abstract OptionalDouble itPowerMw();

  /** @return the facility power in MW (IT power × PUE), in [0, {@value Bounds#MAX_MEGAWATTS}], if given */
  public abstract OptionalDouble facilityPowerMw();

  /** @return the number of H100 equivalents, in [0, 1e9] ({@link Bounds#MAX_SITE_H100_EQUIVALENTS}), if given */
  public abstract OptionalDouble h100Equivalents();

  /** @return the number of buildings operational, in [0, {@value Bounds#MAX_BUILDINGS}], if given */
  public abstract OptionalLong buildingsOperational();

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
    String t = "CapacityStep";
    c.check(() -> itPowerMw().ifPresent(v -> Require.nonNegative(t, null, "itPowerMw", v)));
    c.check(() -> itPowerMw().ifPresent(v -> Require.atMost(t, null, "itPowerMw", v, Bounds.MAX_MEGAWATTS)));
    c.check(() -> facilityPowerMw().ifPresent(v -> Require.nonNegative(t, null, "facilityPowerMw", v)));
    c.check(() -> facilityPowerMw()
        .ifPresent(v -> Require.atMost(t, null, "facilityPowerMw", v, Bounds.MAX_MEGAWATTS)));
    c.check(() -> h100Equivalents().ifPresent(v -> Require.nonNegative(t, null, "h100Equivalents", v)));
    c.check(() -> h100Equivalents()
        .ifPresent(v -> Require.atMost(t, null, "h100Equivalents", v, Bounds.MAX_SITE_H100_EQUIVALENTS)));
    c.check(() -> buildingsOperational()
        .ifPresent(v -> Require.count(t, null, "buildingsOperational", v, Bounds.MAX_BUILDINGS)));
    if (itPowerMw().isPresent() && facilityPowerMw().isPresent()
        && itPowerMw().getAsDouble() > facilityPowerMw().getAsDouble()) {
      c.add(new ModelException(t, null, "itPowerMw", itPowerMw().getAsDouble(),
          "must not exceed facilityPowerMw " + facilityPowerMw().getAsDouble()));
    }
    c.check(() -> Require.slugs(t, null, "sources", sources()));
    c.done();
  }

  /** The builder of {@link CapacityStep}. */
  public static final class Builder extends ImmutableCapacityStep.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
