package dev.sovai.cli.render;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * Progress messages for long work, written to standard error only when the process is attached to a terminal, so
 * that scripts and pipes see clean output. Java cannot test standard error alone: "attached" means the JVM has an
 * interactive console (standard input and output are terminals), so {@code sovai report > file} shows no progress.
 */
public final class Progress {
  private final PrintWriter err;
  private final boolean enabled;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /**
   * Progress for a run: enabled when the process is attached to a terminal.
   *
   * @param err  standard error, not null
   * @return the progress, not null
   */
  public static Progress onTerminal(PrintWriter err) {
    return new Progress(err, attachedToTerminal());
  }

  /**
   * Progress that never prints (tests, pipes).
   *
   * @param err  standard error, not null
   * @return the progress, not null
   */
  public static Progress silent(PrintWriter err) {
    return new Progress(err, false);
  }

  /**
   * Reports a step.
   *
   * @param message  what is being done, not null
   */
  public void step(String message) {
    if (enabled) {
      err.println("sovai: " + message + "…");
      err.flush();
    }
  }

  /**
   * Whether the process is attached to a terminal. On JDK 22 and newer {@link System#console()} also exists when
   * output is redirected, so its {@code isTerminal()} (looked up reflectively: the code targets Java 17) decides.
   */
  private static boolean attachedToTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
