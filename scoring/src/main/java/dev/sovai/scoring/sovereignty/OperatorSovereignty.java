package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.scoring.ScoringResult;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.UltimateOwnership;

/**
 * The sovereignty of one operator, wherever it runs: who ultimately holds and controls it, which foreign laws reach
 * it (through its seat, operations or controllers), and SecNumCloud §19.6 a, b and e and Gaia-X Label 3 seat and control.
 *
 * @param operator  the operator's identifier, not null
 * @param asOf  the date assessed, not null
 * @param profile  the profile label, not null
 * @param ownership  its ultimate holders on capital and votes, not null
 * @param control  its ultimate controllers, not null
 * @param exposures  the foreign laws in force that reach it, not null
 * @param uncertainExposures  the paths of laws whose end has passed but is not confirmed: whether they still reach
 *     the operator is unknown; not null
 * @param lawfulAccessGaps  the facts the lawful-access axis lacked, in words: with any, "no path found" is not "not
 *     reached"; empty if it had every fact, not null
 * @param secNumCloud  SecNumCloud §19.6 a, b and e, not null
 * @param gaiaX  Gaia-X Label 3 seat and control, not null
 * @param findings  every finding, not null
 * @param coverage  what was known and missing, not null
 */
public record OperatorSovereignty(String operator, LocalDate asOf, String profile, UltimateOwnership ownership,
    Control control, List<Exposure> exposures, List<Exposure> uncertainExposures,
    List<String> lawfulAccessGaps, SecNumCloudView secNumCloud, GaiaXView gaiaX, List<Finding> findings,
    Coverage coverage) implements ScoringResult {
  /** Validates and copies the lists. */
  public OperatorSovereignty {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(control, "control");
    exposures = List.copyOf(exposures);
    uncertainExposures = List.copyOf(uncertainExposures);
    lawfulAccessGaps = List.copyOf(lawfulAccessGaps);
    Objects.requireNonNull(secNumCloud, "secNumCloud");
    Objects.requireNonNull(gaiaX, "gaiaX");
    findings = FindingList.freeze(findings); // built when first read
    Objects.requireNonNull(coverage, "coverage");
  }

  /** @return the keys of the foreign laws that reach the operator, sorted */
  public SortedSet<String> laws() {
    TreeSet<String> s = new TreeSet<>();
    exposures.forEach(e -> s.add(e.lawKey()));
    return s;
  }

  /** @return the explanation in words, one finding a line, not null */
  public String explain() {
    return Explanation.of("operator " + operator, findings, coverage);
  }

  /**
   * Converts to the neutral assessment form. Metrics: {@code foreignLaws}, {@code exposurePaths} (counts; unknown,
   * with the count found as lower bound, when the lawful-access axis lacks facts), {@code uncertainExposurePaths} (if
   * any) (count),
   * {@code secNumCloudLargestOutside}, {@code secNumCloudTotalOutside}, {@code secNumCloudUnknownShare},
   * {@code secNumCloudIndividualHeadroom}, {@code secNumCloudCollectiveHeadroom} (fractions; unknown, with their reason
   * and bounds, when holders of unknown seat could be outside the bloc: see {@link Headroom}). Data: the operator's
   * {@link Assessment#ownership() ownership} (control kind — sole, negative, joint, circular, none — ultimate
   * controllers, and each ultimate holder's look-through share of capital and votes).
   *
   * @return the assessment, not null
   */
  public Assessment toAssessment() {
    Assessment.Builder b = Assessment.builder().scorer("sovereignty").subject(EntityRef.of(EntityKind.OPERATOR, operator))
        .profile(profile).asOf(asOf).findings(findings).coverage(coverage)
        .addOwnership(OwnershipTable.of(ownership, control))
        .addAllMetrics(LawfulAccess.metrics(laws().size(), exposures.size(), uncertainExposures.size(), lawfulAccessGaps))
        .addMetrics(Metric.of("secNumCloudLargestOutside", secNumCloud.largestOutside(), "fraction"))
        .addMetrics(Metric.of("secNumCloudTotalOutside", secNumCloud.totalOutside(), "fraction"))
        .addMetrics(Metric.of("secNumCloudUnknownShare", secNumCloud.unknownShare(), "fraction"))
        .addMetrics(secNumCloud.individualHeadroom().metric("secNumCloudIndividualHeadroom"))
        .addMetrics(secNumCloud.collectiveHeadroom().metric("secNumCloudCollectiveHeadroom"));
    return b.build();
  }
}
