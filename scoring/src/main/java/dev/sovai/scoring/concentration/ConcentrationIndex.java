package dev.sovai.scoring.concentration;

/**
 * The concentration indices of one {@link Partition}, computed in one pass over its weights.
 *
 * <p><b>Measures.</b> With {@code s_i} the share of holder {@code i}: HHI {@code = Σ (100·s_i)²} on 0–10,000;
 * {@code H = Σ s_i²} on 0–1; normalised {@code H* = (H − 1/N)/(1 − 1/N)}; equivalent number {@code 1/H};
 * {@code CR_k}, the sum of the k largest shares; Shannon entropy {@code −Σ s_i ln s_i} (natural log) and its
 * effective number {@code exp(entropy)}; the largest share.
 *
 * <p><b>Unknown remainder.</b> When part of the weight has no known holder (share {@code u} of the total), the
 * <em>value</em> of each measure is computed over the known holders with shares renormalised to the known weight
 * (as if the unknown part were held pro rata). The bounds cover every way the unknown part could be held:
 * <ul>
 *   <li>lower HHI: the unknown part spread over infinitely many tiny holders ({@code Σ s_i²}, shares of the total);
 *   <li>upper HHI: the unknown part held entirely by the largest known holder ({@code + 2·s_max·u + u²});
 *   <li>{@code CR_k} lower: the known top-k share of the total; upper: that plus {@code u} (capped at 1);
 *   <li>equivalent number: {@code 1/H} at the upper and lower HHI;
 *   <li>Shannon entropy: lower bound with the unknown part given to the largest holder or to one new holder,
 *       whichever is less; there is no finite upper bound, so none is given.
 * </ul>
 * Without an unknown part, the value and both bounds coincide.
 *
 * <p><b>Empty.</b> A partition without known weight has no defined value: {@link #isEmpty()} is true and the
 * value accessors throw {@link IllegalStateException}. Bounds stay defined when there is unknown weight (HHI
 * lower 0, upper 10,000).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ConcentrationIndex {
  /** Factor between the 0–1 form and the regulators' 0–10,000 form (shares in percent, squared). */
  public static final double HHI_SCALE = 10_000.0;

  private final double[] weights;
  private final int n;
  private final double known;
  private final double unknown;
  private final double sumSquares;
  private final double entropyKnown;
  private final double entropyLower;

  ConcentrationIndex(double[] weightsDescending, double unknown) {
    this.weights = weightsDescending;
    this.n = weightsDescending.length;
    this.unknown = unknown;
    double k = 0.0;
    double sq = 0.0;
    for (double w : weightsDescending) {
      k += w;
      sq += w * w;
    }
    this.known = k;
    this.sumSquares = sq;
    double total = k + unknown;
    double eKnown = 0.0;
    double eTotal = 0.0;
    if (k > 0.0) {
      for (double w : weightsDescending) {
        eKnown += term(w / k);
        eTotal += term(w / total);
      }
    }
    this.entropyKnown = eKnown;
    if (unknown > 0.0 && k > 0.0) {
      double max = weightsDescending[0];
      double toLargest = eTotal - term(max / total) + term((max + unknown) / total);
      double toNewHolder = eTotal + term(unknown / total);
      this.entropyLower = Math.min(toLargest, toNewHolder);
    } else {
      this.entropyLower = eKnown;
    }
  }

  private static double term(double p) {
    return p <= 0.0 ? 0.0 : -p * Math.log(p);
  }

  /**
   * Obtains the indices of a partition.
   *
   * @param partition  the partition, not null
   * @return the indices, not null
   */
  public static ConcentrationIndex of(Partition partition) {
    return partition.index();
  }

  /** @return true if there is no known weight, so no value is defined */
  public boolean isEmpty() {
    return known == 0.0;
  }

  /** @return the number of holders with a positive weight, N ≥ 0 */
  public int holderCount() {
    return n;
  }

  /** @return the sum of the known holders' weights, ≥ 0 */
  public double knownWeight() {
    return known;
  }

  /** @return the weight without a known holder, ≥ 0 */
  public double unknownWeight() {
    return unknown;
  }

  /** @return the unknown weight over the total, in [0, 1]; 0 if the total is 0 */
  public double unknownShare() {
    double t = known + unknown;
    return t == 0.0 ? 0.0 : unknown / t;
  }

  /** @return true if part of the weight has no known holder, so bounds differ from values */
  public boolean hasUnknown() {
    return unknown > 0.0;
  }

  // ---------------------------------------------------------------------------------------------------------
  // HHI

  /**
   * @return {@code H = Σ s_i²} on known shares, in [1/N, 1]
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double h() {
    requireValue();
    return sumSquares / (known * known);
  }

  /** @return the lower bound of {@code H} (unknown part spread infinitely thin), in [0, 1] */
  public double hLower() {
    double t = known + unknown;
    return t == 0.0 ? 0.0 : sumSquares / (t * t);
  }

  /** @return the upper bound of {@code H} (unknown part held by the largest holder), in [0, 1] */
  public double hUpper() {
    double t = known + unknown;
    if (t == 0.0) {
      return 0.0;
    }
    if (n == 0) {
      return 1.0;
    }
    double max = weights[0];
    return Math.min(1.0, (sumSquares - max * max + (max + unknown) * (max + unknown)) / (t * t));
  }

  /**
   * @return the HHI on 0–10,000 ({@code 10,000·H}), in [10,000/N, 10,000]
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double hhi() {
    return HHI_SCALE * h();
  }

  /** @return the lower bound of the HHI on 0–10,000 */
  public double hhiLower() {
    return HHI_SCALE * hLower();
  }

  /** @return the upper bound of the HHI on 0–10,000 */
  public double hhiUpper() {
    return HHI_SCALE * hUpper();
  }

  /**
   * The normalised HHI {@code (H − 1/N)/(1 − 1/N)}, which compares partitions with different numbers of holders.
   * For a single holder it is 1 (a monopoly is fully concentrated).
   *
   * @return the normalised HHI in [0, 1]
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double normalisedHhi() {
    double h = h();
    if (n == 1) {
      return 1.0;
    }
    double inv = 1.0 / n;
    return Math.max(0.0, Math.min(1.0, (h - inv) / (1.0 - inv)));
  }

  /**
   * @return the equivalent number of equal-sized holders {@code 1/H}, in [1, N]
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double equivalentNumber() {
    return clampCount(1.0 / h());
  }

  /**
   * @return the lower bound of the equivalent number ({@code 1/H} at the upper H), ≥ 1
   * @throws IllegalStateException if the total weight is 0
   */
  public double equivalentNumberLower() {
    requireTotal();
    return Math.max(1.0, 1.0 / hUpper());
  }

  /**
   * @return the upper bound of the equivalent number ({@code 1/H} at the lower H); infinite when there is no
   *     known weight but some unknown weight
   * @throws IllegalStateException if the total weight is 0
   */
  public double equivalentNumberUpper() {
    requireTotal();
    double h = hLower();
    return h == 0.0 ? Double.POSITIVE_INFINITY : Math.max(1.0, 1.0 / h);
  }

  private double clampCount(double v) {
    return Math.max(1.0, Math.min(n, v));
  }

  // ---------------------------------------------------------------------------------------------------------
  // concentration ratios

  /**
   * The concentration ratio {@code CR_k}: the sum of the k largest known shares.
   *
   * @param k  the number of holders, ≥ 1
   * @return the share in (0, 1]; 1 when {@code k ≥ N}
   * @throws IllegalArgumentException if {@code k < 1}
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double cr(int k) {
    requireValue();
    return Math.min(1.0, top(k) / known);
  }

  /**
   * @param k  the number of holders, ≥ 1
   * @return the lower bound of {@code CR_k}: the known top-k weight over the total, in [0, 1]
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public double crLower(int k) {
    double t = known + unknown;
    return t == 0.0 ? 0.0 : Math.min(1.0, top(k) / t);
  }

  /**
   * @param k  the number of holders, ≥ 1
   * @return the upper bound of {@code CR_k}: the lower bound plus the unknown share, capped at 1
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public double crUpper(int k) {
    double t = known + unknown;
    return t == 0.0 ? 0.0 : Math.min(1.0, (top(k) + unknown) / t);
  }

  private double top(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("CR-k needs k ≥ 1, was " + k);
    }
    double s = 0.0;
    for (int i = 0; i < Math.min(k, n); i++) {
      s += weights[i];
    }
    return s;
  }

  /**
   * @return the largest known share ({@code CR_1}), in (0, 1]
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double largestShare() {
    return cr(1);
  }

  /** @return the lower bound of the largest share, in [0, 1] */
  public double largestShareLower() {
    return crLower(1);
  }

  /** @return the upper bound of the largest share, in [0, 1] */
  public double largestShareUpper() {
    return crUpper(1);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Shannon

  /**
   * @return the Shannon entropy {@code −Σ s_i ln s_i} of the known shares, in nats, in [0, ln N]
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double shannonEntropy() {
    requireValue();
    return entropyKnown;
  }

  /**
   * @return the lower bound of the Shannon entropy over every holding of the unknown part, in nats, ≥ 0
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double shannonEntropyLower() {
    requireValue();
    return entropyLower;
  }

  /**
   * @return the Shannon effective number {@code exp(entropy)}, in [1, N]
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double shannonEffectiveNumber() {
    return clampCount(Math.exp(shannonEntropy()));
  }

  /**
   * @return the lower bound of the Shannon effective number, ≥ 1
   * @throws IllegalStateException if {@linkplain #isEmpty() empty}
   */
  public double shannonEffectiveNumberLower() {
    return Math.max(1.0, Math.exp(shannonEntropyLower()));
  }

  private void requireValue() {
    if (known == 0.0) {
      throw new IllegalStateException("no holder has a known weight (unknown weight " + unknown
          + "): the concentration is undefined");
    }
  }

  private void requireTotal() {
    if (known + unknown == 0.0) {
      throw new IllegalStateException("the partition has no weight: the concentration is undefined");
    }
  }

  @Override
  public String toString() {
    if (isEmpty()) {
      return "ConcentrationIndex{empty, unknown=" + unknown + "}";
    }
    return String.format(java.util.Locale.ROOT, "ConcentrationIndex{N=%d, HHI=%.1f [%.1f, %.1f], CR1=%.3f, N_eq=%.2f}",
        n, hhi(), hhiLower(), hhiUpper(), largestShare(), equivalentNumber());
  }
}
