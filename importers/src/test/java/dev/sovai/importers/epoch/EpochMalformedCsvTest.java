package dev.sovai.importers.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sovai.importers.ImportException;
import dev.sovai.importers.RowWarning;
import dev.sovai.importers.RowWarning.Cause;
import dev.sovai.importers.RowWarning.Kind;
import dev.sovai.model.site.Site;

/**
 * A file that is not the dataset (header, quoting, field count) fails as a whole with an {@link ImportException}
 * naming the line, column and value; a cell that cannot be used is a row warning naming the column and the value,
 * and the row is imported with what is usable (or skipped when the cell decides whether it is kept).
 */
class EpochMalformedCsvTest {
  private static final String HEADER = String.join(",", EpochImporterTest.headers(true));
  private static final String GOOD = EpochImporterTest.line(true, Map.of(EpochColumn.NAME, "Good",
      EpochColumn.STATUS, "Existing", EpochColumn.CERTAINTY, "Confirmed", EpochColumn.COUNTRY, "France",
      EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "TRUE"));

  private static ImportException fails(String text) {
    return assertThrows(ImportException.class,
        () -> EpochImporter.of(EpochImporterTest.defaults()).read(new StringReader(text)));
  }

  private static String row(EpochColumn column, String value) {
    Map<EpochColumn, String> values = new java.util.EnumMap<>(EpochColumn.class);
    values.putAll(Map.of(EpochColumn.NAME, "Bad", EpochColumn.STATUS, "Existing", EpochColumn.COUNTRY, "France",
        EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "TRUE", EpochColumn.CERTAINTY, "Confirmed"));
    values.put(column, value);
    return EpochImporterTest.line(true, values);
  }

  @Test
  void aRenamedColumnIsAWrongHeader() {
    ImportException e = fails(HEADER.replace("Power Capacity (MW)", "Power (MW)") + "\n" + GOOD + "\n");
    assertEquals(1, e.line());
    assertEquals("Power (MW)", e.value());
    assertEquals("Epoch CSV line 1: wrong header: column 14 is not a column of Epoch AI's AI supercomputers "
        + "export, was \"Power (MW)\"", e.getMessage());
  }

  @Test
  void aMissingColumnIsAWrongHeader() {
    List<String> h = new ArrayList<>(EpochImporterTest.headers(false));
    h.remove("Owner");
    ImportException e = fails(String.join(",", h) + "\n");
    assertEquals(1, e.line());
    assertEquals("Owner", e.column());
    assertEquals("Epoch CSV line 1, column 'Owner': wrong header: required column is missing", e.getMessage());
  }

  @Test
  void aColumnNamedTwiceIsAWrongHeader() {
    ImportException e = fails(HEADER + ",Country\n");
    assertEquals("Country", e.column());
    assertEquals("wrong header: column named twice (columns 9 and 58)", e.problem());
  }

  @Test
  void latitudeWithoutLongitudeIsAWrongHeader() {
    ImportException e = fails(HEADER.replace(",longitude", "") + "\n");
    assertEquals("longitude", e.column());
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertEquals(1, fails("").line());
  }

  @Test
  void anUnclosedQuoteIsBrokenQuoting() {
    ImportException e = fails(HEADER + "\n" + GOOD + "\n" + GOOD.replace("Good", "\"Unclosed") + "\n");
    assertEquals(4, e.line());
    assertEquals(true, e.problem().startsWith("malformed CSV: Missing closing quote"), e.problem());
  }

  @Test
  void textAfterAClosingQuoteIsBrokenQuoting() {
    ImportException e = fails(HEADER + "\n" + GOOD + "\n" + GOOD.replace("Good", "\"Go\"od") + "\n");
    assertEquals(3, e.line());
    assertEquals(true, e.problem().startsWith("malformed CSV: Unexpected character ('o'"), e.problem());
  }

