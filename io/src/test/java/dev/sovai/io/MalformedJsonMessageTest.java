package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Malformed JSON is reported for people: where it is, what is wrong, no parser internals. */
class MalformedJsonMessageTest {
  private static Problem only(String doc) {
    List<Problem> problems = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(doc))
        .problems();
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void truncatedArraySaysWhereItOpened() {
    Problem p = only("{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", \"sites\": [\n");
    assertEquals("/sites", p.pointer());
    assertEquals("malformed JSON: unexpected end of input: expected close marker for Array (opened at 1:76)",
        p.message());
  }

  @Test
  void wrongCloseMarkerNamesNoParserInternals() {
    Problem p = only("{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", \"sites\": [}");
    assertEquals("malformed JSON: Unexpected close marker '}': expected ']' (for Array starting at 1:76)", p.message());
    assertFalse(p.message().contains("Source"), p.message());
    assertFalse(p.message().contains("StreamReadFeature"), p.message());
  }
}
