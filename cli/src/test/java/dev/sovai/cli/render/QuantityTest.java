package dev.sovai.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Computing rates read in engineering units; other units are left as they are. */
class QuantityTest {
  @Test
  void flopsPerSecondTakeTheLargestPrefixThatKeepsTheNumberBelowAThousand() {
    assertEquals("877 EFLOP/s", Quantity.of(876_979_188_720_000_200_000.0, "FLOP/s"));
    assertEquals("1.307 ZFLOP/s", Quantity.of(1.307408e21, "FLOP/s"));
    assertEquals("999 PFLOP/s", Quantity.of(999e15, "FLOP/s"));
    assertEquals("1 EFLOP/s", Quantity.of(1e18, "FLOP/s"));
    assertEquals("500 FLOP/s", Quantity.of(500, "FLOP/s"));
  }

  @Test
  void teraFlopsPerSecondAreRescaledToo() {
    assertEquals("1.742 EFLOP/s", Quantity.of(1_742_000, "TFLOP/s"));
    assertEquals("2.746 EFLOP/s", Quantity.of(2_746_376, "TFLOP/s"));
    assertEquals("120 TFLOP/s", Quantity.of(120, "TFLOP/s"));
    assertEquals("500 GFLOP/s", Quantity.of(0.5, "TFLOP/s"));
  }

  @Test
  void aColumnSharesOneScaleChosenByItsLargestValue() {
    Quantity q = Quantity.scaleFor("FLOP/s", 7.5e20);
    assertEquals("EFLOP/s", q.unit());
    assertEquals("750", q.number(7.5e20));
    assertEquals("19.01", q.number(1.9008e19));
  }

  @Test
  void otherUnitsStayAndARatioHasNoUnit() {
    assertEquals("12,500 accelerators", Quantity.of(12_500, "accelerators"));
    assertEquals("1.3", Quantity.of(1.3, "1"));
    assertEquals("MW", Quantity.scaleFor("MW", 5e9).unit());
  }
}
