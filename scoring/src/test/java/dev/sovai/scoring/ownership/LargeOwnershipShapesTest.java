package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;

/**
 * Shapes of stakes that once made control and look-through quadratic or worse: a ring of 10,000 operators each holding
 * 60 % of the next (every member a controller of every other, each with its own chain), a chain of 100,000 operators,
 * and a clique of 300 operators each holding 1/300 of every other (what circulates fades by 1/300 a round). Each must
 * finish, with answers of the size the shape implies; no timing is asserted.
 */
class LargeOwnershipShapesTest {
  private static String id(int i) {
    return String.format("o%06d", i);
  }

  private static Operator op(int i, Stake... stakes) {
    return Operator.builder().id(id(i)).name("Operator " + i).kind(OperatorKind.OTHER).addStakes(stakes).build();
  }

  private static OwnershipGraph graph(List<Operator> ops) {
    return OwnershipGraph.of(Landscape.builder().asOf(LocalDate.of(2025, 11, 20)).addAllOperators(ops).build());
  }

  static OwnershipGraph ring(int n, double share) {
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(op(i, Stake.of(id((i + 1) % n), share)));
    }
    return graph(ops);
  }

  @Test
  void everyMemberOfARingOf10000HasItsControlAndItsHolders() {
    int n = 10_000;
    OwnershipGraph g = ring(n, 0.6);
    Control first = g.controllers(id(0));
    assertEquals(ControlKind.CIRCULAR, first.kind());
    assertEquals(n, first.controllers().size());
    for (int i = 0; i < n; i++) {
      Control c = g.controllers(id(i));
      assertEquals(ControlKind.CIRCULAR, c.kind());
      assertSame(first.controllers(), c.controllers(), "the members of one ring share one list of controllers");
      UltimateOwnership u = g.ultimateHolders(id(i));
      assertEquals(1.0, u.totalCapital() + u.unresolvedCapital(), 1e-9);
    }
    // chains are built when read: the farthest controller is n - 1 links away, the chain to itself is empty
    assertEquals(n - 1, first.chainTo(id(n - 1)).orElseThrow().size());
    assertEquals(1, first.chainTo(id(1)).orElseThrow().size());
    assertEquals(List.of(), first.chainTo(id(0)).orElseThrow());
    assertEquals(ControlLink.of(id(0), id(1), ControlBasis.MAJORITY_OF_VOTES, 0.6),
        first.chainTo(id(n - 1)).orElseThrow().get(0));
    IntegratedOwnership all = g.integrated(h -> h.kind().name());
    assertEquals(1.0, all.capital(id(42)).values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
  }

  @Test
  void aChainOf100000IsFollowedToItsTop() {
    int n = 100_000;
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n - 1; i++) {
      ops.add(op(i, Stake.of(id(i + 1), 1.0)));
    }
    ops.add(op(n - 1));
    OwnershipGraph g = graph(ops);
    for (int i = 0; i < n; i += 997) {
      Control c = g.controllers(id(i));
      assertEquals(List.of(id(n - 1)), c.controllers());
    }
    Control bottom = g.controllers(id(0));
    assertEquals(ControlKind.SOLE, bottom.kind());
    List<ControlLink> chain = bottom.chainTo(id(n - 1)).orElseThrow();
    assertEquals(n - 1, chain.size());
    assertEquals(id(n - 2), chain.get(n - 2).controlled());
    UltimateOwnership u = g.ultimateHolders(id(0));
    assertEquals(1.0, u.capitalOf(Holder.operator(id(n - 1))), 1e-12);
    assertEquals(1.0, g.integrated(h -> h.operator()).capitalOf(id(0), id(n - 1)), 1e-12);
  }

  @Test
  void aCliqueOf300WhereEveryoneHoldsEveryoneIsSolvedExactly() {
    int n = 300;
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Stake> stakes = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (j != i) {
          stakes.add(Stake.of(id(j), 1.0 / n));
        }
      }
      ops.add(op(i, stakes.toArray(new Stake[0])));
    }
    OwnershipGraph g = graph(ops);
    IntegratedOwnership byHolder = g.integrated(Holder::toString);
    for (int i = 0; i < n; i += 37) {
      Control c = g.controllers(id(i));
      assertEquals(ControlKind.NONE, c.kind());
      UltimateOwnership u = g.ultimateHolders(id(i));
      assertEquals(n, u.capital().size(), "every member's unknown remainder holds a part");
      assertEquals(1.0, u.totalCapital(), 1e-9);
      assertTrue(u.unresolvedCapital() < 1e-9);
      // by symmetry, what reaches one's own remainder: 1/n directly, and what comes back through the others
      for (Holder h : List.of(Holder.of(HolderKind.UNKNOWN, id(i)), Holder.of(HolderKind.UNKNOWN, id((i + 1) % n)))) {
        assertEquals(u.capitalOf(h), byHolder.capitalOf(id(i), h.toString()), 1e-9, h.toString());
      }
    }
  }
}
