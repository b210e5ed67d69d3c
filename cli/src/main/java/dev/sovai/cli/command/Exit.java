package dev.sovai.cli.command;

/** The exit codes of the {@code sovai} command. */
public final class Exit {
  /** Success: the document is valid, the check passed, the output was written. */
  public static final int OK = 0;
  /** The input was read but is not valid (or {@code fmt --check} found a file not in canonical form). */
  public static final int INVALID = 1;
  /** A usage error, or a file that is missing or cannot be read. */
  public static final int USAGE = 2;
  /** An internal error (a defect of sovai): run again with {@code --debug} and report the stack trace. */
  public static final int INTERNAL = 3;
  /**
   * The output could not be written: standard output closed or full, or a file that could not be written. Nothing
   * is reported as done that was not written.
   */
  public static final int OUTPUT = 4;

  private Exit() {}
}
