package dev.sovai.scoring.concentration;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The indicators threshold rules test: an HHI, a ΔHHI when a deal is examined, and the share of the holder
 * examined (the merged parties for a deal, the largest holder otherwise).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Situation {
  private final double hhi;
  private final OptionalDouble deltaHhi;
  private final double holderShare;

  private Situation(double hhi, OptionalDouble deltaHhi, double holderShare) {
    if (!Double.isFinite(hhi) || hhi < 0 || hhi > ConcentrationIndex.HHI_SCALE * (1 + 1e-9)) {
      throw new IllegalArgumentException("HHI must be in [0, 10000], was " + hhi);
    }
    if (deltaHhi.isPresent() && !Double.isFinite(deltaHhi.getAsDouble())) {
      throw new IllegalArgumentException("ΔHHI must be finite, was " + deltaHhi.getAsDouble());
    }
    if (!(holderShare >= 0.0 && holderShare <= 1.0 + 1e-9)) {
      throw new IllegalArgumentException("holder share must be a fraction in [0, 1], was " + holderShare);
    }
    this.hhi = hhi;
    this.deltaHhi = deltaHhi;
    this.holderShare = holderShare;
  }

  /**
   * A landscape (no deal): its HHI and its largest share.
   *
   * @param hhi  the HHI on 0–10,000
   * @param largestShare  the largest holder's share, a fraction in [0, 1]
   * @return the situation, not null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Situation ofMarket(double hhi, double largestShare) {
    return new Situation(hhi, OptionalDouble.empty(), largestShare);
  }

  /**
   * A deal: the post-deal HHI, the change, and the post-deal share of the merged parties.
   *
   * @param postHhi  the post-deal HHI on 0–10,000
   * @param deltaHhi  the change in HHI points, finite
   * @param partyShare  the merged parties' post-deal share, a fraction in [0, 1]
   * @return the situation, not null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Situation ofDeal(double postHhi, double deltaHhi, double partyShare) {
    return new Situation(postHhi, OptionalDouble.of(deltaHhi), partyShare);
  }

  /** @return true if a deal is examined */
  public boolean isDeal() {
    return deltaHhi.isPresent();
  }

  /** @return the HHI on 0–10,000 */
  public double hhi() {
    return hhi;
  }

  /** @return the ΔHHI in points, empty for a landscape */
  public OptionalDouble deltaHhi() {
    return deltaHhi;
  }

  /** @return the share of the holder examined, a fraction */
  public double holderShare() {
    return holderShare;
  }

  /**
   * The value of an indicator.
   *
   * @param q  the indicator, not null
   * @return its value
   * @throws IllegalStateException if the ΔHHI is asked of a landscape without a deal
   */
  public double value(Indicator q) {
    switch (q) {
      case HHI:
        return hhi;
      case DELTA_HHI:
        return deltaHhi.orElseThrow(() -> new IllegalStateException("no ΔHHI: the situation is not a deal"));
      case HOLDER_SHARE:
        return holderShare;
      default:
        throw new AssertionError(q);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Situation{HHI=%.4f%s, share=%.6f}", hhi,
        deltaHhi.isPresent() ? String.format(Locale.ROOT, ", ΔHHI=%.4f", deltaHhi.getAsDouble()) : "", holderShare);
  }
}
