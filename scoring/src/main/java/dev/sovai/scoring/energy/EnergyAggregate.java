package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.scoring.lazy.Lazy;

/**
 * The energy assessment of a set of sites: an operator's (the sites it runs) or a whole landscape's. Extensive
 * quantities (power, energy, emissions, water) are sums over the sites that have them; intensive ones are
 * weighted: PUE = Σ facility power / Σ IT power, grid intensity and the energy score weighted by annual energy,
 * CUE = Σ emissions / Σ IT energy. Each sum says how many sites it covers and which it leaves out
 * ({@link #excluded}): a sum that leaves sites out is a lower bound (its metric's {@code lower} is the sum, with no
 * upper bound) and has a finding {@code sum:<metric>} that names the sites (in its chain, relation
 * {@code "excluded"}); a site left out of the energy sums is also a gap.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EnergyAggregate implements EnergyResult {
  private final EntityRef subject;
  private final LocalDate asOf;
  private final String profile;
  private final List<SiteEnergy> sites;
  private final Map<EnergyQuantity, EnergyValue> quantities;
  private final Map<EnergyQuantity, List<String>> excluded;
  private final Lazy<List<Gap>> gaps;
  private final Lazy<List<Finding>> findings;
  private final int needed;
  private final double scoreLower;
  private final double scoreUpper;

  private EnergyAggregate(EntityRef subject, LocalDate asOf, String profile, List<SiteEnergy> sites,
      Map<EnergyQuantity, EnergyValue> quantities, Map<EnergyQuantity, List<String>> excluded, Lazy<List<Gap>> gaps,
      Lazy<List<Finding>> findings, int needed, double scoreLower, double scoreUpper) {
    this.subject = subject;
    this.excluded = java.util.Collections.unmodifiableMap(excluded);
    this.asOf = asOf;
    this.profile = profile;
    this.sites = List.copyOf(sites);
    this.quantities = java.util.Collections.unmodifiableMap(quantities);
    this.gaps = gaps;
    this.findings = findings;
    this.needed = needed;
    this.scoreLower = scoreLower;
    this.scoreUpper = scoreUpper;
  }

  /** The summed quantities, in the order of the result. */
  private static final EnergyQuantity[] SUMMED = {EnergyQuantity.IT_POWER_MW, EnergyQuantity.FACILITY_POWER_MW,
      EnergyQuantity.ANNUAL_IT_ENERGY_MWH, EnergyQuantity.ANNUAL_ENERGY_MWH, EnergyQuantity.LOCATION_CARBON_TONNES,
      EnergyQuantity.MARKET_CARBON_TONNES, EnergyQuantity.ACCELERATORS_COUNTED, EnergyQuantity.DENSE_BF16_PFLOPS,
      EnergyQuantity.ANNUAL_WATER_M3};
  /** The weighted quantities, in the order of the result, with their numerators, denominators, scales and bases. */
  private static final Ratio[] RATIOS = {
      new Ratio(EnergyQuantity.PUE, EnergyQuantity.FACILITY_POWER_MW, EnergyQuantity.IT_POWER_MW, 1.0,
          "Σ facility power / Σ IT power"),
      new Ratio(EnergyQuantity.GRID_INTENSITY, EnergyQuantity.LOCATION_CARBON_TONNES, EnergyQuantity.ANNUAL_ENERGY_MWH,
          1000.0, "Σ location-based emissions / Σ annual energy"),
      new Ratio(EnergyQuantity.CUE, EnergyQuantity.LOCATION_CARBON_TONNES, EnergyQuantity.ANNUAL_IT_ENERGY_MWH, 1.0,
          "Σ location-based emissions / Σ annual IT energy"),
      new Ratio(EnergyQuantity.MARKET_INTENSITY, EnergyQuantity.MARKET_CARBON_TONNES, EnergyQuantity.ANNUAL_ENERGY_MWH,
          1000.0, "Σ market-based emissions / Σ annual energy")};

  /** A weighted quantity: Σ numerator / Σ denominator × scale over the sites that have both. */
  private record Ratio(EnergyQuantity name, EnergyQuantity num, EnergyQuantity den, double scale, String basis) {}

  /** Aggregates sites: {@link Totals} of them, added in order. */
  static EnergyAggregate of(EntityRef subject, LocalDate asOf, String profile, List<SiteEnergy> sites) {
    Totals totals = new Totals();
    for (SiteEnergy s : sites) {
      totals.add(s);
    }
    return totals.build(subject, asOf, profile);
  }

  /**
   * The sums, ratios, counts and scores of an aggregate, accumulated site by site as each site is scored (while its
   * result is still in the processor's caches) instead of in passes over the finished results: every quantity
   * accumulates in site order, as a pass per quantity would, so the numbers are the same to the last bit.
   *
   * <p>Implementation Requirements: Not thread-safe; one per aggregate, then dropped.
   */
  static final class Totals {
    private final List<SiteEnergy> sites = new ArrayList<>();
    private final double[] total = new double[SUMMED.length];
    private final int[] counted = new int[SUMMED.length];
    private final boolean[] defaulted = new boolean[SUMMED.length];
    private final List<List<String>> left = new ArrayList<>(SUMMED.length);
    private final double[] num = new double[RATIOS.length];
    private final double[] den = new double[RATIOS.length];
    private final int[] paired = new int[RATIOS.length];
    private final boolean[] pairDefaulted = new boolean[RATIOS.length];
    private int needed;
    private int withoutEnergy;
    // the score weighted by energy (used when any site has energy) and with equal weights (when none has)
    private double wsumEnergy;
    private double loEnergy;
    private double upEnergy;
    private double wsumEqual;
    private double loEqual;
    private double upEqual;

    Totals() {
      for (int k = 0; k < SUMMED.length; k++) {
        left.add(new ArrayList<>());
      }
    }

    /** Adds the next site, in the aggregate's order. */
    void add(SiteEnergy s) {
      sites.add(s);
      for (int k = 0; k < SUMMED.length; k++) {
        EnergyValue x = s.quantity(SUMMED[k]);
        if (x != null) {
          total[k] += x.value();
          defaulted[k] |= x.defaulted();
          counted[k]++;
        } else {
          left.get(k).add(s.siteId());
        }
      }
      for (int k = 0; k < RATIOS.length; k++) {
        EnergyValue x = s.quantity(RATIOS[k].num());
        EnergyValue y = s.quantity(RATIOS[k].den());
        if (x != null && y != null) {
          num[k] += x.value();
          den[k] += y.value();
          pairDefaulted[k] |= x.defaulted() || y.defaulted();
          paired[k]++;
        }
      }
      needed += Math.max(s.needed(), s.gaps().size()); // the size of a lazy list builds nothing
      EnergyValue energy = s.quantity(EnergyQuantity.ANNUAL_ENERGY_MWH);
      if (energy == null) {
        withoutEnergy++;
      }
      double w = energy == null ? 0 : energy.value();
      wsumEnergy += w;
      loEnergy += w * s.energyScore();
      upEnergy += w * s.energyScoreUpper();
      wsumEqual += 1.0;
      loEqual += 1.0 * s.energyScore();
      upEqual += 1.0 * s.energyScoreUpper();
    }

    /** @return the aggregate of the sites added */
    EnergyAggregate build(EntityRef subject, LocalDate asOf, String profile) {
      Map<EnergyQuantity, EnergyValue> q = new LinkedHashMap<>();
      Map<EnergyQuantity, List<String>> out = new LinkedHashMap<>();
      int of = sites.size();
      q.put(EnergyQuantity.SITES, EnergyValue.of(EnergyQuantity.SITES.metricName(), of,
          EnergyQuantity.SITES.unit(), false, () -> "sites not cancelled or decommissioned on " + asOf));
      for (int k = 0; k < SUMMED.length; k++) {
        if (counted[k] > 0 && Double.isFinite(total[k])) {
          EnergyQuantity name = SUMMED[k];
          int n = counted[k];
          List<String> leftOut = List.copyOf(left.get(k));
          q.put(name, EnergyValue.of(name.metricName(), total[k], name.unit(), defaulted[k], () -> "sum over " + n
              + " of " + of + " site(s)" + (leftOut.isEmpty() ? "" : ", a lower bound " + excluding(leftOut))));
          if (!leftOut.isEmpty()) {
            out.put(name, leftOut);
          }
        }
      }
      for (int k = 0; k < RATIOS.length; k++) {
        Ratio r = RATIOS[k];
        double a = num[k];
        double b = den[k];
        if (paired[k] > 0 && b > 0 && Double.isFinite(a / b * r.scale())) {
          int n = paired[k];
          q.put(r.name(), EnergyValue.of(r.name().metricName(), a / b * r.scale(), r.name().unit(), pairDefaulted[k],
              () -> r.basis() + " over " + n + " of " + of + " site(s)"));
        }
      }
      boolean anyEnergy = withoutEnergy < of;
      double wsum = anyEnergy ? wsumEnergy : wsumEqual;
      double lo = anyEnergy ? loEnergy : loEqual;
      double up = anyEnergy ? upEnergy : upEqual;
      double scoreLower = wsum > 0 ? lo / wsum : 0;
      double scoreUpper = wsum > 0 ? up / wsum : 100;
      int allNeeded = anyEnergy ? needed + withoutEnergy : needed;
      List<SiteEnergy> all = List.copyOf(sites);
      Lazy<List<Gap>> gaps = Lazy.of(() -> gaps(all, anyEnergy));
      Lazy<List<Finding>> findings = Lazy.of(() -> findings(subject, all, out));
      return new EnergyAggregate(subject, asOf, profile, all, q, out, gaps, findings, allNeeded, scoreLower, scoreUpper);
    }
  }

  /** Every site's gaps, then the sites left out of the energy sums (when any site has energy). */
  private static List<Gap> gaps(List<SiteEnergy> sites, boolean anyEnergy) {
    List<Gap> gaps = new ArrayList<>();
    for (SiteEnergy s : sites) {
      gaps.addAll(s.gaps());
    }
    if (anyEnergy) {
      for (SiteEnergy s : sites) {
        if (s.annualEnergyMwh().isEmpty()) {
          gaps.add(Gap.builder().subject(s.subject()).field("annualEnergyMwh").treatment(GapTreatment.EXCLUDED)
              .detail("energy unknown: left out of the sums and of the energy-weighted score").build());
        }
      }
    }
    return List.copyOf(gaps);
  }

  /** The findings of the sums that leave sites out, one per regulatory criterion, then every site's findings. */
  private static List<Finding> findings(EntityRef subject, List<SiteEnergy> sites, Map<EnergyQuantity, List<String>> out) {
    List<Finding> findings = new ArrayList<>();
    out.forEach((name, ids) -> {
      List<EntityRef> chain = new ArrayList<>();
      chain.add(subject);
      ids.forEach(id -> chain.add(EntityRef.via("excluded", EntityKind.SITE, id)));
      findings.add(Finding.builder().criterion("sum:" + name.metricName()).outcome(Outcome.UNKNOWN)
          .message(name.metricName() + " sums " + (sites.size() - ids.size()) + " of " + sites.size() + " sites, a lower"
              + " bound: " + excluding(ids) + " (" + name.metricName() + " unknown)")
          .chain(chain).build());
    });
    Map<String, List<RegulatoryMark>> byCriterion = new TreeMap<>();
    Map<String, List<EntityRef>> failing = new TreeMap<>();
    for (SiteEnergy s : sites) {
      for (RegulatoryMark m : s.marks()) {
        byCriterion.computeIfAbsent(m.criterion(), k -> new ArrayList<>()).add(m);
        if (m.outcome() == Outcome.FAIL || m.outcome() == Outcome.UNKNOWN) {
          failing.computeIfAbsent(m.criterion(), k -> new ArrayList<>())
              .add(EntityRef.via(m.outcome().name().toLowerCase(Locale.ROOT), EntityKind.SITE, s.siteId()));
        }
      }
    }
    for (Map.Entry<String, List<RegulatoryMark>> e : byCriterion.entrySet()) {
      Map<Outcome, Integer> counts = new java.util.EnumMap<>(Outcome.class);
      e.getValue().forEach(m -> counts.merge(m.outcome(), 1, Integer::sum));
      StringBuilder msg = new StringBuilder();
      counts.forEach((o, n) -> msg.append(msg.length() == 0 ? "" : ", ").append(n).append(' ')
          .append(o.name().toLowerCase(Locale.ROOT)));
      List<EntityRef> chain = new ArrayList<>();
      chain.add(subject);
      chain.addAll(failing.getOrDefault(e.getKey(), List.of()));
      Outcome overall = counts.containsKey(Outcome.FAIL) ? Outcome.FAIL
          : counts.containsKey(Outcome.UNKNOWN) ? Outcome.UNKNOWN
          : counts.containsKey(Outcome.PASS) ? Outcome.PASS : Outcome.NOT_APPLICABLE;
      findings.add(Finding.builder().criterion(e.getKey()).outcome(overall).message("sites: " + msg).chain(chain).build());
    }
    for (SiteEnergy s : sites) {
      findings.addAll(s.findings());
    }
    return List.copyOf(findings);
  }

  /** The most sites {@link #excluding} names; the rest are counted. */
  public static final int NAMED = 8;

  /**
   * The words for the sites a sum leaves out: {@code "excluding 2 sites: a, b"}; beyond {@value #NAMED} sites the
   * first are named and the rest counted ({@code "…, h and 252 more"}).
   *
   * @param siteIds  the sites left out, not empty
   * @return the words, not null
   */
  public static String excluding(List<String> siteIds) {
    String named = String.join(", ", siteIds.subList(0, Math.min(NAMED, siteIds.size())));
    return "excluding " + siteIds.size() + " site" + (siteIds.size() == 1 ? "" : "s") + ": " + named
        + (siteIds.size() > NAMED ? " and " + (siteIds.size() - NAMED) + " more" : "");
  }

  /** @return the subject (an operator or the landscape), not null */
  public EntityRef subject() {
    return subject;
  }

  /** @return the as-of date, not null */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the profile label, not null */
  public String profile() {
    return profile;
  }

  /** @return the site assessments, sorted by site identifier */
  public List<SiteEnergy> sites() {
    return sites;
  }

  /** @return the aggregated quantities (the summed and weighted ones, and {@link EnergyQuantity#SITES}), unmodifiable */
  @Override
  public Map<EnergyQuantity, EnergyValue> quantities() {
    return quantities;
  }

  /**
   * The sites a sum leaves out because they lack the quantity (a site of unknown size, say): the sum is then a lower
   * bound.
   *
   * @param quantity  a summed quantity, not null
   * @return the site identifiers in site order; empty if the sum covers every site or the quantity is not summed
   */
  public List<String> excluded(EnergyQuantity quantity) {
    return excluded.getOrDefault(java.util.Objects.requireNonNull(quantity, "quantity"), List.of());
  }

  /** @return every site's gaps, plus sites left out of the sums */
  public List<Gap> gaps() {
    return gaps.get();
  }

  /** @return one finding per regulatory criterion (counts by outcome, failing and unknown sites in the chain), then site flags */
  public List<Finding> findings() {
    return findings.get();
  }

  /** @return the energy-weighted energy score in [0, 100], unknown components counted as worst */
  @Override
  public double energyScore() {
    return scoreLower;
  }

  /** @return the energy-weighted upper bound of the energy score in [0, 100] */
  @Override
  public double energyScoreUpper() {
    return scoreUpper;
  }

  /**
   * Converts to the neutral assessment form.
   *
   * @return the assessment, not null
   */
  @Override
  public Assessment toAssessment() {
    List<Metric> metrics = new ArrayList<>();
    for (Metric m : SiteEnergy.metrics(quantities.values())) {
      boolean partial = excluded.keySet().stream().anyMatch(k -> k.metricName().equals(m.name()));
      metrics.add(partial ? Metric.builder().from(m).lower(m.value()).build() : m);
    }
    metrics.add(SiteEnergy.scoreMetric(scoreLower, scoreUpper, quantities.values().stream().anyMatch(EnergyValue::defaulted)));
    return Assessment.builder().scorer("energy").subject(subject).profile(profile).asOf(asOf).headline(scoreLower)
        .metrics(metrics).findings(findings()).coverage(SiteEnergy.coverage(needed, gaps())).build();
  }

  /**
   * Explains the aggregate for people: the summed and weighted quantities with their units and how each
   * was aggregated, the energy score with its bounds, one line per regulatory criterion, then the gaps.
   *
   * @return the explanation, lines separated by {@code \n}, not null
   */
  @Override
  public String explain() {
    StringBuilder sb = new StringBuilder();
    sb.append("Energy of ").append(subject).append(" as of ").append(asOf).append(", profile ").append(profile).append('\n');
    for (EnergyValue x : quantities.values()) {
      sb.append(String.format(Locale.ROOT, "  %-30s %14s %-12s %s%s%n", x.name(), EnergyValue.format(x.value()), x.unit(),
          x.defaulted() ? "[default] " : "", x.basis()));
    }
    sb.append(String.format(Locale.ROOT, "  %-30s %14s %-12s bounds [%s, %s], weighted by annual energy%n",
        EnergyQuantity.ENERGY_SCORE.metricName(), EnergyValue.format(scoreLower), EnergyQuantity.ENERGY_SCORE.unit(),
        EnergyValue.format(scoreLower), EnergyValue.format(scoreUpper)));
    sb.append("Regulatory marks and flags\n");
    for (Finding f : findings()) {
      sb.append(String.format(Locale.ROOT, "  %-14s %-16s %s%n", f.outcome().name().toLowerCase(Locale.ROOT), f.criterion(),
          f.message()));
    }
    sb.append("Gaps: ").append(gaps().size()).append('\n');
    for (Gap g : gaps()) {
      sb.append("  ").append(g.subject().id()).append(' ').append(g.treatment().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(g.field()).append(": ").append(g.detail()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "EnergyAggregate[" + subject + ", " + sites.size() + " site(s), score " + EnergyValue.format(scoreLower) + "]";
  }
}
