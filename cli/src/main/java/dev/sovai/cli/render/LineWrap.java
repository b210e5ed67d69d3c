package dev.sovai.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps one line of prose at a width, at spaces, with a hanging indent: the continuation lines start four columns
 * further in than the line's own indent (at most half the width), so that a wrapped finding or legend still reads as
 * one item under its heading.
 *
 * <p>Widths are counted in code points (a character outside the Basic Multilingual Plane counts once). A line breaks
 * only at a space: a word, an identifier or a URL is never cut, and a single word longer than the width stands whole
 * on a line of its own. A run of spaces inside a line is kept where the line does not break there, and dropped where
 * it does. The text should already be escaped ({@link TerminalSafeWriter#escape(String)}): a control character would
 * count as one column but show as more, or none.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class LineWrap {
  /** The width of the text outputs, in columns: a 120-column terminal shows every line whole. */
  public static final int WIDTH = 120;

  /** How much further in than the line's indent its continuation lines start, in columns. */
  public static final int HANGING_INDENT = 4;

  private LineWrap() {}

  /**
   * Wraps a line.
   *
   * @param line  one line, without its line end, not null
   * @param width  the width in columns, at least 1
   * @return the line if it fits, else its pieces, each fitting the width unless it is one word too long for it; not
   *     null, never empty
   * @throws IllegalArgumentException if the width is less than 1 or the line holds a line feed
   */
  public static List<String> wrap(String line, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1 column, was " + width);
    }
    if (line.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("a line to wrap holds a line feed at index " + line.indexOf('\n'));
    }
    if (columns(line, 0, line.length()) <= width) {
      return List.of(line);
    }
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    String hang = " ".repeat(Math.min(indent + HANGING_INDENT, width / 2));
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder(width + 16).append(line, 0, indent);
    int currentColumns = indent;
    boolean currentHasWord = false;
    int i = indent;
    while (i < line.length()) {
      int spacesEnd = i;
      while (spacesEnd < line.length() && line.charAt(spacesEnd) == ' ') {
        spacesEnd++;
      }
      if (spacesEnd == line.length()) {
        break;   // trailing spaces of a line that wraps are dropped
      }
      int wordEnd = line.indexOf(' ', spacesEnd);
      if (wordEnd < 0) {
        wordEnd = line.length();
      }
      int spaceColumns = spacesEnd - i;
      int wordColumns = columns(line, spacesEnd, wordEnd);
      if (currentHasWord && currentColumns + spaceColumns + wordColumns > width) {
        out.add(current.toString());
        current.setLength(0);
        current.append(hang);
        currentColumns = hang.length();
        spaceColumns = 0;
      } else {
        current.append(line, i, spacesEnd);
      }
      current.append(line, spacesEnd, wordEnd);
      currentColumns += spaceColumns + wordColumns;
      currentHasWord = true;
      i = wordEnd;
    }
    out.add(current.toString());
    return List.copyOf(out);
  }

  /**
   * Whether a line fits a width, or is one word too long for it after its indent: what {@link #wrap} leaves.
   *
   * @param line  one line, not null
   * @param width  the width in columns
   * @return true if the line is at most {@code width} columns or holds no space after its indent
   */
  public static boolean fits(String line, int width) {
    return columns(line, 0, line.length()) <= width || line.strip().indexOf(' ') < 0;
  }

  private static int columns(String s, int from, int to) {
    return s.codePointCount(from, to);
  }
}
