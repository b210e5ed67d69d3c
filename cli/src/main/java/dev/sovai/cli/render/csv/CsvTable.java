package dev.sovai.cli.render.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One table as CSV (RFC 4180): a header row, then one row per record; fields that hold a comma, a double quote, a
 * carriage return or a line feed are quoted, quotes doubled; lines end with CRLF. Numbers are written in Java's
 * shortest round-trip form ({@code Double.toString}, plain for integers), units are in the column names.
 *
 * <p>A text field that a spreadsheet would run as a formula — one that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, and is not a number — is written with a leading apostrophe ({@code '}), as
 * spreadsheets themselves mark text: a document's names and notes cannot plant formulas in an analyst's sheet. Numbers
 * (negative ones included) are written as they are.
 */
public final class CsvTable {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private final String name;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private CsvTable(String name, List<String> header) {
    this.name = name;
    this.header = List.copyOf(header);
  }

  /**
   * A new empty table.
   *
   * @param name  the file name without {@code .csv}: lower-case letters, digits and hyphens, not null
   * @param header  the column names (with units, such as {@code share_fraction}), not empty, not null
   * @return the table, not null
   * @throws IllegalArgumentException if the name is not such a slug, or the header is empty
   */
  public static CsvTable of(String name, String... header) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a table name is a slug of lower-case letters, digits and hyphens, was \""
          + name + "\"");
    }
    if (header.length == 0) {
      throw new IllegalArgumentException("a table has at least one column");
    }
    return new CsvTable(name, List.of(header));
  }

  /**
   * Adds a row; a {@code Double} or {@code Float} is written in its shortest round-trip form (an integral value
   * without {@code .0}), null as an empty field, anything else by {@code toString()}.
   *
   * @param values  one value per column
   * @return this table
   * @throws IllegalArgumentException if the number of values is not the number of columns
   */
  public CsvTable row(Object... values) {
    if (values.length != header.size()) {
      throw new IllegalArgumentException("table " + name + " has " + header.size() + " columns, a row had "
          + values.length);
    }
    List<String> r = new ArrayList<>(values.length);
    for (Object v : values) {
      r.add(text(v));
    }
    rows.add(r);
    return this;
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return Double.toString(d);
    }
    if (v instanceof Number) {
      return v.toString();
    }
    return inert(v.toString());
  }

  /** The text, with an apostrophe before it if a spreadsheet would otherwise read it as a formula. */
  static String inert(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') {
      return text;
    }
    try {
      Double.parseDouble(text);
      return text; // a number written as text, such as "-12.5": not a formula
    } catch (NumberFormatException e) {
      return "'" + text;
    }
  }

  /** @return the file name without {@code .csv}, not null */
  public String name() {
    return name;
  }

  /** @return the column names, not null */
  public List<String> header() {
    return header;
  }

  /** @return the rows, each one field per column, not null */
  public List<List<String>> rows() {
    return List.copyOf(rows);
  }

  /**
   * Writes the table.
   *
   * @param out  where to write, not null
   * @throws IOException if writing fails
   */
  public void write(Writer out) throws IOException {
    line(out, header);
    for (List<String> r : rows) {
      line(out, r);
    }
    out.flush();
  }

  /** @return the table as CSV text, not null */
  public String toCsv() {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(w);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return w.toString();
  }

  private static void line(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String field(String f) {
    if (f.indexOf(',') < 0 && f.indexOf('"') < 0 && f.indexOf('\n') < 0 && f.indexOf('\r') < 0) {
      return f;
    }
    return '"' + f.replace("\"", "\"\"") + '"';
  }
}
