package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.ControlShapes;
import org.junit.jupiter.api.Test;

/** Which chosen organisations hold an operator directly or indirectly, from {@link OwnershipGraph#reach}. */
class HolderReachTest {
  @Test
  void aChainIsHeldByEveryOperatorAboveIt() {
    // op-i holds all of op-(i+1)
    OwnershipGraph g = OwnershipGraph.of(ControlShapes.chain(10));
    HolderReach r = g.reach(List.of("op-0", "op-5", "op-9", "nobody"));
    assertEquals(List.of("op-0"), r.amongHoldersOf("op-0"), "an operator is among its own holders");
    assertEquals(List.of("op-0"), r.amongHoldersOf("op-4"));
    assertEquals(List.of("op-0", "op-5"), r.amongHoldersOf("op-7"));
    assertEquals(List.of("op-0", "op-5", "op-9"), r.amongHoldersOf("op-9"));
    assertEquals(List.of(), r.amongHoldersOf("nvidia"), "no stake links the vendor to the chain");
    assertEquals(List.of(), r.amongHoldersOf("not-an-operator"));
  }

  @Test
  void everyMemberOfARingHoldsEveryOther() {
    Landscape ring = ControlShapes.ring(1_000);
    HolderReach r = OwnershipGraph.of(ring).reach(List.of("op-3", "op-700"));
    for (String id : List.of("op-0", "op-3", "op-500", "op-999")) {
      assertEquals(List.of("op-3", "op-700"), r.amongHoldersOf(id), id);
    }
  }
}
