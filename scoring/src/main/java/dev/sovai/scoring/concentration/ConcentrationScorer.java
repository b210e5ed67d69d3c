package dev.sovai.scoring.concentration;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.Scorer;

/**
 * Measures how concentrated a landscape's capacity is, under a {@link ConcentrationProfile}. Made from its profile,
 * asked about a landscape, a subject and an as-of date, as every sovai scorer is:
 *
 * <pre>{@code
 * ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
 * ConcentrationResult r = scorer.measure(landscape,
 *     Measure.of(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS, Scope.operational().withPipeline()), asOf);
 * }</pre>
 *
 * <p>The subjects: a {@link Measure} (dimension, basis, scope) or several; a {@link DealMeasure} to screen a deal;
 * a {@link DependenceMeasure} for a home bloc's foreign dependence; a {@link WithdrawalMeasure} for the capacity a
 * {@link Withdrawal} removes. Every method has a form without the date, which means {@link Landscape#asOf()}.
 * A site's and a lot's status are taken on the date.
 *
 * <p><b>Performance.</b> Work that does not depend on the subject (the ownership look-through of each operator,
 * every site's status on a date) is done once per landscape and reused across measures, dimensions and dates: the
 * scorer keeps the analysis of the last landscape asked about, through a {@link SoftReference} compared by identity,
 * so it never keeps a landscape the caller has dropped from being collected. One partition is one pass over the
 * sites, linear in sites plus lots.
 *
 * <p>Implementation Requirements: This class is thread-safe; results are immutable.
 */
public final class ConcentrationScorer implements Scorer<ConcentrationProfile, ConcentrationOverview> {
  private final ConcentrationProfile profile;
  private volatile SoftReference<LandscapeConcentration> last = new SoftReference<>(null);

  private ConcentrationScorer(ConcentrationProfile profile) {
    this.profile = profile;
  }

  /**
   * Obtains a scorer.
   *
   * @param profile  the profile, not null
   * @return the scorer, not null
   */
  public static ConcentrationScorer of(ConcentrationProfile profile) {
    return new ConcentrationScorer(Objects.requireNonNull(profile, "profile"));
  }

  /** @return the profile, not null */
  @Override
  public ConcentrationProfile profile() {
    return profile;
  }

  /** The engine of a landscape: the last one if it is the same landscape (by identity), else a new one. */
  private LandscapeConcentration analysisOf(Landscape landscape) {
    Objects.requireNonNull(landscape, "landscape");
    LandscapeConcentration a = last.get();
    if (a == null || a.landscape() != landscape) {
      a = new LandscapeConcentration(landscape);
      last = new SoftReference<>(a);
    }
    return a;
  }

  /**
   * Measures the concentration of the capacity in a scope, on a basis, by a dimension.
   *
   * @param landscape  the landscape, not null
   * @param measure  what to measure, not null
   * @param asOf  the date of the statuses, not null
   * @return the result with its partition, indices and coverage, not null
   */
  public ConcentrationResult measure(Landscape landscape, Measure measure, LocalDate asOf) {
    return analysisOf(landscape).measure(measure, asOf, profile);
  }

  /**
   * Measures the concentration as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param measure  what to measure, not null
   * @return the result, not null
   */
  public ConcentrationResult measure(Landscape landscape, Measure measure) {
    return measure(landscape, measure, landscape.asOf());
  }

  /**
   * Measures several (say one per dimension, {@link Measure#each}), sharing the look-through and statuses.
   *
   * @param landscape  the landscape, not null
   * @param measures  what to measure, not null
   * @param asOf  the date of the statuses, not null
   * @return one result per measure, in order, not null
   */
  public List<ConcentrationResult> measure(Landscape landscape, List<Measure> measures, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    LandscapeConcentration a = analysisOf(landscape);
    List<ConcentrationResult> out = new ArrayList<>(measures.size());
    for (Measure m : measures) {
      out.add(a.measure(m, asOf, profile));
    }
    return List.copyOf(out);
  }

  /**
   * Measures several as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param measures  what to measure, not null
   * @return one result per measure, in order, not null
   */
  public List<ConcentrationResult> measure(Landscape landscape, List<Measure> measures) {
    return measure(landscape, measures, landscape.asOf());
  }

