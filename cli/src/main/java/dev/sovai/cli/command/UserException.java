package dev.sovai.cli.command;

/**
 * A failure caused by the user's input (a missing file, an invalid document, an unknown identifier), reported as
 * a message without a stack trace and ended with a given exit code.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode  the exit code the command ends with, one of {@link Exit}'s codes
   * @param message  the message for a person, possibly several lines, not null
   */
  public UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
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
  }

  /** @return the exit code the command ends with */
  public int exitCode() {
    return exitCode;
  }
}
