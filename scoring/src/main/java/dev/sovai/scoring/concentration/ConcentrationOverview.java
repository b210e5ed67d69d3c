package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.Metric;
import dev.sovai.scoring.ScoringResult;

/**
 * A landscape's concentration on every {@link Dimension} within one basis and scope
 * ({@link ConcentrationScorer#landscape}): one {@link ConcentrationResult} per dimension. Its assessment has, per
 * dimension with a known holder, the metrics {@code <dimension>Hhi} (with bounds) and
 * {@code <dimension>EquivalentNumber}, and every dimension's findings.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ConcentrationOverview implements ScoringResult {
  private final LocalDate asOf;
  private final ConcentrationProfile profile;
  private final List<ConcentrationResult> results;

  ConcentrationOverview(LocalDate asOf, ConcentrationProfile profile, List<ConcentrationResult> results) {
    this.asOf = asOf;
    this.profile = profile;
    this.results = List.copyOf(results);
  }

  /** @return the date of the statuses, not null */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return one result per dimension, in the order of {@link Dimension}, not null */
  public List<ConcentrationResult> results() {
    return results;
  }

  /**
   * The result of one dimension.
   *
   * @param dimension  the dimension, not null
   * @return its result, or empty if it was not measured
   */
  public Optional<ConcentrationResult> result(Dimension dimension) {
    return results.stream().filter(r -> r.dimension() == dimension).findFirst();
  }

  /**
   * Converts the overview to one assessment of the landscape.
   *
   * @return the assessment, not null
   */
  @Override
  public Assessment toAssessment() {
    Assessment.Builder a = Assessment.builder().scorer(ConcentrationResult.SCORER)
        .subject(EntityRef.of(EntityKind.LANDSCAPE, "landscape")).profile(profile.label()).asOf(asOf);
    int needed = 0;
    int known = Integer.MAX_VALUE;
    List<Gap> gaps = new ArrayList<>();
    for (ConcentrationResult r : results) {
      Assessment one = r.toAssessment();
      String n = DealScreening.camel(r.dimension());
      one.metric("hhi").ifPresent(m -> a.addMetrics(Metric.builder().from(m).name(n + "Hhi").build()));
      one.metric("equivalentNumber").ifPresent(m -> a.addMetrics(Metric.builder().from(m).name(n + "EquivalentNumber")
          .build()));
      a.addAllFindings(one.findings());
      needed = Math.max(needed, one.coverage().needed());
      if (one.coverage().known() < known) {
        known = one.coverage().known();
        gaps = one.coverage().gaps();
      }
    }
    a.coverage(Coverage.builder().needed(needed).known(results.isEmpty() ? 0 : known).addAllGaps(gaps).build());
    return a.build();
  }

  /**
   * Explains the overview: per dimension the HHI, its bounds and the largest holders, then the rules that fire.
   *
   * @return several lines of text, not null
   */
  @Override
  public String explain() {
    String what = results.isEmpty() ? ""
        : " on " + results.get(0).basis().unit() + " (" + results.get(0).scope() + ")";
    return AssessmentExplanation.of("Concentration by every dimension" + what + " on " + asOf, toAssessment());
  }

  @Override
  public String toString() {
    return "ConcentrationOverview" + results;
  }
}
