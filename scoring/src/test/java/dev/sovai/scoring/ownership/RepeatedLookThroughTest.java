package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.testkit.Landscapes;

/**
 * Look-throughs reuse their graph's work arrays: many look-throughs on one graph, in any order, after a predicate that
 * threw and from inside a predicate, give exactly what a look-through on a fresh graph gives.
 */
class RepeatedLookThroughTest {
  private static final long SEED = Long.getLong("sovai.seed", 7L);

  private static String text(UltimateOwnership u) {
    return u.capital() + " " + u.votes() + " " + u.unresolvedCapital() + " " + u.unresolvedVotes();
  }

  @Test
  void reusedGraphAgreesWithFreshGraphs() {
    for (long seed = SEED; seed < SEED + 5; seed++) {
      Landscape l = Landscapes.generate(seed, 0, 300);
      OwnershipGraph reused = OwnershipGraph.of(l);
      List<Operator> ops = l.operators();
      for (int k = 0; k < 2; k++) { // twice over, so every look-through runs on arrays used before
        for (int i = ops.size() - 1; i >= 0; i--) {
          String id = ops.get(i).id();
          assertEquals(text(OwnershipGraph.of(l).ultimateHolders(id)), text(reused.ultimateHolders(id)),
              "seed " + seed + ", operator " + id);
          assertEquals(text(OwnershipGraph.of(l).holdersUntil(id, h -> h.endsWith("7"))),
              text(reused.holdersUntil(id, h -> h.endsWith("7"))), "seed " + seed + ", operator " + id);
        }
      }
    }
  }

  @Test
  void aPredicateThatThrowsLeavesNoTrace() {
    Landscape l = Landscapes.generate(SEED, 0, 300);
    OwnershipGraph g = OwnershipGraph.of(l);
    int thrown = 0;
    for (Operator o : l.operators()) {
      try {
        g.holdersUntil(o.id(), h -> {
          throw new IllegalStateException("stop");
        });
      } catch (IllegalStateException expected) {
        thrown++; // not every look-through asks (an operator at the top, or in a closed ring, stops at once)
      }
      assertEquals(text(OwnershipGraph.of(l).ultimateHolders(o.id())), text(g.ultimateHolders(o.id())), o.id());
    }
    assertTrue(thrown > 0, "no look-through asked the predicate");
  }

  @Test
  void aPredicateMayLookThroughAgain() {
    Landscape l = Landscapes.generate(SEED, 0, 300);
    OwnershipGraph g = OwnershipGraph.of(l);
    AtomicInteger nested = new AtomicInteger();
    for (Operator o : l.operators()) {
      String inner = text(g.holdersUntil(o.id(), h -> {
        nested.incrementAndGet();
        return g.ultimateHolders(h).capital().size() > 2;
      }));
      assertEquals(text(OwnershipGraph.of(l).holdersUntil(o.id(),
          h -> OwnershipGraph.of(l).ultimateHolders(h).capital().size() > 2)), inner, o.id());
    }
    assertTrue(nested.get() > 0);
  }
}
