package dev.sovai.importers.epoch;

import dev.sovai.importers.internal.CsvRecords;

/** The columns of Epoch AI's "Frontier data centers" timeline (13 columns; the ones not listed are ignored). */
enum TimelineColumn implements CsvRecords.Column {
  DATE("Date", true),
  DATA_CENTER("Data center", true),
  CONSTRUCTION_STATUS("Construction status", false),
  POWER_MW("Power (MW)", true),
  H100_EQUIVALENTS("H100 equivalents", true),
  BUILDINGS_OPERATIONAL("Buildings operational", false),
  TOTAL_CAPITAL_COST("Total capital cost (2025 USD billions)", false),
  WATER_USE("Water use (MGD)", false);

  private final String header;
  private final boolean required;

  TimelineColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public boolean required() {
    return required;
  }
}
