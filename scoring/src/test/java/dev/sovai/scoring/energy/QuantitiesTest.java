package dev.sovai.scoring.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * {@link Quantities} reads as the unmodifiable {@code LinkedHashMap} it replaces: insertion order, a key recorded again
 * keeps its place, equality, hash code and {@code toString} of a map, every mutator refused; a component name that
 * occurs twice in a profile is one key.
 */
class QuantitiesTest {
  private static EnergyValue value(String name, double x) {
    return EnergyValue.built(name, x, "MW", false, "basis of " + name);
  }

  @Test
  void readsAsTheLinkedHashMapFilledInTheSameOrder() {
    Quantities<EnergyQuantity> q = Quantities.quantities();
    Map<EnergyQuantity, EnergyValue> expected = new LinkedHashMap<>();
    EnergyQuantity[] order = {EnergyQuantity.PUE, EnergyQuantity.IT_POWER_MW, EnergyQuantity.CSF_SOV81_POINTS,
        EnergyQuantity.GRID_INTENSITY, EnergyQuantity.IT_POWER_MW};
    double x = 1;
    for (EnergyQuantity k : order) {
      EnergyValue v = value(k.metricName(), x++);
      q.record(k.ordinal(), v);
      expected.put(k, v);
    }
    assertEquals(expected, q);
    assertEquals(q, expected);
    assertEquals(expected.hashCode(), q.hashCode());
    assertEquals(expected.toString(), q.toString());
    assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(q.keySet()));
    assertEquals(List.of(EnergyQuantity.PUE, EnergyQuantity.IT_POWER_MW, EnergyQuantity.CSF_SOV81_POINTS,
        EnergyQuantity.GRID_INTENSITY), new ArrayList<>(q.keySet()), "a key recorded again keeps its first place");
    assertEquals(5.0, q.get(EnergyQuantity.IT_POWER_MW).value(), "and takes the new value");
    assertEquals(4, q.size());
    assertTrue(q.containsKey(EnergyQuantity.PUE));
    assertFalse(q.containsKey(EnergyQuantity.WUE));
    assertNull(q.get(EnergyQuantity.WUE));
    assertNull(q.get("pue"));
  }

  @Test
  void refusesEveryChange() {
    Quantities<EnergyQuantity> q = Quantities.quantities();
    q.record(EnergyQuantity.PUE.ordinal(), value("pue", 1.2));
    EnergyValue v = value("wue", 0.3);
    assertThrows(UnsupportedOperationException.class, () -> q.put(EnergyQuantity.WUE, v));
    assertThrows(UnsupportedOperationException.class, () -> q.remove(EnergyQuantity.PUE));
    assertThrows(UnsupportedOperationException.class, () -> q.putAll(Map.of(EnergyQuantity.WUE, v)));
    assertThrows(UnsupportedOperationException.class, q::clear);
    assertThrows(UnsupportedOperationException.class, () -> q.entrySet().iterator().next().setValue(v));
    assertThrows(UnsupportedOperationException.class, () -> q.values().remove(q.get(EnergyQuantity.PUE)));
    assertThrows(UnsupportedOperationException.class, () -> q.keySet().remove(EnergyQuantity.PUE));
    assertEquals(1, q.size());
  }

  @Test
  void aComponentNameTwiceInTheProfileIsOneKey() {
    String[] names = {"carbon", "water", "carbon"};
    Quantities<String> c = Quantities.components(names);
    Map<String, EnergyValue> expected = new LinkedHashMap<>();
    EnergyValue water = value("score.water", 0.5);
    EnergyValue carbon1 = value("score.carbon", 0.1);
    EnergyValue carbon2 = value("score.carbon", 0.9);
    c.record(1, water);
    expected.put("water", water);
    c.record(0, carbon1);
    expected.put("carbon", carbon1);
    c.record(0, carbon2); // the third component's name first occurs at 0
    expected.put("carbon", carbon2);
    assertEquals(expected, c);
    assertEquals(expected.toString(), c.toString());
    assertEquals(carbon2, c.get("carbon"));
    assertNull(c.get("heat"));
    assertNull(c.get(EnergyQuantity.PUE));
  }
}
