package dev.sovai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A partial date's text does not depend on the default locale: under locales whose digits are not ASCII (Arabic,
 * Persian, Thai, Devanagari) and under Turkish, every precision prints in ASCII digits and parses back.
 */
class PartialDateLocaleTest {
  /** Locales that format numbers with other digits, and one with unusual case rules. */
  static final List<Locale> LOCALES = List.of(
      Locale.forLanguageTag("ar-EG"),
      Locale.forLanguageTag("fa-IR"),
      Locale.forLanguageTag("th-TH-u-nu-thai"),
      Locale.forLanguageTag("hi-IN-u-nu-deva"),
      Locale.forLanguageTag("tr-TR"),
      Locale.GERMANY);

  private static List<PartialDate> samples() {
    List<PartialDate> dates = new ArrayList<>();
    for (int year : new int[] {1, 9, 476, 1999, 2025, 9999}) {
      dates.add(PartialDate.ofYear(year));
      dates.add(PartialDate.ofQuarter(year, 4));
      dates.add(PartialDate.ofMonth(year, 7));
      dates.add(PartialDate.of(year, 12, 31));
    }
    return dates;
  }

  @Test
  void textIsAsciiAndParsesBackUnderEveryLocale() {
    Locale saved = Locale.getDefault();
    List<String> expected = new ArrayList<>();
    for (PartialDate d : samples()) {
      expected.add(d.toString());
    }
    try {
      boolean someLocaleHasOtherDigits = false;
      for (Locale locale : LOCALES) {
        Locale.setDefault(locale);
        someLocaleHasOtherDigits |= !String.format("%d", 7).equals("7");
        List<PartialDate> dates = samples();
        for (int i = 0; i < dates.size(); i++) {
          String text = dates.get(i).toString();
          assertEquals(expected.get(i), text, "under " + locale);
          assertTrue(text.chars().allMatch(c -> c < 128), text + " under " + locale);
          assertEquals(dates.get(i), PartialDate.parse(text), "round trip under " + locale);
        }
      }
      // the test means something only if the default locale does change how String.format writes digits
      assertTrue(someLocaleHasOtherDigits, "no locale of the list formats digits other than ASCII on this JDK");
    } finally {
      Locale.setDefault(saved);
    }
    assertEquals("0001", PartialDate.ofYear(1).toString());
    assertEquals("0476-Q4", PartialDate.ofQuarter(476, 4).toString());
    assertEquals("0009-07", PartialDate.ofMonth(9, 7).toString());
  }
}
