package dev.sovai.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a document: where it is (a JSON Pointer into the input, RFC 6901, and the line and column
 * of the token there) and what is wrong, phrased for a person ({@code count must be ≥ 0, was -5}).
 *
 * <p>A problem found only once the whole document was read (a reference that does not resolve, a duplicate
 * identifier) has the exact line and column of the offending value when the input can be read again (a byte
 * array, a string or a file, which the reader then scans a second time); from a stream or a reader, read once, it
 * has the line and column of the start of the entity that holds the field named by the pointer. Line and column are
 * 1-based; both are 0 when no place in the input applies (an entity that came from the base landscape of
 * {@link LandscapeReader#over}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Problem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;
  private final String message;

  private Problem(String pointer, int line, int column, String message) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains a problem.
   *
   * @param pointer  the JSON Pointer of the offending value ({@code ""} for the whole document), not null
   * @param line  the 1-based line, or 0 if unknown
   * @param column  the 1-based column, or 0 if unknown
   * @param message  what is wrong, for a person, not null
   * @return the problem, not null
   */
  public static Problem of(String pointer, int line, int column, String message) {
    return new Problem(pointer, Math.max(0, line), Math.max(0, column), message);
  }

  /** @return the JSON Pointer of the offending value, {@code ""} for the document itself, not null */
  public String pointer() {
    return pointer;
  }

  /** @return the 1-based line of the offending token, or 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column of the offending token, or 0 when unknown */
  public int column() {
    return column;
  }

  /** @return what is wrong, for a person, not null */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return pointer.equals(p.pointer) && line == p.line && column == p.column && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column, message);
  }

  /** @return {@code /sites/3/fleet/0/count 12:34: count must be ≥ 0, was -5} */
  @Override
  public String toString() {
    String at = pointer.isEmpty() ? "(document)" : pointer;
    return line > 0 ? at + " " + line + ":" + column + ": " + message : at + ": " + message;
  }
}
