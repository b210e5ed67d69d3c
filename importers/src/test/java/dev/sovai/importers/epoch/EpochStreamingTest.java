package dev.sovai.importers.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.sovai.importers.ImportReport;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.importers.RowWarning;
import dev.sovai.importers.RowWarning.Cause;

/**
 * Imports a generated 200,000-row file in a 256 MiB heap. Tagged {@code epoch-streaming}: it runs only in the
 * {@code epoch-streaming} surefire execution of the io module, which forks a JVM with {@code -Xmx256m}; the test
 * checks that limit itself.
 */
@Tag("epoch-streaming")
class EpochStreamingTest {
  static final int ROWS = 200_000;
  private static final List<String> COUNTRIES =
      List.of("United States of America", "China", "France", "Germany", "Japan", "Korea (Republic of)");
  private static final List<String> CHIPS =
      List.of("NVIDIA H100 SXM5 80GB", "NVIDIA GB200", "AMD Instinct MI300X", "Google TPU v5p");

  @Test
  void twoHundredThousandRowsImportIn256MiB(@TempDir Path dir) throws IOException {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 256L * 1024 * 1024, "run with -Xmx256m (the epoch-streaming execution does); max heap is "
        + max / (1024 * 1024) + " MiB");

    Path file = dir.resolve("synthetic.csv");
    Expected e = write(file);
    long imported = e.imported;
    long planned = e.planned;
    long skipped = e.skipped;
    long defaulted = e.defaulted;
    long superseded = e.superseded;
    long blankCountry = e.blankCountry;

    EpochImport r = EpochImporter.of(EpochImporterTest.defaults()).read(file);

    ImportReport report = r.report();
    assertEquals(ROWS, report.rowsRead());
    assertEquals(imported, report.imported());
    assertEquals(planned, report.planned());
    assertEquals(skipped, report.skipped());
    assertEquals(defaulted, report.defaulted());
    assertEquals(superseded, report.count(Cause.SUPERSEDED));
    assertEquals(blankCountry, report.count(Cause.BLANK_COUNTRY));
    assertEquals(imported, r.landscape().sites().size());
    assertEquals(planned, r.planned().sites().size());
    assertEquals(skipped + defaulted, report.warnings().size());
    assertTrue(imported > 150_000, "most rows are imported: " + imported);
    // the owners of imported rows, plus the catalogue's vendors nvidia and amd of the mapped chips
    assertEquals(e.importedOwners.size() + 2, r.landscape().operators().size());
  }

  /** What the importer must make of the generated file, by the documented order of reasons. */
  static final class Expected {
    long imported;
    long planned;
    long skipped;
    long defaulted;
    long superseded;
    long blankCountry;
    final java.util.Set<String> importedOwners = new java.util.HashSet<>();
  }

  /**
   * Writes the synthetic file.
   *
   * @param file  where to write it
   * @return the expected counts
   * @throws IOException if writing fails
   */
  static Expected write(Path file) throws IOException {
    Expected e = new Expected();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", EpochImporterTest.headers(true)));
      w.write('\n');
      for (int i = 1; i <= ROWS; i++) {
        boolean isPlanned = i % 10 == 0;
        boolean standard = i % 20 != 1;
        String country = i % 97 == 0 ? "" : COUNTRIES.get(i % COUNTRIES.size());
        String chip = CHIPS.get(i % CHIPS.size());
        boolean supersededRow = i % 50 == 2;
        Map<EpochColumn, String> v = new EnumMap<>(EpochColumn.class);
        v.put(EpochColumn.NAME, "System " + i);
        v.put(EpochColumn.STATUS, isPlanned ? "Planned" : "Existing");
        v.put(EpochColumn.CERTAINTY, i % 3 == 0 ? "Confirmed" : "Likely");
        v.put(EpochColumn.SINGLE_CLUSTER, "Yes");
        v.put(EpochColumn.H100_EQUIVALENTS, Integer.toString(1000 + i % 5000));
        v.put(EpochColumn.CHIP_TYPE_PRIMARY, chip);
        v.put(EpochColumn.CHIP_QUANTITY_PRIMARY, Integer.toString(1000 + i % 5000));
        v.put(EpochColumn.COUNTRY, country);
        v.put(EpochColumn.OWNER, i % 7 == 0 ? "\"Owner " + i % 1000 + ",Owner " + (i + 1) % 1000 + "\""
            : "Owner " + i % 1000);
        if (!isPlanned) {
          v.put(EpochColumn.FIRST_OPERATIONAL_DATE, (1 + i % 12) + "/" + (1 + i % 28) + "/" + (2019 + i % 6));
        }
        v.put(EpochColumn.NOTE, "\"Synthetic row " + i + ", generated for the streaming test\"");
        v.put(EpochColumn.SECTOR, i % 4 == 0 ? "Public" : "Private");
        v.put(EpochColumn.POWER_CAPACITY_MW, (1 + i % 300) + ".5");
        v.put(EpochColumn.HARDWARE_COST, "1.5E+" + (7 + i % 3));
        v.put(EpochColumn.LOCATION, "\"City " + i % 2000 + ", Region\"");
        if (supersededRow) {
          v.put(EpochColumn.SUPERSEDED_BY, "System " + (i + 1));
        }
        v.put(EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, standard ? "TRUE" : "");
        v.put(EpochColumn.OPS_16_BIT, "1.98E+" + (17 + i % 4));
        v.put(EpochColumn.SOURCE_1, "https://example.org/s/" + i % 5000);
        v.put(EpochColumn.LATITUDE, Double.toString(-60 + i % 120));
        v.put(EpochColumn.LONGITUDE, Double.toString(-170 + i % 340));
        w.write(EpochImporterTest.line(true, v));
        w.write('\n');

        // what the importer must make of it, by the documented order of reasons
        if (isPlanned) {
          if (country.isEmpty()) {
            e.skipped++;
            e.blankCountry++;
          } else {
            e.planned++;
            e.defaulted += chip.startsWith("Google") ? 1 : 0;
          }
        } else if (!standard) {
          e.skipped++;
        } else if (country.isEmpty()) {
          e.skipped++;
          e.blankCountry++;
        } else if (supersededRow) {
          e.skipped++;
          e.superseded++;
        } else {
          e.imported++;
          e.importedOwners.add("owner-" + i % 1000);
          if (i % 7 == 0) {
            e.importedOwners.add("owner-" + (i + 1) % 1000);
          }
          e.defaulted += chip.startsWith("Google") ? 1 : 0;
        }
      }
    }

    return e;
  }
}
