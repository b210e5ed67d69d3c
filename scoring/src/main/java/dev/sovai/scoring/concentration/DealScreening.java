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
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.ScoringResult;

/**
 * The screening of a deal ({@link ConcentrationScorer#screen}): the deal is applied to the landscape
 * ({@link Landscape#apply(Deal)}), every requested dimension is recomputed on the same basis and scope before and
 * after, and each threshold profile's rules are tested on the change ({@link DimensionScreening}).
 *
 * <p>A deal already reflected in the landscape (its effects already hold) changes nothing: screen it against
 * the landscape before it.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class DealScreening implements ScoringResult {
  private final Deal deal;
  private final Basis basis;
  private final Scope scope;
  private final ConcentrationProfile profile;
  private final List<DimensionScreening> dimensions;
  private final Landscape after;

  private DealScreening(Deal deal, Basis basis, Scope scope, ConcentrationProfile profile,
      List<DimensionScreening> dimensions, Landscape after) {
    this.deal = deal;
    this.basis = basis;
    this.scope = scope;
    this.profile = profile;
    this.dimensions = dimensions;
    this.after = after;
  }

  /**
   * Screens a deal against the engine of the landscape before it (its cached look-through is reused for the
   * pre-deal side).
   *
   * @param before  the engine of the landscape before the deal, not null
   * @param subject  the deal and what to recompute, not null
   * @param asOf  the date of the statuses, not null
   * @param profile  the threshold profiles to test, not null
   * @return the screening, not null
   * @throws dev.sovai.model.landscape.InvalidLandscapeException if the deal cannot be applied (an unknown party,
   *     stakes summing over 1)
   */
  static DealScreening of(LandscapeConcentration before, DealMeasure subject, LocalDate asOf,
      ConcentrationProfile profile) {
    Deal deal = subject.deal();
    Landscape post = before.landscape().apply(deal);
    LandscapeConcentration after = new LandscapeConcentration(post);
    List<DimensionScreening> out = new ArrayList<>();
    for (Dimension d : subject.dimensions().stream().sorted().collect(Collectors.toList())) {
      Measure m = Measure.of(d, subject.basis(), subject.scope());
      out.add(new DimensionScreening(before.measure(m, asOf, profile), after.measure(m, asOf, profile),
          profile.thresholds()));
    }
    return new DealScreening(deal, subject.basis(), subject.scope(), profile, List.copyOf(out), post);
  }

  /** @return the deal, not null */
  public Deal deal() {
    return deal;
  }

  /** @return the basis, not null */
  public Basis basis() {
    return basis;
  }

  /** @return the scope, not null */
  public Scope scope() {
    return scope;
  }

  /** @return the landscape after the deal, not null */
  public Landscape landscapeAfter() {
    return after;
  }

  /** @return one screening per dimension, in the enum's order, not null */
  public List<DimensionScreening> dimensions() {
    return dimensions;
  }

  /**
   * The screening of one dimension.
   *
   * @param d  a dimension that was requested, not null
   * @return its screening, not null
   * @throws IllegalArgumentException if it was not requested
   */
  public DimensionScreening dimension(Dimension d) {
    return dimensions.stream().filter(s -> s.dimension() == d).findFirst().orElseThrow(() ->
        new IllegalArgumentException("dimension " + d + " was not screened for deal " + deal.id()));
  }

  /**
   * Converts the screening to an assessment of the deal: per dimension the pre/post HHI, ΔHHI and (where it
   * applies) the 2·s_a·s_b check as metrics; a finding per dimension and one per rule that fires.
   *
   * @return the assessment, not null
   */
  @Override
  public Assessment toAssessment() {
    Assessment.Builder a = Assessment.builder().scorer(ConcentrationResult.SCORER)
        .subject(EntityRef.of(EntityKind.DEAL, deal.id())).profile(profile.label())
        .asOf(dimensions.get(0).pre().asOf());
    int known = 0;
    for (DimensionScreening s : dimensions) {
      String n = camel(s.dimension());
      String crit = "deal-" + ConcentrationResult.slug(s.dimension());
      if (!s.measurable()) {
        a.addFindings(Finding.builder().criterion(crit).outcome(Outcome.UNKNOWN)
            .message("No capacity with a known holder by " + ConcentrationResult.label(s.dimension())
                + ": the deal's effect cannot be measured.").build());
        continue;
      }
      known++;
      a.addMetrics(Metric.of(n + "PreHhi", s.preHhi(), "points"), Metric.of(n + "PostHhi", s.postHhi(), "points"),
          Metric.of(n + "DeltaHhi", s.deltaHhi(), "points"));
      s.formulaDeltaHhi().ifPresent(f -> a.addMetrics(Metric.of(n + "FormulaDeltaHhi", f, "points")));
      List<EntityRef> chain = new ArrayList<>();
      chain.add(EntityRef.of(EntityKind.DEAL, deal.id()));
      if (!s.gainers().isEmpty()) {
        chain.addAll(s.post().chainOf(s.gainers().get(0)));
      }
      String merged = s.mergedHolders().map(m -> String.format(Locale.ROOT, "; it combines %s and %s,"
          + " 2·s_a·s_b = %.1f%s", m.get(0), m.get(1), s.formulaDeltaHhi().getAsDouble(),
          s.formulaConsistent() ? "" : " (does NOT match the recomputation)")).orElse("");
      a.addFindings(Finding.builder().criterion(crit).outcome(Outcome.INFO).addAllChain(chain)
          .message(s.changed()
              ? String.format(Locale.ROOT, "By %s on %s: HHI %.1f → %.1f (Δ %.1f); %s reaches %s%s.",
                  ConcentrationResult.label(s.dimension()), basis.unit(), s.preHhi(), s.postHhi(), s.deltaHhi(),
                  s.gainers().isEmpty() ? "no holder" : s.gainers().get(0),
                  ConcentrationResult.percent(s.partyShare()), merged)
              : String.format(Locale.ROOT, "By %s on %s: the deal changes nothing (HHI %.1f).",
                  ConcentrationResult.label(s.dimension()), basis.unit(), s.preHhi()))
          .build());
      for (Map.Entry<ThresholdProfile, List<ThresholdRule>> e : s.firing().entrySet()) {
        for (ThresholdRule r : e.getValue()) {
          a.addFindings(Finding.builder().criterion(r.id()).outcome(r.effect().outcome()).addAllChain(chain)
              .addSources(e.getKey().source().id())
              .message(String.format(Locale.ROOT, "%s %s, by %s: %s (post-deal HHI %.1f, Δ %.1f, share %s).",
                  e.getKey().name(), r.clause(), ConcentrationResult.label(s.dimension()), r.text(), s.postHhi(),
                  s.deltaHhi(), ConcentrationResult.percent(s.partyShare())))
              .build());
        }
      }
    }
    a.coverage(Coverage.builder().needed(dimensions.size()).known(known).build());
    return a.build();
  }

  /**
   * Explains the screening: per dimension the HHI before and after and its change, and each rule that fires.
   *
   * @return several lines of text, not null
   */
  @Override
  public String explain() {
    return AssessmentExplanation.of("Screening of deal " + deal.id() + " on " + basis.unit() + " (" + scope + " on "
        + dimensions.get(0).pre().asOf() + ")", toAssessment());
  }

  static String camel(Dimension d) {
    String[] parts = d.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }
}
