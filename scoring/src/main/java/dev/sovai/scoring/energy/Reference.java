package dev.sovai.scoring.energy;

import java.util.Objects;

/**
 * One reference number of an energy profile, with its unit and provenance: a default (a PUE by operator kind,
 * a load factor), a factor (the system overhead of a GPU server), a normalisation anchor or a regulatory limit.
 * Formulas read every such number from a {@code Reference}, never from a literal, so a result can say which
 * number it used and where that number comes from.
 *
 * @param name  what the number is, for a person ({@code "industry average PUE"}), not blank
 * @param value  the value, finite
 * @param unit  the unit ({@code "1"} for a pure number, {@code "fraction"}, {@code "gCO2e/kWh"}), not blank
 * @param source  where the number comes from (publisher, document; or {@code "sovai assumption: …"}), not blank
 * @param year  the year the number describes or was published, 1990 to 2100
 */
public record Reference(String name, double value, String unit, String source, int year) {
  /**
   * Checks the reference.
   *
   * @throws IllegalArgumentException naming the field and value if a text is blank, the value is not finite
   *     or the year is out of range
   * @throws NullPointerException if a text is null
   */
  public Reference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Reference name must not be blank");
    }
    if (unit.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("Reference \"" + name + "\": unit and source must not be blank");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Reference \"" + name + "\": value must be finite, was " + value);
    }
    if (year < 1990 || year > 2100) {
      throw new IllegalArgumentException("Reference \"" + name + "\": year must be in [1990, 2100], was " + year);
    }
  }

  /**
   * Obtains a reference.
   *
   * @param name  what the number is, not blank
   * @param value  the value, finite
   * @param unit  the unit, not blank
   * @param source  where it comes from, not blank
   * @param year  the year, 1990 to 2100
   * @return the reference, not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Reference of(String name, double value, String unit, String source, int year) {
    return new Reference(name, value, unit, source, year);
  }

  /**
   * Returns a copy with another value, keeping the name and unit, and a new source and year (a user's own
   * figure).
   *
   * @param newValue  the value, finite
   * @param newSource  where it comes from, not blank
   * @param newYear  the year, 1990 to 2100
   * @return the new reference, not null
   */
  public Reference withValue(double newValue, String newSource, int newYear) {
    return new Reference(name, newValue, unit, newSource, newYear);
  }

  /** @return {@code "industry average PUE 1.54 (Uptime Institute …, 2025)"} */
  @Override
  public String toString() {
    return name + " " + Quantity.format(value) + ("1".equals(unit) ? "" : " " + unit) + " (" + source + ", " + year + ")";
  }
}
