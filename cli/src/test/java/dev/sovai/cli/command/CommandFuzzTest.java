package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.sovai.cli.render.TerminalSafeWriter;

/**
 * Fuzz targets of the command: hostile documents (see {@link HostileDocuments}: every free text, member names, ids,
 * amounts, currencies, counts, dates, power, deal shares, rings of operators) run through the commands in-process.
 *
 * <ul>
 *   <li>{@link #terminalSafeWriterLetsNoControlThrough}: whatever text, in whatever pieces, the writer's output is
 *       the text with every control escaped, and nothing raw.
 *   <li>{@link #commandsPrintNothingRaw}: {@code validate}, {@code report}, {@code score}, {@code deal},
 *       {@code concentration}, {@code trend} and {@code geojson} print no raw control on standard output or error,
 *       no line that a document's text started, and their JSON parses back to the document's strings.
 *   <li>{@link #commandsKeepTheExitCodeContract}: every command ends 0 on a valid document and 1 on an invalid one
 *       (as {@code validate} says), a failure is exactly one {@code sovai:} line and never a stack trace.
 *   <li>{@link #fmtRefusesOrCanonicalises}: {@code fmt} refuses (exit 1, the file byte-identical) or rewrites to the
 *       canonical form that a second {@code fmt} keeps; the mode is kept and no temporary file is left.
 *   <li>{@link #htmlReportEscapesDocumentText}: the page of {@code report --html} has no element, attribute, script
 *       or link that the page of a plain document does not have.
 * </ul>
 *
 * <p>In a normal build each runs in regression mode over its inputs in {@code CommandFuzzTestInputs/<target>/}
 * (an input is one byte that picks the slot, then the value in UTF-8). Run
 * {@code JAZZER_FUZZ=1 mvn -pl cli -am test -Dtest=CommandFuzzTest#commandsPrintNothingRaw
 * -Dsurefire.failIfNoSpecifiedTests=false} to fuzz one target.
 */
class CommandFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(.*\\)$");

  // -----------------------------------------------------------------------------------------------------------------
  // the writer

  @FuzzTest(maxDuration = "10s")
  void terminalSafeWriterLetsNoControlThrough(byte[] data) throws IOException {
    String text = new String(data, StandardCharsets.UTF_8);
    String expected = expectedSafe(text);
    // the same text whole, character by character, and in pieces of 1 to 7 characters
    StringWriter whole = new StringWriter();
    try (Writer w = new TerminalSafeWriter(whole)) {
      w.write(text);
    }
    StringWriter single = new StringWriter();
    try (Writer w = new TerminalSafeWriter(single)) {
      for (int i = 0; i < text.length(); i++) {
        w.write(text.charAt(i));
      }
    }
    StringWriter pieces = new StringWriter();
    try (Writer w = new TerminalSafeWriter(pieces)) {
      char[] chars = text.toCharArray();
      for (int i = 0, n = 1; i < chars.length; i += n, n = n % 7 + 1) {
        w.write(chars, i, Math.min(n, chars.length - i));
        w.flush();
      }
    }
    for (StringWriter s : List.of(whole, single, pieces)) {
      assertEquals(expected, s.toString());
      assertNoRawControl("writer", s.toString());
    }
    String line = TerminalSafeWriter.oneLine(text);
    assertNoRawControl("oneLine", line);
    assertFalse(line.contains("\n") || line.contains("\t"), line);
  }

  /** The writer's contract, written independently: every escaped character as backslash-u, CR only before LF. */
  private static String expectedSafe(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      boolean control = c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c >= 0x80 && c <= 0x9f
          || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f || c == 0x061c
          || c == 0x2028 || c == 0x2029;
      if (control && !lineEnd) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void assertNoRawControl(String where, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (TerminalSafeWriter.isEscaped(c) && !lineEnd) {
        fail(where + ": raw control U+" + String.format("%04X", (int) c) + " at " + i + ":\n"
            + TerminalSafeWriter.escape(text));
      }
    }
  }

  // -----------------------------------------------------------------------------------------------------------------
  // the commands on hostile documents

  /** The commands run on each document, by name; {@code FILE} stands for the document. */
  private static final Map<String, String[]> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("validate", new String[] {"validate", "FILE"});
    COMMANDS.put("report", new String[] {"report", "FILE"});
    COMMANDS.put("report --json", new String[] {"report", "FILE", "--json"});
    COMMANDS.put("score", new String[] {"score", "FILE"});
    COMMANDS.put("score --json", new String[] {"score", "FILE", "--json"});
    COMMANDS.put("deal", new String[] {"deal", "FILE", "d"});
    COMMANDS.put("concentration", new String[] {"concentration", "FILE", "--by", "ultimate-controller", "--basis",
        "accelerators"});
    COMMANDS.put("concentration --json", new String[] {"concentration", "FILE", "--by", "operator", "--basis",
        "it-mw", "--json"});
    COMMANDS.put("trend", new String[] {"trend", "FILE", "--by", "ultimate-controller", "--basis", "accelerators",
        "--from", "2024-01-01", "--to", "2026-01-01"});
    COMMANDS.put("geojson", new String[] {"geojson", "FILE"});
  }

  /** One command's run on a document. */
  private static final class Outcome {
    final String command;
    final SovaiCliTest.Run run;

    Outcome(String command, SovaiCliTest.Run run) {
      this.command = command;
      this.run = run;
    }

    @Override
    public String toString() {
      return command + ": " + TerminalSafeWriter.escape(run.toString());
    }
  }

  private static List<Outcome> runAll(HostileDocuments.Doc doc, Path file) {
    List<Outcome> all = new ArrayList<>();
    for (Map.Entry<String, String[]> c : COMMANDS.entrySet()) {
      String[] args = c.getValue().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = args[i].equals("FILE") ? file.toString() : args[i];
      }
      all.add(new Outcome(c.getKey(), SovaiCliTest.run(args)));
    }
    return all;
  }

  private static <T> T inTemporaryDirectory(java.util.function.Function<Path, T> body) {
    Path dir;
    try {
      dir = Files.createTempDirectory("sovai-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return body.apply(dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary directory: the system cleans it
      }
    }
  }

  private static Path write(Path dir, HostileDocuments.Doc doc) {
    Path file = dir.resolve("doc.json");
    try {
      Files.writeString(file, doc.json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @FuzzTest(maxDuration = "30s")
  void commandsPrintNothingRaw(byte[] data) {
    HostileDocuments.Doc doc = HostileDocuments.of(data);
    inTemporaryDirectory(dir -> {
      Path file = write(dir, doc);
      for (Outcome o : runAll(doc, file)) {
        assertNoRawControl(o.command + " stdout", o.run.out);
        assertNoRawControl(o.command + " stderr", o.run.err);
        // no line that the document's text began: a fake "sovai:" failure or "FILE: valid"
        assertFalse(o.run.out.lines().anyMatch(l -> l.startsWith("sovai:")), o::toString);
        long fakeValid = o.run.out.lines().filter(l -> l.startsWith(file + ": valid")).count();
        assertTrue(fakeValid <= (o.command.equals("validate") ? 1 : 0), o::toString);
        if (o.run.code == Exit.OK && (o.command.endsWith("--json") || o.command.equals("geojson"))) {
          JsonNode tree = parse(o);
          if (o.command.equals("geojson") && doc.slot == HostileDocuments.Slot.TEXT) {
            assertEquals(doc.value, tree.path("features").path(0).path("properties").path("name").asText(),
                () -> "the site's name reads back from the JSON: " + o);
          }
        }
      }
      return null;
    });
  }

  private static JsonNode parse(Outcome o) {
    try {
      return JSON.readTree(o.run.out);
    } catch (IOException e) {
      throw new AssertionError("not valid JSON: " + e.getMessage() + "\n" + o, e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void commandsKeepTheExitCodeContract(byte[] data) {
    HostileDocuments.Doc doc = HostileDocuments.of(data);
    inTemporaryDirectory(dir -> {
      Path file = write(dir, doc);
      List<Outcome> all = runAll(doc, file);
      boolean valid = all.get(0).run.code == Exit.OK;
      for (Outcome o : all) {
        SovaiCliTest.Run r = o.run;
        assertFalse(STACK_FRAME.matcher(r.out + r.err).find() || r.err.contains("Exception in thread"),
            () -> "a stack trace: " + o);
        // a document in memory can make a command end only 0 (valid) or 1 (invalid): 2 is for command lines and
        // unreadable files, 3 for defects, 4 for output that cannot be written
        assertEquals(valid ? Exit.OK : Exit.INVALID, r.code, () -> "validate says " + (valid ? "valid" : "invalid")
            + " (" + doc + "), but " + o);
        long failureLines = r.err.lines().filter(l -> l.startsWith("sovai:")).count();
        if (r.code == Exit.OK || o.command.equals("validate")) {
          assertEquals(0, failureLines, o::toString);   // validate says "invalid" on standard output
        } else {
          assertEquals(1, failureLines, o::toString);
          assertTrue(r.err.startsWith("sovai: " + file + " is not a valid landscape document"), o::toString);
        }
      }
      return null;
    });
  }

  // -----------------------------------------------------------------------------------------------------------------
  // fmt

  private static final String[] MODES = {"rw-r--r--", "rw-------", "rw-r-----", "rwxr-x---", "r--r--r--"};

  @FuzzTest(maxDuration = "30s")
  void fmtRefusesOrCanonicalises(byte[] data) {
    HostileDocuments.Doc doc = HostileDocuments.of(data);
    Set<PosixFilePermission> mode = PosixFilePermissions.fromString(
        MODES[HostileDocuments.slotByte(data) / HostileDocuments.Slot.values().length % MODES.length]);
    inTemporaryDirectory(dir -> {
      try {
        Path file = write(dir, doc);
        Files.setPosixFilePermissions(file, mode);
        byte[] before = Files.readAllBytes(file);
        dev.sovai.model.landscape.Landscape landscapeBefore = readOrNull(file);   // null: fmt must refuse it
        SovaiCliTest.Run r = SovaiCliTest.run("fmt", file.toString());
        assertEquals(mode, Files.getPosixFilePermissions(file), r::toString);
        try (Stream<Path> files = Files.list(dir)) {
          assertEquals(List.of(file), files.toList(), () -> "only the document is left: " + r);
        }
        if (r.code != Exit.OK) {
          assertEquals(Exit.INVALID, r.code, r::toString);
          assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), () -> "the file is unchanged: " + r);
          assertEquals(null, landscapeBefore, () -> "fmt refused a valid document: " + r);
          assertEquals(1, r.err.lines().filter(l -> l.startsWith("sovai:")).count(), r::toString);
          return null;
        }
        assertTrue(r.out.equals(file + ": formatted\n") || r.out.equals(file + ": canonical\n"), r::toString);
        byte[] once = Files.readAllBytes(file);
        SovaiCliTest.Run check = SovaiCliTest.run("fmt", "--check", file.toString());
        assertEquals(Exit.OK, check.code, check::toString);
        SovaiCliTest.Run again = SovaiCliTest.run("fmt", file.toString());
        assertEquals(Exit.OK, again.code, again::toString);
        assertEquals(file + ": canonical\n", again.out, again::toString);
        assertTrue(java.util.Arrays.equals(once, Files.readAllBytes(file)), "a second fmt changes nothing");
        assertEquals(mode, Files.getPosixFilePermissions(file));
        assertEquals(landscapeBefore, Documents.read(file), "the formatted document reads as the original");
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static dev.sovai.model.landscape.Landscape readOrNull(Path file) {
    try {
      return Documents.read(file);
    } catch (UserException e) {
      return null;
    }
  }

  // -----------------------------------------------------------------------------------------------------------------
  // the HTML report

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "\\s*([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");

  /** The elements, attributes and counts of raw-text elements of a page; the page of a plain document is the norm. */
  private static final class PageShape {
    final Set<String> elements = new TreeSet<>();
    final Set<String> attributes = new TreeSet<>();
    int scripts;
    int styles;
    final List<String> links = new ArrayList<>();

    static PageShape of(String page) {
      PageShape s = new PageShape();
      Matcher m = TAG.matcher(page);
      int from = 0;
      while (m.find(from)) {
        String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
        from = m.end();
        if (!m.group(1).isEmpty()) {
          continue;
        }
        s.elements.add(name);
        Matcher a = ATTRIBUTE.matcher(m.group(3));
        while (a.lookingAt()) {
          String attribute = a.group(1).toLowerCase(java.util.Locale.ROOT);
          s.attributes.add(attribute);
          String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
          if (attribute.equals("href") || attribute.equals("src") || attribute.equals("xlink:href")) {
            s.links.add(value == null ? "" : value);
          }
          a.region(a.end(), a.regionEnd());
        }
        if (name.equals("script") || name.equals("style")) {
          // raw text up to the element's end: a document's text must not have ended it early
          int end = page.toLowerCase(java.util.Locale.ROOT).indexOf("</" + name, from);
          if (name.equals("script")) {
            s.scripts++;
          } else {
            s.styles++;
          }
          from = end < 0 ? page.length() : end;
        }
      }
      return s;
    }
  }

  private static PageShape plainPage;

  /**
   * What the pages of plain documents hold: one of a single site, and one of a ring of 30 operators whose sites have
   * no coordinates (so the map draws them as one cluster of a country, with its own attributes).
   */
  private static synchronized PageShape plainPage() {
    if (plainPage == null) {
      plainPage = inTemporaryDirectory(dir -> {
        PageShape shape = PageShape.of(page(dir, HostileDocuments.of(
            "\u0000Plain text".getBytes(StandardCharsets.UTF_8))));
        byte[] ring = {(byte) HostileDocuments.Slot.RING.ordinal(), '3', '0'};
        PageShape ringShape = PageShape.of(page(dir, HostileDocuments.of(ring)));
        shape.elements.addAll(ringShape.elements);
        shape.attributes.addAll(ringShape.attributes);
        return shape;
      });
    }
    return plainPage;
  }

  private static String page(Path dir, HostileDocuments.Doc doc) {
    Path file = write(dir, doc);
    Path html = dir.resolve("page.html");
    SovaiCliTest.Run r = SovaiCliTest.run("report", file.toString(), "--html", html.toString());
    if (r.code != Exit.OK) {
      assertEquals(Exit.INVALID, r.code, r::toString);
      assertFalse(Files.exists(html), "no page for an invalid document");
      return null;
    }
    try {
      return Files.readString(html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void htmlReportEscapesDocumentText(byte[] data) {
    HostileDocuments.Doc doc = HostileDocuments.of(data);
    PageShape plain = plainPage();
    inTemporaryDirectory(dir -> {
      String page = page(dir, doc);
      if (page == null) {
        return null;
      }
      PageShape shape = PageShape.of(page);
      Set<String> newElements = new TreeSet<>(shape.elements);
      newElements.removeAll(plain.elements);
      assertTrue(newElements.isEmpty(), () -> "elements injected by " + doc + ": " + newElements);
      Set<String> newAttributes = new TreeSet<>(shape.attributes);
      newAttributes.removeAll(plain.attributes);
      assertTrue(newAttributes.isEmpty(), () -> "attributes injected by " + doc + ": " + newAttributes);
      assertEquals(plain.scripts, shape.scripts, () -> "scripts in the page of " + doc);
      assertEquals(plain.styles, shape.styles, () -> "styles in the page of " + doc);
      for (String link : shape.links) {
        assertTrue(link.startsWith("#") || link.startsWith("https://") || link.startsWith("http://"),
            () -> "link " + link + " in the page of " + doc);
      }
      return null;
    });
  }
}
