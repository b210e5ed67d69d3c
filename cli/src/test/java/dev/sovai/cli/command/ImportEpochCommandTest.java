package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.io.LandscapeReader;
import dev.sovai.model.landscape.Landscape;

/**
 * {@code sovai import-epoch} on the 20-row sample written for the importer's tests (a copy of
 * {@code io/src/test/resources/dev/sovai/importers/epoch/epoch-sample.csv}).
 */
class ImportEpochCommandTest {
  /** The importers module's 20-row sample (the build runs tests from the module's directory). */
  static final Path SAMPLE = Path.of("..", "importers", "src", "test", "resources", "dev", "sovai", "importers", "epoch",
      "epoch-sample.csv");

  @TempDir
  Path dir;
  Path csv;

  @BeforeEach
  void copySample() throws IOException {
    csv = dir.resolve("epoch.csv");
    Files.copy(SAMPLE, csv, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void writesTheDocumentToStandardOutputAndTheReportToStandardError() {
    SovaiCliTest.Run r = SovaiCliTest.run("import-epoch", csv.toString(), "--as-of", "2025-11-20");
    assertEquals(Exit.OK, r.code, r::toString);
    Landscape l = LandscapeReader.strict().parse(r.out);
    assertEquals(10, l.sites().size());
    assertTrue(r.err.startsWith(csv + ": 20 rows read: 10 imported, 2 planned kept apart, 8 skipped"), r::toString);
    assertTrue(r.err.contains(csv + ":9: row 7 (line 9) \"Nowhere Cluster\": skipped: country is blank"), r::toString);
    assertTrue(r.err.contains(csv + ":11: row 9 (line 11) \"Exotic Chip Cluster\": defaulted: chip \"Tesla D1"
        + " Dojo\" is not in the chip table; kept as reported model"), r::toString);
    // rows left out by Epoch's own conventions are only counted
    assertFalse(r.err.contains("row 1 (line 2)"), r::toString);
    assertFalse(r.err.contains("row 10 (line 12)"), r::toString);
    assertEquals(9, r.err.lines().count(), r::toString);
  }

  @Test
  void writesTheLandscapeAndThePlannedSystemsToFiles() throws IOException {
    Path out = dir.resolve("epoch.json");
    Path planned = dir.resolve("planned.json");
    SovaiCliTest.Run r = SovaiCliTest.run("import-epoch", csv.toString(), "-o", out.toString(), "--planned",
        planned.toString(), "--as-of", "2025-11-20");
    assertEquals(Exit.OK, r.code, r::toString);
    assertEquals("", r.err);
    assertTrue(r.out.contains("wrote 10 sites to " + out), r::toString);
    assertTrue(r.out.contains("wrote 2 planned sites to " + planned), r::toString);
    assertEquals(10, LandscapeReader.strict().read(out).sites().size());
    assertEquals(2, LandscapeReader.strict().read(planned).sites().size());

    SovaiCliTest.Run c = SovaiCliTest.run("concentration", out.toString(), "--by", "site-jurisdiction", "--basis",
        "peak-dense-16bit-flops");
    assertEquals(Exit.OK, c.code, c::toString);
    assertTrue(c.out.contains("US"), c::toString);
  }

  @Test
  void allRowsKeepsEveryUsableRow() {
    SovaiCliTest.Run r = SovaiCliTest.run("import-epoch", csv.toString(), "--as-of", "2025-11-20", "--all-rows");
    assertEquals(Exit.OK, r.code, r::toString);
    assertEquals(13, LandscapeReader.strict().parse(r.out).sites().size());
  }

  @Test
  void aFileThatIsNotTheDatasetExitsWithOneAndWritesNothing() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, Files.readString(csv).replace("Power Capacity (MW)", "Power (MW)"), StandardCharsets.UTF_8);
    Path out = dir.resolve("never.json");
    SovaiCliTest.Run r = SovaiCliTest.run("import-epoch", bad.toString(), "-o", out.toString());
    assertEquals(Exit.INVALID, r.code, r::toString);
    assertEquals("sovai: " + bad + " is not an Epoch AI supercomputers export: Epoch CSV line 1: wrong header: column"
        + " 14 is not a column of Epoch AI's AI supercomputers export, was \"Power (MW)\"\n", r.err);
    assertFalse(Files.exists(out));
  }

  @Test
  void aCellThatIsNotANumberIsAWarningAndTheFileImports() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, Files.readString(csv).replace("same hall\",Private,4.5,", "same hall\",Private,about 4.5,"),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("epoch.json");
    SovaiCliTest.Run r = SovaiCliTest.run("import-epoch", bad.toString(), "-o", out.toString(), "--as-of",
        "2025-11-20");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.contains(bad + ":3: row 2 (line 3) \"Alpha Cluster Phase 2\": defaulted: Power Capacity (MW)"
        + " \"about 4.5\" is not a number; left out\n"), r::toString);
    Landscape l = LandscapeReader.strict().read(out);
    assertEquals(10, l.sites().size());
    assertTrue(l.site("alpha-cluster-phase-2").orElseThrow().itCapacityMw().isEmpty());
  }

  @Test
  void aMissingFileOrABadDateIsAUsageError() {
    SovaiCliTest.Run missing = SovaiCliTest.run("import-epoch", dir.resolve("nope.csv").toString());
    assertEquals(Exit.USAGE, missing.code, missing::toString);
    assertEquals("sovai: cannot read " + dir.resolve("nope.csv") + ": no such file\n", missing.err);
    SovaiCliTest.Run date = SovaiCliTest.run("import-epoch", csv.toString(), "--as-of", "20-11-2025");
    assertEquals(Exit.USAGE, date.code, date::toString);
  }
}