  @Test
  void aRowWithTooFewOrTooManyFieldsIsRefused() {
    ImportException few = fails(HEADER + "\n" + GOOD + "\nShort,Existing\n");
    assertEquals(3, few.line());
    assertEquals("row 2 has 2 fields, the header has 57", few.problem());
    ImportException many = fails(HEADER + "\n" + GOOD + ",extra\n");
    assertEquals(2, many.line());
    assertEquals("row 1 has more fields than the header's 57", many.problem());
  }

  private static EpochImport imports(String text) throws java.io.IOException {
    return EpochImporter.of(EpochImporterTest.defaults()).read(new StringReader(text));
  }

  private static RowWarning only(EpochImport r) {
    assertEquals(1, r.report().warnings().size(), r.report().warnings().toString());
    return r.report().warnings().get(0);
  }

  @Test
  void aNonNumericNumberIsLeftOutWithAWarningNamingLineColumnAndValue() throws java.io.IOException {
    EpochImport r = imports(HEADER + "\n" + GOOD + "\n" + GOOD.replace("Good", "Good 2") + "\n"
        + row(EpochColumn.POWER_CAPACITY_MW, "about 40") + "\n");
    assertEquals(3, r.report().imported());
    RowWarning w = only(r);
    assertEquals(3, w.row());
    assertEquals(4, w.line());
    assertEquals(Kind.DEFAULTED, w.kind());
    assertEquals(java.util.Set.of(Cause.UNREADABLE_NUMBER), w.causes());
    assertEquals("Power Capacity (MW) \"about 40\" is not a number; left out", w.reason());
    assertEquals("row 3 (line 4) \"Bad\": defaulted: Power Capacity (MW) \"about 40\" is not a number; left out",
        w.toString());
    Site bad = r.landscape().site("bad").orElseThrow();
    assertTrue(bad.itCapacityMw().isEmpty());
  }

  @Test
  void everyNumericColumnLeavesAnUnreadableValueOut() throws java.io.IOException {
    for (EpochColumn c : List.of(EpochColumn.H100_EQUIVALENTS, EpochColumn.CHIP_QUANTITY_PRIMARY,
        EpochColumn.CHIP_QUANTITY_SECONDARY, EpochColumn.HARDWARE_COST, EpochColumn.OPS_16_BIT,
        EpochColumn.LATITUDE, EpochColumn.LONGITUDE)) {
      for (String bad : List.of("n/a", "1.2.3", "NaN", "Infinity", "0x10", "1e999")) {
        EpochImport r = imports(HEADER + "\n" + row(c, bad) + "\n");
        assertEquals(1, r.report().imported(), c + " " + bad);
        RowWarning w = only(r);
        assertEquals(2, w.line());
        assertTrue(w.causes().contains(Cause.UNREADABLE_NUMBER), c + " " + bad);
        assertTrue(w.reason().startsWith(c.header() + " \"" + bad + "\" is "), w.reason());
        Site s = r.landscape().site("bad").orElseThrow();
        assertTrue(s.coordinates().isEmpty() && s.reportedH100Equivalents().isEmpty() && s.fleet().isEmpty()
            && s.hardwareCost().isEmpty() && s.reportedDense16BitFlops().isEmpty(), c + " " + bad);
      }
    }
  }

  @Test
  void aFloatArtifactInAChipQuantityIsRoundedAndFlagged() throws java.io.IOException {
    Map<EpochColumn, String> v = new java.util.EnumMap<>(EpochColumn.class);
    v.putAll(Map.of(EpochColumn.NAME, "Artifact", EpochColumn.STATUS, "Existing", EpochColumn.COUNTRY, "France",
        EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "TRUE", EpochColumn.CERTAINTY, "Confirmed",
        EpochColumn.CHIP_TYPE_PRIMARY, "NVIDIA H100 SXM5 80GB",
        EpochColumn.CHIP_QUANTITY_PRIMARY, "30000.000000000004"));
    EpochImport r = imports(HEADER + "\n" + EpochImporterTest.line(true, v) + "\n");
    RowWarning w = only(r);
    assertEquals(java.util.Set.of(Cause.ROUNDED_NUMBER), w.causes());
    assertEquals("Chip quantity (primary) \"30000.000000000004\" rounded to 30000 (a floating-point artifact)",
        w.reason());
    assertEquals(30000, r.landscape().site("artifact").orElseThrow().fleet().get(0).count());
  }

