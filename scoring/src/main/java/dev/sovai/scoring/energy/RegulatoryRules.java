package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The regulatory and label thresholds the energy scorer marks sites against, as data with their sources:
 * the EU Cloud Sovereignty Framework's SOV-8.1 (energy efficiency) and SOV-8.4 (energy supply) ladders, the
 * Gaia-X policy rules P6.1.2–P6.1.4, and the German Energy Efficiency Act (EnEfG) duties for data centres.
 *
 * <p>Upper bounds: PUE limits and the Gaia-X WUE limit (a site passes at or below them). Lower bounds: the
 * renewable shares and ERF limits (a site passes at or above them). The CSF ladders are strict ({@code PUE < 1.3}).
 *
 * @param euBloc  the bloc code the CSF's "EU" conditions test ({@code "EU"})
 * @param enefgJurisdiction  the jurisdiction whose sites the EnEfG duties bind ({@code "DE"})
 * @param csfSov81  SOV-8.1 rungs, worst first; each but the first has a strict PUE bound
 * @param csfSov84  SOV-8.4 rungs, worst first (non-traceable, EU, green EU)
 * @param gaiaxPueCool  Gaia-X P6.1.2 PUE target for cool climates
 * @param gaiaxPueWarm  Gaia-X P6.1.2 PUE target for warm climates
 * @param gaiaxRenewable  Gaia-X P6.1.3 renewable (or hourly CFE) matching targets by due date
 * @param gaiaxWue  Gaia-X P6.1.4 WUE limit in L/kWh (water-stressed areas)
 * @param enefgScopeMw  the EnEfG scope threshold on connected load, in MW
 * @param enefgPueExisting  EnEfG PUE limits for data centres in operation before {@code enefgPueNew.from}
 * @param enefgPueNew  EnEfG PUE limit for data centres starting operation on or after its date
 * @param enefgErfNew  EnEfG ERF minimums by start-of-operation cohort
 * @param enefgRenewable  EnEfG renewable electricity shares by date
 */
