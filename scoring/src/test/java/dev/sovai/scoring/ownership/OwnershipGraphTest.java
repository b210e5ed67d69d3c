package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;

class OwnershipGraphTest {
  private static final double EPS = 1e-10;

  static Operator op(String id, Stake... stakes) {
    return Operator.builder().id(id).name(id.toUpperCase()).kind(OperatorKind.OTHER).addStakes(stakes).build();
  }

  static Operator op(String id, Remainder remainder, Stake... stakes) {
    return Operator.builder().id(id).name(id.toUpperCase()).kind(OperatorKind.OTHER).addStakes(stakes)
        .remainder(remainder).build();
  }

  static Stake votes(String holder, double capital, double votes) {
    return Stake.builder().holder(holder).capitalShare(capital).votingShare(votes).build();
  }

  static OwnershipGraph graph(Operator... ops) {
    return OwnershipGraph.of(Landscape.builder().asOf(LocalDate.of(2025, 11, 20)).addOperators(ops).build());
  }

  private static final Holder X = Holder.operator("x");
  private static final Holder Y = Holder.operator("y");

  @Test
  void crossHoldingIsSolvedExactly() {
    // a: 30 % b, 70 % x; b: 50 % a, 50 % y. The loop a→b→a keeps 0.5 × 0.3 = 0.15 each turn.
    OwnershipGraph g = graph(op("x"), op("y"),
        op("a", Stake.of("b", 0.3), Stake.of("x", 0.7)),
        op("b", Stake.of("a", 0.5), Stake.of("y", 0.5)));
    UltimateOwnership b = g.ultimateHolders("b");
    assertEquals(0.5 / 0.85, b.capitalOf(Y), EPS);
    assertEquals(0.35 / 0.85, b.capitalOf(X), EPS);
    assertEquals(1.0, b.totalCapital(), EPS);
    UltimateOwnership a = g.ultimateHolders("a");
    assertEquals(0.7 / 0.85, a.capitalOf(X), EPS);
    assertEquals(0.15 / 0.85, a.capitalOf(Y), EPS);
    assertEquals(Map.of(X, a.capitalOf(X), Y, a.capitalOf(Y)), a.capital());
    assertEquals(a.capital(), a.votes());
    assertTrue(a.unresolvedCapital() < 1e-11);
  }

  @Test
  void topOperatorHoldsItself() {
    OwnershipGraph g = graph(op("x"));
    assertTrue(g.isTop("x"));
    assertEquals(Map.of(X, 1.0), g.ultimateHolders("x").capital());
  }

  @Test
  void unlistedRemainderIsAnExplicitPseudoHolder() {
    OwnershipGraph g = graph(op("x"), op("y"),
        op("c", Stake.of("x", 0.4)),
        op("d", Remainder.FREE_FLOAT, Stake.of("y", 0.25)),
        op("e", Stake.of("c", 0.5), Stake.of("d", 0.5)));
    UltimateOwnership e = g.ultimateHolders("e");
    assertEquals(0.2, e.capitalOf(X), EPS);
    assertEquals(0.3, e.capitalOf(Holder.of(HolderKind.UNKNOWN, "c")), EPS);
    assertEquals(0.125, e.capitalOf(Y), EPS);
    assertEquals(0.375, e.capitalOf(Holder.of(HolderKind.FREE_FLOAT, "d")), EPS);
    assertEquals(0.3, e.capitalOfKind(HolderKind.UNKNOWN), EPS);
    assertEquals("unknown of c", Holder.of(HolderKind.UNKNOWN, "c").toString());
  }

  @Test
  void capitalAndVotesAreLookedThroughSeparately() {
    OwnershipGraph g = graph(op("x"), op("y"),
        op("d", votes("x", 0.2, 0.6), votes("y", 0.8, 0.4)),
        op("f", Remainder.FREE_FLOAT, Stake.of("d", 0.5)));
    UltimateOwnership f = g.ultimateHolders("f");
    assertEquals(0.1, f.capitalOf(X), EPS);
    assertEquals(0.3, f.votesOf(X), EPS);
    assertEquals(0.4, f.capitalOf(Y), EPS);
    assertEquals(0.2, f.votesOf(Y), EPS);
  }

