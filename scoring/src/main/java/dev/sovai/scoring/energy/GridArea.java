package dev.sovai.scoring.energy;

import java.util.Objects;
import java.util.Optional;

import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;

/**
 * Which grid a site's location-based figures are for: the area whose profile {@link Landscape#gridOf(String)} returns
 * for the site's jurisdiction (a subdivision's own profile, or else its country's) and the year of that profile. A
 * subdivision's figure (a US state's) is not comparable with a country's, so every grid figure is printed with it.
 *
 * @param code  the code of the area whose profile is used ({@code "US-OH"}, {@code "FR"}), not null
 * @param name  that jurisdiction's name, not null
 * @param subdivision  true if the area is a subdivision of a country (its code has a {@code -})
 * @param siteJurisdiction  the site's jurisdiction code, not null; differs from {@code code} when a subdivision without
 *     a profile takes its country's
 * @param profile  the grid profile, not null
 */
public record GridArea(String code, String name, boolean subdivision, String siteJurisdiction, GridProfile profile) {
  /** Validates. */
  public GridArea {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(siteJurisdiction, "siteJurisdiction");
    Objects.requireNonNull(profile, "profile");
  }

  /**
   * The grid area of a jurisdiction in a landscape.
   *
   * @param landscape  the landscape, not null
   * @param jurisdiction  a jurisdiction code ({@code "US-OH"}), not null
   * @return the area and its profile, empty if neither the jurisdiction nor its country has a grid profile
   */
  public static Optional<GridArea> of(Landscape landscape, String jurisdiction) {
    Optional<GridProfile> own = landscape.jurisdiction(jurisdiction).flatMap(Jurisdiction::grid);
    String code = own.isPresent() || jurisdiction.length() <= 2 ? jurisdiction : jurisdiction.substring(0, 2);
    return landscape.gridOf(jurisdiction).map(g -> new GridArea(code,
        landscape.jurisdiction(code).map(Jurisdiction::name).orElse(code), code.indexOf('-') > 0, jurisdiction, g));
  }

  /** @return the profile's year */
  public int year() {
    return profile.year();
  }

  /**
   * A short label for a table cell: the area's code, its year, and "state" for a subdivision ({@code "US-OH 2024
   * state"}, {@code "FR 2024"}).
   *
   * @return the label, not null
   */
  public String label() {
    return code + " " + profile.year() + (subdivision ? " state" : "");
  }

  /**
   * The area in words: {@code "US-OH (Ohio, a subdivision: its own figure, not the country's), 2024"}, or for a
   * subdivision without a profile {@code "US (United States, the country's figure: no profile for US-NY), 2023"}.
   *
   * @return the description, not null
   */
  public String describe() {
    String what = subdivision ? ", a subdivision: its own figure, not the country's"
        : code.equals(siteJurisdiction) ? ", country" : ", the country's figure: no profile for " + siteJurisdiction;
    return code + " (" + name + what + "), " + profile.year();
  }
}
