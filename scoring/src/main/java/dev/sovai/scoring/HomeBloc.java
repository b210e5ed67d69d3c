package dev.sovai.scoring;

import java.util.Objects;

import dev.sovai.model.landscape.Landscape;

/**
 * "Sovereign for whom": the bloc or country whose point of view a score takes. A jurisdiction is <em>home</em>
 * if it is that country (or a subdivision of it) or belongs to that bloc in the landscape; anything else is
 * <em>foreign</em>. The default is the European Union.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class HomeBloc {
  /** The European Union, the default home bloc. */
  public static final HomeBloc EU = new HomeBloc("EU");

  private final String code;

  private HomeBloc(String code) {
    this.code = code;
  }

  /**
   * Obtains a home bloc from a bloc code ({@code "EU"}, {@code "EEA"}) or a country code ({@code "FR"}).
   *
   * @param code  the code, upper case, not null
   * @return the home bloc, not null
   * @throws IllegalArgumentException if the code is not an upper-case bloc or country code
   */
  public static HomeBloc of(String code) {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Z][A-Z0-9_-]{1,15}")) {
      throw new IllegalArgumentException("home bloc must be an upper-case bloc or country code such as \"EU\", was \"" + code + "\"");
    }
    return "EU".equals(code) ? EU : new HomeBloc(code);
  }

  /** @return the bloc or country code, not null */
  public String code() {
    return code;
  }

  /**
   * Whether a jurisdiction is home.
   *
   * @param landscape  the landscape that declares the jurisdictions' blocs, not null
   * @param jurisdiction  an ISO 3166 code, not null
   * @return true if home, false if foreign
   */
  public boolean contains(Landscape landscape, String jurisdiction) {
    return landscape.isIn(jurisdiction, code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HomeBloc && ((HomeBloc) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
