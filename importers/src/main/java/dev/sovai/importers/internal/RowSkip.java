package dev.sovai.importers.internal;

import dev.sovai.importers.RowWarning.Cause;

/**
 * Thrown inside an importer when a row cannot be imported at all: it carries the one cause and the reason that
 * become the row's skipped {@link dev.sovai.importers.RowWarning}. Never leaves an importer. No stack trace is
 * filled in: it is control flow, thrown once per skipped row.
 */
public final class RowSkip extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Cause cause;

  /**
   * @param cause  why, not null
   * @param reason  a sentence naming the column and the value, not null
   */
  public RowSkip(Cause cause, String reason) {
    super(reason, null, false, false);
    this.cause = cause;
  }

  /** @return why the row is skipped, not null */
  public Cause why() {
    return cause;
  }
}