  @Test
  void aFractionalOrNegativeChipQuantityLeavesTheLotOut() throws java.io.IOException {
    for (String bad : List.of("10.5", "-1")) {
      Map<EpochColumn, String> v = new java.util.EnumMap<>(EpochColumn.class);
      v.putAll(Map.of(EpochColumn.NAME, "Bad", EpochColumn.STATUS, "Existing", EpochColumn.COUNTRY, "France",
          EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "TRUE", EpochColumn.CERTAINTY, "Confirmed",
          EpochColumn.CHIP_TYPE_PRIMARY, "NVIDIA H100 SXM5 80GB", EpochColumn.CHIP_QUANTITY_PRIMARY, bad));
      EpochImport r = imports(HEADER + "\n" + EpochImporterTest.line(true, v) + "\n");
      RowWarning w = only(r);
      assertEquals(java.util.EnumSet.of(Cause.INVALID_NUMBER, Cause.INCOMPLETE_CHIP), w.causes());
      assertEquals("Chip quantity (primary) \"" + bad + "\" is not a whole number ≥ 0; left out; primary chip \"NVIDIA H100"
          + " SXM5 80GB\" without a usable quantity; no fleet lot", w.reason());
      assertTrue(r.landscape().site("bad").orElseThrow().fleet().isEmpty());
    }
  }

  @Test
  void aNonBooleanStandardAnalysisFlagSkipsTheRowOnlyWhenTheFlagDecides() throws java.io.IOException {
    EpochImport r = imports(HEADER + "\n" + row(EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "maybe") + "\n");
    RowWarning w = only(r);
    assertEquals(Kind.SKIPPED, w.kind());
    assertEquals(java.util.Set.of(Cause.UNREADABLE_FLAG), w.causes());
    assertEquals("Include in Standard Analysis \"maybe\" is not TRUE, FALSE or blank, so the row may not be in"
        + " Epoch's standard analysis", w.reason());
    EpochImport all = EpochImporter.of(EpochImporterTest.defaults().withAllRows())
        .read(new StringReader(HEADER + "\n" + row(EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "maybe") + "\n"));
    assertEquals(1, all.report().imported());
    assertEquals(Kind.DEFAULTED, only(all).kind());
  }

  @Test
  void aBadCellAfterGoodRowsWarnsForItsRowOnly() throws java.io.IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 100; i++) {
      sb.append(GOOD.replace("Good", "Good " + i)).append('\n');
    }
    sb.append(row(EpochColumn.OPS_16_BIT, "1.98E+20x")).append('\n');
    EpochImport r = imports(sb.toString());
    assertEquals(101, r.report().imported());
    assertEquals(102, only(r).line());
    assertEquals("16-bit OP/s \"1.98E+20x\" is not a number; left out", only(r).reason());
  }

  @Test
  void aNegativeValueSkipsOnlyItsRowWithTheModelsReason() throws java.io.IOException {
    EpochImport r = EpochImporter.of(EpochImporterTest.defaults())
        .read(new StringReader(HEADER + "\n" + row(EpochColumn.HARDWARE_COST, "-5") + "\n" + GOOD + "\n"));
    assertEquals(1, r.report().imported());
    RowWarning w = r.report().warnings().get(0);
    assertEquals(1, w.row());
    assertEquals(java.util.Set.of(RowWarning.Cause.INVALID_VALUE), w.causes());
    assertEquals("Money: amount must be ≥ 0, was \"-5\"", w.reason());
  }
}
