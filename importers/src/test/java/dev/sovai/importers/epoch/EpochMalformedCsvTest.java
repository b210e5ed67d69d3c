package dev.sovai.importers.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Malformed files fail as a whole with an {@link EpochImportException} naming the line, column and value. */
class EpochMalformedCsvTest {
  private static final String HEADER = String.join(",", EpochImporterTest.headers(true));
  private static final String GOOD = EpochImporterTest.line(true, Map.of(EpochColumn.NAME, "Good",
      EpochColumn.STATUS, "Existing", EpochColumn.CERTAINTY, "Confirmed", EpochColumn.COUNTRY, "France",
      EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "TRUE"));

  private static EpochImportException fails(String text) {
    return assertThrows(EpochImportException.class,
        () -> EpochImporter.of(EpochImporterTest.defaults()).read(new StringReader(text)));
  }

  private static String row(EpochColumn column, String value) {
    Map<EpochColumn, String> values = new java.util.EnumMap<>(EpochColumn.class);
    values.putAll(Map.of(EpochColumn.NAME, "Bad", EpochColumn.STATUS, "Existing", EpochColumn.COUNTRY, "France",
        EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "TRUE"));
    values.put(column, value);
    return EpochImporterTest.line(true, values);
  }

  @Test
  void aRenamedColumnIsAWrongHeader() {
    EpochImportException e = fails(HEADER.replace("Power Capacity (MW)", "Power (MW)") + "\n" + GOOD + "\n");
    assertEquals(1, e.line());
    assertEquals("Power (MW)", e.value());
    assertEquals("Epoch CSV line 1: wrong header: column 14 is not a column of Epoch AI's AI supercomputers "
        + "export, was \"Power (MW)\"", e.getMessage());
  }

  @Test
  void aMissingColumnIsAWrongHeader() {
    List<String> h = new ArrayList<>(EpochImporterTest.headers(false));
    h.remove("Owner");
    EpochImportException e = fails(String.join(",", h) + "\n");
    assertEquals(1, e.line());
    assertEquals("Owner", e.column());
    assertEquals("Epoch CSV line 1, column 'Owner': wrong header: required column is missing", e.getMessage());
  }

  @Test
  void aColumnNamedTwiceIsAWrongHeader() {
    EpochImportException e = fails(HEADER + ",Country\n");
    assertEquals("Country", e.column());
    assertEquals("wrong header: column named twice (columns 9 and 58)", e.problem());
  }

  @Test
  void latitudeWithoutLongitudeIsAWrongHeader() {
    EpochImportException e = fails(HEADER.replace(",longitude", "") + "\n");
    assertEquals("longitude", e.column());
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertEquals(1, fails("").line());
  }

  @Test
  void anUnclosedQuoteIsBrokenQuoting() {
    EpochImportException e = fails(HEADER + "\n" + GOOD + "\n" + GOOD.replace("Good", "\"Unclosed") + "\n");
    assertEquals(4, e.line());
    assertEquals(true, e.problem().startsWith("malformed CSV: Missing closing quote"), e.problem());
  }

  @Test
  void textAfterAClosingQuoteIsBrokenQuoting() {
    EpochImportException e = fails(HEADER + "\n" + GOOD + "\n" + GOOD.replace("Good", "\"Go\"od") + "\n");
    assertEquals(3, e.line());
    assertEquals(true, e.problem().startsWith("malformed CSV: Unexpected character ('o'"), e.problem());
  }

  @Test
  void aRowWithTooFewOrTooManyFieldsIsRefused() {
    EpochImportException few = fails(HEADER + "\n" + GOOD + "\nShort,Existing\n");
    assertEquals(3, few.line());
    assertEquals("row 2 has 2 fields, the header has 57", few.problem());
    EpochImportException many = fails(HEADER + "\n" + GOOD + ",extra\n");
    assertEquals(2, many.line());
    assertEquals("row 1 has more fields than the header's 57", many.problem());
  }

  @Test
  void aNonNumericNumberNamesLineColumnAndValue() {
    EpochImportException e = fails(HEADER + "\n" + GOOD + "\n" + GOOD + "\n"
        + row(EpochColumn.POWER_CAPACITY_MW, "about 40") + "\n");
    assertEquals(4, e.line());
    assertEquals("Power Capacity (MW)", e.column());
    assertEquals("about 40", e.value());
    assertEquals("Epoch CSV line 4, column 'Power Capacity (MW)': not a number (row 3), was \"about 40\"",
        e.getMessage());
  }

  @Test
  void numbersInEveryNumericColumnAreChecked() {
    for (EpochColumn c : List.of(EpochColumn.H100_EQUIVALENTS, EpochColumn.CHIP_QUANTITY_PRIMARY,
        EpochColumn.CHIP_QUANTITY_SECONDARY, EpochColumn.HARDWARE_COST, EpochColumn.OPS_16_BIT,
        EpochColumn.LATITUDE, EpochColumn.LONGITUDE)) {
      for (String bad : List.of("n/a", "1.2.3", "NaN", "Infinity", "0x10", "1e999")) {
        EpochImportException e = fails(HEADER + "\n" + row(c, bad) + "\n");
        assertEquals(c.header(), e.column(), c + " " + bad);
        assertEquals(2, e.line());
      }
    }
  }

  @Test
  void aFractionalOrNegativeChipQuantityIsRefused() {
    assertEquals("a chip quantity must be a whole number ≥ 0 (row 1)",
        fails(HEADER + "\n" + row(EpochColumn.CHIP_QUANTITY_PRIMARY, "10.5") + "\n").problem());
    assertEquals("a chip quantity must be a whole number ≥ 0 (row 1)",
        fails(HEADER + "\n" + row(EpochColumn.CHIP_QUANTITY_PRIMARY, "-1") + "\n").problem());
  }

  @Test
  void aNonBooleanStandardAnalysisFlagIsRefused() {
    EpochImportException e = fails(HEADER + "\n" + row(EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "maybe") + "\n");
    assertEquals("Include in Standard Analysis", e.column());
    assertEquals("maybe", e.value());
  }

  @Test
  void aMalformedRowAfterGoodOnesStillFailsTheWholeImport() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 100; i++) {
      sb.append(GOOD.replace("Good", "Good " + i)).append('\n');
    }
    sb.append(row(EpochColumn.OPS_16_BIT, "1.98E+20x")).append('\n');
    EpochImportException e = fails(sb.toString());
    assertEquals(102, e.line());
  }

  @Test
  void aNegativeValueSkipsOnlyItsRowWithTheModelsReason() throws java.io.IOException {
    EpochImport r = EpochImporter.of(EpochImporterTest.defaults())
        .read(new StringReader(HEADER + "\n" + row(EpochColumn.HARDWARE_COST, "-5") + "\n" + GOOD + "\n"));
    assertEquals(1, r.report().imported());
    EpochRowWarning w = r.report().warnings().get(0);
    assertEquals(1, w.row());
    assertEquals(java.util.Set.of(EpochRowWarning.Cause.INVALID_VALUE), w.causes());
    assertEquals("Money: amount must be ≥ 0, was \"-5\"", w.reason());
  }
}
