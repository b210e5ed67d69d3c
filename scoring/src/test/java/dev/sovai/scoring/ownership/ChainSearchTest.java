package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.testkit.Gen;
import dev.sovai.testkit.Property;

/**
 * {@link ChainSearch} against the walk it replaces: on every operator whose controllers form no ring, the first
 * operators with a property on each chain of {@link Control#chains()}, and the tri-state walk until the first, must be
 * exactly those of walking the chains link by link; on a ring, the nearest.
 */
class ChainSearchTest {
  /** Random graphs of stakes: majorities, vetoes and board rights, so that sole, joint and chained control occur. */
  private static final Gen<List<Operator>> STAKES = (random, size) -> {
    int n = 2 + random.nextInt(Math.max(1, size));
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Operator.Builder b = Operator.builder().id("o" + i).name("O").kind(OperatorKind.OTHER)
          .remainder(random.nextInt(4) == 0 ? Remainder.UNKNOWN : Remainder.FREE_FLOAT);
      double left = 1.0;
      Set<Integer> holders = new HashSet<>();
      for (int s = random.nextInt(4); s > 0; s--) {
        // mostly up the list (chains and trees), sometimes down (cycles)
        int h = random.nextInt(5) == 0 ? random.nextInt(n) : i + 1 + random.nextInt(Math.max(1, Math.min(5, n - i - 1)));
        if (h == i || h >= n || !holders.add(h)) {
          continue;
        }
        double share = Math.min(left, random.nextInt(3) == 0 ? 0.5 : random.nextDouble());
        left -= share;
        Stake.Builder st = Stake.builder().holder("o" + h).capitalShare(share);
        if (random.nextInt(6) == 0) {
          st.veto(true);
        }
        if (random.nextInt(8) == 0) {
          st.appointsBoardMajority(true);
        }
        b.addStakes(st.build());
      }
      ops.add(b.build());
    }
    return ops;
  };

  /** A tri-state property of an operator from its number: every third has it, every fifth is unknown. */
  private static Boolean property(String id) {
    int i = Integer.parseInt(id.substring(1));
    return i % 3 == 1 ? Boolean.TRUE : i % 5 == 2 ? null : Boolean.FALSE;
  }

  /** The walk the scorers did before: every chain, link by link, the first hit of each, distinct. */
  private static List<List<ControlLink>> firstOnEachChain(Control c, Function<String, Boolean> p) {
    List<List<ControlLink>> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<ControlLink> chain : c.chains()) {
      for (int i = 0; i < chain.size(); i++) {
        if (Boolean.TRUE.equals(p.apply(chain.get(i).controller()))) {
          if (seen.add(chain.get(i).controller())) {
            out.add(chain.subList(0, i + 1));
          }
          break;
        }
      }
    }
    return out;
  }

  private static ChainSearch.Walk untilFirst(Control c, Function<String, Boolean> p) {
    List<ControlLink> unknown = null;
    for (List<ControlLink> chain : c.chains()) {
      for (int i = 0; i < chain.size(); i++) {
        Boolean o = p.apply(chain.get(i).controller());
        if (Boolean.TRUE.equals(o)) {
          return new ChainSearch.Walk(Optional.of(chain.subList(0, i + 1)), Optional.ofNullable(unknown));
        }
        if (o == null) {
          unknown = chain.subList(0, i + 1);
        }
      }
    }
    return new ChainSearch.Walk(Optional.empty(), Optional.ofNullable(unknown));
  }

  @Test
  void findsWhatWalkingEveryChainFinds() {
    Property.forAll(STAKES).named("chain search = walking every chain").maxSize(60).verify(ops -> {
      OwnershipGraph g = OwnershipGraph.of(Landscape.builder().asOf(LocalDate.of(2025, 1, 1)).addAllOperators(ops)
          .build());
      Map<String, Integer> asked = new HashMap<>();
      ChainSearch search = g.chainSearch(id -> {
        asked.merge(id, 1, Integer::sum);
        return property(id);
      });
      for (Operator o : ops) {
        Control c = g.controllers(o.id());
        List<List<ControlLink>> first = search.firstOnEachChain(o.id());
        ChainSearch.Walk walk = search.untilFirst(o.id());
        if (c.kind() != ControlKind.CIRCULAR) {
          assertEquals(firstOnEachChain(c, ChainSearchTest::property), first, o.id());
          assertEquals(untilFirst(c, ChainSearchTest::property), walk, o.id());
        } else {
          assertTrue(first.size() <= 1, o.id());
          first.forEach(chain -> assertEquals(Boolean.TRUE, property(chain.get(chain.size() - 1).controller())));
          walk.first().ifPresent(chain -> assertEquals(o.id(), chain.get(0).controlled()));
        }
      }
      asked.forEach((id, times) -> assertEquals(1, times, id + " asked once"));
    });
  }

  @Test
  void aRingNamesTheNearestMemberWithTheProperty() {
    OwnershipGraph g = LargeOwnershipShapesTest.ring(1_000, 0.6);
    // o000(i+1) holds 60 % of o000i: the controller of o000505 is o000506, then o000507 …
    ChainSearch search = g.chainSearch(id -> id.endsWith("0") ? Boolean.TRUE : id.endsWith("7") ? null : Boolean.FALSE);
    List<List<ControlLink>> first = search.firstOnEachChain("o000505");
    assertEquals(1, first.size());
    assertEquals(List.of("o000506", "o000507", "o000508", "o000509", "o000510"),
        first.get(0).stream().map(ControlLink::controller).toList());
    ChainSearch.Walk walk = search.untilFirst("o000501");
    assertEquals(9, walk.first().orElseThrow().size());
    assertEquals("o000510", walk.first().orElseThrow().get(8).controller());
    assertEquals(6, walk.lastUnknown().orElseThrow().size());
    assertEquals("o000507", walk.lastUnknown().orElseThrow().get(5).controller());
    assertEquals(List.of(), g.chainSearch(id -> Boolean.FALSE).firstOnEachChain("o000001"));
    assertThrows(IllegalArgumentException.class, () -> search.firstOnEachChain("nobody"));
  }
}
