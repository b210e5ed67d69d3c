package dev.sovai.model.site;

import java.util.List;
import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * Generation at or next to the site, behind the meter (solar panels, gas turbines, a small reactor).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OnSiteGeneration implements Cited {
  OnSiteGeneration() {}

  /** @return the generation source, not null */
  public abstract EnergySource source();

  /** @return installed capacity in MW, in [0, {@value Bounds#MAX_MEGAWATTS}], if known */
  public abstract OptionalDouble capacityMw();

  /** @return the share of the site's annual consumption it covers, in [0, 1], if known */
  public abstract OptionalDouble share();

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
    c.check(() -> capacityMw().ifPresent(v -> Require.nonNegative("OnSiteGeneration", null, "capacityMw", v)));
    c.check(() -> capacityMw()
        .ifPresent(v -> Require.atMost("OnSiteGeneration", null, "capacityMw", v, Bounds.MAX_MEGAWATTS)));
    c.check(() -> share().ifPresent(v -> Require.share("OnSiteGeneration", null, "share", v)));
    c.check(() -> Require.slugs("OnSiteGeneration", null, "sources", sources()));
    c.done();
  }

  /** The builder of {@link OnSiteGeneration}. */
  public static final class Builder extends ImmutableOnSiteGeneration.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
