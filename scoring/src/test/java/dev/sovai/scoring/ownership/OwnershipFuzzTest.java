package dev.sovai.scoring.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;

/**
 * Fuzz test of control and look-through on graphs of stakes the fuzzer shapes: rings, cliques, chains, their mixtures.
 * Every operator's control and ultimate holders are asked for, each answer must be consistent (shares within [0, 1],
 * one chain per controller, ending at it), and the per-operator look-through must agree with the whole-landscape
 * solve. In a normal build it runs in regression mode over the inputs in {@code OwnershipFuzzTestInputs/}; run
 * {@code JAZZER_FUZZ=1 mvn -pl scoring -am test -Dtest=OwnershipFuzzTest} to fuzz.
 */
class OwnershipFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void controlAndLookThroughStayConsistent(FuzzedDataProvider d) {
    int n = d.consumeInt(1, 400);
    int shape = d.consumeInt(0, 3);
    List<Operator> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> stakes = new LinkedHashMap<>();
      switch (shape) {
        case 0: // a ring, with fuzzed shares
          stakes.put((i + 1) % n, d.consumeInt(1, 100) / 100.0);
          break;
        case 1: // a clique of up to 40, everyone holding an equal part of everyone
          if (i < 40) {
            int k = Math.min(n, 40);
            for (int j = 0; j < k; j++) {
              if (j != i) {
                stakes.put(j, 1.0 / k);
              }
            }
          }
          break;
        case 2: // a chain
          if (i + 1 < n) {
            stakes.put(i + 1, d.consumeInt(1, 100) / 100.0);
          }
          break;
        default: // whatever the fuzzer says
          for (int s = d.consumeInt(0, 4); s > 0 && d.remainingBytes() > 0; s--) {
            stakes.put(d.consumeInt(0, n - 1), d.consumeInt(0, 100) / 100.0);
          }
      }
      stakes.remove(i);
      double sum = stakes.values().stream().mapToDouble(Double::doubleValue).sum();
      Operator.Builder b = Operator.builder().id(String.format("o%04d", i)).name("O").kind(OperatorKind.OTHER)
          .remainder(d.remainingBytes() > 0 && d.consumeBoolean() ? Remainder.FREE_FLOAT : Remainder.UNKNOWN);
      stakes.forEach((h, share) -> b.addStakes(Stake.of(String.format("o%04d", h), sum > 1 ? share / sum : share)));
      ops.add(b.build());
    }
    OwnershipGraph g = OwnershipGraph.of(Landscape.builder().asOf(LocalDate.of(2025, 1, 1)).addAllOperators(ops).build());
    IntegratedOwnership byHolder = g.integrated(Holder::toString);
    for (Operator o : ops) {
      Control c = g.controllers(o.id());
      assertFalse(c.controllers().isEmpty());
      assertEquals(c.controllers().size(), c.chains().size());
      for (int i = 0; i < c.controllers().size(); i++) {
        List<ControlLink> chain = c.chains().get(i);
        if (!chain.isEmpty()) {
          assertEquals(o.id(), chain.get(0).controlled());
          assertEquals(c.controllers().get(i), chain.get(chain.size() - 1).controller());
        }
      }
      UltimateOwnership u = g.ultimateHolders(o.id());
      double total = u.totalCapital() + u.unresolvedCapital();
      assertTrue(total > 1 - 1e-6 && total < 1 + 1e-6, o.id() + " sums to " + total);
      for (Map.Entry<Holder, Double> h : u.capital().entrySet()) {
        assertTrue(h.getValue() >= 0 && h.getValue() <= 1 + 1e-9, h.toString());
        assertEquals(h.getValue(), byHolder.capitalOf(o.id(), h.getKey().toString()), 1e-6, o.id() + " " + h.getKey());
      }
    }
  }
}
