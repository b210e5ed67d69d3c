package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.sovai.io.internal.LandscapeEncoder;
import dev.sovai.model.PartialDate;

/** The writer's own formatting of partial dates gives exactly {@link PartialDate#toString()}. */
class PartialDateTextTest {

  @Test
  void sameTextAsToStringAtEveryPrecision() {
    int checked = 0;
    for (int year : new int[] {1000, 1009, 1999, 2000, 2025, 2026, 9999}) {
      assertEquals(PartialDate.ofYear(year).toString(), LandscapeEncoder.text(PartialDate.ofYear(year)));
      for (int q = 1; q <= 4; q++) {
        PartialDate d = PartialDate.ofQuarter(year, q);
        assertEquals(d.toString(), LandscapeEncoder.text(d));
      }
      for (int m = 1; m <= 12; m++) {
        PartialDate d = PartialDate.ofMonth(year, m);
        assertEquals(d.toString(), LandscapeEncoder.text(d));
      }
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        PartialDate d = PartialDate.of(day);
        assertEquals(d.toString(), LandscapeEncoder.text(d));
        checked++;
      }
    }
    assertEquals(7 * 365 + 1, checked); // 2000 is a leap year; 1000, 1999, 2025, 2026, 9999, 1009 are not
  }
}
