package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Ownership;
import dev.sovai.scoring.ScoringResult;

/**
 * The sovereignty of one site: the two separate axes — lawful access ({@link #exposures()}: which foreign laws
 * reach it, through whom, by which rule) and cut-off ({@link #cutOff()}) — and the framework views built from the
 * same facts (SecNumCloud §19.6 a–c and e and Gaia-X Label 3 for each provider: the operator and the access gateway; the
 * EU CSF), with every finding and the coverage.
 *
 * @param site  the site's identifier, not null
 * @param asOf  the date assessed, not null
 * @param profile  the profile label ({@code "eu-default@1"}), not null
 * @param exposures  the paths of foreign lawful access, not null
 * @param uncertainExposures  the paths of laws whose end has passed but is not confirmed
 *     ({@link dev.sovai.model.jurisdiction.ExtraterritorialLaw#isUncertainOn}): whether they still reach the site is
 *     unknown, so they make the lawful-access answer unknown, never "not reached"; not null
 * @param lawfulAccessGaps  the facts the lawful-access axis lacked, in words (an unknown operator or seat, control
 *     that unlisted holders could decide, a law's unconfirmed end): with any, "no path found" is not "not reached";
 *     empty if it had every fact, not null
 * @param cutOff  the cut-off axis, not null
 * @param secNumCloud  SecNumCloud §19.6 a–c and e per provider, not null
 * @param gaiaX  Gaia-X Label 3 per provider, not null
 * @param csf  the EU Cloud Sovereignty Framework view, not null
 * @param findings  every finding, the lawful-access and cut-off axes first, not null
 * @param coverage  what was known and what was missing, not null
 * @param ownership  for each provider (the operator and the access gateway), who holds and controls it: control
 *     kind, ultimate controllers and each ultimate holder's look-through share; not null
 */
