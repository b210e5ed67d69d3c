package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sovai.seed.SeedLandscape;

/** Runs the command in-process, as a new user would, and checks exit codes and messages. */
class SovaiCliTest {
  @TempDir
  Path dir;

  /** The outcome of one run. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SovaiCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path seedCopy() throws IOException {
    try (InputStream in = SeedLandscape.openDocument()) {
      Path file = dir.resolve("seed.json");
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(r.out.contains("\tat ") || r.err.contains("\tat "), () -> "stack trace shown:\n" + r);
    assertFalse(r.err.contains("Exception"), () -> "exception name shown:\n" + r);
  }

  @Test
  void validFileValidates() throws IOException {
    Path file = seedCopy();
    Run r = run("validate", file.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    assertEquals(file + ": valid\n", r.out.replace("\r\n", "\n"));
    assertEquals("", r.err);
  }

  @Test
  void invalidFileListsEveryProblemWithPointerAndLineColumn() throws IOException {
    Path file = write("bad.json", "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n"
        + " \"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"announced\",\n"
        + "   \"fleet\": [{\"accelerator\": \"nvidia-h100-sxm\", \"count\": -5}]},\n"
        + "  {\"id\": \"t\", \"name\": \"T\", \"jurisdiction\": \"XX\", \"status\": \"announced\"}]}\n");
    Run r = run("validate", file.toString());
    assertEquals(Exit.INVALID, r.code, r::toString);
    assertTrue(r.out.contains("invalid, 2 problems"), r::toString);
    assertTrue(r.out.contains(file + ":3:"), r::toString);
    assertTrue(r.out.contains("/sites/0/fleet/0/count"), r::toString);
    assertTrue(r.out.contains("/sites/1/jurisdiction"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void malformedJsonIsReportedWithItsPlace() throws IOException {
    Path file = write("broken.json", "{\"format\": \"sovai.landscape\",\n  \"version\": 1,,\n}");
    Run r = run("validate", file.toString());
    assertEquals(Exit.INVALID, r.code, r::toString);
    assertTrue(r.out.contains(file + ":2:"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void missingFileExitsTwoWithOneLine() {
    Path file = dir.resolve("nowhere.json");
    Run r = run("validate", file.toString());
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertEquals("sovai: cannot read " + file + ": no such file\n", r.err.replace("\r\n", "\n"));
    assertEquals("", r.out);
  }

  @Test
  void directoryExitsTwo() {
    Run r = run("report", dir.toString());
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertTrue(r.err.startsWith("sovai: cannot read " + dir + ": it is a directory"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void aMissingFileAmongValidOnesStillExitsTwo() throws IOException {
    Path ok = seedCopy();
    Run r = run("validate", ok.toString(), dir.resolve("gone.json").toString());
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertTrue(r.out.contains(ok + ": valid"), r::toString);
  }

  @Test
  void reportOfAnInvalidFileExitsOneAndListsProblems() throws IOException {
    Path file = write("bad.json", "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\","
        + " \"operators\": [{\"id\": \"Bad Id\", \"name\": \"x\", \"kind\": \"neocloud\"}]}");
    Run r = run("report", file.toString());
    assertEquals(Exit.INVALID, r.code, r::toString);
    assertTrue(r.err.contains("is not a valid landscape document"), r::toString);
    assertTrue(r.err.contains("/operators/0/id"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void debugShowsTheStackTrace() {
    Run r = run("validate", "--debug", dir.resolve("nowhere.json").toString());
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertTrue(r.err.contains("\tat "), r::toString);
  }

  @Test
  void reportOfTheSeedLandscape() {
    Run r = run("report");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.startsWith("sovai report — bundled seed landscape"), r::toString);
    assertTrue(r.out.contains("nscale-portugal"), r::toString);
    for (String section : new String[] {"Sites", "Deals", "Sovereignty (per site)", "Energy (per site",
        "Concentration (accelerators", "Findings that matter most"}) {
      assertTrue(r.out.contains("\n" + section), () -> "no section " + section + "\n" + r);
    }
    assertFalse(r.out.contains("not available in this build"), r::toString);
    assertEquals("", r.err);
  }

  @Test
  void reportAndScoreAsJson() {
    Run r = run("report", "--json");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.startsWith("[") || r.out.startsWith("{"), r::toString);
    assertTrue(r.out.contains("\"sovereignty\"") && r.out.contains("\"energy\"")
        && r.out.contains("\"concentration\""), r::toString);
    Run s = run("score", "@seed", "--json");
    assertEquals(Exit.OK, s.code, s::toString);
    assertEquals(r.out, s.out, "score --json and report --json give the same assessments");
  }

  @Test
  void concentrationTable() {
    Run r = run("concentration", "@seed", "--by", "site-jurisdiction", "--basis", "accelerators", "--pipeline");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.contains("US") && r.out.contains("hhi"), r::toString);
    Run bad = run("concentration", "@seed", "--by", "country", "--basis", "accelerators");
    assertEquals(Exit.USAGE, bad.code, bad::toString);
    assertTrue(bad.err.contains("'country' is not one of operator, facility-owner"), bad::toString);
  }

  @Test
  void geojsonCountsSitesWithoutCoordinates() {
    Run r = run("geojson", "@seed");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.contains("\"FeatureCollection\""), r::toString);
    assertTrue(r.err.contains("left out for lack of coordinates"), r::toString);
  }

  @Test
  void reportTakesHomeBlocAndDate() {
    Run r = run("report", "--home-bloc", "FR", "--as-of", "2026-06-30");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.contains("as of 2026-06-30, home bloc FR"), r::toString);
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    Run r = run("report", "--home-bloc", "U-E");   // neither a bloc nor a country ("eu" is taken as EU)
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertTrue(r.err.startsWith("sovai: --home-bloc: "), r::toString);
    Run d = run("report", "--as-of", "2025-13-40");
    assertEquals(Exit.USAGE, d.code, d::toString);
    assertTrue(d.err.contains("--as-of"), d::toString);
    assertNoStackTrace(d);
  }

  /** A date the command line gives is bounded like a document's: years 0001 to 9999, else a usage error (was 3). */
  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "0000-01-01", "-0005-01-01", "+10000-01-01"})
  void datesOutsideYears0001To9999AreUsageErrors(String date) {
    for (String[] args : new String[][] {{"report", "--as-of", date}, {"score", "@seed", "--as-of", date},
        {"concentration", "@seed", "--by", "operator", "--basis", "sites", "--as-of", date},
        {"trend", "@seed", "--by", "operator", "--basis", "sites", "--from", "9998-01-01", "--to", date}}) {
      Run r = run(args);
      assertEquals(Exit.USAGE, r.code, r::toString);
      assertTrue(r.err.startsWith("sovai: ") && r.err.contains("is not a date of years 0001 to 9999"), r::toString);
      assertNoStackTrace(r);
    }
  }

  @Test
  void unknownCommandSuggestsHelp() {
    Run r = run("reprot");
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertTrue(r.err.contains("Try 'sovai --help'"), r::toString);
  }

  @Test
  void noCommandIsAUsageError() {
    Run r = run();
    assertEquals(Exit.USAGE, r.code, r::toString);
    assertTrue(r.err.contains("a command is required"), r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "report", "validate", "fmt", "score", "concentration", "deal", "geojson"})
  void everyCommandHasHelp(String command) {
    Run r = command.isEmpty() ? run("--help") : run(command, "--help");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.startsWith("Usage: sovai"), r::toString);
  }

  @Test
  void fmtChecksAndRewritesASelfContainedDocument() throws IOException {
    Path file = write("own.json", "{\"version\": 1, \"format\": \"sovai.landscape\", \"asOf\": \"2025-11-20\","
        + " \"operators\": [{\"name\": \"Nscale\", \"id\": \"nscale\", \"kind\": \"neocloud\", \"seat\": \"GB\"}]}");
    Run check = run("fmt", "--check", file.toString());
    assertEquals(Exit.INVALID, check.code, check::toString);
    assertTrue(check.out.contains("not in canonical form"), check::toString);
    Run fmt = run("fmt", file.toString());
    assertEquals(Exit.OK, fmt.code, fmt::toString);
    assertTrue(fmt.out.contains(": formatted"), fmt::toString);
    Run again = run("fmt", "--check", file.toString());
    assertEquals(Exit.OK, again.code, again::toString);
    assertTrue(again.out.contains(": canonical"), again::toString);
    assertTrue(Files.readString(file).startsWith("{\n  \"format\": \"sovai.landscape\""), () -> file.toString());
  }

  @Test
  void fmtRewritesADocumentThatRefersToTheReferenceData() throws IOException {
    Path file = seedCopy();
    Files.writeString(file, Files.readString(file).replace("\n  ", "\n "));
    Run check = run("fmt", "--check", file.toString());
    assertEquals(Exit.INVALID, check.code, check::toString);
    Run fmt = run("fmt", file.toString());
    assertEquals(Exit.OK, fmt.code, fmt::toString);
    String text = Files.readString(file);
    assertFalse(text.contains("\n  \"jurisdictions\": [") || text.contains("\n  \"accelerators\": [")
        || text.contains("\"id\": \"nvidia\"") || text.contains("\"id\": \"ref-"),
        "reference entities must not be copied into the document");
    assertTrue(text.contains("\"id\": \"nscale-portugal\""), "the document's own entities stay");
    assertEquals(Exit.OK, run("fmt", "--check", file.toString()).code);
    assertEquals(Exit.OK, run("validate", file.toString()).code);
  }

  @Test
  void theBundledSeedDocumentIsCanonical() throws IOException {
    Run r = run("fmt", "--check", seedCopy().toString());
    assertEquals(Exit.OK, r.code, r::toString);
  }

  @Test
  void dealScreeningOfTheSeed() {
    Run r = run("deal", "@seed", "aligned-acquisition");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.contains("aligned-buyer-consortium holds 100 % of aligned-data-centers (before: nothing)"),
        r::toString);
  }

  @Test
  void unknownDealIsNamed() {
    Run r = run("deal", "@seed", "no-such-deal");
    assertEquals(Exit.INVALID, r.code, r::toString);
    assertTrue(r.err.startsWith("sovai: no deal 'no-such-deal' in @seed; its deals are: aligned-acquisition"),
        r::toString);
  }
}
