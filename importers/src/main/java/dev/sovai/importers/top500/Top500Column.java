package dev.sovai.importers.top500;

import dev.sovai.importers.internal.CsvRecords;

/** The columns of the TOP500 list's CSV export that the importer reads; the export's other columns are ignored. */
enum Top500Column implements CsvRecords.Column {
  RANK("Rank", true),
  NAME("Name", true),
  COMPUTER("Computer", true),
  SITE("Site", true),
  MANUFACTURER("Manufacturer", false),
  COUNTRY("Country", true),
  YEAR("Year", false),
  SEGMENT("Segment", false),
  TOTAL_CORES("Total Cores", false),
  ACCELERATOR_CORES("Accelerator/Co-Processor Cores", false),
  RMAX("Rmax [TFlop/s]", true),
  RPEAK("Rpeak [TFlop/s]", true),
  POWER_KW("Power (kW)", false),
  ACCELERATOR("Accelerator/Co-Processor", false),
  SITE_ID("Site ID", false),
  SYSTEM_ID("System ID", false);

  private final String header;
  private final boolean required;

  Top500Column(String header, boolean required) {
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
