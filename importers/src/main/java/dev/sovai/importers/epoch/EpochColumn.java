package dev.sovai.importers.epoch;

import dev.sovai.importers.internal.CsvRecords;

/**
 * The columns of Epoch AI's "AI supercomputers" CSV export (55 columns, observed meaning in
 * {@code research/concentration.md} §3.2), plus the {@code latitude} and {@code longitude} columns some public
 * copies add. The header must name every required column exactly once, in any order; the two coordinate columns
 * are optional but come together.
 */
enum EpochColumn implements CsvRecords.Column {
  NAME("Name"),
  STATUS("Status"),
  CERTAINTY("Certainty"),
  SINGLE_CLUSTER("Single cluster?"),
  MAX_OPS_LOG("Max OP/s (log)"),
  H100_EQUIVALENTS("H100 equivalents"),
  CHIP_TYPE_PRIMARY("Chip type (primary)"),
  CHIP_QUANTITY_PRIMARY("Chip quantity (primary)"),
  COUNTRY("Country"),
  OWNER("Owner"),
  FIRST_OPERATIONAL_DATE("First Operational Date"),
  NOTE("Note"),
  SECTOR("Sector"),
  POWER_CAPACITY_MW("Power Capacity (MW)"),
  HARDWARE_COST("Hardware Cost"),
  LOCATION("Location"),
  USERS("Users"),
  HARDWARE_NOTE("Hardware note"),
  QUOTE("Quote"),
  FIRST_OPERATIONAL_DATE_NOTE("First Operational Date Note"),
  CERTAINTY_NOTE("Certainty Note"),
  ENERGY_EFFICIENCY_LOG("Energy Efficiency (log)"),
  BUILDS_UPON("Builds Upon"),
  SUPERSEDED_BY("Superseded by"),
  POSSIBLE_DUPLICATE("Possible Duplicate"),
  POSSIBLE_DUPLICATE_OF("Possible Duplicate Of"),
  CHIP_TYPE_SECONDARY("Chip type (secondary)"),
  CHIP_QUANTITY_SECONDARY("Chip quantity (secondary)"),
  TOTAL_AI_CHIPS("Total number of AI chips"),
  GPU_SUPPLIER_PRIMARY("GPU Supplier (primary)"),
  GPU_SUPPLIER_SECONDARY("GPU supplier (secondary)"),
  INCLUDE_IN_STANDARD_ANALYSIS("Include in Standard Analysis"),
  EXCLUDE("Exclude"),
  RANK_WHEN_FIRST_OPERATIONAL("Rank when first operational"),
  OPS_16_BIT_LOG("16-bit OP/s (log)"),
  MAX_OPS("Max OP/s"),
  OPS_8_BIT("8-bit OP/s"),
  OPS_16_BIT("16-bit OP/s"),
  OPS_32_BIT("32-bit OP/s"),
  CALCULATED_POWER_CAPACITY_MW("Calculated Power Capacity (MW)"),
  REPORTED_POWER_CAPACITY_MW("Reported Power Capacity (MW)"),
  ENERGY_EFFICIENCY("Energy Efficiency"),
  CALCULATED_COST("Calculated Cost"),
  REPORTED_COST("Reported Cost"),
  REPORTED_COST_INFLATION_ADJUSTED("Reported Cost (Inflation adjusted)"),
  COST_QUOTE("Cost Quote"),
  NOTEWORTHY("Noteworthy"),
  DECOMMISSIONED_DATE("Decommissioned Date (if applicable)"),
  LARGEST_WHEN_FIRST_OPERATIONAL("Largest existing cluster when first operational"),
  SHARE_OF_LARGEST_WHEN_FIRST_OPERATIONAL("% of largest cluster when first operational"),
  SOURCE_1("Source 1"),
  SOURCE_2("Source 2"),
  SOURCE_3("Source 3"),
  SOURCE_4("Source 4"),
  SOURCE_5("Source 5"),
  LATITUDE("latitude"),
  LONGITUDE("longitude");

  private final String header;

  EpochColumn(String header) {
    this.header = header;
  }

  @Override
  public String header() {
    return header;
  }

  /** @return true for the columns every export has (all but latitude and longitude) */
  @Override
  public boolean required() {
    return this != LATITUDE && this != LONGITUDE;
  }
}
