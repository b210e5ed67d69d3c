package dev.sovai.cli.render.trend;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Partition;

/**
 * Concentration on one date of a series: the assessment the concentration scorer gives for that date (HHI with its
 * bounds, equivalent number, unknown share, … as metrics) and each holder's share of all capacity in scope.
 */
public final class TrendPoint {
  private final LocalDate date;
  private final Assessment assessment;
  private final Map<String, Double> shares;
  private final double unknownWeight;
  private final double totalWeight;

  private TrendPoint(LocalDate date, Assessment assessment, Map<String, Double> shares, double unknownWeight,
      double totalWeight) {
    this.date = date;
    this.assessment = assessment;
    this.shares = Collections.unmodifiableMap(shares);
    this.unknownWeight = unknownWeight;
    this.totalWeight = totalWeight;
  }

  static TrendPoint of(LocalDate date, ConcentrationResult r) {
    Partition p = r.partition();
    Map<String, Double> shares = new LinkedHashMap<>();
    for (int rank = 0; rank < p.size(); rank++) {
      shares.put(p.holder(rank), p.weight(rank) / p.totalWeight());
    }
    return new TrendPoint(date, r.toAssessment(), shares, p.unknownWeight(), p.totalWeight());
  }

  /** @return the date, not null */
  public LocalDate date() {
    return date;
  }

  /** @return the scorer's assessment on this date (the JSON form of {@code trend --json}), not null */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * @return each known holder's share of all capacity in scope (a fraction in [0, 1]), the largest first; empty
   *     when nothing is in scope, not null
   */
  public Map<String, Double> shares() {
    return shares;
  }

  /** @return the capacity in scope whose holder is not known, in the basis' unit, ≥ 0 */
  public double unknownWeight() {
    return unknownWeight;
  }

  /** @return all capacity in scope, in the basis' unit, ≥ 0 */
  public double totalWeight() {
    return totalWeight;
  }

  /** @return the share of capacity in scope with no known holder, in [0, 1]; 0 when nothing is in scope */
  public double unknownShare() {
    return totalWeight > 0 ? unknownWeight / totalWeight : 0;
  }

  /**
   * A metric of the assessment (such as {@code hhi}, {@code equivalentNumber}).
   *
   * @param name  the metric's name, not null
   * @return the metric, empty when the scorer gave none (no known capacity on this date), not null
   */
  public java.util.Optional<Metric> metric(String name) {
    return assessment.metric(name);
  }

  /** @return the HHI (0–10,000) over known holders, empty when no capacity has a known holder */
  public OptionalDouble hhi() {
    return metric("hhi").map(m -> OptionalDouble.of(m.value())).orElse(OptionalDouble.empty());
  }
}