public record RegulatoryRules(
    String euBloc,
    String enefgJurisdiction,
    List<CsfRung> csfSov81,
    List<CsfRung> csfSov84,
    Reference gaiaxPueCool,
    Reference gaiaxPueWarm,
    List<DatedLimit> gaiaxRenewable,
    Reference gaiaxWue,
    Reference enefgScopeMw,
    List<DatedLimit> enefgPueExisting,
    DatedLimit enefgPueNew,
    List<DatedLimit> enefgErfNew,
    List<DatedLimit> enefgRenewable) {

  private static final String CSF = "EU Cloud Sovereignty Framework calculator, as transcribed by SUSE/csf-self-assessment "
      + "and flavienbwk/cloud-sovereignty-score [S]";
  private static final int CSF_YEAR = 2026;
  private static final String GAIAX = "Gaia-X Policy Rules (Climate Neutral Data Centre Pact targets) [S; edition year not checked]";
  private static final int GAIAX_YEAR = 2024;
  private static final String ENEFG = "Germany, Energieeffizienzgesetz (EnEfG), in force Nov 2023; via cfpaguide.com, deerns.com [S]";
  private static final int ENEFG_YEAR = 2023;

  /**
   * One rung of a CSF ladder.
   *
   * @param label  the rung as the framework words it, not blank
   * @param pueBelow  the strict PUE bound of the rung, if it has one
   * @param points  the rung's points, if transcribed
   * @param seal  the SEAL tag (0–4) the rung supports
   * @param condition  what else the rung requires beyond its PUE bound, not null
   */
  public record CsfRung(String label, Optional<Reference> pueBelow, Optional<Reference> points, int seal, Condition condition) {
    /**
     * Checks the rung.
     *
     * @throws IllegalArgumentException if the SEAL tag is outside 0–4
     */
    public CsfRung {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(pueBelow, "pueBelow");
      Objects.requireNonNull(points, "points");
      Objects.requireNonNull(condition, "condition");
      if (seal < 0 || seal > 4) {
        throw new IllegalArgumentException("CSF rung \"" + label + "\": SEAL must be in 0–4, was " + seal);
      }
    }
  }

  /** What a CSF rung requires beyond its PUE bound. */
  public enum Condition {
    /** Nothing more. */
    NONE,
    /** An improvement roadmap; not in the model, so the rung is reported as unknown. */
    ROADMAP,
    /** EU verification: taken as a reported PUE on a site in the EU whose facts are confirmed. */
    EU_VERIFIED
  }

  /**
   * Checks the rules.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a ladder is empty
   */
  public RegulatoryRules {
    Objects.requireNonNull(euBloc, "euBloc");
    Objects.requireNonNull(enefgJurisdiction, "enefgJurisdiction");
    csfSov81 = List.copyOf(csfSov81);
    csfSov84 = List.copyOf(csfSov84);
    gaiaxRenewable = List.copyOf(gaiaxRenewable);
    enefgPueExisting = List.copyOf(enefgPueExisting);
    enefgErfNew = List.copyOf(enefgErfNew);
    enefgRenewable = List.copyOf(enefgRenewable);
    Objects.requireNonNull(gaiaxPueCool, "gaiaxPueCool");
    Objects.requireNonNull(gaiaxPueWarm, "gaiaxPueWarm");
    Objects.requireNonNull(gaiaxWue, "gaiaxWue");
    Objects.requireNonNull(enefgScopeMw, "enefgScopeMw");
    Objects.requireNonNull(enefgPueNew, "enefgPueNew");
    if (csfSov81.isEmpty() || csfSov84.isEmpty()) {
      throw new IllegalArgumentException("RegulatoryRules: the CSF ladders must not be empty");
    }
  }

  /** @return the rules as the research notes give them (CSF calculator 2026, Gaia-X P6, EnEfG 2023), not null */
  public static RegulatoryRules defaults() {
    return new RegulatoryRules("EU", "DE",
        List.of(
            rung("PUE > 0", null, 0, 1, Condition.NONE),
            rung("PUE < 3", 3.0, 62.5, 1, Condition.NONE),
            rung("PUE < 1.5 with an improvement roadmap", 1.5, 125, 4, Condition.ROADMAP),
            rung("PUE < 1.3", 1.3, 187.5, 4, Condition.NONE),
            rung("PUE < 1.2, EU-verified", 1.2, 250, 4, Condition.EU_VERIFIED)),
        List.of(
            new CsfRung("non-traceable energy supply", Optional.empty(), Optional.of(points(0)), 4, Condition.NONE),
            new CsfRung("traceable EU energy supply (points not transcribed [U])", Optional.empty(), Optional.empty(), 4, Condition.NONE),
            new CsfRung("only green EU energy supplies", Optional.empty(), Optional.of(points(250)), 4, Condition.NONE)),
        Reference.of("Gaia-X P6.1.2 PUE target, cool climates", 1.3, "1", GAIAX, GAIAX_YEAR),
        Reference.of("Gaia-X P6.1.2 PUE target, warm climates", 1.4, "1", GAIAX, GAIAX_YEAR),
        List.of(
            new DatedLimit("gaiax-p6.1.3", "Gaia-X P6.1.3: ≥ 75 % renewable or hourly CFE matching by 31 Dec 2025",
                LocalDate.of(2025, 12, 31), Reference.of("Gaia-X P6.1.3 renewable share", 0.75, "fraction", GAIAX, GAIAX_YEAR)),
            new DatedLimit("gaiax-p6.1.3", "Gaia-X P6.1.3: 100 % renewable or hourly CFE matching by 31 Dec 2030",
                LocalDate.of(2030, 12, 31), Reference.of("Gaia-X P6.1.3 renewable share", 1.0, "fraction", GAIAX, GAIAX_YEAR))),
        Reference.of("Gaia-X P6.1.4 WUE limit in water-stressed areas", 0.4, "L/kWh", GAIAX, GAIAX_YEAR),
        Reference.of("EnEfG scope: connected load", 0.3, "MW", ENEFG, ENEFG_YEAR),
        List.of(
            new DatedLimit("enefg-pue", "EnEfG: PUE ≤ 1.5 from 1 Jul 2027 for data centres operating before 1 Jul 2026",
                LocalDate.of(2027, 7, 1), Reference.of("EnEfG PUE limit, existing", 1.5, "1", ENEFG, ENEFG_YEAR)),
            new DatedLimit("enefg-pue", "EnEfG: PUE ≤ 1.3 from 1 Jul 2030 for data centres operating before 1 Jul 2026",
                LocalDate.of(2030, 7, 1), Reference.of("EnEfG PUE limit, existing", 1.3, "1", ENEFG, ENEFG_YEAR))),
        new DatedLimit("enefg-pue", "EnEfG: PUE ≤ 1.2 for data centres starting operation from 1 Jul 2026",
            LocalDate.of(2026, 7, 1), Reference.of("EnEfG PUE limit, new", 1.2, "1", ENEFG, ENEFG_YEAR)),
        List.of(
            new DatedLimit("enefg-erf", "EnEfG: ERF ≥ 10 % for data centres starting operation from 1 Jul 2026",
                LocalDate.of(2026, 7, 1), Reference.of("EnEfG ERF minimum", 0.10, "fraction", ENEFG, ENEFG_YEAR)),
            new DatedLimit("enefg-erf", "EnEfG: ERF ≥ 15 % for data centres starting operation from 1 Jul 2027",
                LocalDate.of(2027, 7, 1), Reference.of("EnEfG ERF minimum", 0.15, "fraction", ENEFG, ENEFG_YEAR)),
            new DatedLimit("enefg-erf", "EnEfG: ERF ≥ 20 % for data centres starting operation from 1 Jul 2028",
                LocalDate.of(2028, 7, 1), Reference.of("EnEfG ERF minimum", 0.20, "fraction", ENEFG, ENEFG_YEAR))),
        List.of(
            new DatedLimit("enefg-renewable", "EnEfG: ≥ 50 % renewable electricity (balance-sheet) from 1 Jan 2024",
                LocalDate.of(2024, 1, 1), Reference.of("EnEfG renewable share", 0.5, "fraction", ENEFG, ENEFG_YEAR)),
            new DatedLimit("enefg-renewable", "EnEfG: 100 % renewable electricity (balance-sheet) from 1 Jan 2027",
                LocalDate.of(2027, 1, 1), Reference.of("EnEfG renewable share", 1.0, "fraction", ENEFG, ENEFG_YEAR))));
  }

  private static CsfRung rung(String label, Double pueBelow, double points, int seal, Condition condition) {
    Optional<Reference> bound = pueBelow == null ? Optional.empty()
        : Optional.of(Reference.of("CSF SOV-8.1 bound \"" + label + "\"", pueBelow, "1", CSF, CSF_YEAR));
    return new CsfRung(label, bound, Optional.of(points(points)), seal, condition);
  }

  private static Reference points(double points) {
    return Reference.of("CSF rung points", points, "points", CSF, CSF_YEAR);
  }
}
