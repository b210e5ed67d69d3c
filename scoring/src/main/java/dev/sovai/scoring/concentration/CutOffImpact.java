package dev.sovai.scoring.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;

/**
 * The capacity a {@link CutOff} removes from one scope: the holder's weight, and its share of the scope's
 * capacity — at least its weight over all capacity counted, at most that plus all capacity whose holder on the
 * dimension is unknown; the value is over the capacity with a known holder.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class CutOffImpact {
  private final CutOff cutOff;
  private final ConcentrationResult result;

  private CutOffImpact(CutOff cutOff, ConcentrationResult result) {
    this.cutOff = cutOff;
    this.result = result;
  }

  /**
   * Computes the impact of a cut-off on each of several scopes.
   *
   * @param analysis  the landscape's analysis, not null
   * @param cutOff  the scenario, not null
   * @param basis  the basis, not null
   * @param scopes  the scopes (a region each, say), not null
   * @return one impact per scope, in order, not null
   */
  public static List<CutOffImpact> of(LandscapeConcentration analysis, CutOff cutOff, Basis basis, List<Scope> scopes) {
    Objects.requireNonNull(cutOff, "cutOff");
    List<CutOffImpact> out = new ArrayList<>();
    for (Scope s : scopes) {
      out.add(new CutOffImpact(cutOff, analysis.measure(cutOff.dimension(), basis, s)));
    }
    return List.copyOf(out);
  }

  /**
   * The single points of failure of a scope: the holders of a dimension (an access gateway, an ultimate
   * controller, a vendor) whose share of the scope's capacity with a known holder is more than a threshold.
   *
   * @param analysis  the landscape's analysis, not null
   * @param dimension  the dimension, not null
   * @param basis  the basis, not null
   * @param scope  the scope, not null
   * @param threshold  the share above which a holder is a single point of failure, a fraction in (0, 1]
   * @return their impacts, largest first, not null
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public static List<CutOffImpact> singlePointsOfFailure(LandscapeConcentration analysis, Dimension dimension,
      Basis basis, Scope scope, double threshold) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("single-point-of-failure threshold must be a fraction in (0, 1], was "
          + threshold);
    }
    ConcentrationResult r = analysis.measure(dimension, basis, scope);
    Partition p = r.partition();
    List<CutOffImpact> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (Comparison.GREATER_THAN.test(p.weight(i) / p.knownWeight(), threshold)) {
        out.add(new CutOffImpact(CutOff.of(dimension, p.holder(i)), r));
      }
    }
    return List.copyOf(out);
  }

  /** @return the scenario, not null */
  public CutOff cutOff() {
    return cutOff;
  }

  /** @return the scope, not null */
  public Scope scope() {
    return result.scope();
  }

  /** @return the partition the impact was read from, not null */
  public ConcentrationResult result() {
    return result;
  }

  /** @return the capacity lost, in the basis's unit, ≥ 0 */
  public double lostWeight() {
    return result.partition().weightOf(cutOff.holder());
  }

  /** @return the scope's capacity counted (known and unknown holders), in the basis's unit, ≥ 0 */
  public double totalWeight() {
    return result.partition().totalWeight();
  }

  /** @return the share lost of the capacity with a known holder, in [0, 1]; 0 if there is none */
  public double lostShare() {
    double k = result.partition().knownWeight();
    return k == 0.0 ? 0.0 : lostWeight() / k;
  }

  /** @return the lower bound of the share lost (over all capacity counted), in [0, 1] */
  public double lostShareLower() {
    double t = totalWeight();
    return t == 0.0 ? 0.0 : lostWeight() / t;
  }

  /** @return the upper bound of the share lost (the unknown part lost too), in [0, 1] */
  public double lostShareUpper() {
    double t = totalWeight();
    return t == 0.0 ? 0.0 : (lostWeight() + result.partition().unknownWeight()) / t;
  }

  /**
   * Converts impacts to one assessment of the landscape.
   *
   * @param impacts  the impacts, not empty, not null
   * @return the assessment: a metric and a finding per impact, not null
   * @throws IllegalArgumentException if there is no impact
   */
  public static Assessment toAssessment(List<CutOffImpact> impacts) {
    if (impacts.isEmpty()) {
      throw new IllegalArgumentException("no cut-off impact to assess");
    }
    Assessment.Builder a = Assessment.builder().scorer(ConcentrationResult.SCORER)
        .subject(EntityRef.of(EntityKind.LANDSCAPE, "landscape")).profile("cut-off")
        .asOf(impacts.get(0).result.asOf());
    int needed = 0;
    int known = 0;
    for (int i = 0; i < impacts.size(); i++) {
      CutOffImpact c = impacts.get(i);
      a.addMetrics(Metric.builder().name("lostShare" + (i + 1)).value(c.lostShare()).unit("fraction")
          .lower(Math.min(c.lostShare(), c.lostShareLower())).upper(Math.max(c.lostShare(), c.lostShareUpper()))
          .build());
      EntityKind kind = c.cutOff.dimension() == Dimension.CONTROLLING_JURISDICTION ? EntityKind.JURISDICTION
          : EntityKind.OPERATOR;
      a.addFindings(Finding.builder().criterion("cut-off-" + ConcentrationResult.slug(c.cutOff.dimension()))
          .outcome(Outcome.INFO).addChain(EntityRef.of(kind, c.cutOff.holder()))
          .message(String.format(Locale.ROOT, "%s: %s loses %.4g %s, %s of its capacity [%s, %s].", c.cutOff,
              c.scope(), c.lostWeight(), c.result.basis().unit(), ConcentrationResult.percent(c.lostShare()),
              ConcentrationResult.percent(c.lostShareLower()), ConcentrationResult.percent(c.lostShareUpper())))
          .build());
      needed += c.result.sitesInScope();
      known += c.result.sitesFullyKnown();
    }
    a.coverage(Coverage.builder().needed(needed).known(known).build());
    return a.build();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s in %s: %.4g %s (%.1f %%)", cutOff, scope(), lostWeight(),
        result.basis().unit(), lostShare() * 100);
  }
}