  @Test
  void closedRingIsCircularNotLost() {
    OwnershipGraph g = graph(op("x"),
        op("p", Stake.of("q", 1.0)), op("q", Stake.of("p", 1.0)),
        op("r", Stake.of("p", 0.5), Stake.of("x", 0.5)));
    Holder ring = Holder.of(HolderKind.CIRCULAR, "p");
    assertEquals(Map.of(ring, 1.0), g.ultimateHolders("q").capital());
    UltimateOwnership r = g.ultimateHolders("r");
    assertEquals(0.5, r.capitalOf(ring), EPS);
    assertEquals(0.5, r.capitalOf(X), EPS);
  }

  @Test
  void nearlyClosedRingConverges() {
    // u and w hold 99 % of each other; 1 % of each is held by x and y. Exact: u → x = 0.01/(1-0.9801), y = 0.0099/0.0199.
    OwnershipGraph g = graph(op("x"), op("y"),
        op("u", Stake.of("w", 0.99), Stake.of("x", 0.01)),
        op("w", Stake.of("u", 0.99), Stake.of("y", 0.01)));
    UltimateOwnership u = g.ultimateHolders("u");
    assertEquals(0.01 / 0.0199, u.capitalOf(X), 1e-9);
    assertEquals(0.0099 / 0.0199, u.capitalOf(Y), 1e-9);
  }

  @Test
  void integratedByClassMatchesPerOperatorLookThrough() {
    OwnershipGraph g = graph(op("x"), op("y"),
        op("a", Stake.of("b", 0.3), Stake.of("x", 0.7)),
        op("b", Stake.of("a", 0.5), Stake.of("y", 0.5)),
        op("c", Stake.of("x", 0.4)),
        op("e", Stake.of("c", 0.5), Stake.of("b", 0.5)),
        op("p", Stake.of("q", 1.0)), op("q", Stake.of("p", 1.0)),
        op("r", Stake.of("p", 0.5), Stake.of("e", 0.25)));
    IntegratedOwnership all = g.integrated(Holder::toString);
    for (String id : List.of("x", "y", "a", "b", "c", "e", "p", "q", "r")) {
      UltimateOwnership u = g.ultimateHolders(id);
      for (Map.Entry<Holder, Double> h : u.capital().entrySet()) {
        assertEquals(h.getValue(), all.capitalOf(id, h.getKey().toString()), 1e-10, id + " " + h.getKey());
      }
      double sum = all.capital(id).values().stream().mapToDouble(Double::doubleValue).sum();
      assertEquals(u.totalCapital(), sum, 1e-10, id);
    }
    assertEquals(0.5 * 0.35 / 0.85 + 0.5 * 0.4, all.capitalOf("e", "x"), 1e-10);
  }

  @Test
  void majorityOfVotesIsSoleControlUpTheChain() {
    OwnershipGraph g = graph(op("x"), op("y"),
        op("d", votes("x", 0.2, 0.6), votes("y", 0.8, 0.4)),
        op("f", Remainder.FREE_FLOAT, Stake.of("d", 0.7)));
    Control f = g.controllers("f");
    assertEquals(ControlKind.SOLE, f.kind());
    assertEquals(List.of("x"), f.controllers());
    assertEquals(List.of(ControlLink.of("f", "d", ControlBasis.MAJORITY_OF_VOTES, 0.7),
        ControlLink.of("d", "x", ControlBasis.MAJORITY_OF_VOTES, 0.6)), f.chainTo("x").orElseThrow());
    // nothing is known of x's own holders: an unlisted holder could control it
    assertFalse(f.isDetermined());
    assertEquals(List.of("x"), f.undetermined());
  }

  @Test
  void twoEqualHoldersHaveJointControl() {
    OwnershipGraph g = graph(op("x"), op("y"), op("e", Stake.of("x", 0.5), Stake.of("y", 0.5)));
    Control e = g.controllers("e");
    assertEquals(ControlKind.JOINT, e.kind());
    assertEquals(List.of("x", "y"), e.controllers());
    assertEquals(ControlBasis.EQUAL_SPLIT, e.chainTo("y").orElseThrow().get(0).basis());
  }

  @Test
  void vetoBesideAMajorityIsJointControl() {
    OwnershipGraph g = graph(op("x"), op("y"),
        op("g", Stake.of("x", 0.6), Stake.builder().holder("y").capitalShare(0.1).veto(true).build()));
    assertEquals(ControlKind.JOINT, g.controllers("g").kind());
    assertEquals(List.of("x", "y"), g.controllers("g").controllers());
  }

