package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConcentrationIndexTest {
  private static final double EPS = 1e-9;

  @Test
  void guidelineExampleThirtyThirtyTwentyTwentyIs2600() {
    ConcentrationIndex i = Partition.ofPercent(30, 30, 20, 20).index();
    assertEquals(2600.0, i.hhi(), EPS);
    assertEquals(0.26, i.h(), EPS);
    assertEquals(10_000 / 2600.0, i.equivalentNumber(), EPS);
    assertEquals(0.30, i.largestShare(), EPS);
    assertEquals(0.60, i.cr(2), EPS);
    assertEquals(1.0, i.cr(4), EPS);
    assertEquals(1.0, i.cr(10), EPS);
    assertEquals((0.26 - 0.25) / 0.75, i.normalisedHhi(), EPS);
    double entropy = -2 * 0.3 * Math.log(0.3) - 2 * 0.2 * Math.log(0.2);
    assertEquals(entropy, i.shannonEntropy(), EPS);
    assertEquals(Math.exp(entropy), i.shannonEffectiveNumber(), EPS);
    assertEquals(i.hhi(), i.hhiLower(), EPS);
    assertEquals(i.hhi(), i.hhiUpper(), EPS);
    assertFalse(i.hasUnknown());
  }

  @Test
  void monopolyAndEqualSplits() {
    ConcentrationIndex mono = Partition.ofPercent(100).index();
    assertEquals(10_000.0, mono.hhi(), EPS);
    assertEquals(1.0, mono.normalisedHhi(), EPS);
    assertEquals(1.0, mono.equivalentNumber(), EPS);
    assertEquals(0.0, mono.shannonEntropy(), EPS);
    ConcentrationIndex five = Partition.ofPercent(20, 20, 20, 20, 20).index();
    assertEquals(2000.0, five.hhi(), EPS);
    assertEquals(5.0, five.equivalentNumber(), EPS);
    assertEquals(0.0, five.normalisedHhi(), EPS);
    assertEquals(5.0, five.shannonEffectiveNumber(), 1e-9);
  }

  @Test
  void weightsNeedNotSumToOneHundred() {
    assertEquals(2600.0, Partition.of(Map.of("a", 3, "b", 3, "c", 2, "d", 2)).index().hhi(), EPS);
  }

  @Test
  void unknownRemainderGivesBounds() {
    // known 40 / 20, unknown 40 (of 100)
    Partition p = Partition.builder().add("a", 40).add("b", 20).addUnknown(40).build();
    ConcentrationIndex i = p.index();
    assertEquals(0.4, i.unknownShare(), EPS);
    assertEquals(10_000 * (4.0 / 9 + 1.0 / 9), i.hhi(), 1e-6); // pro rata: 2/3, 1/3
    assertEquals(1600 + 400, i.hhiLower(), 1e-6);              // spread thin
    assertEquals(6400 + 400, i.hhiUpper(), 1e-6);              // all to a: 80 / 20
    assertEquals(0.4, i.largestShareLower(), EPS);
    assertEquals(0.8, i.largestShareUpper(), EPS);
    assertEquals(2.0 / 3, i.largestShare(), EPS);
    assertEquals(10_000 / 6800.0, i.equivalentNumberLower(), 1e-9);
    assertEquals(10_000 / 2000.0, i.equivalentNumberUpper(), 1e-9);
    assertTrue(i.shannonEntropyLower() <= i.shannonEntropy());
    double toA = -0.8 * Math.log(0.8) - 0.2 * Math.log(0.2);
    assertEquals(toA, i.shannonEntropyLower(), 1e-12);
  }

  @Test
  void emptyPartitionHasNoValueButUnknownOnlyHasBounds() {
    assertTrue(Partition.empty().index().isEmpty());
    assertThrows(IllegalStateException.class, () -> Partition.empty().index().hhi());
    ConcentrationIndex onlyUnknown = Partition.builder().addUnknown(5).build().index();
    assertTrue(onlyUnknown.isEmpty());
    assertEquals(0.0, onlyUnknown.hhiLower(), EPS);
    assertEquals(10_000.0, onlyUnknown.hhiUpper(), EPS);
    IllegalStateException e = assertThrows(IllegalStateException.class, onlyUnknown::largestShare);
    assertTrue(e.getMessage().contains("unknown weight 5.0"), e.getMessage());
  }

  @Test
  void badWeightsAreRefusedWithTheirHolder() {
    IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
        () -> Partition.builder().add("ovh", -1.0));
    assertTrue(neg.getMessage().contains("\"ovh\"") && neg.getMessage().contains("-1.0"), neg.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Partition.builder().add("x", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Partition.builder().addUnknown(Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Partition.builder().add(" ", 1.0));
    assertThrows(IllegalArgumentException.class, () -> Partition.ofPercent(50, 50).index().cr(0));
  }

  @Test
  void combineMergesTwoHolders() {
    Partition p = Partition.ofPercent(5, 10, 85);
    Partition merged = p.combine("h1", "h2", "h1+h2");
    assertEquals(15.0, merged.weightOf("h1+h2"), EPS);
    assertEquals(100.0, merged.index().hhi() - p.index().hhi(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> p.combine("h1", "h2", "h3"));
  }

  @Test
  void orderOfAdditionDoesNotMatter() {
    Partition a = Partition.builder().add("x", 1).add("y", 2).add("x", 3).build();
    Partition b = Partition.builder().add("y", 2).add("x", 4).build();
    assertEquals(a, b);
    assertEquals("x", a.holder(0));
    assertEquals(4.0 / 6, a.shareOf("x"), EPS);
    assertEquals(0.0, a.shareOf("nobody"), EPS);
  }
}
