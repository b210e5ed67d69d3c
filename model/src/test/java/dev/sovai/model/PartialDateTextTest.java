package dev.sovai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/**
 * {@link PartialDate#toString()}, which the canonical writer writes, formats itself (no {@code String.format}): it
 * gives java.time's ISO text for every day of seven years, every month, and the quarter and year forms.
 */
class PartialDateTextTest {

  @Test
  void sameTextAsJavaTimeAtEveryPrecision() {
    int checked = 0;
    for (int year : new int[] {1000, 1009, 1999, 2000, 2025, 2026, 9999}) {
      assertEquals(String.valueOf(year), PartialDate.ofYear(year).toString());
      for (int q = 1; q <= 4; q++) {
        assertEquals(year + "-Q" + q, PartialDate.ofQuarter(year, q).toString());
      }
      for (int m = 1; m <= 12; m++) {
        assertEquals(YearMonth.of(year, m).toString(), PartialDate.ofMonth(year, m).toString());
      }
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        assertEquals(day.toString(), PartialDate.of(day).toString());
        checked++;
      }
    }
    assertEquals(7 * 365 + 1, checked); // 2000 is a leap year; 1000, 1999, 2025, 2026, 9999, 1009 are not
  }
}
