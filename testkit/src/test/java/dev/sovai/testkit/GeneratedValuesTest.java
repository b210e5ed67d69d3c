package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.DatePrecision;
import dev.sovai.model.PartialDate;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.Site;

/** Every generated value is valid: it was built, and rebuilding it from its parts gives an equal value. */
class GeneratedValuesTest {

  @Test
  void landscapesAreValid() {
    Property.forAll(Landscapes.gen()).named("generated landscape is valid").verify(l -> {
      Landscape rebuilt = Landscape.builder().from(l).build();
      assertEquals(l, rebuilt);
      assertTrue(l.operators().size() >= 2 && !l.sites().isEmpty() && !l.deals().isEmpty());
    });
  }

  @Test
  void operatorStakesSumToAtMostOne() {
    Property.forAll(Landscapes.gen()).named("stake sums").verify(l -> {
      for (Operator o : l.operators()) {
        assertTrue(o.listedCapitalShare() <= 1 + Operator.SHARE_SUM_TOLERANCE, o::toString);
        assertTrue(o.listedVotingShare() <= 1 + Operator.SHARE_SUM_TOLERANCE, o::toString);
        for (Stake s : o.stakes()) {
          assertTrue(l.operator(s.holder()).isPresent(), s::toString);
        }
      }
    });
  }

  @Test
  void sitesRebuildEqual() {
    Property.forAll(Models.site()).named("site rebuilds").verify(s -> assertEquals(s, Site.builder().from(s).build()));
  }

  @Test
  void partialDatesRoundTripTheirText() {
    Property.forAll(Models.partialDate()).named("partial date text").verify(d ->
        assertEquals(d, PartialDate.parse(d.toString())));
  }

  @Test
  void orderedDatesAreInOrder() {
    Property.forAll(Models.orderedDates(3)).named("ordered dates").verify((List<PartialDate> d) -> {
      assertTrue(!d.get(0).isCertainlyAfter(d.get(1)) && !d.get(1).isCertainlyAfter(d.get(2)), d::toString);
    });
  }

  @Test
  void everyPrecisionIsGenerated() {
    for (DatePrecision p : DatePrecision.values()) {
      assertEquals(p, Models.partialDate(p).sample(1, 1).precision());
    }
  }
}
