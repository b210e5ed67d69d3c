package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.sovai.cli.render.TerminalSafeWriter;

/**
 * A crafted document cannot drive the terminal: escape sequences, OSC titles and hyperlinks, carriage returns, C1
 * controls and bidi overrides in names, places, titles, notes and member names come out escaped, in text and in
 * JSON, which stays valid JSON with the same values.
 */
class TerminalSafetyTest {
  /** Erases the line, rewrites it as "valid", sets the window title, plants a hyperlink, reverses text. */
  static final String ERASE = "\u001b[2K\rfake.json: valid";
  static final String TITLE = "\u001b]0;owned\u0007";
  static final String LINK = "\u001b]8;;http://example.invalid\u001b\\click\u001b]8;;\u001b\\";
  static final String C1 = "\u009b31m";
  static final String BIDI = "\u202egnp.exe\u2066";

  @TempDir
  Path dir;

  private Path hostile() throws IOException {
    String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n"
        + " \"operators\": [{\"id\": \"acme\", \"name\": " + json(ERASE + TITLE) + ", \"kind\": \"neocloud\","
        + " \"seat\": \"PT\", \"notes\": " + json(LINK) + "}],\n"
        + " \"sites\": [{\"id\": \"acme-sines\", \"name\": " + json(BIDI) + ", \"jurisdiction\": \"PT\","
        + " \"place\": " + json(C1 + "\u007f") + ", \"coordinates\": {\"latitude\": 37.95, \"longitude\": -8.87},"
        + " \"operator\": \"acme\", \"status\": \"operational\","
        + " \"fleet\": [{\"accelerator\": \"nvidia-h100-sxm\", \"count\": 8}]}],\n"
        + " \"deals\": [{\"id\": \"d\", \"title\": " + json(ERASE) + ", \"kind\": \"partnership\","
        + " \"parties\": [{\"operator\": \"acme\", \"role\": \"partner\"}]}]}\n";
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, doc, StandardCharsets.UTF_8);
    return file;
  }

  private static String json(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c == '"' || c == '\\') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static void assertNoControl(String where, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      int at = i;
      assertFalse(TerminalSafeWriter.isEscaped(c) && !lineEnd,
          () -> where + ": raw control U+" + Integer.toHexString(c) + " at " + at + ":\n" + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"validate", "report", "score", "deal", "geojson"})
  void noControlCharacterReachesTheTerminal(String command) throws IOException {
    Path file = hostile();
    SovaiCliTest.Run r = command.equals("deal") ? SovaiCliTest.run("deal", file.toString(), "d")
        : SovaiCliTest.run(command, file.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    assertNoControl(command + " stdout", r.out);
    assertNoControl(command + " stderr", r.err);
    if (command.equals("report") || command.equals("deal") || command.equals("geojson")) {
      assertTrue(r.out.contains("\\u009b") || r.out.contains("\\u001b"), () -> "escapes shown:\n" + r.out);
    }
  }

  @Test
  void jsonOutputStaysValidJsonWithTheSameValues() throws IOException {
    Path file = hostile();
    SovaiCliTest.Run r = SovaiCliTest.run("report", file.toString(), "--json");
    assertEquals(Exit.OK, r.code, r::toString);
    assertNoControl("report --json", r.out);
    new ObjectMapper().readTree(r.out);
    SovaiCliTest.Run geo = SovaiCliTest.run("geojson", file.toString());
    assertEquals(Exit.OK, geo.code, geo::toString);
    assertNoControl("geojson", geo.out);
    assertTrue(geo.out.contains("\\u202e"), geo::toString);
    JsonNode site = new ObjectMapper().readTree(geo.out).path("features").path(0).path("properties");
    assertEquals(BIDI, site.path("name").asText(), "the name reads back unchanged from the escaped JSON");
  }

  @Test
  void memberNamesQuotedInErrorsAreEscaped() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", "
        + json("bogus" + ERASE) + ": 1}\n", StandardCharsets.UTF_8);
    SovaiCliTest.Run r = SovaiCliTest.run("validate", file.toString());
    assertEquals(Exit.INVALID, r.code, r::toString);
    assertNoControl("validate stdout", r.out);
    assertTrue(r.out.contains("bogus\\u001b[2K\\u000dfake.json: valid"), r::toString);
    assertFalse(r.out.contains("\n" + "fake.json: valid"), r::toString);
  }

  /** A line feed in a name, a place, a note, a title, a quoted value or a member name begins no line of its own. */
  @Test
  void aLineFeedInADocumentsTextBeginsNoLine() throws IOException {
    String fake = "x\nsovai: fake failure\nfake.json: valid";
    Path valid = dir.resolve("lf.json");
    Files.writeString(valid, "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n"
        + " \"operators\": [{\"id\": \"acme\", \"name\": " + json(fake) + ", \"kind\": \"neocloud\", \"seat\": \"PT\"}],\n"
        + " \"sites\": [{\"id\": \"s\", \"name\": " + json(fake) + ", \"jurisdiction\": \"PT\", \"place\": " + json(fake)
        + ", \"operator\": \"acme\", \"status\": \"operational\", \"fleet\": [{\"reportedModel\": " + json(fake)
        + ", \"count\": 8}]}],\n"
        + " \"deals\": [{\"id\": \"d\", \"title\": " + json(fake) + ", \"notes\": " + json(fake) + ","
        + " \"kind\": \"partnership\", \"parties\": [{\"operator\": \"acme\", \"role\": \"partner\"}]}]}\n",
        StandardCharsets.UTF_8);
    Path invalid = dir.resolve("bad.json");
    Files.writeString(invalid, "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", "
        + json(fake) + ": 1, \"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": "
        + json(fake) + "}]}\n", StandardCharsets.UTF_8);
    for (String[] args : new String[][] {{"report", valid.toString()}, {"deal", valid.toString(), "d"},
        {"validate", invalid.toString()}, {"report", invalid.toString()}}) {
      SovaiCliTest.Run r = SovaiCliTest.run(args);
      String all = r.out + r.err;
      assertFalse(all.lines().anyMatch(l -> l.startsWith("fake.json: valid")), r::toString);
      assertTrue(r.err.lines().filter(l -> l.startsWith("sovai:")).count() <= 1, r::toString);
      assertFalse(r.out.lines().anyMatch(l -> l.startsWith("sovai:")), r::toString);
      // the escaped text, whole or cut with an ellipsis where a table column is narrowed
      assertTrue(all.contains("x\\u000asovai: fake"), r::toString);
    }
  }

  /** A file name from a hostile directory ({@code sovai validate *}) cannot fake a verdict line either. */
  @Test
  void aLineFeedInAFileNameBeginsNoLine() throws IOException {
    Path file = Files.copy(hostile(), dir.resolve("a\nfake.json: valid"));
    for (String command : new String[] {"validate", "fmt"}) {
      SovaiCliTest.Run r = SovaiCliTest.run(command, file.toString());
      assertEquals(Exit.OK, r.code, r::toString);
      assertFalse(r.out.lines().anyMatch(l -> l.startsWith("fake.json")), r::toString);
      assertTrue(r.out.contains("a\\u000afake.json: valid: "), r::toString);
    }
  }

  @Test
  void aLineFeedInAFileNameOfAnErrorBeginsNoLine() {
    // a file that does not exist, named to fake a second line: the one sovai: line stays one line
    String name = dir.resolve("missing\nsovai: fake second failure").toString();
    for (String[] args : new String[][] {{"report", name}, {"validate", name}, {"score", name},
        {"concentration", name, "--by", "operator", "--basis", "sites"}}) {
      SovaiCliTest.Run r = SovaiCliTest.run(args);
      assertEquals(Exit.USAGE, r.code, r::toString);
      assertEquals(1, r.err.lines().filter(l -> l.startsWith("sovai:")).count(), r::toString);
      assertTrue(r.err.contains("missing\\u000asovai: fake second failure"), r::toString);
    }
  }

  @Test
  void theWriterEscapesEveryControlAndKeepsLineEnds() throws IOException {
    StringWriter s = new StringWriter();
    try (Writer w = new TerminalSafeWriter(s)) {
      w.write("a\u001bb\r\nc\rd\te\u0085f\u2028g\u00e9\n");
    }
    assertEquals("a\\u001bb\r\nc\\u000dd\te\\u0085f\\u2028g\u00e9\n", s.toString());
    assertEquals("x\\u202ey", TerminalSafeWriter.escape("x\u202ey"));
  }

  @Test
  void aFailedWriteIsAnErrorWithItsOwnExitCode() {
    Writer failing = OutputFailureTest.fullDisk();
    StringWriter err = new StringWriter();
    int code = SovaiCli.run(new String[] {"report", "--json"}, new PrintWriter(failing), new PrintWriter(err));
    assertEquals(Exit.OUTPUT, code, err::toString);
    assertEquals("sovai: cannot write the output (standard output closed or full); what was printed is incomplete\n",
        err.toString().replace("\r\n", "\n"));
  }
}
