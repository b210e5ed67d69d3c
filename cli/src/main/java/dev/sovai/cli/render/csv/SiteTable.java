package dev.sovai.cli.render.csv;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;

/**
 * The sites as one CSV table {@code sites}: identity, place (WGS 84 degrees), status on the date, accelerators, and
 * the main figures of the sovereignty and energy assessments (the metrics' values, units in the column names; empty
 * where the assessment has no such metric).
 */
public final class SiteTable {
  private static final String[][] METRICS = {
      {"sovereignty", "foreignLaws", "foreign_laws_count"}, {"sovereignty", "cutOffLevel", "cut_off_level"},
      {"sovereignty", "csfSeal", "csf_seal_level"}, {"sovereignty", "csfScore:csf-v1.2.1", "csf_score_percent"},
      {"energy", "itPowerMw", "it_power_mw"}, {"energy", "pue", "pue_ratio"},
      {"energy", "facilityPowerMw", "facility_power_mw"}, {"energy", "annualEnergyMwh", "annual_energy_mwh_per_yr"},
      {"energy", "gridIntensityGramsPerKwh", "grid_intensity_gco2e_per_kwh"},
      {"energy", "locationCarbonTonnesPerYear", "location_carbon_tco2e_per_yr"},
      {"energy", "energyScore", "energy_score_0_100"}};

  private SiteTable() {}

  /**
   * The table.
   *
   * @param landscape  the landscape, not null
   * @param asOf  the date of the status column, not null
   * @param assessments  the site assessments (others are ignored), not null
   * @return the table, not null
   */
  public static CsvTable of(Landscape landscape, LocalDate asOf, List<Assessment> assessments) {
    Map<String, Assessment> by = new HashMap<>();
    for (Assessment a : assessments) {
      if (a.subject().kind() == EntityKind.SITE) {
        by.putIfAbsent(a.scorer() + "/" + a.subject().id(), a);
      }
    }
    String[] header = new String[8 + METRICS.length];
    String[] fixed = {"site_id", "name", "jurisdiction", "status", "latitude_deg", "longitude_deg", "operator",
        "accelerators"};
    System.arraycopy(fixed, 0, header, 0, fixed.length);
    for (int i = 0; i < METRICS.length; i++) {
      header[fixed.length + i] = METRICS[i][2];
    }
    CsvTable t = CsvTable.of("sites", header);
    for (Site s : landscape.sites()) {
      Object[] row = new Object[header.length];
      row[0] = s.id();
      row[1] = s.name();
      row[2] = s.jurisdiction();
      row[3] = AssessmentTables.lower(s.statusOn(asOf));
      row[4] = s.coordinates().map(c -> (Object) c.latitude()).orElse(null);
      row[5] = s.coordinates().map(c -> (Object) c.longitude()).orElse(null);
      row[6] = s.operator().orElse(null);
      row[7] = s.acceleratorCount();
      for (int i = 0; i < METRICS.length; i++) {
        String metric = METRICS[i][1];
        Optional<Metric> m = Optional.ofNullable(by.get(METRICS[i][0] + "/" + s.id()))
            .flatMap(a -> a.metric(metric));
        row[fixed.length + i] = m.filter(Metric::isKnown).map(x -> (Object) x.value()).orElse(null);
      }
      t.row(row);
    }
    return t;
  }
}
