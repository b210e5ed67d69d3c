package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.io.LandscapeReader;
import dev.sovai.model.landscape.Landscape;

/** {@code sovai import-epoch-datacenters} and {@code sovai import-top500} on the importers module's test files. */
class ImportDatasetCommandsTest {
  static final Path RESOURCES = Path.of("..", "importers", "src", "test", "resources", "dev", "sovai", "importers");
  static final Path SITES = RESOURCES.resolve(Path.of("epoch", "frontier_data_centers.csv"));
  static final Path TIMELINES = RESOURCES.resolve(Path.of("epoch", "frontier_data_center_timelines.csv"));
  static final Path TOP500 = RESOURCES.resolve(Path.of("top500", "top500-sample.csv"));

  @TempDir
  Path dir;

  @Test
  void dataCentresOnTwoDatesGiveTheTimelinesCapacities() throws IOException {
    Path may = dir.resolve("may.json");
    Path dec = dir.resolve("dec.json");
    SovaiCliTest.Run a = SovaiCliTest.run("import-epoch-datacenters", SITES.toString(), "--timelines",
        TIMELINES.toString(), "--as-of", "2025-05-31", "-o", may.toString());
    assertEquals(Exit.OK, a.code, a::toString);
    assertEquals(SITES + ": 128 rows read: 128 imported, 0 planned kept apart, 0 skipped; 0 imported with defaults\n"
        + "wrote 16 sites to " + may + "\n", a.out);
    SovaiCliTest.Run b = SovaiCliTest.run("import-epoch-datacenters", SITES.toString(), "--timelines",
        TIMELINES.toString(), "--as-of", "2025-12-31", "-o", dec.toString());
    assertEquals(Exit.OK, b.code, b::toString);
    Landscape l1 = LandscapeReader.strict().read(may);
    Landscape l2 = LandscapeReader.strict().read(dec);
    assertEquals(319.0, l1.site("meta-prometheus-new-albany-ohio").orElseThrow().capacityOn(l1.asOf())
        .facilityPowerMw().orElseThrow());
    assertEquals(691.0, l2.site("meta-prometheus-new-albany-ohio").orElseThrow().capacityOn(l2.asOf())
        .facilityPowerMw().orElseThrow());
    SovaiCliTest.Run c1 = SovaiCliTest.run("concentration", may.toString(), "--by", "facility-owner", "--basis",
        "facility-mw");
    SovaiCliTest.Run c2 = SovaiCliTest.run("concentration", dec.toString(), "--by", "facility-owner", "--basis",
        "facility-mw");
    assertEquals(Exit.OK, c1.code, c1::toString);
    assertEquals(Exit.OK, c2.code, c2::toString);
    assertFalse(c1.out.equals(c2.out), "the timelines give different capacities on different dates");
  }

  @Test
  void dataCentresToStandardOutputAndAWrongFileIsRefused() throws IOException {
    SovaiCliTest.Run r = SovaiCliTest.run("import-epoch-datacenters", SITES.toString(), "--as-of", "2025-12-31");
    assertEquals(Exit.OK, r.code, r::toString);
    assertEquals(16, LandscapeReader.strict().parse(r.out).sites().size());
    assertTrue(r.err.startsWith(SITES + ": 16 rows read: 16 imported"), r::toString);
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "Name,Country\nX,France\n");
    SovaiCliTest.Run e = SovaiCliTest.run("import-epoch-datacenters", bad.toString());
    assertEquals(Exit.INVALID, e.code, e::toString);
    assertEquals("sovai: not Epoch AI's frontier data centres files: Epoch data centres CSV line 1, column 'Handle':"
        + " wrong header: required column is missing\n", e.err);
  }

  @Test
  void top500ImportsTheListWithRowWarnings() throws IOException {
    Path out = dir.resolve("top500.json");
    SovaiCliTest.Run r = SovaiCliTest.run("import-top500", TOP500.toString(), "--list", "2025-06", "-o",
        out.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.startsWith(TOP500 + ": 10 rows read: 8 imported, 0 planned kept apart, 2 skipped"), r::toString);
    assertTrue(r.out.contains(TOP500 + ":11: row 9 (line 11) \"Atlantis\": skipped: country \"Atlantis\" is not in"
        + " the importer's country table\n"), r::toString);
    Landscape l = LandscapeReader.strict().read(out);
    assertEquals(8, l.sites().size());
    assertEquals("2025-06-01", l.asOf().toString());
    SovaiCliTest.Run c = SovaiCliTest.run("concentration", out.toString(), "--by", "site-jurisdiction", "--basis",
        "it-mw");
    assertEquals(Exit.OK, c.code, c::toString);
    assertTrue(c.out.contains("JP"), c::toString);
  }

  @Test
  void top500NeedsAListEdition() {
    SovaiCliTest.Run r = SovaiCliTest.run("import-top500", TOP500.toString(), "--list", "June 2025");
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertEquals("sovai: --list must be a year and month such as 2025-06, was \"June 2025\"\n", r.err);
  }
}
