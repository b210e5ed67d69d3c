package dev.sovai.importers.epoch;

import dev.sovai.importers.internal.CsvRecords;

/** The columns of Epoch AI's "Frontier data centers" site table (14 columns; more are ignored). */
enum DataCentreColumn implements CsvRecords.Column {
  HANDLE("Handle", true),
  TITLE("Title", false),
  PROJECT("Project", false),
  ADDRESS("Address", true),
  LATITUDE("Latitude", true),
  LONGITUDE("Longitude", true),
  OWNER("Owner", true),
  USERS("Users", false),
  INVESTORS("Investors", false),
  CONSTRUCTION_COMPANIES("Construction companies", false),
  ENERGY_COMPANIES("Energy companies", false),
  CURRENT_H100_EQUIVALENTS("Current H100 equivalents", false),
  CURRENT_POWER_MW("Current power (MW)", false),
  CURRENT_CAPITAL_COST("Current total capital cost (2025 USD billions)", false);

  private final String header;
  private final boolean required;

  DataCentreColumn(String header, boolean required) {
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
