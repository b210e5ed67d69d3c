package dev.sovai.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Prose lines wrap at spaces with a hanging indent; a word is never cut. Each test gives up after 10 s: wrapping that
 * does not end is a failure, not a hung build.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LineWrapTest {
  @Test
  void aLineThatFitsIsKeptAsItIs() {
    String line = "  metric    value   (two runs of spaces kept)   ";
    assertEquals(List.of(line), LineWrap.wrap(line, line.length()));
    assertEquals(List.of(""), LineWrap.wrap("", 1));
  }

  @Test
  void aLongLineBreaksAtSpacesWithAHangingIndent() {
    List<String> lines = LineWrap.wrap("  unknown secnumcloud-19.6-c: the third party core42 owns the facility", 30);
    assertEquals(List.of("  unknown secnumcloud-19.6-c:", "      the third party core42", "      owns the facility"),
        lines);
    lines.forEach(l -> assertTrue(l.length() <= 30, l));
  }

  @Test
  void wordsAreNeverCutAndAWordTooLongStandsWholeOnItsOwnLine() {
    String url = "https://example.org/" + "a".repeat(200);
    List<String> lines = LineWrap.wrap("see " + url + " and site:meta-prometheus → operator:meta", 40);
    assertEquals(List.of("see", "    " + url, "    and site:meta-prometheus →", "    operator:meta"), lines);
    assertTrue(lines.stream().allMatch(l -> LineWrap.fits(l, 40)));
    assertFalse(LineWrap.fits("two words " + url, 40));
  }

  @Test
  void spacesAtABreakAreDroppedAndInnerRunsKept() {
    assertEquals(List.of("a  b", "  c"), LineWrap.wrap("a  b     c   ", 5));
  }

  @Test
  void edgeWidthsEndAndLoseNoWord() {
    String text = "   the quick brown fox jumps over the lazy dog, again and again and again";
    for (int width = 1; width <= text.length() + 1; width++) {
      List<String> lines = LineWrap.wrap(text, width);
      assertEquals(text.strip().replaceAll(" +", " "), String.join(" ", lines.stream().map(String::strip).toList())
          .replaceAll(" +", " "), "width " + width);
      for (String l : lines) {
        assertTrue(LineWrap.fits(l, width), width + ": " + l);
      }
    }
    // width 1: every word on a line of its own, no indent to hang
    assertEquals(List.of("   a", "b", "c"), LineWrap.wrap("   a b c", 1));
    assertThrows(IllegalArgumentException.class, () -> LineWrap.wrap("x", 0));
    assertThrows(IllegalArgumentException.class, () -> LineWrap.wrap("x\ny", 10));
  }

  @Test
  void aDeepIndentHangsAtMostHalfTheWidth() {
    String line = " ".repeat(30) + "one two three four five six";
    List<String> lines = LineWrap.wrap(line, 40);
    assertEquals(" ".repeat(30) + "one two", lines.get(0));
    assertTrue(lines.get(1).startsWith(" ".repeat(20) + "three"), lines.get(1));
  }

  @Test
  void widthsCountCodePointsAndAPairIsNeverSplit() {
    String flags = "🇵🇹🇵🇹🇵🇹🇵🇹🇵🇹";   // 10 code points, 20 chars
    assertEquals(List.of("ab " + flags), LineWrap.wrap("ab " + flags, 13));
    assertEquals(List.of("ab", "    " + flags), LineWrap.wrap("ab " + flags, 12));
  }

  @Test
  void theWriterWrapsLinesEscapesControlsFirstAndKeepsLineEnds() {
    boolean[] closed = {false};
    StringWriter sink = new StringWriter() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PrintWriter out = new PrintWriter(new WrappingWriter(sink, 20));
    out.print("short\r\n");
    out.print("  a \u001b[2J b c d e f g h\n");   // the escape counts as the six characters it will show as
    out.print("no line feed at the end yet");
    out.flush();
    assertEquals("short\r\n  a \\u001b[2J b c d\n      e f g h\nno line feed at the\n    end yet", sink.toString());
    // a flushed writer goes on with the next line; close flushes and leaves the sink open
    out.println(" more");
    out.close();
    assertTrue(sink.toString().endsWith("end yet more\n"), sink.toString());
    assertFalse(closed[0]);
    assertThrows(IllegalArgumentException.class, () -> new WrappingWriter(sink, 0));
  }

  @Test
  void hostileLinesEnd() {
    String hostile = ("x".repeat(5000) + " ").repeat(20) + " ".repeat(10_000) + "\\u0000".repeat(1000);
    for (int width : new int[] {1, 2, 3, 120, Integer.MAX_VALUE}) {
      List<String> lines = LineWrap.wrap(hostile, width);
      assertTrue(lines.stream().allMatch(l -> LineWrap.fits(l, width)), "width " + width);
    }
  }
}
