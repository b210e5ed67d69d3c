package dev.sovai.model.site;

/** A kind of electricity generation. */
public enum EnergySource {
  /** The public grid's mix (no specific source). */
  GRID,
  /** Nuclear fission. */
  NUCLEAR,
  /** Hydroelectric. */
  HYDRO,
  /** Wind. */
  WIND,
  /** Solar photovoltaic or thermal. */
  SOLAR,
  /** Geothermal. */
  GEOTHERMAL,
  /** Biomass or biogas. */
  BIOMASS,
  /** Natural gas. */
  GAS,
  /** Coal or lignite. */
  COAL,
  /** Oil or diesel. */
  OIL,
  /** A mix of renewable sources not broken down. */
  RENEWABLE_MIX,
  /** Anything else. */
  OTHER;

  /** @return true for renewable sources */
  public boolean isRenewable() {
    switch (this) {
      case HYDRO:
      case WIND:
      case SOLAR:
      case GEOTHERMAL:
      case BIOMASS:
      case RENEWABLE_MIX:
        return true;
      default:
        return false;
    }
  }

  /** @return true for renewable and nuclear sources */
  public boolean isLowCarbon() {
    return isRenewable() || this == NUCLEAR;
  }
}
