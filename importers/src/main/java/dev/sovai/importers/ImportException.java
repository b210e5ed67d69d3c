package dev.sovai.importers;

/**
 * Thrown when a file is not the dataset an importer reads at all: a wrong header, broken quoting, a row with the
 * wrong number of fields. The import is then abandoned as a whole: no landscape and no report are returned,
 * nothing is half-imported.
 *
 * <p>Problems of one cell or one row (a number that is not one, a blank country, an unknown status, an unknown
 * chip) are never exceptions: they are {@linkplain RowWarning warnings} of the {@linkplain ImportReport report},
 * and the row is imported with what is usable or skipped.
 *
 * <p>The exception names the place: the 1-based {@link #line()} of the file where the offending row or header
 * starts, the {@link #column()} when one column is at fault, and the offending {@link #value()}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String format;
  private final long line;
  private final String column;
  private final String value;
  private final String problem;

  /**
   * Creates an exception for one problem at one place.
   *
   * @param format  the kind of file expected, as the message starts ({@code "Epoch CSV"}, {@code "TOP500 CSV"}),
   *     not null
   * @param line  the 1-based line where the header or row starts, or 0 if unknown
   * @param column  the header text of the offending column, or null when not about one column
   * @param value  the offending text, or null
   * @param problem  what is wrong, phrased for a person, not null
   * @param cause  the underlying parser exception, or null
   */
  public ImportException(String format, long line, String column, String value, String problem,
      Throwable cause) {
    super(message(format, line, column, value, problem), cause);
    this.format = format;
    this.line = line;
    this.column = column;
    this.value = value;
    this.problem = problem;
  }

  private static String message(String format, long line, String column, String value, String problem) {
    StringBuilder sb = new StringBuilder(format);
    if (line > 0) {
      sb.append(" line ").append(line);
    }
    if (column != null) {
      sb.append(", column '").append(column).append('\'');
    }
    sb.append(": ").append(problem);
    if (value != null) {
      String v = value.length() > 80 ? value.substring(0, 77) + "..." : value;
      sb.append(", was \"").append(v).append('"');
    }
    return sb.toString();
  }

  /** @return the kind of file expected ({@code "Epoch CSV"}), not null */
  public String format() {
    return format;
  }

  /** @return the 1-based line where the offending header or row starts, or 0 if unknown */
  public long line() {
    return line;
  }

  /** @return the header text of the offending column, or null when the problem is not about one column */
  public String column() {
    return column;
  }

  /** @return the offending text, or null */
  public String value() {
    return value;
  }

  /** @return what is wrong, phrased for a person, not null */
  public String problem() {
    return problem;
  }
}