  @Test
  void boardRightAloneIsSoleControl() {
    OwnershipGraph g = graph(op("x"), op("y"),
        op("k", Remainder.FREE_FLOAT, Stake.of("y", 0.3),
            Stake.builder().holder("x").capitalShare(0.2).appointsBoardMajority(true).build()));
    Control k = g.controllers("k");
    assertEquals(ControlKind.SOLE, k.kind());
    assertEquals(List.of("x"), k.controllers());
    assertEquals(ControlBasis.BOARD_MAJORITY, k.direct().get(0).basis());
  }

  @Test
  void jointControllersUnderOneParentAreSoleControl() {
    OwnershipGraph g = graph(op("x"),
        op("s1", Stake.of("x", 1.0)), op("s2", Stake.of("x", 1.0)),
        op("jv", Stake.of("s1", 0.5), Stake.of("s2", 0.5)));
    Control jv = g.controllers("jv");
    assertEquals(ControlKind.SOLE, jv.kind());
    assertEquals(List.of("x"), jv.controllers());
    assertEquals(2, jv.chainTo("x").orElseThrow().size());
  }

  @Test
  void mutualControlIsCircular() {
    OwnershipGraph g = graph(op("x"), op("y"),
        op("s", Stake.of("t", 0.6), Stake.of("x", 0.4)),
        op("t", Stake.of("s", 0.6), Stake.of("y", 0.4)),
        op("z", Stake.of("s", 0.9)));
    Control z = g.controllers("z");
    assertEquals(ControlKind.CIRCULAR, z.kind());
    assertEquals(List.of("s", "t"), z.controllers());
  }

  @Test
  void uncontrolledWithLargeUnknownRemainderIsUndetermined() {
    OwnershipGraph g = graph(op("x"), op("h", Stake.of("x", 0.3)), op("i", Remainder.FREE_FLOAT, Stake.of("x", 0.3)));
    Control h = g.controllers("h");
    assertEquals(ControlKind.NONE, h.kind());
    assertEquals(List.of("h"), h.controllers());
    assertEquals(List.of(), h.chainTo("h").orElseThrow());
    assertFalse(h.isDetermined());
    assertTrue(g.controllers("i").isDetermined());
    assertFalse(g.controllers("i").isControlled());
  }

  @Test
  void unknownOperatorIsNamedInTheError() {
    OwnershipGraph g = graph(op("x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.ultimateHolders("nope"));
    assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OwnershipGraph.of(Landscape.empty(LocalDate.of(2025, 1, 1)), 0.0));
  }

  /** A large random landscape with cycles: the whole-landscape solve stays consistent (not a timing test). */
  @Test
  void largeLandscapeWithCyclesIsSolvedWhole() {
    int n = Integer.getInteger("sovai.ownership.operators", 5_000);
    Random random = new Random(42);
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int stakes = i < n / 10 ? 0 : 3;
      List<Stake> list = new ArrayList<>();
      List<Integer> holders = new ArrayList<>();
      while (holders.size() < stakes) {
        int h = random.nextInt(n);
        if (h != i && !holders.contains(h)) {
          holders.add(h);
        }
      }
      for (int h : holders) {
        list.add(Stake.of(String.format("o%06d", h), 0.3 * random.nextDouble()));
      }
      ops.add(op(String.format("o%06d", i), list.toArray(new Stake[0])));
    }
    OwnershipGraph g = OwnershipGraph.of(Landscape.builder().asOf(LocalDate.of(2025, 1, 1)).addAllOperators(ops).build());
    assertEquals(3 * (n - n / 10), g.stakeCount());
    IntegratedOwnership byKind = g.integrated(h -> h.kind().name());
    for (int i = 0; i < n; i += 97) {
      String id = String.format("o%06d", i);
      double sum = byKind.capital(id).values().stream().mapToDouble(Double::doubleValue).sum();
      assertTrue(sum <= 1.0 + 1e-9 && sum > 1.0 - 1e-6, id + " sums to " + sum);
    }
    UltimateOwnership one = g.ultimateHolders(String.format("o%06d", n - 1));
    assertEquals(one.capitalOfKind(HolderKind.UNKNOWN), byKind.capitalOf(one.operator(), "UNKNOWN"), 1e-6);
  }
}
