package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.lazy.LazyList;

/**
 * The energy assessment of one site: the physical quantities with their units and derivations (power, energy,
 * location- and market-based carbon, CUE, carbon per PFLOP-hour, performance per watt, grid shares, water, heat
 * reuse), the regulatory marks on the as-of date, the findings, the gaps (each defaulted or missing input and
 * how it was treated) and the normalised 0–100 energy score, given next to the quantities and never instead of
 * them. Convert it to the neutral form with {@link #toAssessment()}; print it with {@link #explain()}.
 *
 * <p>Read a quantity with {@link #value(EnergyQuantity)} or {@link #get(EnergyQuantity)}; a quantity the data cannot
 * give is absent. The score components' normalised values are {@link #componentScores()}.
 *
 * <p>The result keeps what the scorer decided (the numbers, the marks' outcomes, the count of gaps); the words — the
 * derivations, the marks' messages, the findings and the gaps' details — are built the first time they are read
 * ({@link #explain()}, {@link #toAssessment()}, {@link #findings()}, {@link #gaps()}, {@link EnergyValue#basis()},
 * {@link RegulatoryMark#message()}) and kept from then on.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe: what is built on first reading is built
 * once and is the same whichever thread reads it first.
 */
public final class SiteEnergy implements EnergyResult {
  private final String siteId;
  private final String siteName;
  private final String jurisdiction;
  private final SiteStatus status;
  private final LocalDate asOf;
  private final String profile;
  private final Quantities<EnergyQuantity> quantities;
  private final Map<String, EnergyValue> componentScores;
  private final List<RegulatoryMark> marks;
  private final List<Finding> findings;
  private final List<Gap> gaps;
  private final int needed;
  private final double scoreLower;
  private final double scoreUpper;
  private final List<String> sources;

