package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.scoring.ScoringResult;

/**
 * What a {@link Withdrawal} costs each scope of a {@link WithdrawalMeasure}: one {@link WithdrawalImpact} per scope,
 * in the measure's order ({@link ConcentrationScorer#withdrawal}). Its assessment (profile {@code "cut-off"}) has a
 * metric {@code lostShare<n>} with its bounds and a finding per scope.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class WithdrawalResult implements ScoringResult {
  private final Withdrawal withdrawal;
  private final LocalDate asOf;
  private final List<WithdrawalImpact> impacts;

  WithdrawalResult(Withdrawal withdrawal, LocalDate asOf, List<WithdrawalImpact> impacts) {
    this.withdrawal = withdrawal;
    this.asOf = asOf;
    this.impacts = List.copyOf(impacts);
  }

  /** @return the scenario, not null */
  public Withdrawal withdrawal() {
    return withdrawal;
  }

  /** @return the date of the statuses, not null */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return one impact per scope, in the measure's order, not empty */
  public List<WithdrawalImpact> impacts() {
    return impacts;
  }

  /**
   * Converts the impacts to one assessment of the landscape.
   *
   * @return the assessment: a metric and a finding per scope, not null
   */
  @Override
  public Assessment toAssessment() {
    Assessment.Builder a = Assessment.builder().scorer(ConcentrationResult.SCORER)
        .subject(EntityRef.of(EntityKind.LANDSCAPE, "landscape")).profile("cut-off").asOf(asOf);
    int needed = 0;
    int known = 0;
    for (int i = 0; i < impacts.size(); i++) {
      WithdrawalImpact c = impacts.get(i);
      a.addMetrics(Metric.builder().name("lostShare" + (i + 1)).value(c.lostShare()).unit("fraction")
          .lower(Math.min(c.lostShare(), c.lostShareLower())).upper(Math.max(c.lostShare(), c.lostShareUpper()))
          .build());
      EntityKind kind = withdrawal.dimension() == Dimension.CONTROLLING_JURISDICTION ? EntityKind.JURISDICTION
          : EntityKind.OPERATOR;
      a.addFindings(Finding.builder().criterion("cut-off-" + ConcentrationResult.slug(withdrawal.dimension()))
          .outcome(Outcome.INFO).addChain(EntityRef.of(kind, withdrawal.holder()))
          .message(String.format(Locale.ROOT, "%s: %s loses %.4g %s, %s of its capacity [%s, %s].", withdrawal,
              c.scope(), c.lostWeight(), c.result().basis().unit(), ConcentrationResult.percent(c.lostShare()),
              ConcentrationResult.percent(c.lostShareLower()), ConcentrationResult.percent(c.lostShareUpper())))
          .build());
      needed += c.result().sitesInScope();
      known += c.result().sitesFullyKnown();
    }
    a.coverage(Coverage.builder().needed(needed).known(known).build());
    return a.build();
  }

  /**
   * Explains the result: per scope the capacity lost and its share, with bounds.
   *
   * @return several lines of text, not null
   */
  @Override
  public String explain() {
    return AssessmentExplanation.of(withdrawal + " on " + asOf, toAssessment());
  }

  @Override
  public String toString() {
    return "WithdrawalResult" + impacts;
  }
}
