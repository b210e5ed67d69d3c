package dev.sovai.model.site;

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
 * How a site is supplied with energy and what it reports of its resource use: grid connection, PPAs, on-site
 * generation, and the ISO/IEC 30134 KPIs it publishes (REF renewable energy factor, ERF energy reuse factor,
 * WUE water usage effectiveness).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnergySupply implements Cited {
  EnergySupply() {}

  /** @return true if the site draws from the public grid; true by default */
  @Value.Default
  public boolean gridConnected() {
    return true;
  }

  /** @return grid connection capacity in MW, in [0, {@value Bounds#MAX_MEGAWATTS}], if known */
  public abstract OptionalDouble gridCapacityMw();

  /** @return power purchase agreements */
  public abstract List<PowerPurchase> purchases();

  /** @return generation on site */
  public abstract List<OnSiteGeneration> onSite();

  /** @return reported renewable energy factor (ISO/IEC 30134-3), in [0, 1], if reported */
  public abstract OptionalDouble reportedRef();

  /** @return reported energy reuse factor (ISO/IEC 30134-6), in [0, 1], if reported */
  public abstract OptionalDouble erf();

  /** @return reported water usage effectiveness in litres per kWh of IT energy (ISO/IEC 30134-9), in [0, 100] */
  public abstract OptionalDouble wueLitresPerKwh();

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
    String t = "EnergySupply";
    c.check(() -> gridCapacityMw().ifPresent(v -> Require.nonNegative(t, null, "gridCapacityMw", v)));
    c.check(() -> gridCapacityMw().ifPresent(v -> Require.atMost(t, null, "gridCapacityMw", v, Bounds.MAX_MEGAWATTS)));
    c.check(() -> reportedRef().ifPresent(v -> Require.share(t, null, "reportedRef", v)));
    c.check(() -> erf().ifPresent(v -> Require.share(t, null, "erf", v)));
    c.check(() -> wueLitresPerKwh().ifPresent(v -> Require.nonNegative(t, null, "wueLitresPerKwh", v)));
    c.check(() -> wueLitresPerKwh()
        .ifPresent(v -> Require.atMost(t, null, "wueLitresPerKwh", v, Bounds.MAX_WUE_LITRES_PER_KWH)));
    c.check(() -> Require.slugs(t, null, "sources", sources()));
    double covered = purchases().stream().mapToDouble(p -> p.share().orElse(0)).sum()
        + onSite().stream().mapToDouble(g -> g.share().orElse(0)).sum();
    if (covered > 1.0 + 1e-9) {
      c.add(new ModelException(t, null, "purchases.share", covered,
          "plus onSite.share must cover at most all of the consumption (sum ≤ 1)"));
    }
    c.done();
  }

  /** The builder of {@link EnergySupply}. */
  public static final class Builder extends ImmutableEnergySupply.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
