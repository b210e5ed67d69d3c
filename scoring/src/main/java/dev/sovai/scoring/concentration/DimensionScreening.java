package dev.sovai.scoring.concentration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a deal changes on one dimension: the partitions before and after, the HHI before and after and the
 * change (ΔHHI, from a full recomputation), the holders whose weight rose (the merged firm), their post-deal
 * share, and — when the deal simply combines two holders (one disappears, one gains exactly its weight, nothing
 * else moves) — the textbook {@code ΔHHI = 2·s_a·s_b} to check the recomputation against. Then which rules of
 * which threshold profile fire.
 *
 * <p>The HHIs are the values over the holders known (see {@link ConcentrationIndex}); shares are of the known
 * weight. A dimension the deal does not change has ΔHHI 0 and no rule is tested.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class DimensionScreening {
  private final ConcentrationResult pre;
  private final ConcentrationResult post;
  private final List<String> gainers;
  private final List<String> losers;
  private final Optional<String[]> mergedPair;
  private final Map<ThresholdProfile, List<ThresholdRule>> firing;

  DimensionScreening(ConcentrationResult pre, ConcentrationResult post, List<ThresholdProfile> profiles) {
    this.pre = pre;
    this.post = post;
    Partition a = pre.partition();
    Partition b = post.partition();
    double tol = 1e-9 * Math.max(1.0, Math.max(a.totalWeight(), b.totalWeight()));
    Set<String> holders = new LinkedHashSet<>(a.asMap().keySet());
    holders.addAll(b.asMap().keySet());
    List<String> up = new ArrayList<>();
    List<String> down = new ArrayList<>();
    for (String h : holders) {
      double d = b.weightOf(h) - a.weightOf(h);
      if (d > tol) {
        up.add(h);
      } else if (d < -tol) {
        down.add(h);
      }
    }
    up.sort((x, y) -> Double.compare(b.weightOf(y), b.weightOf(x)));
    this.gainers = Collections.unmodifiableList(up);
    this.losers = Collections.unmodifiableList(down);
    if (up.size() == 1 && down.size() == 1 && b.weightOf(down.get(0)) <= tol
        && Math.abs(b.weightOf(up.get(0)) - a.weightOf(up.get(0)) - a.weightOf(down.get(0))) <= tol
        && Math.abs(a.unknownWeight() - b.unknownWeight()) <= tol && Math.abs(a.knownWeight() - b.knownWeight()) <= tol) {
      this.mergedPair = Optional.of(new String[] {up.get(0), down.get(0)});
    } else {
      this.mergedPair = Optional.empty();
    }
    Map<ThresholdProfile, List<ThresholdRule>> f = new LinkedHashMap<>();
    if (changed() && measurable() && dimension().isUndertaking()) {
      Situation s = situation();
      for (ThresholdProfile p : profiles) {
        f.put(p, p.firing(s));
      }
    } else {
      for (ThresholdProfile p : profiles) {
        f.put(p, List.of());
      }
    }
    this.firing = Collections.unmodifiableMap(f);
  }

  /** @return the dimension, not null */
  public Dimension dimension() {
    return pre.dimension();
  }

  /** @return the concentration before the deal, not null */
  public ConcentrationResult pre() {
    return pre;
  }

  /** @return the concentration after the deal, not null */
  public ConcentrationResult post() {
    return post;
  }

  /** @return true if some weight has a known holder both before and after the deal, so HHIs are defined */
  public boolean measurable() {
    return !pre.index().isEmpty() && !post.index().isEmpty();
  }

  /** @return true if the deal moves weight between holders on this dimension */
  public boolean changed() {
    return !gainers.isEmpty() || !losers.isEmpty();
  }

  /** @return the holders whose weight rose, largest post-deal weight first, not null */
  public List<String> gainers() {
    return gainers;
  }

  /** @return the holders whose weight fell, not null */
  public List<String> losers() {
    return losers;
  }

  /**
   * @return the HHI before the deal on 0–10,000
   * @throws IllegalStateException if no weight had a known holder
   */
  public double preHhi() {
    return pre.index().hhi();
  }

  /**
   * @return the HHI after the deal on 0–10,000
   * @throws IllegalStateException if no weight has a known holder
   */
  public double postHhi() {
    return post.index().hhi();
  }

  /**
   * @return the change in HHI points, post minus pre, recomputed from both partitions
   * @throws IllegalStateException if either partition has no known holder
   */
  public double deltaHhi() {
    return changed() ? postHhi() - preHhi() : 0.0;
  }

  /**
   * @return the post-deal share of the largest gainer (the merged firm) in the known weight, a fraction; 0 when
   *     nothing changes
   */
  public double partyShare() {
    if (gainers.isEmpty() || post.index().isEmpty()) {
      return 0.0;
    }
    return post.partition().weightOf(gainers.get(0)) / post.partition().knownWeight();
  }

  /** @return the two holders combined, acquirer first, when the deal is a plain combination of two; else empty */
  public Optional<List<String>> mergedHolders() {
    return mergedPair.map(p -> List.of(p[0], p[1]));
  }

  /**
   * The textbook change {@code 2·s_a·s_b} (in points, shares in percent of the known weight before the deal),
   * defined where the deal combines exactly two holders and nothing else moves.
   *
   * @return the formula's ΔHHI, or empty when the formula does not apply
   */
  public OptionalDouble formulaDeltaHhi() {
    if (mergedPair.isEmpty()) {
      return OptionalDouble.empty();
    }
    Partition a = pre.partition();
    double k = a.knownWeight();
    double sa = a.weightOf(mergedPair.get()[0]) / k;
    double sb = a.weightOf(mergedPair.get()[1]) / k;
    return OptionalDouble.of(2 * sa * sb * ConcentrationIndex.HHI_SCALE);
  }

  /**
   * @return true if the formula applies and agrees with the recomputed ΔHHI to 10⁻⁶ points, or does not apply
   */
  public boolean formulaConsistent() {
    OptionalDouble f = formulaDeltaHhi();
    return f.isEmpty() || Math.abs(f.getAsDouble() - deltaHhi()) <= 1e-6 * Math.max(1.0, f.getAsDouble());
  }

  /**
   * @return the situation the threshold rules test: post-deal HHI, ΔHHI and the merged firm's share
   * @throws IllegalStateException if a partition has no known holder
   */
  public Situation situation() {
    return Situation.ofDeal(postHhi(), deltaHhi(), Math.min(1.0, partyShare()));
  }

  /**
   * @return for each profile tested, the rules that fire (none when nothing changes, or when the dimension's holders
   *     are countries or energy sources rather than {@linkplain Dimension#isUndertaking() undertakings}), not null
   */
  public Map<ThresholdProfile, List<ThresholdRule>> firing() {
    return firing;
  }

  /** @return true if a presumption or concern of any profile fires */
  public boolean raisesConcern() {
    return firing.values().stream().flatMap(List::stream).anyMatch(r -> r.effect() != RuleEffect.SAFE_HARBOUR);
  }
}
