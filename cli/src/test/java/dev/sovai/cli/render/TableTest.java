package dev.sovai.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tables fit a 120-column terminal by narrowing their widest text columns, never numbers or identifiers. Each test
 * gives up after 10 s: narrowing that does not end is a failure, not a hung build.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TableTest {
  private static List<String> print(Table t) {
    StringWriter s = new StringWriter();
    try (PrintWriter out = new PrintWriter(s)) {
      t.print(out, "  ");
    }
    return List.of(s.toString().split(System.lineSeparator()));
  }

  @Test
  void aNarrowTableIsPrintedWhole() {
    List<String> lines = print(Table.of("site", "where", "accelerators>").row("a", "FR, Paris", 1_000)
        .row("b", "DE", 20));
    assertEquals(List.of("  site  where      accelerators", "  a     FR, Paris          1000",
        "  b     DE                   20"), lines);
  }

  @Test
  void wideTextColumnsAreCutWithAnEllipsisToFit() {
    String address = "Innovation Park, 34/B/1, Panchawati Rd, Mansarovar, Panchawati, Pashan, Pune, Maharashtra 411008,"
        + " India";
    String owners = "owner-one, owner-two, owner-three, owner-four, owner-five, owner-six, owner-seven";
    String id = "wroclaw-centre-for-networking-and-supercomputing";
    List<String> lines = print(Table.of("site", "where", "owners", "accelerators>")
        .row(id, "IN, " + address, owners, 123_456_789L).row("short", "FR", "x", 1));
    for (String line : lines) {
      assertTrue(line.length() <= Table.LINE_WIDTH, line.length() + ": " + line);
    }
    assertTrue(lines.get(1).startsWith("  " + id + "  IN, Innovation"), lines.get(1));
    assertTrue(lines.get(1).endsWith("123456789"), "numbers are never cut: " + lines.get(1));
    assertTrue(lines.get(1).contains("…"), lines.get(1));
    assertTrue(lines.get(2).startsWith("  short "), lines.get(2));
    // both text columns were narrowed, the widest first, and they end up about as wide as each other
    int where = lines.get(1).indexOf("IN, ");
    int ownersAt = lines.get(1).indexOf("owner-one");
    assertTrue(ownersAt - where >= Table.MIN_TEXT_WIDTH, lines.get(1));
  }

  @Test
  void aHeaderWiderThanTheMinimumIsKept() {
    String longHeader = "deal rules that fire (all profiles)";
    List<String> lines = print(Table.of("by", longHeader).row("x", "y".repeat(300)));
    assertTrue(lines.get(0).endsWith(longHeader), lines.get(0));
    assertTrue(lines.get(1).length() <= Table.LINE_WIDTH, lines.get(1));
  }

  @Test
  void columnsThatCannotFitFollowOnAContinuationLine() {
    Table t = Table.of("site", "where", "kind", "status", "accelerators>", "chips", "operator", "owners", "gateway");
    String id = "wroclaw-centre-for-networking-and-supercomputing";
    t.row(id, "PL, plac Grunwaldzki 9, 50-377 Wrocław, Poland", "supercomputer", "operational", 1_024,
        "nvidia-h100-sxm, nvidia-a100-sxm", "", "wroclaw-university-of-science-and-technology", "");
    List<String> lines = print(t);
    for (String line : lines) {
      assertTrue(line.length() <= Table.LINE_WIDTH, line.length() + ": " + line);
    }
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("  " + id + "  PL, plac"), lines.get(1));
    assertTrue(lines.get(1).contains("supercomputer"), "a column narrower than the minimum is whole: " + lines.get(1));
    assertTrue(lines.get(2).startsWith("      "), lines.get(2));
    assertTrue(lines.get(2).contains("owners wroclaw-university"), lines.get(2));
    assertTrue(lines.get(2).contains("gateway –"), lines.get(2));
    // an empty cell printed as a dash still counts for the width
    Table tight = Table.of("site", "where", "kind", "status", "accelerators>", "chips", "operator", "owners", "gateway");
    tight.row(id, "DK", "supercomputer", "operational", 1_528, "nvidia-h100-sxm", "",
        "novo-nordisk-foundation, danish-centre-for-ai-innovation, export-and-investment-fund-of-denmark", "");
    for (String line : print(tight)) {
      assertTrue(line.length() <= Table.LINE_WIDTH, line.length() + ": " + line);
    }
  }

  @Test
  void aWideHeaderAtItsNarrowestDoesNotStopTheOthersNarrowing() {
    // the sovereignty table's shape: a long header that cannot be narrowed beside a column that can (this once
    // looped for ever: the narrowed column was "narrowed" to the width of the wider header, growing the line)
    Table t = Table.of("site", "foreign laws that reach it (all of them)", "known>", "framework");
    t.row("s".repeat(40), "x", 1, "y".repeat(35));
    t.row("t", "US/us-cloud-act", 2, "z".repeat(70));
    List<String> lines = print(t);
    for (String line : lines) {
      assertTrue(line.length() <= Table.LINE_WIDTH, line.length() + ": " + line);
    }
  }

  @Test
  void whatCannotBeNarrowedStaysWhole() {
    String id = "i".repeat(200);
    List<String> lines = print(Table.of("site", "n>").row(id, 1));
    // the identifier is never cut; the column after it goes to the next line
    assertEquals(List.of("  site", "  " + id, "      n 1"), lines);
  }

  @Test
  void abbreviationNeverSplitsASurrogatePair() {
    String cell = "ab\uD83D\uDE00cd"; // an emoji, two chars
    assertEquals("ab…", Table.abbreviate(cell, 4));
    assertEquals("ab\uD83D\uDE00…", Table.abbreviate(cell, 5));
    assertEquals(cell, Table.abbreviate(cell, 6));
  }
}
