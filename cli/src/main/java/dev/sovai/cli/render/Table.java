package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numbers (columns marked numeric) are right-aligned. */
public final class Table {
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
   * Prints the table, each line starting with an indentation.
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
    line(out, indent, headers, width);
    for (List<String> r : rows) {
      line(out, indent, r, width);
    }
  }

  private void line(PrintWriter out, String indent, List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      b.append(numeric[i] ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
      if (i < cells.size() - 1) {
        b.append("  ");
      }
    }
    out.println(b.toString().stripTrailing());
  }
}
