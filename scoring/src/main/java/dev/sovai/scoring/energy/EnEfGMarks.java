package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.PartialDate;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * The German Energy Efficiency Act (EnEfG) duties of one site: its scope (sites in Germany above a connected load),
 * the renewable electricity duty, and the PUE and heat-reuse (ERF) duties, which differ for data centres in
 * operation before the new-site date and those starting after it.
 */
final class EnEfGMarks {
  private static final String PUE_CLAUSE = "EnEfG PUE duty";
  private static final String ERF_CLAUSE = "EnEfG heat reuse (ERF) duty";
  private static final String RENEWABLE_CLAUSE = "EnEfG renewable electricity duty";

  private EnEfGMarks() {}

  /**
   * Marks a site.
   *
   * @param draft  where the marks go; its IT power decides the scope
   * @param r  the duties
   * @param land  the landscape, for the site's jurisdiction
   * @param site  the site
   * @param asOf  the date the duties are read on
   * @param pue  the PUE used
   * @param pueDefaulted  whether it is a profile default rather than a reported figure
   * @param marketRenewable  the renewable share by contracts and certificates, if known
   * @param erf  the reported ERF, if any
   */
  static void mark(SiteEnergyDraft draft, RegulatoryRules r, Landscape land, Site site, LocalDate asOf, double pue,
      boolean pueDefaulted, OptionalDouble marketRenewable, OptionalDouble erf) {
    if (!land.isIn(site.jurisdiction(), r.enefgJurisdiction())) {
      all(draft, Outcome.NOT_APPLICABLE, "applies to sites in " + r.enefgJurisdiction() + " only");
      return;
    }
    OptionalDouble it = draft.value(EnergyQuantity.IT_POWER_MW);
    Reference scope = r.enefgScopeMw();
    if (it.isEmpty()) {
      all(draft, Outcome.UNKNOWN, "IT power unknown, so the " + scope + " scope cannot be checked");
      return;
    }
    if (it.getAsDouble() < scope.value()) {
      all(draft, Outcome.NOT_APPLICABLE, "IT power " + EnergyValue.format(it.getAsDouble()) + " MW is below the " + scope);
      return;
    }
    // renewable duty: applies to all in scope
    Optional<DatedLimit> ren = DatedLimit.inForce(r.enefgRenewable(), asOf);
    if (ren.isEmpty()) {
      draft.mark("enefg-renewable", RENEWABLE_CLAUSE, Outcome.NOT_APPLICABLE, "no renewable duty in force on " + asOf);
    } else if (marketRenewable.isEmpty()) {
      draft.mark("enefg-renewable", ren.get().clause(), Outcome.UNKNOWN, "renewable share of the supply unknown");
    } else {
      boolean ok = marketRenewable.getAsDouble() >= ren.get().limit().value();
      draft.mark("enefg-renewable", ren.get().clause(), ok ? Outcome.PASS : Outcome.FAIL,
          EnergyValue.format(marketRenewable.getAsDouble() * 100) + " % renewable by contracts or certificates");
    }
    // new or existing?
    LocalDate newFrom = r.enefgPueNew().from();
    Optional<PartialDate> op = site.operationalFrom();
    Boolean isNew = null;
    if (op.isPresent()) {
      if (!op.get().earliest().isBefore(newFrom)) {
        isNew = Boolean.TRUE;
      } else if (op.get().latest().isBefore(newFrom)) {
        isNew = Boolean.FALSE;
      }
    } else if (site.statusOn(asOf) == SiteStatus.OPERATIONAL && asOf.isBefore(newFrom)) {
      isNew = Boolean.FALSE;
    }
    if (isNew == null) {
      String why = "start of operation unknown relative to " + newFrom + ", so new- or existing-site duties cannot be chosen";
      draft.mark("enefg-pue", PUE_CLAUSE, Outcome.UNKNOWN, why);
      draft.mark("enefg-erf", ERF_CLAUSE, Outcome.UNKNOWN, why);
      return;
    }
    if (isNew) {
      newSite(draft, r, op.get(), asOf, pue, pueDefaulted, erf);
    } else {
      Optional<DatedLimit> lim = DatedLimit.inForce(r.enefgPueExisting(), asOf);
      if (lim.isEmpty()) {
        DatedLimit first = r.enefgPueExisting().get(0);
        String would = pueDefaulted ? ""
            : "; PUE " + EnergyValue.format(pue) + (pue <= first.limit().value() ? " would pass" : " would fail");
        draft.mark("enefg-pue", first.clause(), Outcome.NOT_APPLICABLE, "not yet in force on " + asOf + would);
      } else {
        pueMark(draft, lim.get(), pue, pueDefaulted);
      }
      draft.mark("enefg-erf", ERF_CLAUSE, Outcome.NOT_APPLICABLE,
          "the ERF duty applies to data centres starting operation from " + newFrom);
    }
  }

  private static void newSite(SiteEnergyDraft draft, RegulatoryRules r, PartialDate op, LocalDate asOf, double pue,
      boolean pueDefaulted, OptionalDouble erf) {
    boolean operating = op.isCertainlyOnOrBefore(asOf);
    DatedLimit lim = r.enefgPueNew();
    if (!operating) {
      draft.mark(lim.criterion(), lim.clause(), Outcome.NOT_APPLICABLE, "new site not yet in operation on " + asOf
          + "; applies from " + op);
    } else {
      pueMark(draft, lim, pue, pueDefaulted);
    }
    Optional<DatedLimit> cohort = DatedLimit.inForce(r.enefgErfNew(), op.earliest());
    if (cohort.isEmpty()) {
      draft.mark("enefg-erf", ERF_CLAUSE, Outcome.NOT_APPLICABLE, "no ERF duty for the site's start of operation " + op);
    } else if (!operating) {
      draft.mark(cohort.get().criterion(), cohort.get().clause(), Outcome.NOT_APPLICABLE,
          "new site not yet in operation on " + asOf);
    } else if (erf.isEmpty()) {
      draft.mark(cohort.get().criterion(), cohort.get().clause(), Outcome.UNKNOWN, "ERF not reported");
    } else {
      boolean ok = erf.getAsDouble() >= cohort.get().limit().value();
      draft.mark(cohort.get().criterion(), cohort.get().clause(), ok ? Outcome.PASS : Outcome.FAIL,
          "ERF " + EnergyValue.format(erf.getAsDouble() * 100) + " %");
    }
  }

  private static void all(SiteEnergyDraft draft, Outcome outcome, String why) {
    draft.mark("enefg-pue", PUE_CLAUSE, outcome, why);
    draft.mark("enefg-erf", ERF_CLAUSE, outcome, why);
    draft.mark("enefg-renewable", RENEWABLE_CLAUSE, outcome, why);
  }

  private static void pueMark(SiteEnergyDraft draft, DatedLimit lim, double pue, boolean pueDefaulted) {
    if (pueDefaulted) {
      draft.mark(lim.criterion(), lim.clause(), Outcome.UNKNOWN, "PUE not reported (default " + EnergyValue.format(pue)
          + " is not evidence)");
    } else {
      boolean ok = pue <= lim.limit().value();
      draft.mark(lim.criterion(), lim.clause(), ok ? Outcome.PASS : Outcome.FAIL, "PUE " + EnergyValue.format(pue));
    }
  }
}
