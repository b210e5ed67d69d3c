package dev.sovai.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a document cannot be read: it lists <em>every</em> problem found (up to
 * {@link ReadLimits#maxProblems()}), each with its JSON Pointer, line and column, in document order. When reading
 * stopped at that limit, {@link #isTruncated()} is true and the message says so; the count in the message is always
 * the number of problems listed. The
 * reader that throws it returns nothing: there is never a partial result.
 *
 * <p>This is the only exception the readers of this library throw for bad content, whatever the input
 * (malformed JSON, a limit exceeded, a wrong type, a broken model rule, an unresolved reference). Failures of the
 * underlying stream itself are reported as {@link java.io.IOException}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public class LandscapeFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_LIMIT = 50;

  private final transient List<Problem> problems;
  private final boolean truncated;

  /**
   * Creates the exception for a document whose every problem was found.
   *
   * @param problems  the problems, not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public LandscapeFormatException(List<Problem> problems) {
    this(problems, false);
  }

  /**
   * Creates the exception.
   *
   * @param problems  the problems, not empty
   * @param truncated  true if reading stopped at {@link ReadLimits#maxProblems()}, so that more problems may exist
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public LandscapeFormatException(List<Problem> problems, boolean truncated) {
    super(message(problems, truncated));
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  private static String message(List<Problem> problems, boolean truncated) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    String head = (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + (truncated ? " (stopped after " + problems.size() + " problems, ReadLimits.maxProblems; there may be more)"
            : "");
    String body = problems.stream().limit(MESSAGE_LIMIT).map(p -> "  - " + p).collect(Collectors.joining("\n"));
    String tail = problems.size() > MESSAGE_LIMIT ? "\n  … and " + (problems.size() - MESSAGE_LIMIT) + " more" : "";
    return "invalid document, " + head + ":\n" + body + tail;
  }

  /** @return every problem found, in document order, not empty */
  public List<Problem> problems() {
    return problems;
  }

  /** @return true if reading stopped at {@link ReadLimits#maxProblems()}: the document may have more problems */
  public boolean isTruncated() {
    return truncated;
  }
}
