package dev.sovai.scoring.concentration;

/**
 * An indicator a threshold rule tests: the HHI, the change a deal makes to it, and the share of the holder
 * examined. (Not to be confused with an energy result's {@code EnergyQuantity}: these are the inputs of a
 * guideline's conditions.)
 */
public enum Indicator {
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
