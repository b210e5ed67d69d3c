package dev.sovai.importers.epoch;

/**
 * Thrown when an Epoch AI CSV export cannot be read at all: a wrong header, broken quoting, a row with the wrong
 * number of fields, or a value that the format requires to be a number (or a boolean) and is not. The import is
 * then abandoned as a whole: no landscape and no report are returned, nothing is half-imported.
 *
 * <p>Problems that only make one row unusable (a blank country, an unknown status, an unknown chip) are not
 * exceptions: they are {@linkplain EpochRowWarning warnings} of the {@linkplain EpochImportReport report}.
 *
 * <p>The exception names the place: the 1-based {@link #line()} of the file where the offending row or header
 * starts, the {@link #column()} when one column is at fault, and the offending {@link #value()}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EpochImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final String column;
  private final String value;
  private final String problem;

  /**
   * Creates an exception for one problem at one place.
   *
   * @param line  the 1-based line where the header or row starts, or 0 if unknown
   * @param column  the header text of the offending column, or null when not about one column
   * @param value  the offending text, or null
   * @param problem  what is wrong, phrased for a person, not null
   * @param cause  the underlying parser exception, or null
   */
  public EpochImportException(long line, String column, String value, String problem, Throwable cause) {
    super(format(line, column, value, problem), cause);
    this.line = line;
    this.column = column;
    this.value = value;
    this.problem = problem;
  }

  private static String format(long line, String column, String value, String problem) {
    StringBuilder sb = new StringBuilder("Epoch CSV");
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
