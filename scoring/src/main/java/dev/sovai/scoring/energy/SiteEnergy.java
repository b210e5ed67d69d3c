package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.site.SiteStatus;

/**
 * The energy assessment of one site: the physical quantities with their units and derivations (power, energy,
 * location- and market-based carbon, CUE, carbon per PFLOP-hour, performance per watt, grid shares, water, heat
 * reuse), the regulatory marks on the as-of date, the findings, the gaps (each defaulted or missing input and
 * how it was treated) and the normalised 0–100 energy score, given next to the quantities and never instead of
 * them. Convert it to the neutral form with {@link #toAssessment()}; print it with {@link #report()}.
 *
 * <p>Quantity names are the constants of this class; a quantity the data cannot give is absent.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class SiteEnergy {
  /** IT power, MW. */
  public static final String IT_POWER_MW = "itPowerMw";
  /** PUE used (reported or defaulted), 1. */
  public static final String PUE = "pue";
  /** Facility power, MW. */
  public static final String FACILITY_POWER_MW = "facilityPowerMw";
  /** Annual IT energy, MWh/yr. */
  public static final String ANNUAL_IT_ENERGY_MWH = "annualItEnergyMwh";
  /** Annual facility energy, MWh/yr. */
  public static final String ANNUAL_ENERGY_MWH = "annualEnergyMwh";
  /** Location-based intensity of the supply, gCO2e/kWh. */
  public static final String GRID_INTENSITY = "gridIntensityGramsPerKwh";
  /** Location-based emissions, tCO2e/yr. */
  public static final String LOCATION_CARBON_TONNES = "locationCarbonTonnesPerYear";
  /** Market-based intensity, gCO2e/kWh. */
  public static final String MARKET_INTENSITY = "marketIntensityGramsPerKwh";
  /** Market-based emissions, tCO2e/yr. */
  public static final String MARKET_CARBON_TONNES = "marketCarbonTonnesPerYear";
  /** Carbon usage effectiveness, kgCO2e per kWh of IT energy. */
  public static final String CUE = "cueKgPerKwh";
  /** Accelerators whose power is known, counted. */
  public static final String ACCELERATORS_COUNTED = "acceleratorsCounted";
  /** Dense BF16 peak of the counted fleet, PFLOPS. */
  public static final String DENSE_BF16_PFLOPS = "denseBf16Pflops";
  /** Operational carbon per PFLOP·h of dense BF16, gCO2e. */
  public static final String OPERATIONAL_CARBON_PER_PFLOP_HOUR = "operationalCarbonGramsPerPflopHour";
  /** Embodied carbon per PFLOP·h, gCO2e. */
  public static final String EMBODIED_CARBON_PER_PFLOP_HOUR = "embodiedCarbonGramsPerPflopHour";
  /** SCI (E·I + M)/R per PFLOP·h, gCO2e. */
  public static final String SCI_PER_PFLOP_HOUR = "sciGramsPerPflopHour";
  /** Dense BF16 TFLOPS per kW of accelerator board power. */
  public static final String BF16_PER_KW_CHIP = "bf16TflopsPerKwChip";
  /** Dense BF16 TFLOPS per kW at the meter (board power × k_sys × PUE). */
  public static final String BF16_PER_KW_METER = "bf16TflopsPerKwMeter";
  /** Dense FP8 TFLOPS per kW of board power. */
  public static final String FP8_PER_KW_CHIP = "fp8TflopsPerKwChip";
  /** Dense FP8 TFLOPS per kW at the meter. */
  public static final String FP8_PER_KW_METER = "fp8TflopsPerKwMeter";
  /** Grid low-carbon share. */
  public static final String GRID_LOW_CARBON_SHARE = "gridLowCarbonShare";
  /** Grid renewable share. */
  public static final String GRID_RENEWABLE_SHARE = "gridRenewableShare";
  /** Grid nuclear share. */
  public static final String GRID_NUCLEAR_SHARE = "gridNuclearShare";
  /** Grid net import share of demand. */
  public static final String GRID_NET_IMPORT_SHARE = "gridNetImportShare";
  /** The site's annual energy as a share of its country's electricity demand (a subdivision's if the country has none). */
  public static final String GRID_DEMAND_SHARE = "gridDemandShare";
  /** Renewable share of the supply by contracts and certificates (market-based). */
  public static final String MARKET_RENEWABLE_SHARE = "marketRenewableShare";
  /** Reported REF. */
  public static final String REPORTED_REF = "reportedRef";
  /** Reported WUE, L/kWh. */
  public static final String WUE = "wueLitresPerKwh";
  /** Annual on-site water use, m³/yr. */
  public static final String ANNUAL_WATER_M3 = "annualWaterM3";
  /** Reported ERF. */
  public static final String ERF = "erf";
  /** CSF SOV-8.1 points of the rung reached. */
  public static final String CSF_SOV81_POINTS = "csfSov81Points";
  /** The 0–100 energy score. */
  public static final String ENERGY_SCORE = "energyScore";

  private final String siteId;
  private final String siteName;
  private final String jurisdiction;
  private final SiteStatus status;
  private final LocalDate asOf;
  private final String profile;
  private final Map<String, Quantity> quantities;
  private final List<RegulatoryMark> marks;
  private final List<Finding> findings;
  private final List<Gap> gaps;
  private final int needed;
  private final double scoreLower;
  private final double scoreUpper;
  private final List<String> sources;

  SiteEnergy(String siteId, String siteName, String jurisdiction, SiteStatus status, LocalDate asOf, String profile,
      Map<String, Quantity> quantities, List<RegulatoryMark> marks, List<Finding> findings, List<Gap> gaps, int needed,
      double scoreLower, double scoreUpper, List<String> sources) {
    this.siteId = siteId;
    this.siteName = siteName;
    this.jurisdiction = jurisdiction;
    this.status = status;
    this.asOf = asOf;
    this.profile = profile;
    this.quantities = Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    this.marks = List.copyOf(marks);
    this.findings = List.copyOf(findings);
    this.gaps = List.copyOf(gaps);
    this.needed = needed;
    this.scoreLower = scoreLower;
    this.scoreUpper = scoreUpper;
    this.sources = List.copyOf(sources);
  }

  /** @return the site's identifier, not null */
  public String siteId() {
    return siteId;
  }

  /** @return the site's name, not null */
  public String siteName() {
    return siteName;
  }

  /** @return the site's jurisdiction code, not null */
  public String jurisdiction() {
    return jurisdiction;
  }

  /** @return the site's status on the as-of date, not null */
  public SiteStatus status() {
    return status;
  }

  /** @return the as-of date, not null */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the profile label ({@code name@version}), not null */
  public String profile() {
    return profile;
  }

  /** @return the quantities in report order, by name, unmodifiable */
  public Map<String, Quantity> quantities() {
    return quantities;
  }

  /**
   * Finds a quantity.
   *
   * @param name  one of the name constants, not null
   * @return the quantity, or empty if the data could not give it
   */
  public Optional<Quantity> quantity(String name) {
    return Optional.ofNullable(quantities.get(name));
  }

  /**
   * The value of a quantity.
   *
   * @param name  one of the name constants, not null
   * @return the value in the quantity's unit, or empty
   */
  public OptionalDouble value(String name) {
    Quantity q = quantities.get(name);
    return q == null ? OptionalDouble.empty() : OptionalDouble.of(q.value());
  }

  /** @return annual facility energy in MWh/yr, or empty when the IT power is unknown */
  public OptionalDouble annualEnergyMwh() {
    return value(ANNUAL_ENERGY_MWH);
  }

  /** @return location-based emissions in tCO2e/yr, or empty */
  public OptionalDouble locationCarbonTonnesPerYear() {
    return value(LOCATION_CARBON_TONNES);
  }

  /** @return market-based emissions in tCO2e/yr, or empty */
  public OptionalDouble marketCarbonTonnesPerYear() {
    return value(MARKET_CARBON_TONNES);
  }

  /** @return the regulatory marks on the as-of date */
  public List<RegulatoryMark> marks() {
    return marks;
  }

  /**
   * Finds a mark.
   *
   * @param criterion  the criterion identifier, not null
   * @return the mark, or empty if the profile has no such criterion
   */
  public Optional<RegulatoryMark> mark(String criterion) {
    return marks.stream().filter(m -> m.criterion().equals(criterion)).findFirst();
  }

  /** @return the informational findings (flags, bounds), beside the marks */
  public List<Finding> findings() {
    return findings;
  }

  /** @return each missing or defaulted input and how it was treated */
  public List<Gap> gaps() {
    return gaps;
  }

  /** @return the number of inputs the assessment needed, ≥ 0 */
  public int needed() {
    return needed;
  }

  /** @return the energy score in [0, 100], counting every unknown component as worst */
  public double energyScore() {
    return scoreLower;
  }

  /** @return the energy score in [0, 100] if every unknown component were best: the upper bound */
  public double energyScoreUpper() {
    return scoreUpper;
  }

  /** @return the identifiers of the sources of the facts used */
  public List<String> sources() {
    return sources;
  }

  /** @return the subject reference, not null */
  public EntityRef subject() {
    return EntityRef.of(EntityKind.SITE, siteId);
  }

  /**
   * Converts to the neutral assessment form: the score as headline, each quantity as a metric with its unit
   * (defaulted ones marked), the energy score with its bounds, the marks and findings, and the coverage.
   *
   * @return the assessment, not null
   */
  public Assessment toAssessment() {
    List<Metric> metrics = new ArrayList<>();
    for (Quantity q : quantities.values()) {
      metrics.add(Metric.builder().name(q.name()).value(q.value()).unit(q.unit()).defaulted(q.defaulted()).build());
    }
    metrics.add(scoreMetric(scoreLower, scoreUpper, quantities.values().stream().anyMatch(Quantity::defaulted)));
    List<Finding> all = new ArrayList<>();
    EntityRef self = subject();
    EntityRef place = EntityRef.via("located in", EntityKind.JURISDICTION, jurisdiction);
    for (RegulatoryMark m : marks) {
      all.add(Finding.builder().criterion(m.criterion()).outcome(m.outcome()).message(m.clause() + " — " + m.message())
          .addChain(self, place).addAllSources(sources).build());
    }
    all.addAll(findings);
    return Assessment.builder().scorer("energy").subject(self).profile(profile).asOf(asOf).headline(scoreLower)
        .metrics(metrics).findings(all).coverage(coverage(needed, gaps)).build();
  }

  static Metric scoreMetric(double lower, double upper, boolean defaulted) {
    return Metric.builder().name(ENERGY_SCORE).value(lower).unit("score 0-100").lower(lower).upper(upper)
        .defaulted(defaulted).build();
  }

  static Coverage coverage(int needed, List<Gap> gaps) {
    return Coverage.builder().needed(Math.max(needed, gaps.size())).known(Math.max(0, needed - gaps.size())).gaps(gaps).build();
  }

  /**
   * Renders the assessment as text for people: every quantity with its unit and derivation, defaults marked
   * {@code [default]}, then the marks, findings and gaps.
   *
   * @return the report, lines separated by {@code \n}, not null
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append("Energy of site ").append(siteId).append(" (").append(siteName).append(", ").append(jurisdiction).append(", ")
        .append(status.name().toLowerCase(Locale.ROOT)).append(") as of ").append(asOf).append(", profile ").append(profile)
        .append('\n');
    for (Quantity q : quantities.values()) {
      sb.append(String.format(Locale.ROOT, "  %-36s %12s %-16s %s%s%n", q.name(), Quantity.format(q.value()), q.unit(),
          q.defaulted() ? "[default] " : "", q.basis()));
    }
    sb.append(String.format(Locale.ROOT, "  %-36s %12s %-16s bounds [%s, %s]: unknown components count 0 / 1%n", ENERGY_SCORE,
        Quantity.format(scoreLower), "score 0-100", Quantity.format(scoreLower), Quantity.format(scoreUpper)));
    sb.append("Regulatory marks\n");
    for (RegulatoryMark m : marks) {
      sb.append(String.format(Locale.ROOT, "  %-14s %-16s %s: %s%n", m.outcome().name().toLowerCase(Locale.ROOT), m.criterion(),
          m.clause(), m.message()));
    }
    if (!findings.isEmpty()) {
      sb.append("Findings\n");
      for (Finding f : findings) {
        sb.append("  ").append(f.criterion()).append(": ").append(f.message()).append('\n');
      }
    }
    sb.append("Coverage ").append(Math.max(0, needed - gaps.size())).append('/').append(needed).append(" inputs known\n");
    for (Gap g : gaps) {
      sb.append("  ").append(g.treatment().name().toLowerCase(Locale.ROOT)).append(' ').append(g.field()).append(": ")
          .append(g.detail()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "SiteEnergy[" + siteId + ", score " + Quantity.format(scoreLower) + "]";
  }
}
