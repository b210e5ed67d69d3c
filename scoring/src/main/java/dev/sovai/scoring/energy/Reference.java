package dev.sovai.scoring.energy;

import java.util.Objects;

import dev.sovai.model.Provenance;

/**
 * One reference number of an energy profile, with its unit and {@link Provenance}: a default (a PUE by operator
 * kind, a load factor), a factor (the system overhead of a GPU server), a normalisation anchor or a regulatory
 * limit. Formulas read every such number from a {@code Reference}, never from a literal, so a result can say which
 * number it used and where that number comes from.
 *
 * @param name  what the number is, for a person ({@code "industry average PUE"}), not blank
 * @param value  the value, finite
 * @param unit  the unit ({@code "1"} for a pure number, {@code "fraction"}, {@code "gCO2e/kWh"}), not blank
 * @param provenance  where the number comes from, its year, and whether it is an estimate, not null
 */
public record Reference(String name, double value, String unit, Provenance provenance) {
  /**
   * Checks the reference.
   *
   * @throws IllegalArgumentException naming the field and value if a text is blank or the value is not finite
   * @throws NullPointerException if a text or the provenance is null
   */
  public Reference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(provenance, "provenance");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Reference name must not be blank");
    }
    if (unit.isBlank()) {
      throw new IllegalArgumentException("Reference \"" + name + "\": unit must not be blank");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Reference \"" + name + "\": value must be finite, was " + value);
    }
  }

  /**
   * Obtains a reference.
   *
   * @param name  what the number is, not blank
   * @param value  the value, finite
   * @param unit  the unit, not blank
   * @param provenance  where it comes from, not null
   * @return the reference, not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Reference of(String name, double value, String unit, Provenance provenance) {
    return new Reference(name, value, unit, provenance);
  }

  /**
   * Obtains a reference to a published figure ({@link Provenance#of(String, int)}).
   *
   * @param name  what the number is, not blank
   * @param value  the value, finite
   * @param unit  the unit, not blank
   * @param citation  the document it comes from, not blank
   * @param year  the year, 1800 to 2999
   * @return the reference, not null
   * @throws IllegalArgumentException if an argument is invalid
   * @throws dev.sovai.model.ModelException if the citation is blank or the year out of range
   */
  public static Reference of(String name, double value, String unit, String citation, int year) {
    return new Reference(name, value, unit, Provenance.of(citation, year));
  }

  /**
   * Returns a copy with another value and provenance, keeping the name and unit (a user's own figure).
   *
   * @param newValue  the value, finite
   * @param newProvenance  where it comes from, not null
   * @return the new reference, not null
   */
  public Reference withValue(double newValue, Provenance newProvenance) {
    return new Reference(name, newValue, unit, newProvenance);
  }

  /** @return {@code "industry average PUE 1.54 (Uptime Institute …, 2025)"} */
  @Override
  public String toString() {
    return name + " " + EnergyValue.format(value) + ("1".equals(unit) ? "" : " " + unit) + " (" + provenance.citation()
        + ", " + provenance.year() + ")";
  }
}
