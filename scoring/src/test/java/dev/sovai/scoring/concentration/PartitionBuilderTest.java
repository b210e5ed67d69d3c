package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The builder's own slot table and sort give the holders, weights and flags of the plain definition: weights summed
 * per holder in the order added, holders ranked by weight descending then key, flagged holders kept only with a
 * positive weight. Large enough to grow the table and to reach the merge steps of the sort, with many ties.
 */
class PartitionBuilderTest {
  @Test
  void manyHoldersWithTiesRankAsTheDefinitionSays() {
    for (int holders : new int[] {1, 15, 17, 100, 5_000}) {
      for (boolean presized : new boolean[] {false, true}) {
        SplittableRandom r = new SplittableRandom(holders * 31L + (presized ? 1 : 0));
        Partition.Builder b = presized ? Partition.builder(holders) : Partition.builder();
        Map<String, double[]> sums = new HashMap<>();
        TreeSet<String> flagged = new TreeSet<>();
        for (int i = 0; i < holders * 4; i++) {
          String key = "op-" + r.nextInt(holders);
          double w = r.nextInt(4) == 0 ? 0.0 : r.nextInt(5) * 0.25; // ties, and holders whose weight stays 0
          b.add(key, w);
          sums.computeIfAbsent(key, k -> new double[1])[0] += w;
          if (r.nextInt(10) == 0) {
            b.flag(key);
            flagged.add(key);
          }
        }
        b.flag("never-added").addUnknown(1.5);
        List<Map.Entry<String, double[]>> expected = new ArrayList<>(sums.entrySet());
        expected.removeIf(e -> !(e.getValue()[0] > 0.0));
        expected.sort(Comparator.<Map.Entry<String, double[]>>comparingDouble(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
        flagged.removeIf(k -> !(sums.get(k)[0] > 0.0));

        Partition p = b.build();
        assertEquals(expected.size(), p.size(), "holders of " + holders);
        for (int i = 0; i < p.size(); i++) {
          assertEquals(expected.get(i).getKey(), p.holder(i), "rank " + i + " of " + holders);
          assertEquals(expected.get(i).getValue()[0], p.weight(i), 0.0, "rank " + i + " of " + holders);
        }
        assertEquals(flagged, p.flagged());
        assertEquals(1.5, p.unknownWeight(), 0.0);
      }
    }
  }

  @Test
  void aBlankHolderIsRefusedWithTheKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Partition.builder(4).add(" ", 1.0));
    assertEquals("partition holder must not be blank, was \" \"", e.getMessage());
  }
}
