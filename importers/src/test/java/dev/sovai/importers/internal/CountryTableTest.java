package dev.sovai.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The bundled ISO 3166-1 table: every current code, official short names, their article-less forms, variants. */
class CountryTableTest {
  private static final SpellingTable COUNTRIES = SpellingTable.load("countries.tsv");

  @Test
  void everyCurrentAlpha2CodeHasANameAndNothingElseIsMapped() {
    Set<String> codes = new TreeSet<>(COUNTRIES.entries().values());
    // Java's own list of ISO 3166-1 alpha-2 codes (JDK 17 and later: the 249 officially assigned codes)
    Set<String> iso = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    assertEquals(249, codes.size());
    assertEquals(iso, codes);
  }

  @Test
  void officialShortNamesWithAndWithoutTheirArticleAndTheDatasetsVariants() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("Philippines (the)", "PH"), Map.entry("Philippines", "PH"),
        Map.entry("Korea (the Republic of)", "KR"), Map.entry("Korea (Republic of)", "KR"),
        Map.entry("South Korea", "KR"), Map.entry("Korea, South", "KR"),
        Map.entry("Korea (the Democratic People's Republic of)", "KP"),
        Map.entry("United States of America (the)", "US"), Map.entry("United States of America", "US"),
        Map.entry("United States", "US"),
        Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"), Map.entry("United Kingdom", "GB"),
        Map.entry("Czechia", "CZ"), Map.entry("Czech Republic", "CZ"),
        Map.entry("Russia", "RU"), Map.entry("Russian Federation (the)", "RU"), Map.entry("Russian Federation", "RU"),
        Map.entry("Taiwan", "TW"), Map.entry("Taiwan (Province of China)", "TW"),
        Map.entry("Netherlands (Kingdom of the)", "NL"), Map.entry("Netherlands", "NL"),
        Map.entry("Türkiye", "TR"), Map.entry("Turkey", "TR"), Map.entry("Viet Nam", "VN"), Map.entry("Vietnam", "VN"),
        Map.entry("Côte d'Ivoire", "CI"), Map.entry("Western Sahara", "EH"), Map.entry("Hong Kong", "HK"),
        Map.entry("Iran (Islamic Republic of)", "IR"), Map.entry("United Arab Emirates", "AE"));
    expected.forEach((name, code) -> assertEquals(Optional.of(code), COUNTRIES.lookUp(name), name));
    assertEquals(Optional.of("PH"), COUNTRIES.lookUp("  philippines   (THE) "));
  }

  @Test
  void codesAndAmbiguousNamesAreNotSpellings() {
    for (String s : new String[] {"NA", "no", "IN", "Korea", "Congo (the)x", ""}) {
      assertTrue(COUNTRIES.lookUp(s).isEmpty(), s);
    }
    assertEquals(Optional.of("CG"), COUNTRIES.lookUp("Congo (the)"));
    assertEquals(Optional.of("CD"), COUNTRIES.lookUp("Congo (the Democratic Republic of the)"));
  }
}