  /**
   * Screens a deal: applies it to the landscape, recomputes each dimension before and after, and tests the
   * profile's threshold rules on the change.
   *
   * @param landscape  the landscape before the deal, not null
   * @param subject  the deal and what to recompute, not null
   * @param asOf  the date of the statuses, not null
   * @return the screening, not null
   * @throws dev.sovai.model.landscape.InvalidLandscapeException if the deal cannot be applied (an unknown party,
   *     stakes summing over 1)
   */
  public DealScreening screen(Landscape landscape, DealMeasure subject, LocalDate asOf) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    return DealScreening.of(analysisOf(landscape), subject, asOf, profile);
  }

  /**
   * Screens a deal as of the landscape's date.
   *
   * @param landscape  the landscape before the deal, not null
   * @param subject  the deal and what to recompute, not null
   * @return the screening, not null
   * @throws dev.sovai.model.landscape.InvalidLandscapeException if the deal cannot be applied
   */
  public DealScreening screen(Landscape landscape, DealMeasure subject) {
    return screen(landscape, subject, landscape.asOf());
  }

  /**
   * Measures how much of a home bloc's capacity is controlled from one third country, against the profile's
   * {@link ConcentrationProfile#dependenceBenchmark() dependence benchmark}.
   *
   * @param landscape  the landscape, not null
   * @param subject  the home bloc, basis and statuses, not null
   * @param asOf  the date of the statuses, not null
   * @return the result, not null
   */
  public ForeignDependence dependence(Landscape landscape, DependenceMeasure subject, LocalDate asOf) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    return ForeignDependence.of(analysisOf(landscape), subject, asOf, profile);
  }

  /**
   * Measures foreign dependence as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param subject  the home bloc, basis and statuses, not null
   * @return the result, not null
   */
  public ForeignDependence dependence(Landscape landscape, DependenceMeasure subject) {
    return dependence(landscape, subject, landscape.asOf());
  }

  /**
   * Measures the capacity a withdrawal removes from each scope.
   *
   * @param landscape  the landscape, not null
   * @param subject  the scenario, basis and scopes, not null
   * @param asOf  the date of the statuses, not null
   * @return one impact per scope, not null
   */
  public WithdrawalResult withdrawal(Landscape landscape, WithdrawalMeasure subject, LocalDate asOf) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(asOf, "asOf");
    LandscapeConcentration a = analysisOf(landscape);
    Withdrawal w = subject.withdrawal();
    List<WithdrawalImpact> out = new ArrayList<>();
    for (Scope s : subject.scopes()) {
      out.add(new WithdrawalImpact(w, a.measure(Measure.of(w.dimension(), subject.basis(), s), asOf, profile)));
    }
    return new WithdrawalResult(w, asOf, out);
  }

  /**
   * Measures a withdrawal as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param subject  the scenario, basis and scopes, not null
   * @return one impact per scope, not null
   */
  public WithdrawalResult withdrawal(Landscape landscape, WithdrawalMeasure subject) {
    return withdrawal(landscape, subject, landscape.asOf());
  }

  /**
   * The single points of failure of a measure's scope: the holders of its dimension (an access gateway, an ultimate
   * controller, a vendor) whose share of the capacity with a known holder is more than a threshold, each as the
   * impact of its withdrawal.
   *
   * @param landscape  the landscape, not null
   * @param measure  the dimension, basis and scope, not null
   * @param threshold  the share above which a holder is a single point of failure, a fraction in (0, 1]
   * @param asOf  the date of the statuses, not null
   * @return their impacts, largest first, not null
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public List<WithdrawalImpact> singlePointsOfFailure(Landscape landscape, Measure measure, double threshold,
      LocalDate asOf) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("single-point-of-failure threshold must be a fraction in (0, 1], was "
          + threshold);
    }
    ConcentrationResult r = measure(landscape, measure, asOf);
    Partition p = r.partition();
    List<WithdrawalImpact> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (Comparison.GREATER_THAN.test(p.weight(i) / p.knownWeight(), threshold)) {
        out.add(new WithdrawalImpact(Withdrawal.of(measure.dimension(), p.holder(i)), r));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Finds the single points of failure as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param measure  the dimension, basis and scope, not null
   * @param threshold  the share above which a holder is a single point of failure, a fraction in (0, 1]
   * @return their impacts, largest first, not null
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public List<WithdrawalImpact> singlePointsOfFailure(Landscape landscape, Measure measure, double threshold) {
    return singlePointsOfFailure(landscape, measure, threshold, landscape.asOf());
  }

  /**
   * Measures the landscape on every {@link Dimension}, on {@link Basis#ACCELERATORS}, operational and pipeline
   * capacity worldwide ({@code Scope.operational().withPipeline()}).
   *
   * @param landscape  the landscape, not null
   * @param asOf  the date of the statuses, not null
   * @return the overview, not null
   */
  @Override
  public ConcentrationOverview landscape(Landscape landscape, LocalDate asOf) {
    List<Measure> all = Measure.each(EnumSet.allOf(Dimension.class), Basis.ACCELERATORS,
        Scope.operational().withPipeline());
    return new ConcentrationOverview(asOf, profile, measure(landscape, all, asOf));
  }
}
