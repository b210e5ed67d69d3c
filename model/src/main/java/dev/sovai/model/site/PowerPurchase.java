package dev.sovai.model.site;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A power purchase agreement (or a supply contract with guarantees of origin) covering part of a site's
 * consumption.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PowerPurchase implements Cited {
  PowerPurchase() {}

  /** @return the generation source contracted, not null */
  public abstract EnergySource source();

  /** @return the share of the site's annual consumption covered, in [0, 1], if known */
  public abstract OptionalDouble share();

  /** @return the contracted capacity in MW, in [0, {@value Bounds#MAX_MEGAWATTS}], if known */
  public abstract OptionalDouble capacityMw();

  /** @return the supplier's operator identifier, if in the landscape */
  public abstract Optional<String> supplier();

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
    c.check(() -> share().ifPresent(v -> Require.share("PowerPurchase", null, "share", v)));
    c.check(() -> capacityMw().ifPresent(v -> Require.nonNegative("PowerPurchase", null, "capacityMw", v)));
    c.check(() -> capacityMw()
        .ifPresent(v -> Require.atMost("PowerPurchase", null, "capacityMw", v, Bounds.MAX_MEGAWATTS)));
    c.check(() -> supplier().ifPresent(v -> Require.slug("PowerPurchase", null, "supplier", v)));
    c.check(() -> Require.slugs("PowerPurchase", null, "sources", sources()));
    c.done();
  }

  /** The builder of {@link PowerPurchase}. */
  public static final class Builder extends ImmutablePowerPurchase.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
