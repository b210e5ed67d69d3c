package dev.sovai.cli.command;

import dev.sovai.cli.render.TerminalSafeWriter;

/**
 * A failure caused by the user's input (a missing file, an invalid document, an unknown identifier), reported as
 * a message without a stack trace and ended with a given exit code.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  /** The first line of the message. */
  private final String first;
  /** The lines after the first, each printed on a line of its own; empty for a one-line message. */
  private final String[] details;

  /**
   * Creates the exception.
   *
   * @param exitCode  the exit code the command ends with, one of {@link Exit}'s codes
   * @param message  the message for a person, one line (a line feed in it is printed escaped), not null
   */
  public UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
    this.first = message;
    this.details = new String[0];
  }

  /**
   * Creates the exception with a message of several lines: the first, then details printed each on a line of its
   * own (indented by the caller).
   *
   * @param exitCode  the exit code the command ends with
   * @param message  the first line, not null
   * @param details  the following lines, not null
   * @param cause  the underlying failure, may be null
   */
  public UserException(int exitCode, String message, java.util.List<String> details, Throwable cause) {
    super(message + (details.isEmpty() ? "" : "\n" + String.join("\n", details)), cause);
    this.exitCode = exitCode;
    this.first = message;
    this.details = details.toArray(new String[0]);
  }

  /**
   * Creates the exception with its cause (shown only with {@code --debug}).
   *
   * @param exitCode  the exit code the command ends with
   * @param message  the message for a person, not null
   * @param cause  the underlying failure, may be null
   */
  public UserException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.first = message;
    this.details = new String[0];
  }

  /** @return the exit code the command ends with */
  public int exitCode() {
    return exitCode;
  }

  /**
   * The message as it may reach a terminal: its first line and each detail line with every control character
   * escaped ({@link TerminalSafeWriter#oneLine}), so that a file name or a value quoted in it begins no line of its
   * own.
   *
   * @return the message's lines, escaped, joined by line feeds, not null
   */
  String safeMessage() {
    StringBuilder b = new StringBuilder(TerminalSafeWriter.oneLine(String.valueOf(first)));
    for (String d : details) {
      b.append('\n').append(TerminalSafeWriter.oneLine(d));
    }
    return b.toString();
  }
}
