package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;

/** Equal dates and accelerator lots of one document share one instance, which keeps large documents small. */
class SharedValuesTest {
  private static final String DOCUMENT = """
      {"format": "sovai.landscape", "version": 1, "asOf": "2025-11-20",
       "sites": [
        {"id": "a", "name": "A", "jurisdiction": "FR", "status": "operational", "announced": "2024-Q1",
         "operationalFrom": "2025-06", "fleet": [{"reportedModel": "Ascend 910C", "count": 8}]},
        {"id": "b", "name": "B", "jurisdiction": "FR", "status": "operational", "announced": "2024-Q1",
         "operationalFrom": "2025-07", "fleet": [{"reportedModel": "Ascend 910C", "count": 8}]},
        {"id": "c", "name": "C", "jurisdiction": "FR", "status": "operational", "announced": "2024-Q1",
         "fleet": [{"reportedModel": "Ascend 910C", "count": 9}]}
       ]}
      """;

  @Test
  void equalDatesAndLotsAreOneInstance() {
    Landscape l = LandscapeReader.strict().parse(DOCUMENT);
    Site a = l.site("a").orElseThrow();
    Site b = l.site("b").orElseThrow();
    Site c = l.site("c").orElseThrow();
    assertSame(a.announced().orElseThrow(), b.announced().orElseThrow());
    assertSame(a.announced().orElseThrow(), c.announced().orElseThrow());
    assertNotSame(a.operationalFrom().orElseThrow(), b.operationalFrom().orElseThrow());
    assertSame(a.fleet().get(0), b.fleet().get(0));
    assertNotSame(a.fleet().get(0), c.fleet().get(0));
    assertEquals(9, c.fleet().get(0).count());
  }

  @Test
  void sharingDoesNotChangeTheDocument() {
    Landscape l = LandscapeReader.strict().parse(DOCUMENT);
    assertEquals(l, LandscapeReader.strict().parse(LandscapeWriter.canonical().writeToString(l)));
  }
}
