package dev.sovai.scoring.concentration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

/**
 * The screening of a deal: the deal is applied to the landscape ({@link Landscape#apply(Deal)}), every requested
 * dimension is recomputed on the same basis and scope before and after, and each profile's rules are tested on
 * the change ({@link DimensionScreening}).
 *
 * <p>A deal already reflected in the landscape (its effects already hold) changes nothing: screen it against
 * the landscape before it.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class DealScreening {
  private final Deal deal;
  private final Basis basis;
  private final Scope scope;
  private final List<ThresholdProfile> profiles;
  private final List<DimensionScreening> dimensions;
  private final Landscape after;

  private DealScreening(Deal deal, Basis basis, Scope scope, List<ThresholdProfile> profiles,
      List<DimensionScreening> dimensions, Landscape after) {
    this.deal = deal;
    this.basis = basis;
    this.scope = scope;
    this.profiles = profiles;
    this.dimensions = dimensions;
    this.after = after;
  }

  /**
   * Screens a deal.
   *
   * @param landscape  the landscape before the deal, not null
   * @param deal  the deal, not null; its references must resolve in the landscape
   * @param dimensions  the dimensions to recompute, at least one, not null
   * @param basis  the basis, not null
   * @param scope  the scope, not null
   * @param profiles  the threshold profiles to test, not null
   * @return the screening, not null
   * @throws dev.sovai.model.landscape.InvalidLandscapeException if the deal cannot be applied (an unknown party,
   *     stakes summing over 1)
   * @throws IllegalArgumentException if no dimension is requested
   */
  public static DealScreening of(Landscape landscape, Deal deal, Set<Dimension> dimensions, Basis basis, Scope scope,
      List<ThresholdProfile> profiles) {
    return of(LandscapeConcentration.of(landscape), deal, dimensions, basis, scope, profiles);
  }

  /**
   * Screens a deal against an analysis already started (its cached look-through is reused for the pre-deal side).
   *
   * @param before  the analysis of the landscape before the deal, not null
   * @param deal  the deal, not null
   * @param dimensions  the dimensions to recompute, at least one, not null
   * @param basis  the basis, not null
   * @param scope  the scope, not null
   * @param profiles  the threshold profiles to test, not null
   * @return the screening, not null
   * @throws dev.sovai.model.landscape.InvalidLandscapeException if the deal cannot be applied
   * @throws IllegalArgumentException if no dimension is requested
   */
  public static DealScreening of(LandscapeConcentration before, Deal deal, Set<Dimension> dimensions, Basis basis,
      Scope scope, List<ThresholdProfile> profiles) {
    Objects.requireNonNull(deal, "deal");
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("screening deal " + deal.id() + " needs at least one dimension");
    }
    Landscape post = before.landscape().apply(deal);
    LandscapeConcentration after = LandscapeConcentration.of(post);
    List<DimensionScreening> out = new ArrayList<>();
    List<ThresholdProfile> ps = List.copyOf(profiles);
    for (Dimension d : Set.copyOf(dimensions).stream().sorted().collect(Collectors.toList())) {
      out.add(new DimensionScreening(before.measure(d, basis, scope), after.measure(d, basis, scope), ps));
    }
    return new DealScreening(deal, basis, scope, ps, List.copyOf(out), post);
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
  public Assessment toAssessment() {
    Assessment.Builder a = Assessment.builder().scorer(ConcentrationResult.SCORER)
        .subject(EntityRef.of(EntityKind.DEAL, deal.id())).profile(ConcentrationResult.profileName(profiles))
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

  static String camel(Dimension d) {
    String[] parts = d.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return sb.toString();
  }
}
