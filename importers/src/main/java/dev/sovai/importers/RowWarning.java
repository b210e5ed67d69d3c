package dev.sovai.importers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Why one row of an imported dataset (Epoch AI's CSV files, a TOP500 list) was not imported as it stands: either it was {@linkplain Kind#SKIPPED skipped}
 * (left out of both result landscapes) or it was imported with a {@linkplain Kind#DEFAULTED defaulted or flagged}
 * value. Each such row gets exactly one warning, which lists all its {@link #causes()}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class RowWarning {
  /** What happened to the row. */
  public enum Kind {
    /** The row is in neither result landscape. */
    SKIPPED,
    /** The row was imported, with a value left out, defaulted or flagged (see the causes). */
    DEFAULTED
  }

  /** One reason for a warning. Each importer's documentation says which causes it gives. */
  public enum Cause {
    /** Skipped by the standard-analysis option: "Include in Standard Analysis" is not true. */
    NOT_IN_STANDARD_ANALYSIS,
    /** Skipped by the newest-phase option: a later phase of the same system is operational on the as-of date. */
    SUPERSEDED,
    /** Skipped: the name is blank. */
    BLANK_NAME,
    /** Skipped: the status is blank or not one of Existing, Planned, Decommissioned. */
    UNKNOWN_STATUS,
    /** Skipped: the country is blank, so the site has no jurisdiction. */
    BLANK_COUNTRY,
    /** Skipped: the country name is not in the importer's country table. */
    UNKNOWN_COUNTRY,
    /** Skipped: the values break a rule of the model (for example a decommissioning date before service). */
    INVALID_VALUE,
    /** Defaulted: a chip name is not in the chip table or its accelerator is not in the catalogue; kept as reported. */
    UNKNOWN_CHIP,
    /** Defaulted: a chip quantity without a chip type, or a chip type without a quantity. */
    INCOMPLETE_CHIP,
    /** Defaulted: "Certainty" is blank or unknown; the confidence is left at "reported". */
    UNKNOWN_CERTAINTY,
    /** Defaulted: "Sector" is not one the importer knows; the sector is left out. */
    UNKNOWN_SECTOR,
    /** Defaulted: a date is not in a form the importer reads; it is left out. */
    UNREADABLE_DATE,
    /** Defaulted: only one of latitude and longitude, or a position out of range; the position is left out. */
    INVALID_COORDINATES,
    /** Defaulted: the "Superseded by" or "Builds Upon" name matches no row of the file; the row is kept. */
    UNKNOWN_PHASE_LINK,
    /** Defaulted: a number cell is not a number (or is out of range); the value is left out. */
    UNREADABLE_NUMBER,
    /**
     * Defaulted: a whole-number cell holds a floating-point artifact ({@code 30000.000000000004}); it is rounded to
     * the nearest whole number and flagged.
     */
    ROUNDED_NUMBER,
    /** Defaulted: a number is not one the column allows (a fractional or negative count); the value is left out. */
    INVALID_NUMBER,
    /**
     * A yes/no cell (Epoch's "Include in Standard Analysis") is neither TRUE, FALSE nor blank: the row is skipped
     * when the flag decides whether it is kept, else it is imported and flagged.
     */
    UNREADABLE_FLAG,
    /** Defaulted: an owner or user carries a confidence tag the importer does not know; confidence left at reported. */
    UNKNOWN_CONFIDENCE_TAG,
    /** Defaulted: a timeline row names a data centre the site table lacks, or has no usable date; it is left out. */
    UNMATCHED_TIMELINE_ROW,
    /** Skipped: the site's country cannot be found from its address or the country column. */
    NO_JURISDICTION
  }

  private final long row;
  private final long line;
  private final String name;
  private final Kind kind;
  private final Set<Cause> causes;
  private final String reason;

  /**
   * Creates a warning.
   *
   * @param row  the 1-based data row (the header is not counted), ≥ 1
   * @param line  the 1-based line of the file where the row starts, ≥ 1
   * @param name  the row's name as the dataset gives it, possibly empty, not null
   * @param kind  skipped or defaulted, not null
   * @param causes  the causes, at least one, not null
   * @param reason  the explanation for a person, not blank
   * @throws IllegalArgumentException if causes is empty or reason blank
   */
  public RowWarning(long row, long line, String name, Kind kind, Set<Cause> causes, String reason) {
    this.row = row;
    this.line = line;
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    if (causes.isEmpty()) {
      throw new IllegalArgumentException("a row warning needs at least one cause");
    }
    this.causes = Collections.unmodifiableSet(EnumSet.copyOf(causes));
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a row warning needs a reason");
    }
    this.reason = reason;
  }

  /** @return the 1-based data row (the header is not counted) */
  public long row() {
    return row;
  }

  /** @return the 1-based line of the file where the row starts (rows may span lines) */
  public long line() {
    return line;
  }

  /** @return the row's name as the dataset gives it, possibly empty, not null */
  public String name() {
    return name;
  }

  /** @return whether the row was skipped or imported with a default, not null */
  public Kind kind() {
    return kind;
  }

  /** @return the causes, never empty, in declaration order */
  public Set<Cause> causes() {
    return causes;
  }

  /** @return the explanation for a person, not blank */
  public String reason() {
    return reason;
  }

  /** @return e.g. {@code row 7 (line 9) "Foo": skipped: country is blank} */
  @Override
  public String toString() {
    return "row " + row + " (line " + line + ") \"" + name + "\": " + kind.name().toLowerCase(java.util.Locale.ROOT)
        + ": " + reason;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RowWarning)) {
      return false;
    }
    RowWarning w = (RowWarning) o;
    return row == w.row && line == w.line && name.equals(w.name) && kind == w.kind && causes.equals(w.causes)
        && reason.equals(w.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(row, line, name, kind, causes, reason);
  }
}
