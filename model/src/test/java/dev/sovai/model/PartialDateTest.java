package dev.sovai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.DatePrecision;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;

class PartialDateTest {

  @Test
  void parsesAndFormatsEveryPrecision() {
    assertForm("2026", DatePrecision.YEAR, "2026-01-01", "2026-12-31");
    assertForm("2026-Q1", DatePrecision.QUARTER, "2026-01-01", "2026-03-31");
    assertForm("2025-Q4", DatePrecision.QUARTER, "2025-10-01", "2025-12-31");
    assertForm("2025-06", DatePrecision.MONTH, "2025-06-01", "2025-06-30");
    assertForm("2024-02", DatePrecision.MONTH, "2024-02-01", "2024-02-29");
    assertForm("2025-06-30", DatePrecision.DAY, "2025-06-30", "2025-06-30");
    assertEquals(PartialDate.ofQuarter(2026, 1), PartialDate.parse("2026-Q1"));
    assertEquals(PartialDate.ofMonth(2025, 6), PartialDate.parse("2025-06"));
    assertEquals(PartialDate.of(LocalDate.of(2025, 6, 30)), PartialDate.of(2025, 6, 30));
    assertEquals(2026, PartialDate.parse("2026-Q1").year());
  }

  private static void assertForm(String text, DatePrecision precision, String earliest, String latest) {
    PartialDate d = PartialDate.parse(text);
    assertEquals(text, d.toString());
    assertEquals(precision, d.precision());
    assertEquals(LocalDate.parse(earliest), d.earliest());
    assertEquals(LocalDate.parse(latest), d.latest());
  }

  @Test
  void rejectsBadTextNamingTheField() {
    assertField("text", () -> PartialDate.parse("2025/06"));
    assertField("text", () -> PartialDate.parse("2025-Q0"));
    assertField("text", () -> PartialDate.parse("25"));
    assertField("text", () -> PartialDate.parse(" 2025"));
    assertField("month", () -> PartialDate.parse("2025-13"));
    assertField("month", () -> PartialDate.parse("2025-00"));
    assertField("day", () -> PartialDate.parse("2025-02-29"));
    assertField("year", () -> PartialDate.parse("0000"));
    assertField("quarter", () -> PartialDate.ofQuarter(2025, 5));
    assertField("year", () -> PartialDate.ofYear(10_000));
    assertField("year", () -> PartialDate.of(LocalDate.of(0, 1, 1)));
    assertField("year", () -> PartialDate.of(LocalDate.of(10_000, 1, 1)));
    assertField("year", () -> PartialDate.of(LocalDate.of(-1, 1, 1)));
    ModelException e = assertThrows(ModelException.class, () -> PartialDate.parse("2025-02-30"));
    assertTrue(e.getMessage().contains("2025-2-30"), e.getMessage());
  }

  private static void assertField(String field, Runnable r) {
    ModelException e = assertThrows(ModelException.class, r::run);
    assertEquals("PartialDate", e.typeName());
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void theSameDayAtTwoPrecisionsIsNotEqual() {
    assertNotEquals(PartialDate.parse("2025-06"), PartialDate.parse("2025-06-01"));
    assertNotEquals(PartialDate.parse("2025"), PartialDate.parse("2025-Q1"));
    assertEquals(PartialDate.parse("2025-06").hashCode(), PartialDate.ofMonth(2025, 6).hashCode());
  }

  @Test
  void ordersByEarliestThenLatestDay() {
    List<PartialDate> dates = new ArrayList<>();
    for (String s : List.of("2025-Q2", "2025", "2025-01", "2025-01-01", "2024-12-31", "2025-Q1")) {
      dates.add(PartialDate.parse(s));
    }
    dates.sort(null);
    assertEquals("[2024-12-31, 2025-01-01, 2025-01, 2025-Q1, 2025, 2025-Q2]", dates.toString());
  }

  @Test
  void certainOrderUsesTheBounds() {
    PartialDate y2025 = PartialDate.parse("2025");
    assertFalse(PartialDate.parse("2025-06").isCertainlyAfter(y2025));
    assertFalse(y2025.isCertainlyAfter(PartialDate.parse("2025-06")));
    assertTrue(PartialDate.parse("2026-Q1").isCertainlyAfter(y2025));
    assertTrue(y2025.isCertainlyOnOrBefore(LocalDate.of(2025, 12, 31)));
    assertFalse(y2025.isCertainlyOnOrBefore(LocalDate.of(2025, 12, 30)));
  }
}
