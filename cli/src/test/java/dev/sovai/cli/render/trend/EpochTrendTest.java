package dev.sovai.cli.render.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sovai.cli.render.EpochExport;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Scope;

/**
 * The paper's story on Epoch AI's real export: the United States' share of the 16-bit performance of operational AI
 * supercomputers, as {@code sovai trend epoch.json --by site-jurisdiction --basis peak-dense-16bit-flops} gives it
 * (import as of 2025-05-31), against a hand computation over the same CSV rows.
 *
 * <p>The hand computation follows Epoch's standard-analysis conventions as docs/epoch-import.md states them, on each
 * date D: rows in the standard analysis, Existing or Decommissioned, first operational on or before D and not
 * decommissioned by D, with a country; a row is left out once a later phase of it (its "Superseded by" row, or a row
 * that "Builds Upon" it) is operational on D; the "16-bit OP/s" column, rows without it left out. sovai's series
 * differs from it by exactly two conventions (docs/report.md, "The trend on the Epoch import"), which the test
 * switches on to reproduce sovai's figures to the last bits: an Existing row without a first operational date counts
 * on every date ({@code Site.statusOn}: operational, no date to say otherwise), and phases are decided once, on the
 * import's date, not on each date of the series.
 */
class EpochTrendTest {
  private static final String US = "United States of America";
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 1, 1),
      LocalDate.of(2023, 1, 1), EpochExport.AS_OF);

  /** One row of the export, with the columns the computation reads. */
  private record Row(String name, String status, boolean standard, LocalDate first, LocalDate decommissioned,
      String country, double flops16, String supersededBy, String buildsUpon) {

    boolean operationalOn(LocalDate d) {
      return (status.equals("Existing") || status.equals("Decommissioned")) && first != null && !first.isAfter(d)
          && !(decommissioned != null && !decommissioned.isAfter(d))
          && !(status.equals("Decommissioned") && decommissioned == null);
    }
  }

  /** What the hand computation gives on one date: the US share and the total. */
  private record Share(double us, double total) {}

  @Test
  void theUnitedStatesShareOfSixteenBitPerformanceMatchesAHandComputationOverTheSameRows() throws IOException {
    List<Row> rows = rows();
    ConcentrationTrend trend = ConcentrationTrend.measure(EpochExport.landscape(EpochExport.AS_OF),
        Dimension.SITE_JURISDICTION, Basis.PEAK_DENSE_16BIT_FLOPS, Scope.operational(), DATES);
    for (TrendPoint p : trend.points()) {
      LocalDate d = p.date();
      Share sovai = share(rows, d, true, EpochExport.AS_OF);
      assertEquals(sovai.total(), p.totalWeight(), 1e-12 * sovai.total(), d.toString());
      assertEquals(sovai.us(), p.shares().get("US"), 1e-12, d.toString());
      assertEquals(0.0, p.unknownShare(), 0.0);
      Share epoch = share(rows, d, false, d);
      System.out.printf(Locale.ROOT, "%s: sovai %.4f (total %.4g FLOP/s), Epoch's conventions %.4f (%.4g)%n", d,
          p.shares().get("US"), p.totalWeight(), epoch.us(), epoch.total());
      if (d.equals(EpochExport.AS_OF)) {
        // on the import's date the phases agree; only the rows without a date differ (0.14 points)
        assertEquals(share(rows, d, true, d).us(), sovai.us(), 1e-12);
        assertEquals(epoch.us(), p.shares().get("US"), 0.005);
        assertTrue(p.shares().get("US") > 0.70 && p.shares().get("US") < 0.80, "the paper's three quarters");
      }
    }
    long undated = rows.stream().filter(r -> r.standard() && r.status().equals("Existing") && r.first() == null
        && !r.country().isEmpty() && !Double.isNaN(r.flops16())).count();
    assertTrue(undated > 0, "the export has Existing rows without a first operational date");
    assertTrue(share(rows, DATES.get(0), false, DATES.get(0)).total()
        < share(rows, DATES.get(0), true, EpochExport.AS_OF).total(), "the conventions differ on early dates");
  }

  /**
   * The US share of 16-bit performance on a date.
   *
   * @param undatedCount  whether Existing rows without a first operational date count (sovai) or not (Epoch)
   * @param phasesOn  the date on which a phase's successor must be operational for the phase to be left out
   */
  private static Share share(List<Row> rows, LocalDate d, boolean undatedCount, LocalDate phasesOn) {
    Map<String, List<Row>> byName = new HashMap<>();
    Map<String, List<Row>> builtUponBy = new HashMap<>();
    for (Row r : rows) {
      byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
      if (!r.buildsUpon().isEmpty()) {
        builtUponBy.computeIfAbsent(r.buildsUpon(), k -> new ArrayList<>()).add(r);
      }
    }
    double us = 0;
    double total = 0;
    for (Row r : rows) {
      boolean undated = undatedCount && r.status().equals("Existing") && r.first() == null;
      if (!r.standard() || !(undated || r.operationalOn(d)) || r.country().isEmpty() || Double.isNaN(r.flops16())) {
        continue;
      }
      boolean superseded = !r.supersededBy().isEmpty() && !r.supersededBy().equals(r.name())
          && byName.getOrDefault(r.supersededBy(), List.of()).stream().anyMatch(s -> s.operationalOn(phasesOn));
      superseded |= builtUponBy.getOrDefault(r.name(), List.of()).stream()
          .anyMatch(s -> !s.name().equals(r.name()) && s.operationalOn(phasesOn));
      if (superseded) {
        continue;
      }
      total += r.flops16();
      if (r.country().equals(US)) {
        us += r.flops16();
      }
    }
    return new Share(us / total, total);
  }

  private static List<Row> rows() throws IOException {
    List<List<String>> records = csv(Files.readString(EpochExport.csv(), StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    List<Row> rows = new ArrayList<>();
    for (List<String> f : records.subList(1, records.size())) {
      Map<String, String> c = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        c.put(header.get(i), f.get(i).trim());
      }
      String flops = c.get("16-bit OP/s");
      rows.add(new Row(c.get("Name"), c.get("Status"), c.get("Include in Standard Analysis").equalsIgnoreCase("true"),
          date(c.get("First Operational Date")), date(c.get("Decommissioned Date (if applicable)")), c.get("Country"),
          flops.isEmpty() ? Double.NaN : Double.parseDouble(flops), c.get("Superseded by"), c.get("Builds Upon")));
    }
    return rows;
  }

  /** A date of the export as the last day it may stand for: a month ({@code 2021-07}) or a year passes at its end. */
  private static LocalDate date(String s) {
    if (s.isEmpty()) {
      return null;
    }
    if (s.length() == 4) {
      return LocalDate.of(Integer.parseInt(s), 12, 31);
    }
    if (s.length() == 7) {
      return java.time.YearMonth.parse(s).atEndOfMonth();
    }
    return LocalDate.parse(s);
  }

  /** RFC 4180: fields separated by commas, quoted fields may hold commas, line breaks and doubled quotes. */
  private static List<List<String>> csv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
