package dev.sovai.scoring.energy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.site.EnergySource;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;

/**
 * The carbon of a site's own supply, under an {@link EnergyProfile}'s life-cycle factors by source: the intensity
 * of an off-grid site's on-site mix, and the market-based view (contracts, on-site generation, certificates beyond
 * them, the grid for the rest). Contracts and generators are summed in a canonical order.
 */
final class MarketCarbon {
  private final EnergyProfile profile;
  private final SiteEnergyDraft draft;

  MarketCarbon(EnergyProfile profile, SiteEnergyDraft draft) {
    this.profile = profile;
    this.draft = draft;
  }

  /** The intensity of an off-grid site's on-site generation mix, gCO2e/kWh; empty if it is not described. */
  OptionalDouble offGridIntensity(EnergySupply e) {
    List<OnSiteGeneration> gens = e.onSite();
    if (gens.isEmpty()) {
      return OptionalDouble.empty();
    }
    double known = gens.stream().mapToDouble(g -> g.share().orElse(0)).sum();
    long unknown = gens.stream().filter(g -> g.share().isEmpty()).count();
    double each = unknown == 0 ? 0 : Math.max(0, 1 - known) / unknown;
    double sum = 0;
    double weights = 0;
    List<OnSiteGeneration> sorted = new ArrayList<>(gens);
    sorted.sort(Comparator.comparing(OnSiteGeneration::source).thenComparingDouble(g -> g.share().orElse(-1)));
    for (OnSiteGeneration g : sorted) {
      double w = g.share().orElse(each);
      sum += w * factor(g.source(), OptionalDouble.empty()).orElse(profile.sourceIntensity().get(EnergySource.OTHER).value());
      weights += w;
    }
    return weights > 0 ? OptionalDouble.of(sum / weights) : OptionalDouble.empty();
  }

  private OptionalDouble factor(EnergySource source, OptionalDouble gridIntensity) {
    if (source == EnergySource.GRID) {
      return gridIntensity;
    }
    return OptionalDouble.of(profile.sourceIntensity().get(source).value());
  }

  /**
   * Records the market-based intensity and emissions and the renewable share by contracts and certificates.
   *
   * @param e  the supply
   * @param gridIntensity  the location-based intensity, if known
   * @param energy  the annual facility energy in MWh/yr, if known
   * @return the renewable share by contracts and certificates
   */
  OptionalDouble market(EnergySupply e, OptionalDouble gridIntensity, OptionalDouble energy) {
    List<double[]> parts = new ArrayList<>(); // {sourceOrdinal, share}
    List<PowerPurchase> purchases = new ArrayList<>(e.purchases());
    purchases.sort(Comparator.comparing(PowerPurchase::source).thenComparingDouble(p -> p.share().orElse(-1))
        .thenComparingDouble(p -> p.capacityMw().orElse(-1)).thenComparing(p -> p.supplier().orElse("")));
    for (PowerPurchase p : purchases) {
      draft.need(1);
      if (p.share().isPresent()) {
        parts.add(new double[] {p.source().ordinal(), p.share().getAsDouble()});
      } else {
        draft.gap("energy.purchases.share", GapTreatment.EXCLUDED, () -> p.source().name().toLowerCase(Locale.ROOT)
            + " PPA" + p.supplier().map(x -> " from " + x).orElse("") + " with no share of consumption; treated as grid supply");
      }
    }
    List<OnSiteGeneration> onSite = new ArrayList<>(e.onSite());
    onSite.sort(Comparator.comparing(OnSiteGeneration::source).thenComparingDouble(g -> g.share().orElse(-1))
        .thenComparingDouble(g -> g.capacityMw().orElse(-1)));
    for (OnSiteGeneration g : onSite) {
      draft.need(1);
      if (g.share().isPresent()) {
        parts.add(new double[] {g.source().ordinal(), g.share().getAsDouble()});
      } else {
        draft.gap("energy.onSite.share", GapTreatment.EXCLUDED, () -> g.source().name().toLowerCase(Locale.ROOT)
            + " on-site generation with no share of consumption; treated as grid supply");
      }
    }
    parts.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
    double covered = 0;
    double renewable = 0;
    double sum = 0;
    boolean needsGrid = false;
    for (double[] part : parts) {
      EnergySource src = EnergySource.values()[(int) part[0]];
      covered += part[1];
      if (src.isRenewable()) {
        renewable += part[1];
      }
      if (src == EnergySource.GRID) {
        needsGrid = true;
      } else {
        sum += part[1] * profile.sourceIntensity().get(src).value();
      }
      if (src == EnergySource.GRID && gridIntensity.isPresent()) {
        sum += part[1] * gridIntensity.getAsDouble();
      }
    }
    draft.need(1);
    double certified = 0;
    if (e.reportedRef().isPresent()) {
      double ref = e.reportedRef().getAsDouble();
      draft.put(EnergyQuantity.REPORTED_REF, ref, false, "reported (ISO/IEC 30134-3, market-based)");
      certified = Math.max(0, Math.min(ref - renewable, 1 - covered));
      sum += certified * profile.sourceIntensity().get(EnergySource.RENEWABLE_MIX).value();
    } else {
      draft.gap("energy.reportedRef", GapTreatment.UNKNOWN, "REF not reported; market renewable share from contracts only");
    }
    double rest = Math.max(0, 1 - covered - certified);
    double contracts = covered;
    double certificates = certified;
    double marketRenewable = e.reportedRef().isPresent() ? Math.max(e.reportedRef().getAsDouble(), Math.min(1, renewable))
        : Math.min(1, renewable);
    draft.put(EnergyQuantity.MARKET_RENEWABLE_SHARE, marketRenewable, false,
        e.reportedRef().isPresent() ? "reported REF, or renewable contracts if more" : "renewable PPAs and on-site generation");
    if ((rest > 0 || needsGrid) && gridIntensity.isEmpty()) {
      EntityRef self = draft.self();
      draft.finding(() -> Finding.builder().criterion("market-carbon").outcome(Outcome.UNKNOWN).addChain(self)
          .message("market-based carbon not computed: " + EnergyValue.format(rest * 100)
              + " % of the supply is grid electricity of unknown intensity")
          .build());
      return OptionalDouble.of(marketRenewable);
    }
    if (rest > 0) {
      sum += rest * gridIntensity.getAsDouble();
    }
    draft.put(EnergyQuantity.MARKET_INTENSITY, sum, false, () -> "contracts " + EnergyValue.format(contracts * 100)
        + " %, certificates " + EnergyValue.format(certificates * 100) + " %, grid remainder " + EnergyValue.format(rest * 100)
        + " % (grid average for the residual mix)");
    if (energy.isPresent()) {
      draft.put(EnergyQuantity.MARKET_CARBON_TONNES, energy.getAsDouble() * sum / 1000.0,
          draft.defaulted(EnergyQuantity.ANNUAL_ENERGY_MWH), "annual energy × market-based intensity");
    }
    return OptionalDouble.of(marketRenewable);
  }
}
