package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;

/**
 * A look-through that stops at members of a ring of cross-holdings: only the members that pass shares on take part
 * in the ring's linear system, and what reaches a stopping member is what the passing members hand it.
 */
class StopsInsideACycleTest {
  /** A ring r0 → r1 → … → r(n−1) → r0, each holding 60 % of the one before (r(i+1) holds 60 % of r(i)). */
  private static OwnershipGraph ring(int n) {
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(Operator.builder().id("r" + i).name("R" + i).kind(OperatorKind.OTHER)
          .addStakes(Stake.of("r" + (i + 1) % n, 0.6)).build());
    }
    return OwnershipGraph.of(Landscape.builder().asOf(LocalDate.of(2025, 1, 1)).addAllOperators(ops).build());
  }

  @Test
  void stoppingAtEveryOtherMemberIsTheShortWalk() {
    OwnershipGraph g = ring(4);
    // r0 passes 60 % to r1, which passes 36 % to r2, where the walk stops; 40 % and 24 % are r0's and r1's unknowns
    UltimateOwnership u = g.holdersUntil("r0", Set.of("r2")::contains);
    assertEquals(0.36, u.capitalOf(Holder.operator("r2")), 1e-12);
    assertEquals(0.0, u.capitalOf(Holder.operator("r1")), 1e-12);
    assertEquals(0.64, u.capitalOfKind(HolderKind.UNKNOWN), 1e-12);
    assertEquals(1.0, u.totalCapital() + u.unresolvedCapital(), 1e-12);
  }

  @Test
  void stoppingAtEveryMemberButTheOperatorOfABigRing() {
    OwnershipGraph g = ring(1_000);
    for (int i = 0; i < 1_000; i += 7) {
      UltimateOwnership u = g.holdersUntil("r" + i, id -> true);
      assertEquals(0.6, u.capitalOf(Holder.operator("r" + (i + 1) % 1_000)), 1e-12, "r" + i);
      assertEquals(0.4, u.capitalOfKind(HolderKind.UNKNOWN), 1e-12, "r" + i);
    }
  }

  @Test
  void stoppingNowhereAgreesWithTheWholeLandscapeSolve() {
    OwnershipGraph g = ring(5);
    IntegratedOwnership all = g.integrated(Holder::toString);
    for (int i = 0; i < 5; i++) {
      UltimateOwnership u = g.holdersUntil("r" + i, id -> false);
      UltimateOwnership v = g.ultimateHolders("r" + i);
      assertEquals(v.capital(), u.capital(), "r" + i);
      for (var h : u.capital().entrySet()) {
        assertEquals(h.getValue(), all.capitalOf("r" + i, h.getKey().toString()), 1e-9, "r" + i + " " + h.getKey());
      }
    }
  }
}
