package dev.sovai.scoring.concentration;

/** A quantity a threshold rule tests. */
public enum Quantity {
  /** The HHI on 0–10,000: post-deal for a deal, the current one for a landscape. */
  HHI,
  /** The change in HHI a deal makes, on 0–10,000 points; defined only for a deal. */
  DELTA_HHI,
  /**
   * The share of the holder examined, as a fraction: for a deal, the post-deal share of the parties that gain
   * (the merged firm); for a landscape, the largest holder's share.
   */
  HOLDER_SHARE
}
