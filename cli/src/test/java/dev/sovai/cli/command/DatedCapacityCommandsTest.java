package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sovai concentration --as-of} on one imported landscape of Epoch AI's frontier data centres answers with the
 * capacity step in force on each date; {@code --basis rmax|rpeak} measures the TOP500 list's FP64 Linpack shares.
 * The figures asserted are read by hand from the CSV files in the importers' test resources.
 */
class DatedCapacityCommandsTest {
  @TempDir
  Path dir;

  /**
   * The weight and share of all capacity printed for one holder, from the command's table
   * ("  1  meta  319  14.7 %  14.7 %": weight, share of all, share of known).
   */
  private static String[] row(String out, String holder) {
    Matcher m = Pattern.compile("(?m)^\\s+\\d+\\s+" + Pattern.quote(holder) + "\\s+(\\S+)\\s+(\\S+ %)\\s+\\S+ %$")
        .matcher(out);
    assertTrue(m.find(), () -> "no row for " + holder + " in:\n" + out);
    return new String[] {m.group(1), m.group(2)};
  }

  /** The full weight of one holder in the JSON holder table of {@code concentration --json}. */
  private static double jsonWeight(Path file, String by, String basis, String holder) {
    SovaiCliTest.Run r = SovaiCliTest.run("concentration", file.toString(), "--by", by, "--basis", basis, "--json");
    assertEquals(Exit.OK, r.code, r::toString);
    return dev.sovai.io.AssessmentReader.strict().parse(r.out).shares().get(0).holders().stream()
        .filter(h -> h.holder().equals(holder)).findFirst().orElseThrow().weight();
  }

  private Path dataCentres() {
    Path file = dir.resolve("campuses.json");
    SovaiCliTest.Run r = SovaiCliTest.run("import-epoch-datacenters", ImportDatasetCommandsTest.SITES.toString(),
        "--timelines", ImportDatasetCommandsTest.TIMELINES.toString(), "--as-of", "2025-12-31", "-o", file.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    return file;
  }

  @Test
  void oneFileGivesTheTimelinesCapacityOnEachDate() {
    Path file = dataCentres();
    SovaiCliTest.Run may = SovaiCliTest.run("concentration", file.toString(), "--by", "facility-owner", "--basis",
        "facility-mw", "--as-of", "2025-05-31");
    SovaiCliTest.Run dec = SovaiCliTest.run("concentration", file.toString(), "--by", "facility-owner", "--basis",
        "facility-mw", "--as-of", "2025-12-31");
    assertEquals(Exit.OK, may.code, may::toString);
    assertEquals(Exit.OK, dec.code, dec::toString);
    // On 2025-05-31 six campuses have had power: Google New Albany 543, Google Omaha 189, Meta Prometheus 319
    // (row 2/2/2025), Microsoft Fayetteville 537, xAI Colossus 1 349, Alibaba Zhangbei 231 = 2,168 MW.
    assertTrue(may.out.contains("(world [operational] on 2025-05-31): 6 of 6 sites counted"), may::toString);
    assertEquals("319", row(may.out, "meta")[0]);
    assertEquals(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * 319.0 / 2168), row(may.out, "meta")[1]);
    // On 2025-12-31 ten: Meta Prometheus has 691 MW (row 11/30/2025) of 4,538 MW in all.
    assertTrue(dec.out.contains("(world [operational] on 2025-12-31): 10 of 10 sites counted"), dec::toString);
    assertEquals("691", row(dec.out, "meta")[0]);
    assertEquals(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * 691.0 / 4538), row(dec.out, "meta")[1]);
    // H100 equivalents follow the steps too: Prometheus 127,687 (2/2/2025), then 502,625 (11/30/2025)
    SovaiCliTest.Run h1 = SovaiCliTest.run("concentration", file.toString(), "--by", "site-jurisdiction", "--basis",
        "h100-equivalents", "--scope", "US-OH", "--as-of", "2025-05-31");
    SovaiCliTest.Run h2 = SovaiCliTest.run("concentration", file.toString(), "--by", "site-jurisdiction", "--basis",
        "h100-equivalents", "--scope", "US-OH", "--as-of", "2025-12-31");
    // Ohio: Google New Albany 211,260.6491 and Meta Prometheus 127,687.0181 on the first date; 502,625.4637 later
    assertEquals("338,948", row(h1.out, "US")[0]);
    assertEquals("713,886", row(h2.out, "US")[0]);
    // fmt reads and rewrites the steps unchanged: the imported file is canonical
    SovaiCliTest.Run fmt = SovaiCliTest.run("fmt", "--check", file.toString());
    assertEquals(Exit.OK, fmt.code, fmt::toString);
  }

  @Test
  void theListsRmaxByCountryVendorAndWithinTheEuIsOneCommand() {
    Path file = dir.resolve("top500.json");
    SovaiCliTest.Run imported = SovaiCliTest.run("import-top500", ImportDatasetCommandsTest.TOP500.toString(),
        "--list", "2025-06", "-o", file.toString());
    assertEquals(Exit.OK, imported.code, imported::toString);
    // Rmax of the seven systems with one: 1,742,000 + 793,400 + 442,010 + 6,752 + 21,530 + 9,000 + 3,000
    double total = 3_017_692;
    SovaiCliTest.Run country = SovaiCliTest.run("concentration", file.toString(), "--by", "site-jurisdiction",
        "--basis", "rmax");
    assertEquals(Exit.OK, country.code, country::toString);
    assertTrue(country.out.contains("7 of 8 sites counted"), country::toString);
    // text gives the rate in engineering units (1,742,000 TFLOP/s = 1.742 EFLOP/s), the JSON the full value
    assertTrue(country.out.contains(" EFLOP/s"), country::toString);
    assertEquals("1.742", row(country.out, "US")[0]);
    assertEquals(1_742_000.0, jsonWeight(file, "site-jurisdiction", "rmax", "US"), 0.0);
    assertEquals(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * 1_742_000 / total), row(country.out, "US")[1]);
    // within the EU: JUPITER Booster (DE) 793,400 and Karolina (CZ) 6,752
    SovaiCliTest.Run eu = SovaiCliTest.run("concentration", file.toString(), "--by", "site-jurisdiction",
        "--basis", "rmax", "--scope", "EU");
    assertEquals(String.format(java.util.Locale.ROOT, "%.1f %%", 100 * 793_400 / 800_152.0), row(eu.out, "DE")[1]);
    // by vendor: AMD (El Capitan's MI300A) 1,742,000; Fugaku (no accelerator) and the Sunway chip are unknown
    SovaiCliTest.Run vendor = SovaiCliTest.run("concentration", file.toString(), "--by", "accelerator-vendor",
        "--basis", "rmax");
    assertEquals("1.742", row(vendor.out, "amd")[0]);
    assertEquals(1_742_000.0, jsonWeight(file, "accelerator-vendor", "rmax", "amd"), 0.0);
    assertTrue(vendor.out.contains("(unknown holder)"), vendor::toString);
    SovaiCliTest.Run peak = SovaiCliTest.run("concentration", file.toString(), "--by", "operator", "--basis",
        "rpeak");
    assertEquals("2.746", row(peak.out, "doe-nnsa-llnl")[0]);
    assertEquals(2_746_376.0, jsonWeight(file, "operator", "rpeak", "doe-nnsa-llnl"), 0.5);
  }
}
