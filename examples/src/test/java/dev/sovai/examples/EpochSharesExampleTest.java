package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link EpochSharesExample} on the 20-row sample written for the importer's tests; its output is exact. */
class EpochSharesExampleTest {
  @Test
  void printsTheSharesByCountryAndByOwner(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("epoch.csv");
    Files.copy(Path.of("..", "importers", "src", "test", "resources", "dev", "sovai", "importers", "epoch",
        "epoch-sample.csv"), csv);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      EpochSharesExample.main(new String[] {csv.toString()});
    } finally {
      System.setOut(original);
    }
    assertEquals(String.join("\n",
        "20 rows read: 10 imported, 2 planned kept apart, 8 skipped (2 not in standard analysis, 1 superseded,"
            + " 1 blank name, 1 unknown status, 1 blank country, 1 unknown country, 1 invalid value); 3 imported"
            + " with defaults (1 unknown chip, 1 incomplete chip, 1 unknown certainty, 1 unknown sector,"
            + " 1 unreadable date, 1 invalid coordinates, 1 unknown phase link)",
        "by SITE_JURISDICTION: 7 of 8 systems counted, HHI 9021",
        "  US                         94.8 %",
        "  CN                          5.1 %",
        "  FR                          0.1 %",
        "by FACILITY_OWNER: 7 of 8 systems counted, HHI 4593",
        "  microsoft                  45.5 %  (joint owner, split equally)",
        "  openai                     45.5 %  (joint owner, split equally)",
        "  nvidia                      2.1 %",
        "  alpha-labs                  1.4 %",
        "  future-compute              0.5 %",
        "  exotic-sas                  0.1 %",
        "  (unknown)                   5.1 %",
        ""), bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }
}
