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

  /** What P6.1.2 depends on: the PUE used and whether it is a default. */
  private record PueKey(double pue, boolean pueDefaulted) {}

  /** What P6.1.3 depends on besides the date: the renewable share by contracts and certificates. */
  private record RenewableKey(OptionalDouble marketRenewable) {}

  /** What P6.1.4 depends on: the reported WUE. */
  private record WueKey(OptionalDouble wue) {}

  /**
   * Marks a site.
   *
   * @param draft  where the marks go
   * @param pass  the question (its rules and the date the renewable target is read on), which shares each mark with
   *     every site that decides alike
   * @param pue  the PUE used
   * @param pueDefaulted  whether it is a profile default rather than a reported figure
   * @param marketRenewable  the renewable share by contracts and certificates, if known
   * @param wue  the reported WUE in L/kWh, if any
   */
  static void mark(SiteEnergyDraft draft, EnergyPass pass, double pue, boolean pueDefaulted,
      OptionalDouble marketRenewable, OptionalDouble wue) {
    RegulatoryRules r = pass.profile().rules();
    PueKey pueKey = new PueKey(pue, pueDefaulted);
    RegulatoryMark p = pass.known(pueKey);
    draft.mark(p != null ? p : pass.keep(pueKey, pueMark(pass, r, pue, pueDefaulted)));
    RenewableKey renewableKey = new RenewableKey(marketRenewable);
    RegulatoryMark m = pass.known(renewableKey);
    draft.mark(m != null ? m : pass.keep(renewableKey, renewableMark(pass, r, marketRenewable)));
    WueKey wueKey = new WueKey(wue);
    RegulatoryMark w = pass.known(wueKey);
    draft.mark(w != null ? w : pass.keep(wueKey, wueMark(pass, r, wue)));
  }

  private static RegulatoryMark pueMark(EnergyPass pass, RegulatoryRules r, double pue, boolean pueDefaulted) {
    Supplier<String> clause = () -> "Gaia-X P6.1.2: PUE target " + EnergyValue.format(r.gaiaxPueCool().value()) + " (cool) / "
        + EnergyValue.format(r.gaiaxPueWarm().value()) + " (warm climates)";
    if (pueDefaulted) {
      return pass.mark("gaiax-p6.1.2", clause, Outcome.UNKNOWN, () -> "PUE not reported (default " + EnergyValue.format(pue)
          + " is not evidence)");
    } else if (pue <= r.gaiaxPueCool().value()) {
      return pass.mark("gaiax-p6.1.2", clause, Outcome.PASS, () -> "PUE " + EnergyValue.format(pue) + " meets both targets");
    } else if (pue > r.gaiaxPueWarm().value()) {
      return pass.mark("gaiax-p6.1.2", clause, Outcome.FAIL, () -> "PUE " + EnergyValue.format(pue) + " misses both targets");
    } else {
      return pass.mark("gaiax-p6.1.2", clause, Outcome.UNKNOWN, () -> "PUE " + EnergyValue.format(pue)
          + " meets the warm-climate target only; the site's climate class is not in the data");
    }
  }

  private static RegulatoryMark renewableMark(EnergyPass pass, RegulatoryRules r, OptionalDouble marketRenewable) {
    LocalDate asOf = pass.asOf();
    DatedLimit target = DatedLimit.inForceOrNext(r.gaiaxRenewable(), asOf);
    boolean due = !asOf.isBefore(target.from());
    Supplier<String> when = () -> (due ? "due since " : "due ") + target.from();
    if (marketRenewable.isEmpty()) {
      return pass.mark(target.criterion(), target.clause(), Outcome.UNKNOWN, () -> "renewable matching unknown ("
          + when.get() + ")");
    } else {
      boolean ok = marketRenewable.getAsDouble() >= target.limit().value();
      return pass.mark(target.criterion(), target.clause(), ok ? Outcome.PASS : Outcome.FAIL,
          () -> EnergyValue.format(marketRenewable.getAsDouble() * 100) + " % matched by contracts or certificates against "
              + EnergyValue.format(target.limit().value() * 100) + " % (" + when.get() + ")");
    }
  }

  private static RegulatoryMark wueMark(EnergyPass pass, RegulatoryRules r, OptionalDouble wue) {
    Supplier<String> wClause = () -> "Gaia-X P6.1.4: WUE ≤ " + EnergyValue.format(r.gaiaxWue().value())
        + " L/kWh in water-stressed areas";
    if (wue.isEmpty()) {
      return pass.mark("gaiax-p6.1.4", wClause, Outcome.UNKNOWN, () -> "WUE not reported");
    } else {
      boolean ok = wue.getAsDouble() <= r.gaiaxWue().value();
      return pass.mark("gaiax-p6.1.4", wClause, ok ? Outcome.PASS : Outcome.FAIL, () -> "WUE "
          + EnergyValue.format(wue.getAsDouble()) + " L/kWh (water stress of the area not assessed)");
    }
  }
}
