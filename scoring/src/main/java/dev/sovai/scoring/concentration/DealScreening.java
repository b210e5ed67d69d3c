package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.scoring.ScoringResult;

/**
 * The screening of a deal ({@link ConcentrationScorer#screen}): the deal is applied to the landscape
 * ({@link Landscape#apply(Deal)}), every requested dimension is recomputed on the same basis and scope before and
 * after, and each threshold profile's rules are tested on the change ({@link DimensionScreening}).
 *
 * <p>A deal already reflected in the landscape (its effects already hold) changes nothing: screen it against
 * the landscape before it.
 *
 * <p>When no dimension changes, the screening says why: the deal records no effect, or the deal's {@linkplain #targets() targets} (the
 * operators whose stakes it changes) and the companies they hold stakes in operate, own or give access to no capacity
 * counted on the basis and scope — the landscape lacks their sites or their weight, so the effect cannot be measured
 * and the assessment says so with an {@link Outcome#UNKNOWN} finding {@value #CAPACITY_CRITERION} —, or their capacity
 * stays with the same holders ({@link #heldByTargets()}).
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
  private final Set<String> targets;
  private final int companiesBelow;
  private final double heldByTargets;

  /** The criterion of the finding that says what capacity the deal's targets hold when no dimension changes. */
  public static final String CAPACITY_CRITERION = "deal-capacity";

  /** The dimensions in which a company holds capacity directly: as operator, facility owner or access gateway. */
  private static final Set<Dimension> HOLDING = EnumSet.of(Dimension.OPERATOR, Dimension.FACILITY_OWNER,
      Dimension.ACCESS_GATEWAY);

  private DealScreening(Deal deal, Basis basis, Scope scope, ConcentrationProfile profile,
      List<DimensionScreening> dimensions, Landscape after, Set<String> targets, int companiesBelow,
      double heldByTargets) {
    this.deal = deal;
    this.basis = basis;
    this.scope = scope;
    this.profile = profile;
    this.dimensions = dimensions;
    this.after = after;
    this.targets = targets;
    this.companiesBelow = companiesBelow;
    this.heldByTargets = heldByTargets;
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
    Set<String> targets = new TreeSet<>();
    for (StakeChange c : deal.effects().stakes()) {
      targets.add(c.operator());
    }
    Set<String> group = below(before.landscape(), targets);
    double held = 0.0;
    for (Dimension d : HOLDING) {
      Partition p = before.measure(Measure.of(d, subject.basis(), subject.scope()), asOf, profile).partition();
      double w = 0.0;
      for (String company : group) {
        w += p.weightOf(company);
      }
      held = Math.max(held, w);
    }
    return new DealScreening(deal, subject.basis(), subject.scope(), profile, List.copyOf(out), post,
        java.util.Collections.unmodifiableSet(targets), group.size() - targets.size(), held);
  }

  /**
   * The targets and every operator they hold a stake in, directly or through others, in the landscape: one pass over
   * the stakes, then a walk that visits each operator once.
   */
  private static Set<String> below(Landscape landscape, Set<String> targets) {
    Map<String, List<String>> held = new HashMap<>();
    for (Operator o : landscape.operators()) {
      for (Stake s : o.stakes()) {
        held.computeIfAbsent(s.holder(), h -> new ArrayList<>()).add(o.id());
      }
    }
    Set<String> seen = new TreeSet<>(targets);
    Deque<String> todo = new ArrayDeque<>(targets);
    while (!todo.isEmpty()) {
      for (String next : held.getOrDefault(todo.poll(), List.of())) {
        if (seen.add(next)) {
          todo.add(next);
        }
      }
    }
    return seen;
  }

  /**
   * @return the operators whose stakes the deal changes (the companies it buys into or sells out of), sorted, not
   *     null; empty if the deal only moves sites
   */
  public Set<String> targets() {
    return targets;
  }

  /**
   * The weight, on the screening's basis and scope before the deal, that the {@linkplain #targets() targets} and the
   * operators they hold stakes in (directly or through others) hold as operator, facility owner or access gateway:
   * the largest of the three sums, so each site counts once per role. Zero when the landscape records no capacity
   * of theirs (no site, or none whose weight on the basis is known).
   *
   * @return the weight in the basis's unit, at least 0
   */
  public double heldByTargets() {
    return heldByTargets;
  }

  /** @return true if some screened dimension's holders' weights change with the deal */
  public boolean movesCapacity() {
    return dimensions.stream().anyMatch(DimensionScreening::changed);
  }

  /**
   * @return true if the deal changes stakes or sites, yet moves no capacity because its targets hold none counted
   *     here and the sites it moves (if any) carry none: its effect cannot be measured in this landscape
   */
  public boolean targetsHoldNoCapacity() {
    return !movesCapacity() && !deal.effects().isEmpty() && heldByTargets <= 0.0;
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
   * applies) the 2·s_a·s_b check as metrics; the holder tables before and after as data ({@code shares}, per
   * dimension measured); a finding per dimension and one per rule that fires.
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
      a.addShares(PartitionTable.of(s.pre(), "before"), PartitionTable.of(s.post(), "after"));
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
              ? String.format(Locale.ROOT, "By %s on %s: HHI %s → %s (Δ %s); %s reaches %s of known capacity%s.",
                  ConcentrationResult.label(s.dimension()), basis.unit(), ConcentrationResult.points(s.preHhi()),
                  ConcentrationResult.points(s.postHhi()), ConcentrationResult.points(s.deltaHhi()),
                  s.gainers().isEmpty() ? "no holder" : s.gainers().get(0),
                  ConcentrationResult.percent(s.partyShare()), merged)
              : String.format(Locale.ROOT, "By %s on %s: the deal changes nothing (HHI %s).",
                  ConcentrationResult.label(s.dimension()), basis.unit(), ConcentrationResult.points(s.preHhi())))
          .build());
      for (Map.Entry<ThresholdProfile, List<ThresholdRule>> e : s.firing().entrySet()) {
        for (ThresholdRule r : e.getValue()) {
          a.addFindings(Finding.builder().criterion(r.id()).outcome(r.effect().outcome()).addAllChain(chain)
              .addSources(e.getKey().source().id())
              .message(String.format(Locale.ROOT, "%s %s, by %s: %s (post-deal HHI %s, Δ %s, parties' share %s"
                  + " of known capacity).", e.getKey().name(), r.clause(), ConcentrationResult.label(s.dimension()),
                  r.text(), ConcentrationResult.points(s.postHhi()), ConcentrationResult.points(s.deltaHhi()),
                  ConcentrationResult.percent(s.partyShare())))
              .build());
        }
      }
    }
    if (!movesCapacity()) {
      a.addFindings(capacityFinding());
      if (!targetsHoldNoCapacity()) {
        known++;
      }
    } else {
      known++; // the capacity the deal moves is what the dimensions measured
    }
    a.coverage(Coverage.builder().needed(dimensions.size() + 1).known(known).build());
    return a.build();
  }

  /** Says why no dimension changes: the targets hold no capacity counted here, or it stays with the same holders. */
  private Finding capacityFinding() {
    String on = basis.unit() + " in the screening's scope on " + dimensions.get(0).pre().asOf();
    boolean one = targets.size() == 1 && companiesBelow == 0;
    String who = targets.isEmpty() ? "" : String.join(", ", targets)
        + (companiesBelow == 0 ? "" : " and the " + companiesBelow + (companiesBelow == 1 ? " company" : " companies")
            + " they hold stakes in");
    List<String> sites = deal.effects().sites().stream().map(SiteChange::site).collect(Collectors.toList());
    List<EntityRef> chain = new ArrayList<>();
    chain.add(EntityRef.of(EntityKind.DEAL, deal.id()));
    targets.forEach(t -> chain.add(EntityRef.of(EntityKind.OPERATOR, t)));
    if (deal.effects().isEmpty()) {
      return Finding.builder().criterion(CAPACITY_CRITERION).outcome(Outcome.INFO).addAllChain(chain)
          .message("The deal records no change of stake, operator, owner or gateway: it moves no capacity between"
              + " holders.")
          .build();
    }
    if (targetsHoldNoCapacity()) {
      String what = (who.isEmpty() ? "" : who + (one ? " operates, owns or gives" : " operate, own or give")
          + " access to no capacity counted on " + on)
          + (sites.isEmpty() ? "" : (who.isEmpty() ? "" : "; ") + "the sites it moves (" + String.join(", ", sites)
              + ") carry none counted on " + on);
      return Finding.builder().criterion(CAPACITY_CRITERION).outcome(Outcome.UNKNOWN).addAllChain(chain)
          .message("The deal moves no capacity in this landscape: " + what + ". Its effect on concentration cannot"
              + " be measured until their sites, with their " + basis.unit() + ", are recorded.")
          .build();
    }
    return Finding.builder().criterion(CAPACITY_CRITERION).outcome(Outcome.INFO).addAllChain(chain)
        .message(String.format(Locale.ROOT, "The deal moves no capacity between holders: the %s %s held through %s"
            + " stay with the same holders on every dimension screened.", AssessmentExplanation.number(heldByTargets),
            basis.unit(), who.isEmpty() ? "the sites it moves" : who))
        .build();
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
