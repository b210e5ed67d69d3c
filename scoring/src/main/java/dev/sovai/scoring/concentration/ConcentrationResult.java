package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.scoring.ScoringResult;

/**
 * The concentration of a landscape's capacity on one {@link Dimension} and {@link Basis} within a {@link Scope}:
 * the {@link Partition} of weights by holder, its {@link ConcentrationIndex}, and its coverage — the sites in scope,
 * those counted, those left out because their quantity is unknown (IT MW, fleet, catalogue figures), and the
 * weight kept as unknown because its holder is unknown (which gives the index its bounds).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ConcentrationResult implements ScoringResult {
  /** The scorer name in assessments. */
  public static final String SCORER = "concentration";

  private final Measure measure;
  private final LocalDate asOf;
  private final ConcentrationProfile profile;
  private final Partition partition;
  private final int sitesInScope;
  private final int sitesCounted;
  private final UnknownWeight unknownWeight;
  private final int sitesPartlyUnknown;
  private final int sitesDefaulted;
  private final int gapCount;
  private final List<Gap> gaps;
  private final Map<String, String[]> examples;
  private final LandscapeConcentration analysis;

  ConcentrationResult(Measure measure, LocalDate asOf, ConcentrationProfile profile, Partition partition,
      int sitesInScope, int sitesCounted, UnknownWeight unknownWeight, int sitesPartlyUnknown, int sitesDefaulted,
      int gapCount, List<Gap> gaps, Map<String, String[]> examples, LandscapeConcentration analysis) {
    this.measure = measure;
    this.asOf = asOf;
    this.profile = profile;
    this.partition = partition;
    this.sitesInScope = sitesInScope;
    this.sitesCounted = sitesCounted;
    this.unknownWeight = unknownWeight;
    this.sitesPartlyUnknown = sitesPartlyUnknown;
    this.sitesDefaulted = sitesDefaulted;
    this.gapCount = gapCount;
    this.gaps = List.copyOf(gaps);
    this.examples = examples;
    this.analysis = analysis;
  }

  /** @return the measure as asked, not null */
  public Measure measure() {
    return measure;
  }

  /** @return the dimension grouped by, not null */
  public Dimension dimension() {
    return measure.dimension();
  }

  /** @return the basis measured, not null */
  public Basis basis() {
    return measure.basis();
  }

  /** @return the scope as asked, not null */
  public Scope scope() {
    return measure.scope();
  }

  /** @return the profile the assessment tests, not null */
  public ConcentrationProfile profile() {
    return profile;
  }

  /** @return the date the statuses were taken on, not null */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the weights by holder, in the basis's unit, not null */
  public Partition partition() {
    return partition;
  }

  /** @return the indices of the partition, not null */
  public ConcentrationIndex index() {
    return partition.index();
  }

  /** @return the number of sites in the scope's region with a status in scope, ≥ 0 */
  public int sitesInScope() {
    return sitesInScope;
  }

  /** @return the number of sites with a positive weight, attributed (wholly or partly) to holders, ≥ 0 */
  public int sitesCounted() {
    return sitesCounted;
  }

  /**
   * @return the number of sites in scope left out because their quantity on the basis is unknown
   *     ({@code unknownWeight().sites()}), ≥ 0
   */
  public int sitesExcluded() {
    return unknownWeight.sites();
  }

  /**
   * @return the number of accelerator lots left out because their chip has no catalogue figure
   *     ({@code unknownWeight().lots()}), ≥ 0
   */
  public int lotsExcluded() {
    return unknownWeight.lots();
  }

  /**
   * The capacity in scope whose weight on the basis is unknown, kept apart from the weight whose holder is unknown:
   * it is in neither the partition nor the bounds of its index.
   *
   * @return the sites, lots and accelerators left out, not null
   */
  public UnknownWeight unknownWeight() {
    return unknownWeight;
  }

  /** @return the number of counted sites whose weight went partly or wholly to the unknown holder, ≥ 0 */
  public int sitesPartlyUnknown() {
    return sitesPartlyUnknown;
  }

  /**
   * @return the number of counted sites attributed wholly to known holders but through a default (an operator
   *     taken as its own controller because its control is undetermined), ≥ 0
   */
  public int sitesDefaulted() {
    return sitesDefaulted;
  }

  /** @return the number of counted sites attributed wholly to known holders without any default, ≥ 0 */
  public int sitesFullyKnown() {
    return Math.max(0, sitesCounted - sitesPartlyUnknown - sitesDefaulted);
  }

  /** @return the number of gaps found (only the first 100 are listed) */
  public int gapCount() {
    return gapCount;
  }

  /** @return the first gaps found, at most 100, not null */
  public List<Gap> gaps() {
    return gaps;
  }

  /**
   * The share of the largest holder, or of any holder, as the market situation the threshold rules test.
   *
   * @return the situation (HHI value and largest share), not null
   * @throws IllegalStateException if no weight has a known holder
   */
  public Situation situation() {
    return Situation.ofMarket(index().hhi(), index().largestShare());
  }

  /**
   * An example chain of how capacity reaches a holder, for the controller dimensions: a site, its operator, the
   * links of control up to the ultimate controller, and for {@link Dimension#CONTROLLING_JURISDICTION} the seat.
   *
   * @param holder  a holder of the partition, not null
   * @return the chain, site first; empty for other dimensions or an unknown holder
   */
  public List<EntityRef> chainOf(String holder) {
    String[] e = examples.get(holder);
    if (e == null) {
      return List.of();
    }
    List<EntityRef> chain = new ArrayList<>(analysis.controlOf(e[1]).chain(e[0], e[2]));
    if (dimension() == Dimension.CONTROLLING_JURISDICTION) {
      chain.add(EntityRef.via("seat in", EntityKind.JURISDICTION, holder));
    }
    return List.copyOf(chain);
  }

  /**
   * The other dimensions on which some of this result's capacity (same basis, scope and date) has a known holder:
   * where a dimension has none (a dataset that names owners, not operators), these are the ones that have the data.
   *
   * @return the dimensions other than this one whose partition has known weight, in declaration order, not null
   */
  public List<Dimension> dimensionsWithKnownHolders() {
    List<Dimension> out = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      if (d != dimension() && !other(d).index().isEmpty()) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  private ConcentrationResult other(Dimension d) {
    return analysis.measure(Measure.of(d, basis(), scope()), asOf, profile);
  }

  /**
   * Converts the result to an assessment: the holder table as data ({@link Assessment#shares()}), the indices as
   * metrics (with bounds where part of the weight has no known holder), the capacity whose weight is unknown as
   * metrics, findings for the largest holders, for each of the profile's threshold profiles' HHI band and for each of its rules that fires on the landscape (or could fire
   * within the bounds) where the holders are {@linkplain Dimension#isUndertaking() undertakings}, or the largest
   * share against the profile's {@link DependenceBenchmark} where they are countries or energy sources, a finding
   * for the capacity of unknown weight, and the coverage. Where no capacity has a known holder, the finding says why
   * and names the dimensions that have known holders.
   *
   * @return the assessment, not null
   */
  @Override
  public Assessment toAssessment() {
    List<ThresholdProfile> profiles = profile.thresholds();
    Assessment.Builder a = Assessment.builder().scorer(SCORER)
        .subject(EntityRef.of(EntityKind.LANDSCAPE, "landscape"))
        .profile(profile.label()).asOf(asOf);
    ConcentrationIndex i = index();
    String what = "by " + label(dimension()) + " on " + basis().unit() + " (" + scope() + " on " + asOf + ")";
    if (i.isEmpty()) {
      a.addFindings(noKnownHolder(what));
      if (partition.totalWeight() > 0.0) {
        a.addMetrics(Metric.of("totalWeight", partition.totalWeight(), basis().unit()));
        a.addMetrics(Metric.of("unknownShare", i.unknownShare(), "fraction"));
      }
    } else {
      metrics(a, i);
      findings(a, i, profiles, what);
    }
    a.addMetrics(Metric.of("sitesUnknownWeight", unknownWeight.sites(), "sites"));
    a.addMetrics(Metric.of("sitesPartlyUnknownWeight", unknownWeight.sitesPartly(), "sites"));
    a.addMetrics(Metric.of("lotsUnknownWeight", unknownWeight.lots(), "lots"));
    a.addMetrics(Metric.of("acceleratorsUnknownWeight", unknownWeight.accelerators(), "accelerators"));
    if (unknownWeight.any()) {
      a.addFindings(unknownWeightFinding(i));
    }
    a.addShares(PartitionTable.of(this, null));
    a.coverage(Coverage.builder().needed(sitesInScope).known(sitesFullyKnown())
        .addAllGaps(gaps).build());
    return a.build();
  }

  /** The finding of a partition without known weight: why, and which dimensions have the data. */
  private Finding noKnownHolder(String what) {
    String why;
    if (sitesInScope == 0) {
      why = "no site is in scope";
    } else if (partition.totalWeight() == 0.0) {
      why = unknownWeight.sites() > 0
          ? "no site in scope has a known weight on this basis (" + unknownWeight.sites() + " left out)"
          : "no capacity in scope on this basis";
    } else {
      why = missingFact(dimension()) + ", so all of the weight has no known holder";
    }
    StringBuilder point = new StringBuilder();
    if (partition.totalWeight() > 0.0) {
      for (Dimension d : dimensionsWithKnownHolders()) {
        ConcentrationIndex o = other(d).index();
        point.append(point.length() == 0 ? "; known holders on the same basis and scope by: " : ", ")
            .append(label(d)).append(" (").append(percent(1.0 - o.unknownShare())).append(" of the weight)");
      }
    }
    return Finding.builder().criterion("concentration-" + slug(dimension())).outcome(Outcome.UNKNOWN)
        .message("No capacity with a known holder " + what + ": concentration undefined, because " + why + point + ".")
        .build();
  }

  /** What a site or lot would need for the dimension to have a holder. */
  private static String missingFact(Dimension d) {
    switch (d) {
      case OPERATOR:
        return "no site in scope has an operator recorded";
      case FACILITY_OWNER:
        return "no site in scope has an owner or operator recorded";
      case ULTIMATE_CONTROLLER:
        return "no site in scope has an operator or owner whose controller is known";
      case CONTROLLING_JURISDICTION:
        return "no site in scope has a controller whose seat is known";
      case SITE_JURISDICTION:
        return "no site in scope has a jurisdiction";
      case ACCELERATOR_VENDOR:
        return "no accelerator lot in scope has a chip in the catalogue";
      case FAB_JURISDICTION:
        return "no accelerator lot in scope has a catalogued chip with a known fab jurisdiction";
      case ENERGY_SOURCE:
        return "no site in scope reports the sources of its energy supply";
      case ACCESS_GATEWAY:
        return "no site in scope has an access gateway or operator recorded";
      default:
        throw new AssertionError(d);
    }
  }

  /** The finding of the capacity whose weight on the basis is unknown, which no bound covers. */
  private Finding unknownWeightFinding(ConcentrationIndex i) {
    StringBuilder m = new StringBuilder("Weight on ").append(basis().unit()).append(" unknown for ");
    if (unknownWeight.sites() > 0) {
      List<String> ids = unknownWeight.siteIds();
      m.append(unknownWeight.sites()).append(" of ").append(sitesInScope).append(" sites in scope (")
          .append(String.join(", ", ids.subList(0, Math.min(5, ids.size()))))
          .append(unknownWeight.sites() > 5 ? ", …)" : ")");
    }
    if (unknownWeight.sitesPartly() > 0) {
      m.append(unknownWeight.sites() > 0 ? " and " : "").append("part of the fleet of ").append(unknownWeight.sitesPartly())
          .append(" counted sites");
    }
    if (unknownWeight.lots() > 0) {
      m.append(String.format(Locale.ROOT, "; %d accelerator lots have no catalogue figure on this basis",
          unknownWeight.lots()));
    }
    if (unknownWeight.accelerators() > 0) {
      m.append(String.format(Locale.ROOT, "; %,.0f accelerators in all", unknownWeight.accelerators()));
    }
    m.append(i.isEmpty() ? ". Nothing bounds that weight, so it is in no share or index."
        : String.format(Locale.ROOT, ". Nothing bounds that weight (a site's size or a chip's figure can be anything),"
            + " so it is in no share: HHI %.0f%s is over the known weight only.", i.hhi(), i.hasUnknown()
            ? String.format(Locale.ROOT, " [%.0f, %.0f]", Math.min(i.hhi(), i.hhiLower()), Math.max(i.hhi(), i.hhiUpper()))
            : ""));
    return Finding.builder().criterion("concentration-unknown-weight").outcome(Outcome.UNKNOWN)
        .message(m.toString()).build();
  }

  private void metrics(Assessment.Builder a, ConcentrationIndex i) {
    boolean b = i.hasUnknown();
    a.addMetrics(bounded("hhi", i.hhi(), i.hhiLower(), i.hhiUpper(), "points", b));
    a.addMetrics(Metric.of("normalisedHhi", i.normalisedHhi(), "fraction"));
    double eqUpper = i.equivalentNumberUpper();
    Metric.Builder eq = Metric.builder().name("equivalentNumber").value(i.equivalentNumber()).unit("holders");
    if (b) {
      eq.lower(Math.min(i.equivalentNumber(), i.equivalentNumberLower()));
      if (Double.isFinite(eqUpper)) {
        eq.upper(Math.max(i.equivalentNumber(), eqUpper));
      }
    }
    a.addMetrics(eq.build());
    a.addMetrics(bounded("largestShare", i.largestShare(), i.largestShareLower(), i.largestShareUpper(), "fraction", b));
    a.addMetrics(bounded("cr4", i.cr(4), i.crLower(4), i.crUpper(4), "fraction", b));
    Metric.Builder sh = Metric.builder().name("shannonEffectiveNumber").value(i.shannonEffectiveNumber()).unit("holders");
    if (b) {
      sh.lower(Math.min(i.shannonEffectiveNumber(), i.shannonEffectiveNumberLower()));
    }
    a.addMetrics(sh.build());
    a.addMetrics(Metric.of("holderCount", i.holderCount(), "holders"));
    a.addMetrics(Metric.of("totalWeight", partition.totalWeight(), basis().unit()));
    a.addMetrics(Metric.of("unknownShare", i.unknownShare(), "fraction"));
  }

  private static Metric bounded(String name, double v, double lo, double hi, String unit, boolean bounds) {
    Metric.Builder m = Metric.builder().name(name).value(v).unit(unit);
    if (bounds) {
      m.lower(Math.min(v, lo)).upper(Math.max(v, hi));
    }
    return m.build();
  }

  private void findings(Assessment.Builder a, ConcentrationIndex i, List<ThresholdProfile> profiles, String what) {
    StringBuilder top = new StringBuilder();
    for (int r = 0; r < Math.min(5, partition.size()); r++) {
      top.append(r == 0 ? "" : ", ").append(partition.holder(r)).append(' ')
          .append(percent(partition.weight(r) / partition.knownWeight()));
      if (partition.flagged().contains(partition.holder(r))) {
        top.append(" (estimated)");
      }
    }
    String unknown = i.hasUnknown() ? String.format(Locale.ROOT, "; %s of all capacity has no known holder, so HHI"
        + " lies in [%s, %s]", percent(i.unknownShare()), points(i.hhiLower()), points(i.hhiUpper())) : "";
    String unweighed = unknownWeight.any() ? String.format(Locale.ROOT, "; over the known weight only: %d sites and"
        + " %d lots of unknown weight on this basis are not in %s", unknownWeight.sites(), unknownWeight.lots(),
        i.hasUnknown() ? "these bounds" : "it") : "";
    Finding.Builder f = Finding.builder().criterion("concentration-" + slug(dimension())).outcome(Outcome.INFO)
        .message(String.format(Locale.ROOT, "HHI %s %s: %d holders (equivalent number %.1f); largest, as shares of"
            + " known capacity: %s%s%s.", points(i.hhi()), what, i.holderCount(), i.equivalentNumber(), top, unknown,
            unweighed));
    f.addAllChain(chainOf(partition.holder(0)));
    a.addFindings(f.build());
    if (!dimension().isUndertaking()) {
      a.addFindings(dependence(i));
      return;
    }
    Situation value = Situation.ofMarket(i.hhi(), i.largestShare());
    Situation low = Situation.ofMarket(Math.min(i.hhi(), i.hhiLower()), Math.min(i.largestShare(), i.largestShareLower()));
    Situation high = Situation.ofMarket(Math.max(i.hhi(), i.hhiUpper()), Math.max(i.largestShare(), i.largestShareUpper()));
    for (ThresholdProfile p : profiles) {
      p.bandOf(i.hhi()).ifPresent(band -> a.addFindings(Finding.builder().criterion(p.id() + "-band")
          .outcome(Outcome.INFO).addSources(p.source().id())
          .message(String.format(Locale.ROOT, "%s: HHI %s %s is %s (%s).", p.name(), points(i.hhi()), what,
              band.label(),
              band.conditions().stream().map(Condition::toString).collect(Collectors.joining(" and "))))
          .build()));
      for (ThresholdRule r : p.rules()) {
        if (!r.appliesTo(value)) {
          continue;
        }
        boolean fires = r.firesOn(value);
        boolean could = r.firesOn(low) || r.firesOn(high);
        if (fires || could) {
          a.addFindings(Finding.builder().criterion(r.id())
              .outcome(fires ? r.effect().outcome() : Outcome.UNKNOWN).addSources(p.source().id())
              .message(String.format(Locale.ROOT, "%s %s: %s%s. Measured %s: HHI %s; largest share %s of known"
                  + " capacity, held by %s.", p.name(), r.clause(), r.text(),
                  fires ? "" : " — possible within the bounds of the unknown remainder", what, points(i.hhi()),
                  percent(i.largestShare()), partition.holder(0)))
              .addAllChain(chainOf(partition.holder(0))).build());
        }
      }
    }
  }

  /**
   * The largest share of countries or energy sources against the profile's dependence benchmark (merger and
   * dominance thresholds are for undertakings): FAIL if exceeded, UNKNOWN if only the upper bound exceeds it.
   */
  private Finding dependence(ConcentrationIndex i) {
    DependenceBenchmark b = profile.dependenceBenchmark();
    double v = i.largestShare();
    double hi = Math.max(v, i.largestShareUpper());
    Outcome o = b.exceededBy(v) ? Outcome.FAIL : b.exceededBy(hi) ? Outcome.UNKNOWN : Outcome.PASS;
    boolean energy = dimension() == Dimension.ENERGY_SOURCE;
    String bounds = i.hasUnknown() ? " [" + percent(Math.min(v, i.largestShareLower())) + ", " + percent(hi) + "]" : "";
    String verdict = o == Outcome.FAIL ? "exceeded" : o == Outcome.UNKNOWN ? "possibly exceeded within the bounds of"
        + " the unknown remainder" : "within it";
    return Finding.builder().criterion(b.id()).outcome(o).addSources(b.source().id())
        .message(String.format(Locale.ROOT, "Dependence by %s: the largest single-%s share is %s%s, held by %s;"
            + " benchmark: %s — %s. Merger and dominance thresholds apply to undertakings, not to %s.",
            label(dimension()), energy ? "source" : "country", percent(v), bounds, partition.holder(0), b.text(), verdict,
            energy ? "energy sources" : "countries"))
        .addAllChain(chainOf(partition.holder(0))).build();
  }

  static String slug(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String label(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }

  /**
   * Formats HHI points as text does everywhere: rounded to a whole point, thousands grouped ({@code 4,607}).
   *
   * @param hhi  HHI points, finite
   * @return the text, not null
   */
  static String points(double hhi) {
    return String.format(Locale.ROOT, "%,.0f", hhi);
  }

  /**
   * Explains the result: what was measured on which date, each finding of {@link #toAssessment()}, and what was
   * left out.
   *
   * @return several lines of text, not null
   */
  @Override
  public String explain() {
    String unweighed = unknownWeight.sites() > 0 ? ", " + unknownWeight.sites() + " of unknown weight on the basis" : "";
    return AssessmentExplanation.of("Concentration " + measure + " on " + asOf + ": " + sitesCounted + " of "
        + sitesInScope + " sites counted" + unweighed, toAssessment());
  }

  @Override
  public String toString() {
    return "ConcentrationResult{" + dimension() + ", " + basis() + ", " + scope() + ", " + asOf + ", " + index() + "}";
  }
}
