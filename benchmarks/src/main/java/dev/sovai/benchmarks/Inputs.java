package dev.sovai.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.testkit.Landscapes;

/**
 * The benchmarks' inputs: landscapes from the testkit's fast generator at a fixed seed, so that every run of every
 * benchmark sees the same data.
 */
public final class Inputs {
  /** The seed of every generated input. */
  public static final long SEED = 20251120L;

  /** Operators per site in the landscapes of the I/O and scoring benchmarks (one operator per ten sites). */
  public static final int SITES_PER_OPERATOR = 10;

  private Inputs() {}

  /**
   * The landscape of a given number of sites, with one operator per {@link #SITES_PER_OPERATOR} sites (at least 2).
   *
   * @param sites  the number of sites, in [0, 10 000 000]
   * @return the landscape, not null; the same for the same argument
   */
  public static Landscape landscape(int sites) {
    return Landscapes.generate(SEED, sites, Math.max(2, sites / SITES_PER_OPERATOR));
  }

  /**
   * A landscape of operators only (no sites) for the ownership look-through, about three stakes per operator, with
   * cycles. The operators (identifiers, kinds, seats, remainders) come from the testkit generator; their stakes are
   * replaced by a hierarchy in which operator {@code i} is held by three of the operators around {@code i / 3}
   * (so chains are about log₃ n long, as group structures are), plus the testkit's cross-holding pairs (operator
   * {@code 10k} and {@code 10k+1} hold each other) and, for one operator in 50, a stake held by a grandchild,
   * which closes a longer cycle. Capital shares are in [0.05, 0.30]; one operator in four has a holder with 51 %
   * of the votes and one in eight a veto, so control can be looked through as well.
   *
   * @param operators  the number of operators, in [4, 10 000 000]
   * @return the landscape, not null; the same for the same argument
   */
  public static Landscape ownership(int operators) {
    Landscape base = Landscapes.generate(SEED, 0, operators);
    List<Operator> ops = base.operators();
    int n = ops.size();
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = ops.get(i).id();
    }
    SplittableRandom r = new SplittableRandom(SEED);
    List<Map<String, Stake>> stakes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      stakes.add(new LinkedHashMap<>());
    }
    for (int i = 1; i < n; i++) {
      Map<String, Stake> s = stakes.get(i);
      int parent = (i - 1) / 3;
      int wanted = i < 4 ? 1 : 3;
      boolean control = r.nextInt(4) == 0;
      for (int k = 0; s.size() < wanted && k < 16; k++) {
        int h = Math.max(0, parent - 1 + r.nextInt(4));
        if (h == i || s.containsKey(ids[h])) {
          continue;
        }
        Stake.Builder b = Stake.builder().holder(ids[h]).capitalShare(share(r));
        if (control) {
          b.votingShare(s.isEmpty() ? 0.51 : 0.1);
        }
        if (r.nextInt(8) == 0) {
          b.veto(true);
        }
        s.put(ids[h], b.build());
      }
      if (i % 10 == 0 && i + 1 < n) { // cross-holding pair, as in the testkit generator
        stakes.get(i).putIfAbsent(ids[i + 1], Stake.of(ids[i + 1], 0.05));
        stakes.get(i + 1).putIfAbsent(ids[i], Stake.of(ids[i], 0.05));
      }
      if (i % 50 == 25 && 9L * i + 4 < n) { // a grandchild holds a little of its grandparent: a 3-cycle
        stakes.get(i).putIfAbsent(ids[9 * i + 4], Stake.of(ids[9 * i + 4], 0.05));
      }
    }
    List<Operator> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Stake> list = new ArrayList<>(stakes.get(i).values());
      list.sort(Comparator.comparing(Stake::holder));
      out.add(Operator.builder().from(ops.get(i)).stakes(list).build());
    }
    return Landscape.builder().from(base).operators(out).build();
  }

  private static double share(SplittableRandom r) {
    return (5 + r.nextInt(26)) / 100.0;
  }
}
