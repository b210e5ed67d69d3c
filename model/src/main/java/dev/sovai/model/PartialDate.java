package dev.sovai.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the day, the month, the quarter or only the year, as announcements often are
 * ("operations from early 2026", "8,500 GPUs by mid-2025").
 *
 * <p>Years run from 0001 to 9999 ({@link Bounds#MIN_YEAR}, {@link Bounds#MAX_YEAR}), the years ISO 8601 writes with
 * four digits and no sign. The text form is ISO-8601 where ISO has one: {@code 2026}, {@code 2025-06}, {@code 2025-06-30}; a
 * quarter is written {@code 2026-Q1} (as in ThreeTen-Extra's {@code YearQuarter}). A partial date stands for
 * the interval from {@link #earliest()} to {@link #latest()}; comparisons of order between partial dates use
 * those bounds ({@link #isCertainlyAfter(PartialDate)}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe. Equality is by value: the same
 * instant at two precisions ({@code 2025-06} and {@code 2025-06-01}) are not equal.
 */
public final class PartialDate implements Comparable<PartialDate>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(\\d{2})(?:-(\\d{2}))?))?");

  private final int year;
  private final int month; // 0 when unknown; for QUARTER the first month of the quarter
  private final int day; // 0 when unknown
  private final DatePrecision precision;

  private PartialDate(int year, int month, int day, DatePrecision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.precision = precision;
  }

  /**
   * Obtains a date known to the day.
   *
   * @param date  the date, not null
   * @return the partial date at {@link DatePrecision#DAY}, not null
   */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear(), date.toString());
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatePrecision.DAY);
  }

  /**
   * Obtains a date known to the day.
   *
   * @param year  the year, 1 to 9999
   * @param month  the month, 1 to 12
   * @param day  the day of month, valid for that month
   * @return the partial date, not null
   * @throws ModelException if the date does not exist
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year, year + "-" + month + "-" + day);
    if (month < 1 || month > 12) {
      throw new ModelException("PartialDate", null, "month", year + "-" + month + "-" + day, "must be in [1, 12]");
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new ModelException("PartialDate", null, "day", year + "-" + month + "-" + day,
          "is not a calendar date: " + text(year, month, 0, DatePrecision.MONTH) + " has days 1 to " + length);
    }
    return of(LocalDate.of(year, month, day));
  }

  /**
   * Obtains a date known to the month.
   *
   * @param year  the year, 1 to 9999
   * @param month  the month, 1 to 12
   * @return the partial date at {@link DatePrecision#MONTH}, not null
   * @throws ModelException if the month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    checkYear(year, year + "-" + month);
    if (month < 1 || month > 12) {
      throw new ModelException("PartialDate", null, "month", month, "must be in [1, 12]");
    }
    return new PartialDate(year, month, 0, DatePrecision.MONTH);
  }

  /**
   * Obtains a date known to the quarter.
   *
   * @param year  the year, 1 to 9999
   * @param quarter  the quarter, 1 to 4
   * @return the partial date at {@link DatePrecision#QUARTER}, not null
   * @throws ModelException if the quarter is out of range
   */
  public static PartialDate ofQuarter(int year, int quarter) {
    checkYear(year, year + "-Q" + quarter);
    if (quarter < 1 || quarter > 4) {
      throw new ModelException("PartialDate", null, "quarter", quarter, "must be in [1, 4]");
    }
    return new PartialDate(year, (quarter - 1) * 3 + 1, 0, DatePrecision.QUARTER);
  }

  /**
   * Obtains a date known to the year only.
   *
   * @param year  the year, 1 to 9999
   * @return the partial date at {@link DatePrecision#YEAR}, not null
   */
  public static PartialDate ofYear(int year) {
    checkYear(year, String.valueOf(year));
    return new PartialDate(year, 0, 0, DatePrecision.YEAR);
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-Qn}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text  the text, not null
   * @return the partial date, not null
   * @throws ModelException if the text is not one of those forms or not a calendar date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new ModelException("PartialDate", null, "text", text.toString(),
          "must be yyyy, yyyy-Qn, yyyy-MM or yyyy-MM-dd");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return ofQuarter(year, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) == null) {
      return ofYear(year);
    }
    int month = Integer.parseInt(m.group(3));
    if (m.group(4) == null) {
      return ofMonth(year, month);
    }
    return of(year, month, Integer.parseInt(m.group(4)));
  }

  private static void checkYear(int year, String text) {
    if (year < Bounds.MIN_YEAR || year > Bounds.MAX_YEAR) {
      throw new ModelException("PartialDate", null, "year", text, "must have a year in [0001, 9999]");
    }
  }

  /** @return how precisely the date is known, not null */
  public DatePrecision precision() {
    return precision;
  }

  /** @return the year */
  public int year() {
    return year;
  }

  /** @return the first day this partial date may stand for, not null */
  public LocalDate earliest() {
    switch (precision) {
      case DAY:
        return LocalDate.of(year, month, day);
      case MONTH:
      case QUARTER:
        return LocalDate.of(year, month, 1);
      default:
        return LocalDate.of(year, 1, 1);
    }
  }

  /** @return the last day this partial date may stand for, not null */
  public LocalDate latest() {
    switch (precision) {
      case DAY:
        return LocalDate.of(year, month, day);
      case MONTH:
        return YearMonth.of(year, month).atEndOfMonth();
      case QUARTER:
        return YearMonth.of(year, month + 2).atEndOfMonth();
      default:
        return LocalDate.of(year, 12, 31);
    }
  }

  /**
   * Whether this date is after {@code other} whatever the exact days turn out to be.
   *
   * @param other  the other date, not null
   * @return true if the earliest day of this is after the latest day of {@code other}
   */
  public boolean isCertainlyAfter(PartialDate other) {
    return earliest().isAfter(other.latest());
  }

  /**
   * Whether the whole period of this date lies on or before {@code date}: the fact has certainly happened
   * by then.
   *
   * @param date  the date, not null
   * @return true if {@link #latest()} is not after {@code date}
   */
  public boolean isCertainlyOnOrBefore(LocalDate date) {
    return !latest().isAfter(date);
  }

  /** Orders by earliest day, then by latest day, then by precision (coarser first). */
  @Override
  public int compareTo(PartialDate o) {
    int c = earliest().compareTo(o.earliest());
    if (c == 0) {
      c = latest().compareTo(o.latest());
    }
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PartialDate)) {
      return false;
    }
    PartialDate p = (PartialDate) o;
    return year == p.year && month == p.month && day == p.day && precision == p.precision;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, precision);
  }

  /**
   * The canonical text form: {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM} or {@code YYYY-MM-DD}, in ASCII digits
   * whatever the default locale, so that it always parses back.
   *
   * @return the canonical text form, parseable by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return text(year, month, day, precision);
  }

  /** The canonical text of a date, with ASCII digits (never the default locale's). */
  private static String text(int year, int month, int day, DatePrecision precision) {
    StringBuilder sb = new StringBuilder(10);
    pad(sb, year, 4);
    switch (precision) {
      case DAY:
        pad(sb.append('-'), month, 2);
        pad(sb.append('-'), day, 2);
        break;
      case MONTH:
        pad(sb.append('-'), month, 2);
        break;
      case QUARTER:
        sb.append("-Q").append((char) ('0' + (month - 1) / 3 + 1));
        break;
      default:
        break;
    }
    return sb.toString();
  }

  /** Appends a non-negative number in ASCII digits, left-padded with zeros to the width. */
  private static void pad(StringBuilder sb, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }
}
