package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import dev.sovai.model.assessment.Outcome;

/**
 * The Gaia-X policy rules P6.1.2 (PUE targets), P6.1.3 (renewable matching by due date) and P6.1.4 (WUE limit) of
 * one site, against the targets of {@link RegulatoryRules}.
 */
final class GaiaXMarks {
  private GaiaXMarks() {}

  /**
   * Marks a site.
   *
   * @param draft  where the marks go
   * @param r  the targets
   * @param asOf  the date the renewable target is read on
   * @param pue  the PUE used
   * @param pueDefaulted  whether it is a profile default rather than a reported figure
   * @param marketRenewable  the renewable share by contracts and certificates, if known
   * @param wue  the reported WUE in L/kWh, if any
   */
  static void mark(SiteEnergyDraft draft, RegulatoryRules r, LocalDate asOf, double pue, boolean pueDefaulted,
      OptionalDouble marketRenewable, OptionalDouble wue) {
    Supplier<String> clause = () -> "Gaia-X P6.1.2: PUE target " + EnergyValue.format(r.gaiaxPueCool().value()) + " (cool) / "
        + EnergyValue.format(r.gaiaxPueWarm().value()) + " (warm climates)";
    if (pueDefaulted) {
      draft.mark("gaiax-p6.1.2", clause, Outcome.UNKNOWN, () -> "PUE not reported (default " + EnergyValue.format(pue)
          + " is not evidence)");
    } else if (pue <= r.gaiaxPueCool().value()) {
      draft.mark("gaiax-p6.1.2", clause, Outcome.PASS, () -> "PUE " + EnergyValue.format(pue) + " meets both targets");
    } else if (pue > r.gaiaxPueWarm().value()) {
      draft.mark("gaiax-p6.1.2", clause, Outcome.FAIL, () -> "PUE " + EnergyValue.format(pue) + " misses both targets");
    } else {
      draft.mark("gaiax-p6.1.2", clause, Outcome.UNKNOWN, () -> "PUE " + EnergyValue.format(pue)
          + " meets the warm-climate target only; the site's climate class is not in the data");
    }
    DatedLimit target = DatedLimit.inForceOrNext(r.gaiaxRenewable(), asOf);
    boolean due = !asOf.isBefore(target.from());
    Supplier<String> when = () -> (due ? "due since " : "due ") + target.from();
    if (marketRenewable.isEmpty()) {
      draft.mark(target.criterion(), target.clause(), Outcome.UNKNOWN, () -> "renewable matching unknown (" + when.get() + ")");
    } else {
      boolean ok = marketRenewable.getAsDouble() >= target.limit().value();
      draft.mark(target.criterion(), target.clause(), ok ? Outcome.PASS : Outcome.FAIL,
          () -> EnergyValue.format(marketRenewable.getAsDouble() * 100) + " % matched by contracts or certificates against "
              + EnergyValue.format(target.limit().value() * 100) + " % (" + when.get() + ")");
    }
    Supplier<String> wClause = () -> "Gaia-X P6.1.4: WUE ≤ " + EnergyValue.format(r.gaiaxWue().value())
        + " L/kWh in water-stressed areas";
    if (wue.isEmpty()) {
      draft.mark("gaiax-p6.1.4", wClause, Outcome.UNKNOWN, () -> "WUE not reported");
    } else {
      boolean ok = wue.getAsDouble() <= r.gaiaxWue().value();
      draft.mark("gaiax-p6.1.4", wClause, ok ? Outcome.PASS : Outcome.FAIL, () -> "WUE " + EnergyValue.format(wue.getAsDouble())
          + " L/kWh (water stress of the area not assessed)");
    }
  }
}
