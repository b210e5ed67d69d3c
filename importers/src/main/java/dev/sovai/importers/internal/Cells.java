package dev.sovai.importers.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sovai.importers.RowWarning.Cause;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;

/**
 * Reads the typed cells of published CSV files: numbers (plain, scientific, optionally with thousands separators),
 * whole numbers, decimals, dates. A blank cell is absent. A cell that cannot be used is absent too and adds a note
 * naming the column and the value to the row's {@link RowNotes}; nothing here throws for a cell's content.
 */
public final class Cells {
  /** Relative distance to the nearest whole number below which a value is a floating-point artifact. */
  static final double ARTIFACT = 1e-9;
  private static final int MAX_LENGTH = 64;
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");

  private Cells() {}

  /**
   * Reads a number in plain or scientific notation ({@code 1.98E+20}); thousands separators ({@code 1,742,000.00})
   * are read when {@code grouped}.
   *
   * @param column  the column's header, for the note, not null
   * @param text  the trimmed cell, not null
   * @param grouped  true to accept comma thousands separators
   * @param notes  where an unreadable value is noted, not null
   * @return the finite value, or empty if blank or unreadable
   */
  public static OptionalDouble number(String column, String text, boolean grouped, RowNotes notes) {
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    String plain = text;
    if (grouped && GROUPED.matcher(text).matches()) {
      plain = text.replace(",", "");
    }
    if (plain.length() > MAX_LENGTH || !NUMBER.matcher(plain).matches()) {
      notes.add(Cause.UNREADABLE_NUMBER, column + " " + quote(text) + " is not a number; left out");
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(plain);
    if (Double.isInfinite(d)) {
      notes.add(Cause.UNREADABLE_NUMBER, column + " " + quote(text) + " is out of range; left out");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(d);
  }

  /**
   * Reads a whole number ≥ 0 (a count). A value within a relative {@value #ARTIFACT} of a whole number
   * ({@code 30000.000000000004}, what a spreadsheet's floating-point arithmetic leaves) is rounded and noted as
   * {@link Cause#ROUNDED_NUMBER}; a fractional or negative value is left out and noted as
   * {@link Cause#INVALID_NUMBER}.
   *
   * @param column  the column's header, for the note, not null
   * @param text  the trimmed cell, not null
   * @param grouped  true to accept comma thousands separators
   * @param notes  where an unusable or rounded value is noted, not null
   * @return the count, or empty if blank or unusable
   */
  public static OptionalLong count(String column, String text, boolean grouped, RowNotes notes) {
    OptionalDouble d = number(column, text, grouped, notes);
    if (d.isEmpty()) {
      return OptionalLong.empty();
    }
    double q = d.getAsDouble();
    double whole = Math.rint(q);
    if (q < 0 || q > 1e15 || Math.abs(q - whole) > ARTIFACT * Math.max(1, Math.abs(q))) {
      notes.add(Cause.INVALID_NUMBER, column + " " + quote(text) + " is not a whole number ≥ 0; left out");
      return OptionalLong.empty();
    }
    if (q != whole) {
      notes.add(Cause.ROUNDED_NUMBER, column + " " + quote(text) + " rounded to " + (long) whole
          + " (a floating-point artifact)");
    }
    return OptionalLong.of((long) whole);
  }

  /**
   * Reads an exact decimal (money), plain or scientific.
   *
   * @param column  the column's header, for the note, not null
   * @param text  the trimmed cell, not null
   * @param notes  where an unreadable value is noted, not null
   * @return the value, or empty if blank or unreadable
   */
  public static Optional<BigDecimal> decimal(String column, String text, RowNotes notes) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.length() > MAX_LENGTH || !NUMBER.matcher(text).matches()) {
      notes.add(Cause.UNREADABLE_NUMBER, column + " " + quote(text) + " is not a number; left out");
      return Optional.empty();
    }
    BigDecimal d = new BigDecimal(text);
    if (d.precision() - d.scale() > 30 || d.scale() > 30) {
      notes.add(Cause.UNREADABLE_NUMBER, column + " " + quote(text) + " is out of range; left out");
      return Optional.empty();
    }
    return Optional.of(d);
  }

  /**
   * Reads a date written {@code M/D/YYYY} (as Epoch AI exports), ISO ({@code 2025-05-31}, with or without a time
   * of day), or an ISO month or year ({@code 2021-07}, {@code 2021}).
   *
   * @param column  the column's header, for the note, not null
   * @param text  the trimmed cell, not null
   * @param notes  where an unreadable value is noted, not null
   * @return the date with its precision, or empty if blank or unreadable
   */
  public static Optional<PartialDate> date(String column, String text, RowNotes notes) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher m = US_DATE.matcher(text);
      if (m.matches()) {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2))));
      }
      m = ISO_DATE_TIME.matcher(text);
      if (m.matches()) {
        return Optional.of(PartialDate.parse(m.group(1)));
      }
      return Optional.of(PartialDate.parse(text));
    } catch (ModelException | NumberFormatException e) {
      notes.add(Cause.UNREADABLE_DATE, column + " " + quote(text) + " is not a date (M/D/YYYY or ISO); left out");
      return Optional.empty();
    }
  }

  /**
   * Trims and turns every run of white space into one space; returns the same string when already so (most cells
   * are, and a streamed import then allocates nothing).
   *
   * @param text  a cell, not null
   * @return the collapsed text, not null
   */
  public static String collapse(String text) {
    int n = text.length();
    boolean clean = n == 0 || (text.charAt(0) > ' ' && text.charAt(n - 1) > ' ');
    for (int i = 0; clean && i < n; i++) {
      char c = text.charAt(i);
      if (c < ' ' || (c == ' ' && text.charAt(i - 1) == ' ')) {
        clean = false;
      }
    }
    return clean ? text : WHITESPACE.matcher(text.trim()).replaceAll(" ");
  }

  /**
   * Trims, collapses white space and strips quotes that wrap the whole name ({@code "\"A, B\""}).
   *
   * @param text  a cell, not null
   * @return the name, possibly empty, not null
   */
  public static String name(String text) {
    String s = collapse(text);
    while (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s;
  }

  /**
   * @param text  a cell, not null
   * @return the text in double quotes, shortened to 80 characters, for a note
   */
  public static String quote(String text) {
    String v = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return '"' + v + '"';
  }

  /**
   * @param text  a cell, not null
   * @return the cell lower-cased with its white space removed, for matching words such as {@code "Public/Private"}
   */
  public static String word(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
  }
}