  SiteEnergy(String siteId, String siteName, String jurisdiction, SiteStatus status, LocalDate asOf, String profile,
      Quantities<EnergyQuantity> quantities, Quantities<String> componentScores, List<RegulatoryMark> marks,
      List<Supplier<Finding>> findings, List<Supplier<Gap>> gaps, int needed, double scoreLower, double scoreUpper, List<String> sources) {
    this.siteId = siteId;
    this.siteName = siteName;
    this.jurisdiction = jurisdiction;
    this.status = status;
    this.asOf = asOf;
    this.profile = profile;
    this.quantities = quantities; // the draft's, which is not written again
    this.componentScores = componentScores; // the draft's, likewise
    this.marks = List.copyOf(marks);
    this.findings = findings.isEmpty() ? List.of() : LazyList.of(findings);
    this.gaps = gaps.isEmpty() ? List.of() : LazyList.of(gaps);
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

  /** @return the quantities the data could give, in report order, unmodifiable */
  @Override
  public Map<EnergyQuantity, EnergyValue> quantities() {
    return quantities;
  }

  /** @return the value of a quantity, or null if the data could not give it: {@link #get} without the {@code Optional} */
  EnergyValue quantity(EnergyQuantity q) {
    return quantities.at(q.ordinal());
  }

  /**
   * @return the normalised value in [0, 1] of each score component whose input is known, by component name, in the
   *     profile's order, unmodifiable; written as metrics {@code "score.<component>"}
   */
  public Map<String, EnergyValue> componentScores() {
    return componentScores;
  }

  /** @return annual facility energy in MWh/yr, or empty when the IT power is unknown */
  public OptionalDouble annualEnergyMwh() {
    return value(EnergyQuantity.ANNUAL_ENERGY_MWH);
  }

  /** @return location-based emissions in tCO2e/yr, or empty */
  public OptionalDouble locationCarbonTonnesPerYear() {
    return value(EnergyQuantity.LOCATION_CARBON_TONNES);
  }

  /** @return market-based emissions in tCO2e/yr, or empty */
  public OptionalDouble marketCarbonTonnesPerYear() {
    return value(EnergyQuantity.MARKET_CARBON_TONNES);
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

  /** @return the informational findings (flags, bounds), beside the marks (built on the first call), unmodifiable */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * @return each missing or defaulted input and how it was treated, unmodifiable; the gaps are built on the first
   *     read of an element, their number is known without building them
   */
  public List<Gap> gaps() {
    return gaps;
  }


  /** @return the number of inputs the assessment needed, ≥ 0 */
  public int needed() {
    return needed;
  }

  /** @return the energy score in [0, 100], counting every unknown component as worst */
  @Override
  public double energyScore() {
    return scoreLower;
  }

  /** @return the energy score in [0, 100] if every unknown component were best: the upper bound */
  @Override
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
  @Override
  public Assessment toAssessment() {
    List<Metric> metrics = metrics(quantities.values());
    metrics.addAll(metrics(componentScores.values()));
    metrics.add(scoreMetric(scoreLower, scoreUpper, quantities.values().stream().anyMatch(EnergyValue::defaulted)
        || componentScores.values().stream().anyMatch(EnergyValue::defaulted)));
    List<Finding> all = new ArrayList<>();
    EntityRef self = subject();
    EntityRef place = EntityRef.via("located in", EntityKind.JURISDICTION, jurisdiction);
    for (RegulatoryMark m : marks) {
      all.add(Finding.builder().criterion(m.criterion()).outcome(m.outcome()).message(m.clause() + " — " + m.message())
          .addChain(self, place).addAllSources(sources).build());
    }
    all.addAll(findings());
    return Assessment.builder().scorer("energy").subject(self).profile(profile).asOf(asOf).headline(scoreLower)
        .metrics(metrics).findings(all).coverage(coverage(needed, gaps())).build();
  }

  static List<Metric> metrics(Collection<EnergyValue> values) {
    List<Metric> metrics = new ArrayList<>();
    for (EnergyValue q : values) {
      metrics.add(Metric.builder().name(q.name()).value(q.value()).unit(q.unit()).defaulted(q.defaulted()).build());
    }
    return metrics;
  }

  static Metric scoreMetric(double lower, double upper, boolean defaulted) {
    return Metric.builder().name(EnergyQuantity.ENERGY_SCORE.metricName()).value(lower)
        .unit(EnergyQuantity.ENERGY_SCORE.unit()).lower(lower).upper(upper)
        .defaulted(defaulted).build();
  }

  static Coverage coverage(int needed, List<Gap> gaps) {
    return Coverage.builder().needed(Math.max(needed, gaps.size())).known(Math.max(0, needed - gaps.size())).gaps(gaps).build();
  }

  /**
   * Explains the assessment for people: every quantity with its unit and derivation, defaults marked
   * {@code [default]}, then the marks, findings and gaps.
   *
   * @return the explanation, lines separated by {@code \n}, not null
   */
  @Override
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("Energy of site ").append(siteId).append(" (").append(siteName).append(", ").append(jurisdiction).append(", ")
        .append(status.name().toLowerCase(Locale.ROOT)).append(") as of ").append(asOf).append(", profile ").append(profile)
        .append('\n');
    for (EnergyValue q : quantities.values()) {
      line(sb, q);
    }
    for (EnergyValue q : componentScores.values()) {
      line(sb, q);
    }
    sb.append(String.format(Locale.ROOT, "  %-36s %12s %-16s bounds [%s, %s]: unknown components count 0 / 1%n",
        EnergyQuantity.ENERGY_SCORE.metricName(), EnergyValue.format(scoreLower), EnergyQuantity.ENERGY_SCORE.unit(),
        EnergyValue.format(scoreLower), EnergyValue.format(scoreUpper)));
    sb.append("Regulatory marks\n");
    for (RegulatoryMark m : marks) {
      sb.append(String.format(Locale.ROOT, "  %-14s %-16s %s: %s%n", m.outcome().name().toLowerCase(Locale.ROOT), m.criterion(),
          m.clause(), m.message()));
    }
    if (!findings().isEmpty()) {
      sb.append("Findings\n");
      for (Finding f : findings()) {
        sb.append("  ").append(f.criterion()).append(": ").append(f.message()).append('\n');
      }
    }
    sb.append("Coverage ").append(Math.max(0, needed - gaps.size())).append('/').append(needed).append(" inputs known\n");
    for (Gap g : gaps()) {
      sb.append("  ").append(g.treatment().name().toLowerCase(Locale.ROOT)).append(' ').append(g.field()).append(": ")
          .append(g.detail()).append('\n');
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, EnergyValue q) {
    sb.append(String.format(Locale.ROOT, "  %-36s %12s %-16s %s%s%n", q.name(), EnergyValue.format(q.value()), q.unit(),
        q.defaulted() ? "[default] " : "", q.basis()));
  }

  @Override
  public String toString() {
    return "SiteEnergy[" + siteId + ", score " + EnergyValue.format(scoreLower) + "]";
  }
}
