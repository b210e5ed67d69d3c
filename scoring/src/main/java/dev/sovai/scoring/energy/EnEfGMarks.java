package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import dev.sovai.model.PartialDate;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * The German Energy Efficiency Act (EnEfG) duties of one site: its scope (sites in Germany above a connected load),
 * the renewable electricity duty, and the PUE and heat-reuse (ERF) duties, which differ for data centres in
 * operation before the new-site date and those starting after it.
 *
 * <p>A data centre that starts operating on or after the new-site date must reach its PUE limit and its ERF minimum
 * "at the latest two years after" it starts ({@link #GRACE}); within that grace period a site that does not meet the
 * limit yet is not in breach: its mark is not applicable and says when the duty falls due and how the site would
 * fare. Where the start is known only to the month or year, a date on which the grace period may or may not have
 * ended turns a failing value into unknown.
 */
final class EnEfGMarks {
  /**
   * The grace period of the new-site PUE and ERF duties: EnEfG § 11(2) (Energieeffizienzgesetz of 13 Nov 2023,
   * BGBl. 2023 I Nr. 309) requires the values "spätestens zwei Jahre nach Inbetriebnahme", on the yearly average.
   */
  static final Period GRACE = Period.ofYears(2);

  private static final String PUE_CLAUSE = "EnEfG PUE duty";
  private static final String ERF_CLAUSE = "EnEfG heat reuse (ERF) duty";
  private static final String RENEWABLE_CLAUSE = "EnEfG renewable electricity duty";

  private EnEfGMarks() {}

  /**
   * Marks a site.
   *
   * @param draft  where the marks go; its IT power decides the scope
   * @param pass  the question (its duties and the date they are read on), which shares the marks of sites out of
   *     scope
   * @param inJurisdiction  whether the site is where the EnEfG applies
   * @param site  the site
   * @param status  the site's status on the date
   * @param pue  the PUE used
   * @param pueDefaulted  whether it is a profile default rather than a reported figure
   * @param marketRenewable  the renewable share by contracts and certificates, if known
   * @param erf  the reported ERF, if any
   */
  static void mark(SiteEnergyDraft draft, EnergyPass pass, boolean inJurisdiction, Site site, SiteStatus status,
      double pue, boolean pueDefaulted, OptionalDouble marketRenewable, OptionalDouble erf) {
    RegulatoryRules r = pass.profile().rules();
    LocalDate asOf = pass.asOf();
    if (!inJurisdiction) {
      all(draft, pass, new OutOfScope(OptionalDouble.empty()), Outcome.NOT_APPLICABLE, (key, rules) -> {
        String where = rules.enefgJurisdiction();
        return () -> "applies to sites in " + where + " only";
      });
      return;
    }
    OptionalDouble it = draft.value(EnergyQuantity.IT_POWER_MW);
    Reference scope = r.enefgScopeMw();
    if (it.isEmpty()) {
      all(draft, pass, new ScopeUnknown(), Outcome.UNKNOWN, (key, rules) -> {
        Reference scopeMw = rules.enefgScopeMw();
        return () -> "IT power unknown, so the " + scopeMw + " scope cannot be checked";
      });
      return;
    }
    if (it.getAsDouble() < scope.value()) {
      all(draft, pass, new OutOfScope(it), Outcome.NOT_APPLICABLE, (key, rules) -> {
        Reference scopeMw = rules.enefgScopeMw();
        double itMw = key.itPowerMw().getAsDouble();
        return () -> "IT power " + EnergyValue.format(itMw) + " MW is below the " + scopeMw;
      });
      return;
    }
    // renewable duty: applies to all in scope
    Optional<DatedLimit> ren = DatedLimit.inForce(r.enefgRenewable(), asOf);
    if (ren.isEmpty()) {
      draft.mark("enefg-renewable", RENEWABLE_CLAUSE, Outcome.NOT_APPLICABLE, () -> "no renewable duty in force on " + asOf);
    } else if (marketRenewable.isEmpty()) {
      draft.mark("enefg-renewable", ren.get().clause(), Outcome.UNKNOWN, () -> "renewable share of the supply unknown");
    } else {
      boolean ok = marketRenewable.getAsDouble() >= ren.get().limit().value();
      draft.mark("enefg-renewable", ren.get().clause(), ok ? Outcome.PASS : Outcome.FAIL,
          () -> EnergyValue.format(marketRenewable.getAsDouble() * 100) + " % renewable by contracts or certificates");
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
    } else if (status == SiteStatus.OPERATIONAL && asOf.isBefore(newFrom)) {
      isNew = Boolean.FALSE;
    }
    if (isNew == null) {
      Supplier<String> why = () -> "start of operation unknown relative to " + newFrom
          + ", so new- or existing-site duties cannot be chosen";
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
        draft.mark("enefg-pue", first.clause(), Outcome.NOT_APPLICABLE, () -> "not yet in force on " + asOf + (pueDefaulted
            ? "" : "; PUE " + EnergyValue.format(pue) + (pue <= first.limit().value() ? " would pass" : " would fail")));
      } else {
        pueMark(draft, lim.get(), pue, pueDefaulted);
      }
      draft.mark("enefg-erf", ERF_CLAUSE, Outcome.NOT_APPLICABLE,
          () -> "the ERF duty applies to data centres starting operation from " + newFrom);
    }
  }

  private static void newSite(SiteEnergyDraft draft, RegulatoryRules r, PartialDate op, LocalDate asOf, double pue,
      boolean pueDefaulted, OptionalDouble erf) {
    boolean operating = op.isCertainlyOnOrBefore(asOf);
    DatedLimit lim = r.enefgPueNew();
    if (!operating) {
      draft.mark(lim.criterion(), lim.clause(), Outcome.NOT_APPLICABLE, () -> "new site not yet in operation on " + asOf
          + "; applies from " + op);
    } else {
      graced(draft, lim, op, asOf, pueVerdict(lim, pue, pueDefaulted));
    }
    Optional<DatedLimit> cohort = DatedLimit.inForce(r.enefgErfNew(), op.earliest());
    if (cohort.isEmpty()) {
      draft.mark("enefg-erf", ERF_CLAUSE, Outcome.NOT_APPLICABLE, () -> "no ERF duty for the site's start of operation " + op);
    } else if (!operating) {
      draft.mark(cohort.get().criterion(), cohort.get().clause(), Outcome.NOT_APPLICABLE,
          () -> "new site not yet in operation on " + asOf);
    } else if (erf.isEmpty()) {
      graced(draft, cohort.get(), op, asOf, new Verdict(Outcome.UNKNOWN, () -> "ERF not reported"));
    } else {
      boolean ok = erf.getAsDouble() >= cohort.get().limit().value();
      graced(draft, cohort.get(), op, asOf, new Verdict(ok ? Outcome.PASS : Outcome.FAIL,
          () -> "ERF " + EnergyValue.format(erf.getAsDouble() * 100) + " %"));
    }
  }

  /**
   * Marks a new-site duty that falls due {@link #GRACE} after the start of operation: before it is certainly due, a
   * value that does not meet the limit (or is unknown) is not a breach; while the due date is uncertain (a start known
   * to the month or year), a failing value is unknown.
   */
  private static void graced(SiteEnergyDraft draft, DatedLimit lim, PartialDate op, LocalDate asOf, Verdict v) {
    LocalDate dueEarliest = op.earliest().plus(GRACE);
    LocalDate dueLatest = op.latest().plus(GRACE);
    if (!asOf.isBefore(dueLatest) || v.outcome() == Outcome.PASS) {
      draft.mark(lim.criterion(), lim.clause(), v.outcome(),
          () -> v.detail().get() + (asOf.isBefore(dueLatest) ? " (already met; due by " + dueLatest + ")" : ""));
    } else if (asOf.isBefore(dueEarliest)) {
      draft.mark(lim.criterion(), lim.clause(), Outcome.NOT_APPLICABLE, () -> "within the two-year grace period of EnEfG"
          + " § 11(2) for a site starting operation " + op + ": due by " + dueLatest + "; " + v.detail().get()
          + (v.outcome() == Outcome.FAIL ? ", which does not meet the limit yet" : ""));
    } else {
      draft.mark(lim.criterion(), lim.clause(), Outcome.UNKNOWN, () -> "the two-year grace period of EnEfG § 11(2) ends"
          + " between " + dueEarliest + " and " + dueLatest + " (start of operation " + op + "); " + v.detail().get()
          + (v.outcome() == Outcome.FAIL ? ", which does not meet the limit" : ""));
    }
  }

  /** Sites out of the act's scope: outside its jurisdiction (no IT power), or below its connected load (the IT power). */
  private record OutOfScope(OptionalDouble itPowerMw) {}

  /** Sites in the act's jurisdiction whose IT power is unknown. */
  private record ScopeUnknown() {}

  /**
   * Marks every duty alike, with the three marks shared by every site of an equal key; {@code why} gives the words of
   * a key under the pass's duties, and is run only for a key not seen before.
   */
  private static <K extends Record> void all(SiteEnergyDraft draft, EnergyPass pass, K key, Outcome outcome,
      BiFunction<K, RegulatoryRules, Supplier<String>> why) {
    List<RegulatoryMark> marks = pass.known(key);
    if (marks == null) {
      Supplier<String> words = why.apply(key, pass.profile().rules());
      marks = pass.keep(key, List.of(
          pass.mark("enefg-pue", PUE_CLAUSE, outcome, words),
          pass.mark("enefg-erf", ERF_CLAUSE, outcome, words),
          pass.mark("enefg-renewable", RENEWABLE_CLAUSE, outcome, words)));
    }
    for (RegulatoryMark m : marks) {
      draft.mark(m);
    }
  }

  private static void pueMark(SiteEnergyDraft draft, DatedLimit lim, double pue, boolean pueDefaulted) {
    Verdict v = pueVerdict(lim, pue, pueDefaulted);
    draft.mark(lim.criterion(), lim.clause(), v.outcome(), v.detail());
  }

  private static Verdict pueVerdict(DatedLimit lim, double pue, boolean pueDefaulted) {
    if (pueDefaulted) {
      return new Verdict(Outcome.UNKNOWN, () -> "PUE not reported (default " + EnergyValue.format(pue) + " is not evidence)");
    }
    boolean ok = pue <= lim.limit().value();
    return new Verdict(ok ? Outcome.PASS : Outcome.FAIL, () -> "PUE " + EnergyValue.format(pue));
  }

  /** A duty's outcome on the site's value and the sentence that says why. */
  private record Verdict(Outcome outcome, Supplier<String> detail) {}
}
