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
  void badNamesAndRowsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> CsvTable.of("../x", "a"));
    assertThrows(IllegalArgumentException.class, () -> CsvTable.of("x", "a").row(1, 2));
  }
}
