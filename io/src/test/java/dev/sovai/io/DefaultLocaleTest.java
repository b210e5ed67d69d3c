package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.sovai.io.jackson.SovaiMappers;
import dev.sovai.model.landscape.Landscape;

/**
 * What is written and read does not depend on the default locale: under locales with other digits (Arabic, Persian,
 * Thai, Devanagari) and other case rules (Turkish), the canonical writer writes the same bytes as under
 * {@link Locale#ROOT}, the reader reads them back to the same landscape, and the Jackson module agrees.
 */
class DefaultLocaleTest {
  private static final List<Locale> LOCALES = List.of(
      Locale.forLanguageTag("ar-EG"),
      Locale.forLanguageTag("fa-IR"),
      Locale.forLanguageTag("th-TH-u-nu-thai"),
      Locale.forLanguageTag("hi-IN-u-nu-deva"),
      Locale.forLanguageTag("tr-TR"),
      Locale.GERMANY);

  @Test
  void writingAndReadingAreTheSameUnderEveryLocale() throws Exception {
    Landscape rich = Fixtures.rich();
    Locale saved = Locale.getDefault();
    byte[] expected;
    String expectedModule;
    try {
      Locale.setDefault(Locale.ROOT);
      expected = LandscapeWriter.canonical().toBytes(rich);
      expectedModule = SovaiMappers.strict().writeValueAsString(rich);
      for (Locale locale : LOCALES) {
        Locale.setDefault(locale);
        byte[] written = LandscapeWriter.canonical().toBytes(rich);
        assertArrayEquals(expected, written, () -> "canonical bytes under " + locale + ":\n"
            + new String(written, StandardCharsets.UTF_8));
        assertEquals(rich, LandscapeReader.strict().read(written), "read back under " + locale);
        assertEquals(expectedModule, SovaiMappers.strict().writeValueAsString(rich), "module under " + locale);
        assertEquals(rich, SovaiMappers.strict().readValue(expectedModule, Landscape.class), "module read under " + locale);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }
}