public record SiteSovereignty(String site, LocalDate asOf, String profile, List<Exposure> exposures,
    List<Exposure> uncertainExposures, List<String> lawfulAccessGaps, CutOffRisk cutOff,
    List<SecNumCloudView> secNumCloud, List<GaiaXView> gaiaX, CsfView csf, List<Finding> findings,
    Coverage coverage, List<Ownership> ownership) implements ScoringResult {
  /** Validates and copies the lists. */
  public SiteSovereignty {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(profile, "profile");
    exposures = List.copyOf(exposures);
    uncertainExposures = List.copyOf(uncertainExposures);
    lawfulAccessGaps = List.copyOf(lawfulAccessGaps);
    Objects.requireNonNull(cutOff, "cutOff");
    secNumCloud = List.copyOf(secNumCloud);
    gaiaX = List.copyOf(gaiaX);
    Objects.requireNonNull(csf, "csf");
    findings = FindingList.freeze(findings); // built when first read
    Objects.requireNonNull(coverage, "coverage");
    ownership = List.copyOf(ownership);
  }

  /** @return true if at least one foreign law in force reaches the site (uncertain paths are not counted) */
  public boolean isExposed() {
    return !exposures.isEmpty();
  }

  /** @return the keys of the foreign laws that reach the site ({@code "US/us-cloud-act"}), sorted */
  public SortedSet<String> laws() {
    TreeSet<String> s = new TreeSet<>();
    exposures.forEach(e -> s.add(e.lawKey()));
    return s;
  }

  /**
   * The explanation in words, one finding a line: {@code [outcome] criterion: message} followed by its chain.
   *
   * @return the text, not null
   */
  public String explain() {
    return Explanation.of("site " + site, findings, coverage);
  }

  /**
   * Converts to the neutral assessment form. Metrics: {@code foreignLaws} (count), {@code exposurePaths} (count),
   * {@code uncertainExposurePaths} (count, if any) — the first two unknown, with the count found as lower bound, when
   * the lawful-access axis lacks facts; {@code cutOffLevel} (0 none … 3 presumption of denial; unknown, with the level
   * found as lower bound, when the cut-off axis lacks facts), {@code csfSeal} (if any; bounds [0, floor] while a gating
   * criterion is unknown), {@code csfScore:<preset>} and
   * {@code csfPointsScore:<preset>} (percent: unknown criteria earn nothing, the upper bound is what they could earn;
   * unknown, with its reason, when no criterion is answered), the CSF evidence split ({@link CsfEvidenceMetrics}),
   * {@code secNumCloudIndividualHeadroom} and
   * {@code secNumCloudCollectiveHeadroom} (fraction, smallest over providers; unknown, with its reason and bounds, when
   * holders of unknown seat could be outside the bloc). The headline is the CSF score of the profile's first preset
   * (absent when unknown); it never replaces the two axes. Data: {@link Assessment#ownership() ownership}, one per
   * provider (control kind, ultimate controllers, look-through shares of capital and votes).
   *
   * @return the assessment, not null
   */
  public Assessment toAssessment() {
    Assessment.Builder b = Assessment.builder().scorer("sovereignty").subject(EntityRef.of(EntityKind.SITE, site))
        .profile(profile).asOf(asOf).findings(findings).coverage(coverage).ownership(ownership);
    b.addAllMetrics(LawfulAccess.metrics(laws().size(), exposures.size(), uncertainExposures.size(), lawfulAccessGaps));
    if (cutOff.isKnown()) {
      b.addMetrics(Metric.of("cutOffLevel", cutOff.level().ordinal(), "level"));
    } else {
      b.addMetrics(Metric.builder().name("cutOffLevel").unit("level").unknownBecause("the cut-off risk is at least "
          + cutOff.level().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", but unknown: "
          + String.join("; ", cutOff.unknowns())).lower(cutOff.level().ordinal())
          .upper(CutOffLevel.PRESUMPTION_OF_DENIAL.ordinal()).build());
    }
    csf.seal().ifPresent(s -> b.addMetrics(csf.answers().stream().anyMatch(a -> a.criterion().gates() && !a.isAnswered())
        ? Metric.builder().name("csfSeal").value(s).unit("SEAL").lower(0).upper(s).build()
        : Metric.of("csfSeal", s, "SEAL")));
    for (Map.Entry<String, Double> e : csf.sealScores().entrySet()) {
      b.addMetrics(score("csfScore:" + e.getKey(), e.getValue(), csf.sealScoresUpper().get(e.getKey())));
    }
    for (Map.Entry<String, Double> e : csf.pointsScores().entrySet()) {
      b.addMetrics(score("csfPointsScore:" + e.getKey(), e.getValue(), csf.pointsScoresUpper().get(e.getKey())));
    }
    b.addAllMetrics(CsfEvidenceMetrics.of(csf));
    if (!secNumCloud.isEmpty()) {
      b.addMetrics(Headroom.smallest(secNumCloud.stream().map(SecNumCloudView::individualHeadroom).toList())
          .metric("secNumCloudIndividualHeadroom"));
      b.addMetrics(Headroom.smallest(secNumCloud.stream().map(SecNumCloudView::collectiveHeadroom).toList())
          .metric("secNumCloudCollectiveHeadroom"));
    }
    if (!csf.sealScores().isEmpty() && csf.unknownBecause().isEmpty()) {
      b.headline(Math.max(0, Math.min(100, csf.sealScores().values().iterator().next())));
    }
    return b.build();
  }

  /** A CSF score in percent: unknown (bounds 0–100) with no answered criterion, else the value with its upper bound. */
  private Metric score(String name, double value, double upper) {
    Metric.Builder m = Metric.builder().name(name).unit("%");
    if (csf.unknownBecause().isPresent()) {
      return m.unknownBecause(csf.unknownBecause().get()).lower(0).upper(100).build();
    }
    if (upper > value + 1e-9) {
      m.lower(value).upper(upper);
    }
    return m.value(value).build();
  }
}
