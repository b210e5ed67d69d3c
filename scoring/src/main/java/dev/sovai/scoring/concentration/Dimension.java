package dev.sovai.scoring.concentration;

/**
 * What capacity is grouped by: who or what holds each part of it. Each dimension says how one site's (or one
 * accelerator lot's) weight is attributed to holders; weight that cannot be attributed goes to the partition's
 * explicit unknown part, never to a guessed holder.
 *
 * <p>Some dimensions group capacity by {@linkplain #isUndertaking() undertaking} (companies: the merger and dominance
 * thresholds of competition law apply to them); the others by country or energy source, whose concentration is a
 * dependence, measured against a {@link DependenceBenchmark}.
 */
public enum Dimension {
  /** The operator that runs the site ({@code Site.operator}); unknown if none. Holders are operator ids. */
  OPERATOR,
  /**
   * The facility's owners ({@code Site.effectiveOwners}, the operator by default), split equally between joint
   * owners, who are flagged; unknown if none.
   */
  FACILITY_OWNER,
  /**
   * The ultimate controller of the operator (of the owners, split equally, where no operator is known), by
   * ownership look-through; joint controllers are split by stake and flagged; capital without a known controller
   * is unknown. Holders are operator ids.
   */
  ULTIMATE_CONTROLLER,
  /**
   * The country of the ultimate controller's seat (registered office): the ISO 3166-1 country code; unknown when
   * the controller or its seat is not known.
   */
  CONTROLLING_JURISDICTION,
  /** The country where the site stands (a subdivision counts for its country). Holders are country codes. */
  SITE_JURISDICTION,
  /**
   * The vendor of each accelerator lot ({@code Accelerator.vendor}); lots of chips not in the catalogue are
   * unknown. Site-level bases are split over lots by accelerator count. Holders are operator ids.
   */
  ACCELERATOR_VENDOR,
  /**
   * Where each lot's chips are fabricated ({@code Accelerator.fabJurisdictions}, split equally and flagged when
   * several); unknown when not given. Holders are jurisdiction codes.
   */
  FAB_JURISDICTION,
  /**
   * The generation source of the site's energy: PPA and on-site shares by source, the rest from the grid
   * ({@code "grid"}) when the site is grid-connected; unknown where a share or the whole supply is not reported.
   * Holders are lower-case {@code EnergySource} names.
   */
  ENERGY_SOURCE,
  /**
   * Who controls commercial access: the site's access gateway, else its operator (the operator is the door when
   * no gateway is named); unknown if neither. Holders are operator ids.
   */
  ACCESS_GATEWAY;

  /**
   * Whether the holders are undertakings (operator, facility owner, ultimate controller, accelerator vendor, access
   * gateway), to which the merger and dominance thresholds of a {@link ThresholdProfile} apply; false for countries
   * (site, controlling and fab jurisdiction) and energy sources, whose concentration is read against a
   * {@link DependenceBenchmark} instead.
   *
   * @return true if the holders are undertakings
   */
  public boolean isUndertaking() {
    switch (this) {
      case OPERATOR:
      case FACILITY_OWNER:
      case ULTIMATE_CONTROLLER:
      case ACCELERATOR_VENDOR:
      case ACCESS_GATEWAY:
        return true;
      default:
        return false;
    }
  }
}
