package dev.sovai.model;

/** How precisely a {@link PartialDate} is known. Ordered from coarsest to finest. */
public enum DatePrecision {
  /** Known to the year only ({@code "2026"}). */
  YEAR,
  /** Known to the quarter ({@code "2026-Q1"}). */
  QUARTER,
  /** Known to the month ({@code "2025-06"}). */
  MONTH,
  /** Known to the day ({@code "2025-06-30"}). */
  DAY
}
