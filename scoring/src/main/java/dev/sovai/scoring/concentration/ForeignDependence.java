package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.ScoringResult;

/**
 * How much of a home bloc's capacity is controlled from one third country: the capacity of the sites in the home
 * bloc, partitioned by the country of each site's ultimate controller ({@link Dimension#CONTROLLING_JURISDICTION}),
 * the largest share held from outside the bloc, the controllers behind it with a chain of control, and whether it
 * exceeds a {@link DependenceBenchmark} (by default the EU CRMA's 65 %).
 *
 * <p>Shares are of the home capacity counted: the value over capacity whose controller's country is known, the
 * lower bound over all of it, the upper bound adding all capacity whose controller is unknown.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ForeignDependence implements ScoringResult {
  private final HomeBloc home;
  private final DependenceBenchmark benchmark;
  private final ConcentrationResult byCountry;
  private final Optional<String> country;
  private final double foreignWeight;
  private final Map<String, Double> controllers;
  private final List<EntityRef> chain;

  private ForeignDependence(HomeBloc home, DependenceBenchmark benchmark, ConcentrationResult byCountry,
      Optional<String> country, double foreignWeight, Map<String, Double> controllers, List<EntityRef> chain) {
    this.home = home;
    this.benchmark = benchmark;
    this.byCountry = byCountry;
    this.country = country;
    this.foreignWeight = foreignWeight;
    this.controllers = controllers;
    this.chain = chain;
  }

  /**
   * Measures the foreign dependence of a home bloc.
   *
   * @param analysis  the engine of the landscape, not null
   * @param subject  the home bloc, basis and statuses (the scope's region is replaced by the home bloc), not null
   * @param asOf  the date of the statuses, not null
   * @param profile  the profile whose dependence benchmark is tested, not null
   * @return the result, not null
   */
  static ForeignDependence of(LandscapeConcentration analysis, DependenceMeasure subject, LocalDate asOf,
      ConcentrationProfile profile) {
    HomeBloc home = subject.home();
    DependenceBenchmark benchmark = profile.dependenceBenchmark();
    Measure byCountryMeasure = Measure.of(Dimension.CONTROLLING_JURISDICTION, subject.basis(),
        subject.scope().withRegion(home.code()));
    ConcentrationResult byCountry = analysis.measure(byCountryMeasure, asOf, profile);
    Partition p = byCountry.partition();
    Optional<String> top = Optional.empty();
    double foreign = 0.0;
    for (int i = 0; i < p.size(); i++) {
      if (!home.contains(analysis.landscape(), p.holder(i))) {
        foreign += p.weight(i);
        if (top.isEmpty()) {
          top = Optional.of(p.holder(i));
        }
      }
    }
    Map<String, Double> ctl = new LinkedHashMap<>();
    List<EntityRef> chain = List.of();
    if (top.isPresent()) {
      ConcentrationResult byController = analysis.measure(
          Measure.of(Dimension.ULTIMATE_CONTROLLER, subject.basis(), byCountryMeasure.scope()), asOf, profile);
      Partition c = byController.partition();
      for (int i = 0; i < c.size(); i++) {
        if (top.get().equals(analysis.seatCountry(c.holder(i)))) {
          ctl.put(c.holder(i), c.weight(i));
        }
      }
      if (!ctl.isEmpty()) {
        List<EntityRef> ch = new ArrayList<>(byController.chainOf(ctl.keySet().iterator().next()));
        ch.add(EntityRef.via("seat in", EntityKind.JURISDICTION, top.get()));
        chain = List.copyOf(ch);
      }
    }
    return new ForeignDependence(home, benchmark, byCountry, top, foreign,
        java.util.Collections.unmodifiableMap(ctl), chain);
  }

  /** @return the home bloc, not null */
  public HomeBloc home() {
    return home;
  }

  /** @return the benchmark tested, not null */
  public DependenceBenchmark benchmark() {
    return benchmark;
  }

  /** @return the home capacity by controlling country, not null */
  public ConcentrationResult byCountry() {
    return byCountry;
  }

  /** @return the third country controlling the largest share of home capacity, or empty if none does */
  public Optional<String> country() {
    return country;
  }

  /** @return that country's share of home capacity whose controller's country is known, in [0, 1]; 0 if none */
  public double share() {
    Partition p = byCountry.partition();
    return country.isEmpty() || p.knownWeight() == 0.0 ? 0.0 : p.weightOf(country.get()) / p.knownWeight();
  }

  /** @return that country's share of all home capacity counted (lower bound), in [0, 1] */
  public double shareLower() {
    Partition p = byCountry.partition();
    return country.isEmpty() || p.totalWeight() == 0.0 ? 0.0 : p.weightOf(country.get()) / p.totalWeight();
  }

  /** @return the share if all capacity with an unknown controller were controlled from there (upper bound) */
  public double shareUpper() {
    Partition p = byCountry.partition();
    return p.totalWeight() == 0.0 ? 0.0 : (p.weightOf(country.orElse("")) + p.unknownWeight()) / p.totalWeight();
  }

  /** @return the share of home capacity (with a known controlling country) controlled from any third country */
  public double foreignShare() {
    Partition p = byCountry.partition();
    return p.knownWeight() == 0.0 ? 0.0 : foreignWeight / p.knownWeight();
  }

  /** @return the controllers seated in that country with their weights, largest first, not null */
  public Map<String, Double> controllers() {
    return controllers;
  }

  /** @return one chain of control from a home site up to the largest such controller and its seat, possibly empty */
  public List<EntityRef> chain() {
    return chain;
  }

  /** @return the outcome against the benchmark: FAIL if exceeded, UNKNOWN if only the upper bound exceeds it */
  public Outcome outcome() {
    if (byCountry.index().isEmpty()) {
      return Outcome.UNKNOWN;
    }
    if (benchmark.exceededBy(share())) {
      return Outcome.FAIL;
    }
    return benchmark.exceededBy(shareUpper()) ? Outcome.UNKNOWN : Outcome.PASS;
  }

  /** @return the result as an assessment of the landscape from the home bloc's point of view, not null */
  @Override
  public Assessment toAssessment() {
    Assessment.Builder a = Assessment.builder().scorer(ConcentrationResult.SCORER)
        .subject(EntityRef.of(EntityKind.LANDSCAPE, "landscape"))
        .profile(benchmark.id() + "@" + benchmark.year()).asOf(byCountry.asOf());
    a.addMetrics(Metric.builder().name("singleThirdCountryShare").value(share()).unit("fraction")
        .lower(Math.min(share(), shareLower())).upper(Math.max(share(), shareUpper())).build());
    a.addMetrics(Metric.of("thirdCountryShare", foreignShare(), "fraction"));
    a.addMetrics(Metric.of("homeCapacity", byCountry.partition().totalWeight(), byCountry.basis().unit()));
    String msg = country.isEmpty()
        ? String.format(Locale.ROOT, "No capacity in %s is controlled from a third country (%s of it has an"
            + " unknown controller).", home, ConcentrationResult.percent(byCountry.index().unknownShare()))
        : String.format(Locale.ROOT, "%s of the %s in %s are controlled from %s [%s, %s]; from all third countries"
            + " %s; benchmark: %s.", ConcentrationResult.percent(share()), byCountry.basis().unit(), home, country.get(),
            ConcentrationResult.percent(shareLower()), ConcentrationResult.percent(shareUpper()),
            ConcentrationResult.percent(foreignShare()), benchmark.text());
    a.addFindings(Finding.builder().criterion(benchmark.id()).outcome(outcome()).message(msg).addAllChain(chain)
        .addSources(benchmark.source().id()).build());
    a.coverage(Coverage.builder().needed(byCountry.sitesInScope())
        .known(byCountry.sitesFullyKnown()).addAllGaps(byCountry.gaps())
        .build());
    return a.build();
  }

  /**
   * Explains the result: the largest third-country share of home capacity, its bounds, and the benchmark.
   *
   * @return several lines of text, not null
   */
  @Override
  public String explain() {
    return AssessmentExplanation.of("Foreign dependence of " + home.code() + " " + byCountry.measure() + " on "
        + byCountry.asOf(), toAssessment());
  }
}
