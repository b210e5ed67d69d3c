package dev.sovai.importers.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.sovai.importers.RowWarning.Cause;

/**
 * The causes and reasons gathered while one row is read: every cell left out, rounded or defaulted adds one. A row
 * with notes becomes one {@link dev.sovai.importers.RowWarning}. Mutable, reused row after row by one import.
 */
public final class RowNotes {
  private final Set<Cause> causes = EnumSet.noneOf(Cause.class);
  private final List<String> reasons = new ArrayList<>();

  /** Creates empty notes. */
  public RowNotes() {}

  /**
   * Adds one note.
   *
   * @param cause  the cause, not null
   * @param reason  a sentence a person can read, naming the column and the value, not null
   */
  public void add(Cause cause, String reason) {
    causes.add(cause);
    reasons.add(reason);
  }

  /** Forgets every note, for the next row. */
  public void clear() {
    causes.clear();
    reasons.clear();
  }

  /** @return true if no note was added since the last {@link #clear()} */
  public boolean isEmpty() {
    return causes.isEmpty();
  }

  /** @return the causes, live view, not null */
  public Set<Cause> causes() {
    return causes;
  }

  /** @return the reasons in the order added, live view, not null */
  public List<String> reasons() {
    return reasons;
  }
}
