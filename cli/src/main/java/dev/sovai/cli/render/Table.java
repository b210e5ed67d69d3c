package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns; numbers (columns marked numeric) are right-aligned.
 *
 * <p>A table keeps within {@value #LINE_WIDTH} characters: when its cells are wider, the widest text columns other
 * than the first (which holds identifiers) are narrowed, each down to its header's width or
 * {@value #MIN_TEXT_WIDTH} characters (a column already narrower is left whole), and a cell that does not fit ends in
 * an ellipsis ({@code …}). If the columns still do not fit, those that do are printed as the table and the rest of
 * each row follows on an indented line of its own, as {@code header value} pairs. Numbers and the first column are
 * never cut. The JSON and CSV outputs keep every value whole.
 */
public final class Table {
  /** The width, in characters, that a printed table keeps within: a common terminal's. */
  public static final int LINE_WIDTH = 120;

  /** The narrowest a text column is made to fit {@link #LINE_WIDTH}, unless its header is wider. */
  static final int MIN_TEXT_WIDTH = 16;

  /** The separator of a continuation line's pairs. */
  private static final String PAIRS = "  ";

  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers, boolean[] numeric) {
    this.headers = headers;
    this.numeric = numeric;
  }

  /**
   * Starts a table. A header ending in {@code '>'} marks a right-aligned (numeric) column; the marker is not
   * printed.
   *
   * @param headers  the column headers, not empty
   * @return the table, not null
   */
  public static Table of(String... headers) {
    List<String> names = new ArrayList<>();
    boolean[] numeric = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].endsWith(">");
      names.add(numeric[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
    return new Table(names, numeric);
  }

  /**
   * Adds a row.
   *
   * @param cells  one cell per column
   * @return this table
   * @throws IllegalArgumentException if the number of cells differs from the number of columns
   */
  public Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(c == null ? "" : TerminalSafeWriter.oneLine(c.toString()));   // a cell is one line, whatever it quotes
    }
    rows.add(row);
    return this;
  }

  /** @return true if no row was added */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Prints the table, each line starting with an indentation, within {@link #LINE_WIDTH} characters where the first
   * column allows it.
   *
   * @param out  where to print, not null
   * @param indent  the indentation
   */
  public void print(PrintWriter out, String indent) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    int room = LINE_WIDTH - indent.length();
    int shown = fit(width, room);
    line(out, indent, headers, width, shown);
    String more = indent + "    ";
    for (List<String> r : rows) {
      line(out, indent, r, width, shown);
      if (shown < width.length) {
        rest(out, more, r, shown, LINE_WIDTH - more.length());
      }
    }
  }

  /**
   * Narrows the widest text columns (never the first, never a numeric one) until the line fits the room or every
   * such column is at its narrowest. If the line still does not fit, keeps as many leading columns as fit at their
   * narrowest and narrows those again from their full widths, so they use all the room the others leave.
   *
   * @return how many leading columns the table shows (at least one); the others go to continuation lines
   */
  private int fit(int[] width, int room) {
    int[] full = width.clone();
    if (narrow(width, width.length, room)) {
      return width.length;
    }
    int shown = 1;
    int used = width[0];
    while (shown < width.length && used + 2 + width[shown] <= room) {
      used += 2 + width[shown];
      shown++;
    }
    System.arraycopy(full, 0, width, 0, shown);
    narrow(width, shown, room);
    return shown;
  }

  /**
   * Narrows the widest of the first {@code n} text columns, one step at a time, until they fit the room.
   *
   * @return true if they fit
   */
  private boolean narrow(int[] width, int n, int room) {
    int total = 2 * (n - 1);
    for (int i = 0; i < n; i++) {
      total += width[i];
    }
    while (total > room) {
      int widest = -1;
      for (int i = 1; i < n; i++) {
        if (!numeric[i] && width[i] > narrowest(i) && (widest < 0 || width[i] > width[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return false; // every column at its narrowest
      }
      int second = 0;
      for (int i = 1; i < n; i++) {
        if (i != widest && !numeric[i] && width[i] > narrowest(i)) {
          second = Math.max(second, width[i]);
        }
      }
      // down to the next widest column that can be narrowed, the excess or the column's narrowest, whichever cuts
      // least; always by at least one character
      int target = Math.min(width[widest] - 1,
          Math.max(narrowest(widest), Math.max(second, width[widest] - (total - room))));
      total -= width[widest] - target;
      width[widest] = target;
    }
    return true;
  }

  private int narrowest(int column) {
    return Math.max(MIN_TEXT_WIDTH, headers.get(column).length());
  }

  private void line(PrintWriter out, String indent, List<String> cells, int[] width, int shown) {
    StringBuilder b = new StringBuilder(indent);
    for (int i = 0; i < shown; i++) {
      String c = abbreviate(cells.get(i), width[i]);
      String pad = " ".repeat(width[i] - c.length());
      b.append(numeric[i] ? pad + c : c + (i == shown - 1 ? "" : pad));
      if (i < shown - 1) {
        b.append("  ");
      }
    }
    out.println(b.toString().stripTrailing());
  }

  /**
   * The columns that did not fit, as {@code header value} pairs on one line: the longest values are cut, equally,
   * until the line fits the room (each keeps at least {@link #MIN_TEXT_WIDTH} characters).
   */
  private void rest(PrintWriter out, String indent, List<String> cells, int from, int room) {
    int n = cells.size() - from;
    String[] value = new String[n];
    int[] width = new int[n];
    int total = 0;
    for (int k = 0; k < n; k++) {
      String cell = cells.get(from + k);
      value[k] = cell.isEmpty() ? "–" : cell;
      width[k] = value[k].length();
      total += headers.get(from + k).length() + 1 + width[k] + (k == 0 ? 0 : PAIRS.length());
    }
    while (total > room) {
      int widest = 0;
      for (int k = 1; k < n; k++) {
        if (width[k] > width[widest]) {
          widest = k;
        }
      }
      if (width[widest] <= MIN_TEXT_WIDTH || numeric[from + widest]) {
        break;
      }
      width[widest]--;
      total--;
    }
    StringBuilder b = new StringBuilder(indent);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        b.append(PAIRS);
      }
      b.append(headers.get(from + k)).append(' ').append(abbreviate(value[k], width[k]));
    }
    out.println(b.toString().stripTrailing());
  }

  /** The cell cut to the width with an ellipsis, never splitting a surrogate pair. */
  static String abbreviate(String cell, int width) {
    if (cell.length() <= width) {
      return cell;
    }
    int end = width - 1;
    if (end > 0 && Character.isHighSurrogate(cell.charAt(end - 1))) {
      end--;
    }
    return cell.substring(0, end) + "…";
  }
}
