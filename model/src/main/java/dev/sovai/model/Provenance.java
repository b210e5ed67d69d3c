package dev.sovai.model;

import java.util.Objects;

/**
 * Where a constant figure comes from: a profile's default, a threshold of a guideline, a weight of a framework,
 * a reference number of the bundled data. Every such figure in sovai carries one {@code Provenance}, so a
 * result can say which number it used, from which document and year, and whether the number is a published
 * figure or an estimate (sovai's own assumption, or a value read off a chart).
 *
 * <p>This is the provenance of a <em>constant</em>; the facts of a landscape cite {@link Source}s instead.
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param citation  the document the figure comes from, for a person ({@code "Uptime Institute, Global Data
 *     Center Survey 2024"}; {@code "sovai assumption: …"} for the project's own), not blank
 * @param year  the year the figure describes or was published, 1800 to 2999
 * @param estimated  true if the figure is an estimate or an assumption rather than a published value
 */
public record Provenance(String citation, int year, boolean estimated) {
  /**
   * Checks the provenance.
   *
   * @throws ModelException naming the field and value if the citation is blank or the year out of range
   * @throws NullPointerException if the citation is null
   */
  public Provenance {
    Objects.requireNonNull(citation, "citation");
    if (citation.isBlank()) {
      throw new ModelException("Provenance", null, "citation", citation, "must not be blank");
    }
    if (year < 1800 || year > 2999) {
      throw new ModelException("Provenance", null, "year", year, "must be in [1800, 2999]");
    }
  }

  /**
   * Obtains the provenance of a published figure.
   *
   * @param citation  the document, not blank
   * @param year  the year, 1800 to 2999
   * @return the provenance, not null
   * @throws ModelException if an argument is invalid
   */
  public static Provenance of(String citation, int year) {
    return new Provenance(citation, year, false);
  }

  /**
   * Obtains the provenance of an estimated figure (an assumption, a reading off a chart, a derived value).
   *
   * @param citation  the document or the reasoning, not blank
   * @param year  the year, 1800 to 2999
   * @return the provenance, not null
   * @throws ModelException if an argument is invalid
   */
  public static Provenance estimated(String citation, int year) {
    return new Provenance(citation, year, true);
  }

  /** @return {@code "Uptime Institute …, 2024"}, with {@code ", estimated"} appended for an estimate */
  @Override
  public String toString() {
    return citation + ", " + year + (estimated ? ", estimated" : "");
  }
}
