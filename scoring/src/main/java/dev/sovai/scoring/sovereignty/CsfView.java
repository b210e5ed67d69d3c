package dev.sovai.scoring.sovereignty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import dev.sovai.model.csf.CsfCatalogue;
import dev.sovai.scoring.csf.CsfObjective;
import dev.sovai.scoring.csf.CsfWeights;

/**
 * The EU Cloud Sovereignty Framework view of a site: one {@link CsfAnswer} per criterion of the calculator's
 * catalogue (48), each derived from facts, declared by the provider or unknown ({@link CsfEvidence}), the grade of
 * each objective (the minimum SEAL over its answered criteria), the overall SEAL (the minimum over answered gating
 * criteria — a weakest-link floor, never an average), and weighted scores for each preset of the profile:
 * <ul>
 *   <li>{@link #sealScores()}: the v1.2.1 method {@code Σ w × grade / 4}; an objective without a grade earns 0;</li>
 *   <li>{@link #pointsScores()}: the calculator method {@code Σ w × earned / attainable}, over all 48 criteria,
 *       unknown criteria earning 0 but keeping their attainable points.</li>
 * </ul>
 * {@link #pointsShares()} says how much of the attainable weighted points rests on each evidence level, and
 * {@link #sealOnDeclared()} whether the SEAL floor is set by declared answers only.
 * A SEAL computed with unknown criteria is an upper bound: it can only fall as answers arrive. A score computed with
 * unknown criteria is a lower bound (unknown earns nothing, never counts as good); {@link #sealScoresUpper()} and
 * {@link #pointsScoresUpper()} are what it would be if every unknown criterion reached its best rung. With no
 * criterion answered the scores are unknown ({@link #unknownBecause()}), not 0.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class CsfView {
  private final List<CsfAnswer> answers;
  private final Map<CsfObjective, Integer> grades;
  private final OptionalInt seal;
  private final Map<String, Double> sealScores;
  private final Map<String, Double> pointsScores;
  private final Map<String, Double> sealScoresUpper;
  private final Map<String, Double> pointsScoresUpper;
  private final Map<String, Map<CsfEvidence, Double>> pointsShares;
  private final boolean sealOnDeclared;

  CsfView(List<CsfAnswer> answers, List<CsfWeights> weights) {
    this.answers = List.copyOf(answers);
    CsfObjective[] objectives = CsfObjective.values();
    CsfObjective[] objectiveOf = new CsfObjective[this.answers.size()];
    int[] perObjective = new int[objectives.length];
    for (int i = 0; i < objectiveOf.length; i++) {
      objectiveOf[i] = CsfObjective.of(this.answers.get(i).criterion());
      perObjective[objectiveOf[i].ordinal()]++;
    }
    // the answers of each objective, in answer order, and their sums (the same for every preset of weights)
    int[][] members = new int[objectives.length][];
    for (CsfObjective o : objectives) {
      members[o.ordinal()] = new int[perObjective[o.ordinal()]];
    }
    int[] filled = new int[objectives.length];
    double[] earned = new double[objectives.length];
    double[] possible = new double[objectives.length];
    double[] attainable = new double[objectives.length];
    for (int i = 0; i < objectiveOf.length; i++) {
      int o = objectiveOf[i].ordinal();
      members[o][filled[o]++] = i;
      CsfAnswer a = this.answers.get(i);
      earned[o] += a.points();
      possible[o] += a.isAnswered() ? a.points() : a.criterion().maxPoints();
      attainable[o] += a.criterion().maxPoints();
    }
    Map<CsfObjective, Integer> g = new EnumMap<>(CsfObjective.class);
    int floor = Integer.MAX_VALUE;
    int derivedFloor = Integer.MAX_VALUE;
    for (int i = 0; i < objectiveOf.length; i++) {
      CsfAnswer a = this.answers.get(i);
      if (a.isAnswered()) {
        g.merge(objectiveOf[i], a.seal().getAsInt(), Math::min);
        if (a.criterion().gates()) {
          floor = Math.min(floor, a.seal().getAsInt());
          if (a.evidence() == CsfEvidence.DERIVED) {
            derivedFloor = Math.min(derivedFloor, a.seal().getAsInt());
          }
        }
      }
    }
    this.sealOnDeclared = floor != Integer.MAX_VALUE && derivedFloor > floor;
    this.grades = Collections.unmodifiableMap(g);
    this.seal = floor == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(floor);
    Map<String, Double> ss = new LinkedHashMap<>();
    Map<String, Double> ps = new LinkedHashMap<>();
    Map<String, Double> ssUp = new LinkedHashMap<>();
    Map<String, Double> psUp = new LinkedHashMap<>();
    Map<String, Map<CsfEvidence, Double>> shares = new LinkedHashMap<>();
    for (CsfWeights w : weights) {
      double[] share = new double[CsfEvidence.values().length];
      Integer[] grade = new Integer[objectives.length];
      Integer[] best = new Integer[objectives.length];
      for (CsfObjective o : objectives) {
        grade[o.ordinal()] = g.get(o);
        best[o.ordinal()] = g.getOrDefault(o, 4);
      }
      ss.put(w.name(), w.score(grade));
      ssUp.put(w.name(), w.score(best));
      double points = 0;
      double pointsUp = 0;
      for (CsfObjective o : objectives) {
        int k = o.ordinal();
        if (attainable[k] > 0) {
          points += w.percent(o) * earned[k] / attainable[k];
          pointsUp += w.percent(o) * possible[k] / attainable[k];
          for (int i : members[k]) {
            CsfAnswer a = this.answers.get(i);
            share[a.evidence().ordinal()] += w.percent(o) * a.criterion().maxPoints() / attainable[k];
          }
        }
      }
      ps.put(w.name(), points);
      psUp.put(w.name(), pointsUp);
      Map<CsfEvidence, Double> byEvidence = new EnumMap<>(CsfEvidence.class);
      for (CsfEvidence e : CsfEvidence.values()) {
        byEvidence.put(e, share[e.ordinal()]);
      }
      shares.put(w.name(), Collections.unmodifiableMap(byEvidence));
    }
    this.sealScores = Collections.unmodifiableMap(ss);
    this.pointsScores = Collections.unmodifiableMap(ps);
    this.sealScoresUpper = Collections.unmodifiableMap(ssUp);
    this.pointsScoresUpper = Collections.unmodifiableMap(psUp);
    this.pointsShares = Collections.unmodifiableMap(shares);
  }

  /**
   * How much of the calculator-method score's attainable points rests on each evidence level: for each weights preset,
   * {@code Σ_objective w × (max points of its criteria at that level) / (max points of all its criteria)}.
   *
   * @return weights name → evidence level → percent of the weighted attainable points, each in [0, 100], summing to
   *     100 per preset, in profile order
   */
  public Map<String, Map<CsfEvidence, Double>> pointsShares() {
    return pointsShares;
  }

  /**
   * @return true if the SEAL floor is set by declared answers only: without them it would be higher or unknown;
   *     false if there is no floor
   */
  public boolean sealOnDeclared() {
    return sealOnDeclared;
  }

  /**
   * @param evidence  an evidence level, not null
   * @return the criteria whose answers rest on it, in catalogue order
   */
  public List<CsfCatalogue.Criterion> criteria(CsfEvidence evidence) {
    List<CsfCatalogue.Criterion> out = new ArrayList<>();
    for (CsfAnswer a : answers) {
      if (a.evidence() == evidence) {
        out.add(a.criterion());
      }
    }
    return out;
  }

  /** @return the answers, in catalogue order (SOV-1.1 … SOV-8.4) */
  public List<CsfAnswer> answers() {
    return answers;
  }

  /** @return objective → grade (minimum SEAL over its answered criteria); objectives with no answer are absent */
  public Map<CsfObjective, Integer> grades() {
    return grades;
  }

  /** @return the overall SEAL floor over answered gating criteria, empty if none was answered */
  public OptionalInt seal() {
    return seal;
  }

  /** @return weights name → v1.2.1-method score in percent, in profile order */
  public Map<String, Double> sealScores() {
    return sealScores;
  }

  /** @return weights name → calculator-method score in percent over the catalogue's criteria, in profile order */
  public Map<String, Double> pointsScores() {
    return pointsScores;
  }

  /**
   * @return weights name → the v1.2.1-method score in percent if every objective without a grade reached SEAL 4: the
   *     upper bound of {@link #sealScores()}, in profile order
   */
  public Map<String, Double> sealScoresUpper() {
    return sealScoresUpper;
  }

  /**
   * @return weights name → the calculator-method score in percent if every unknown criterion earned its attainable
   *     points: the upper bound of {@link #pointsScores()}, in profile order
   */
  public Map<String, Double> pointsScoresUpper() {
    return pointsScoresUpper;
  }

  /**
   * Why the scores are unknown: present when no criterion could be answered, from facts or declarations (the scores
   * would otherwise read 0 % from no knowledge at all).
   *
   * @return the reason, or empty if at least one criterion is answered
   */
  public Optional<String> unknownBecause() {
    if (answers.stream().anyMatch(CsfAnswer::isAnswered)) {
      return Optional.empty();
    }
    return Optional.of("none of the " + answers.size() + " CSF criteria could be answered from the landscape's facts"
        + " or the provider's declarations");
  }

  /** @return the criteria neither the facts nor the provider's declarations answer, in catalogue order */
  public List<CsfCatalogue.Criterion> unknown() {
    return criteria(CsfEvidence.UNKNOWN);
  }

  /**
   * Two views are equal if they hold the same answers and scores.
   *
   * @param o  another object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof CsfView && ((CsfView) o).answers.equals(answers) && ((CsfView) o).sealScores.equals(sealScores)
        && ((CsfView) o).pointsScores.equals(pointsScores);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(answers, sealScores, pointsScores);
  }

  /** @return the floor, grades and scores, for debugging */
  @Override
  public String toString() {
    return "CsfView[seal=" + seal + ", grades=" + grades + ", sealScores=" + sealScores + ", pointsScores="
        + pointsScores + "]";
  }
}
