package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.sovai.model.DatePrecision;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;

/** The fast generator of large landscapes, at a size a unit test can afford (benchmarks use millions). */
class LargeLandscapeTest {

  @Test
  void generatesExactlyTheCountsAskedForAndIsValid() {
    Landscape l = Landscapes.generate(7, 20_000, 500);
    assertEquals(20_000, l.sites().size());
    assertEquals(500, l.operators().size());
    assertEquals(200, l.deals().size());
    assertEquals(l, Landscape.builder().from(l).build(), "valid and already in canonical order");
    assertEquals(l, Landscapes.generate(7, 20_000, 500), "the same seed gives the same landscape");
    assertTrue(!l.equals(Landscapes.generate(8, 20_000, 500)));
  }

  @Test
  void hasTheFeaturesScorersMustHandle() {
    Landscape l = Landscapes.generate(11, 5_000, 100);
    boolean crossHolding = false;
    for (Operator o : l.operators()) {
      for (Stake s : o.stakes()) {
        crossHolding |= l.stakesIn(s.holder()).stream().anyMatch(back -> back.holder().equals(o.id()));
      }
    }
    assertTrue(crossHolding, "a cross-holding cycle");
    assertTrue(l.sites().stream().anyMatch(s -> s.jurisdiction().contains("-")), "a subdivision");
    assertTrue(l.sites().stream().anyMatch(s -> s.announced().orElseThrow().precision() == DatePrecision.MONTH));
    assertTrue(l.sites().stream().flatMap(s -> s.fleet().stream()).anyMatch(x -> x.accelerator().isEmpty()),
        "an unknown chip known only by its reported model");
    assertTrue(l.operators().stream().anyMatch(o -> o.unlistedCapitalShare() > 0));
    assertTrue(l.deals().stream().anyMatch(d -> !d.effects().isEmpty()));
  }

  @Test
  void smallestAndBadCounts() {
    Landscape l = Landscapes.generate(1, 0, 2);
    assertEquals(0, l.sites().size());
    assertEquals(2, l.operators().size());
    assertThrows(IllegalArgumentException.class, () -> Landscapes.generate(1, -1, 2));
    assertThrows(IllegalArgumentException.class, () -> Landscapes.generate(1, 10, 1));
  }
}
