package dev.sovai.cli.render.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** RFC 4180: quoting, doubled quotes, CRLF, numbers in their shortest form. */
class CsvTableTest {
  @Test
  void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
    CsvTable t = CsvTable.of("t", "name", "share_fraction", "count").row("a, \"b\"\nc", 0.25, 3L).row(null, 2.0, 0);
    assertEquals("name,share_fraction,count\r\n\"a, \"\"b\"\"\nc\",0.25,3\r\n,2,0\r\n", t.toCsv());
  }

  @Test
  void textASpreadsheetWouldRunAsAFormulaIsMarkedAsText() {
    CsvTable t = CsvTable.of("t", "name", "value")
        .row("=HYPERLINK(\"http://evil\",\"x\")", -12.5)
        .row("+1+1", -3L)
        .row("-2+3", "-12.5")
        .row("@SUM(A1)", "\tx")
        .row("a=b", "");
    assertEquals("name,value\r\n"
        + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-12.5\r\n"
        + "'+1+1,-3\r\n"
        + "'-2+3,-12.5\r\n"
        + "'@SUM(A1),'\tx\r\n"
        + "a=b,\r\n", t.toCsv());
  }

  @Test
  void badNamesAndRowsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CsvTable.of("../x", "a"));
    assertThrows(IllegalArgumentException.class, () -> CsvTable.of("x", "a").row(1, 2));
  }
}
