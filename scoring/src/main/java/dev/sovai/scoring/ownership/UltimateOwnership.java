package dev.sovai.scoring.ownership;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The integrated (direct plus indirect) ownership of one operator by its ultimate holders, on capital and on votes.
 *
 * <p>Each map gives, for every ultimate {@link Holder} (operators at the top of their chain and pseudo-holders for
 * unlisted remainders and closed rings), the fraction in [0, 1] of the operator it holds through all chains of
 * stakes, cycles included. Shares sum to {@code 1 − unresolved} (on capital and on votes separately), where the
 * unresolved part is what the solver left below its tolerance — at most a few multiples of the tolerance.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class UltimateOwnership {
  private final String operator;
  private final SortedMap<Holder, Double> capital;
  private final SortedMap<Holder, Double> votes;
  private final double unresolvedCapital;
  private final double unresolvedVotes;

  private UltimateOwnership(String operator, Map<Holder, Double> capital, Map<Holder, Double> votes,
      double unresolvedCapital, double unresolvedVotes) {
    this.operator = Objects.requireNonNull(operator, "operator");
    this.capital = Collections.unmodifiableSortedMap(new TreeMap<>(capital));
    this.votes = Collections.unmodifiableSortedMap(new TreeMap<>(votes));
    this.unresolvedCapital = unresolvedCapital;
    this.unresolvedVotes = unresolvedVotes;
  }

  /**
   * Obtains a result.
   *
   * @param operator  the operator's identifier, not null
   * @param capital  ultimate holder → integrated share of the capital in [0, 1], not null
   * @param votes  ultimate holder → integrated share of the votes in [0, 1], not null
   * @param unresolvedCapital  capital left unattributed by the solver's tolerance, ≥ 0
   * @param unresolvedVotes  votes left unattributed by the solver's tolerance, ≥ 0
   * @return the result, not null
   */
  public static UltimateOwnership of(String operator, Map<Holder, Double> capital, Map<Holder, Double> votes,
      double unresolvedCapital, double unresolvedVotes) {
    return new UltimateOwnership(operator, capital, votes, unresolvedCapital, unresolvedVotes);
  }

  /** @return the identifier of the operator held, not null */
  public String operator() {
    return operator;
  }

  /** @return ultimate holder → integrated share of the capital, sorted by holder */
  public SortedMap<Holder, Double> capital() {
    return capital;
  }

  /** @return ultimate holder → integrated share of the votes, sorted by holder */
  public SortedMap<Holder, Double> votes() {
    return votes;
  }

  /**
   * @param holder  the holder, not null
   * @return its integrated share of the capital, 0 if none
   */
  public double capitalOf(Holder holder) {
    return capital.getOrDefault(holder, 0.0);
  }

  /**
   * @param holder  the holder, not null
   * @return its integrated share of the votes, 0 if none
   */
  public double votesOf(Holder holder) {
    return votes.getOrDefault(holder, 0.0);
  }

  /** @return the sum of all integrated capital shares, in [0, 1] */
  public double totalCapital() {
    return capital.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** @return the sum of all integrated voting shares, in [0, 1] */
  public double totalVotes() {
    return votes.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * @param kind  a holder kind, not null
   * @return the integrated capital held by holders of that kind (e.g. {@link HolderKind#UNKNOWN}), in [0, 1]
   */
  public double capitalOfKind(HolderKind kind) {
    return capital.entrySet().stream().filter(e -> e.getKey().kind() == kind).mapToDouble(Map.Entry::getValue).sum();
  }

  /**
   * @param kind  a holder kind, not null
   * @return the integrated votes held by holders of that kind, in [0, 1]
   */
  public double votesOfKind(HolderKind kind) {
    return votes.entrySet().stream().filter(e -> e.getKey().kind() == kind).mapToDouble(Map.Entry::getValue).sum();
  }

  /** @return capital left unattributed by the solver's tolerance, ≥ 0 and tiny */
  public double unresolvedCapital() {
    return unresolvedCapital;
  }

  /** @return votes left unattributed by the solver's tolerance, ≥ 0 and tiny */
  public double unresolvedVotes() {
    return unresolvedVotes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UltimateOwnership)) {
      return false;
    }
    UltimateOwnership u = (UltimateOwnership) o;
    return operator.equals(u.operator) && capital.equals(u.capital) && votes.equals(u.votes)
        && Double.compare(unresolvedCapital, u.unresolvedCapital) == 0
        && Double.compare(unresolvedVotes, u.unresolvedVotes) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, capital, votes, unresolvedCapital, unresolvedVotes);
  }

  @Override
  public String toString() {
    return operator + " held by " + capital + " (votes " + votes + ")";
  }
}
