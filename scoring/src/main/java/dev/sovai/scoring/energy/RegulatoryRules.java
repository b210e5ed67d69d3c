package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The regulatory and label thresholds the energy scorer marks sites against, as data with their sources:
 * the Gaia-X policy rules P6.1.2–P6.1.4 and the German Energy Efficiency Act (EnEfG) duties for data centres.
 * The EU Cloud Sovereignty Framework's SOV-8.1 and SOV-8.4 ladders are not here: they live, with the rest of the
 * framework, in {@link dev.sovai.scoring.csf.CsfCriterion}, and SOV-8.1 is decided by
 * {@link dev.sovai.scoring.csf.PueRating}.
 *
 * <p>Upper bounds: PUE limits and the Gaia-X WUE limit (a site passes at or below them). Lower bounds: the
 * renewable shares and ERF limits (a site passes at or above them).
 *
 * @param euBloc  the bloc code the CSF's "EU" conditions test ({@code "EU"})
 * @param enefgJurisdiction  the jurisdiction whose sites the EnEfG duties bind ({@code "DE"})
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
    Reference gaiaxPueCool,
    Reference gaiaxPueWarm,
    List<DatedLimit> gaiaxRenewable,
    Reference gaiaxWue,
    Reference enefgScopeMw,
    List<DatedLimit> enefgPueExisting,
    DatedLimit enefgPueNew,
    List<DatedLimit> enefgErfNew,
    List<DatedLimit> enefgRenewable) {

  private static final String GAIAX = "Gaia-X Policy Rules (Climate Neutral Data Centre Pact targets) [S; edition year not checked]";
  private static final int GAIAX_YEAR = 2024;
  private static final String ENEFG = "Germany, Energieeffizienzgesetz (EnEfG), in force Nov 2023; via cfpaguide.com, deerns.com [S]";
  private static final int ENEFG_YEAR = 2023;

  /**
   * Checks the rules.
   *
   * @throws NullPointerException if an argument is null
   */
  public RegulatoryRules {
    Objects.requireNonNull(euBloc, "euBloc");
    Objects.requireNonNull(enefgJurisdiction, "enefgJurisdiction");
    gaiaxRenewable = List.copyOf(gaiaxRenewable);
    enefgPueExisting = List.copyOf(enefgPueExisting);
    enefgErfNew = List.copyOf(enefgErfNew);
    enefgRenewable = List.copyOf(enefgRenewable);
    Objects.requireNonNull(gaiaxPueCool, "gaiaxPueCool");
    Objects.requireNonNull(gaiaxPueWarm, "gaiaxPueWarm");
    Objects.requireNonNull(gaiaxWue, "gaiaxWue");
    Objects.requireNonNull(enefgScopeMw, "enefgScopeMw");
    Objects.requireNonNull(enefgPueNew, "enefgPueNew");
  }

  /** @return the rules as the research notes give them (Gaia-X P6, EnEfG 2023), not null */
  public static RegulatoryRules defaults() {
    return new RegulatoryRules("EU", "DE",
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
}
