package dev.sovai.scoring.concentration;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A weighted partition: holders (named by any non-blank key) with non-negative weights, plus an explicit
 * <em>unknown</em> weight whose holder(s) are not known. The weights are in the unit of a {@link Basis}
 * (accelerators, MW, FLOP/s …); shares are weights over the {@linkplain #totalWeight() total}, known plus unknown.
 *
 * <p>Holders with zero weight are dropped. Holders are kept in a canonical order (weight descending, then key),
 * so two partitions with the same holders and weights are equal whatever order they were built in.
 * Holders can be <em>flagged</em>: their weight comes partly from an estimated attribution, such as joint owners
 * split by stake or equally, or an operator taken as its own controller because its controller is undetermined.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe. Holders and weights are kept in
 * primitive arrays.
 */
public final class Partition {
  private static final Partition EMPTY = new Partition(new String[0], new double[0], 0.0, Set.of());

  private final String[] holders;
  private final double[] weights;
  private final double unknown;
  private final Set<String> flagged;
  private volatile Map<String, Integer> rankIndex;
  private volatile ConcentrationIndex index;

  private Partition(String[] holders, double[] weights, double unknown, Set<String> flagged) {
    this.holders = holders;
    this.weights = weights;
    this.unknown = unknown;
    this.flagged = flagged;
  }

  /** @return the empty partition (no holders, no unknown weight), not null */
  public static Partition empty() {
    return EMPTY;
  }

  /**
   * Obtains a partition from holder weights, with no unknown weight.
   *
   * @param weights  the weight of each holder, finite and ≥ 0, not null
   * @return the partition, not null
   * @throws IllegalArgumentException if a key is blank or a weight negative or not finite
   */
  public static Partition of(Map<String, ? extends Number> weights) {
    Builder b = builder();
    weights.forEach((k, v) -> b.add(k, v.doubleValue()));
    return b.build();
  }

  /**
   * Obtains a partition of shares given in percent ({@code ofPercent(30, 30, 20, 20)}), holders named {@code "h1"},
   * {@code "h2"}, … in order. Convenient for the regulators' worked examples. If the percentages sum to less than
   * 100, nothing else is assumed: the partition is of the weights given.
   *
   * @param percents  the weights, finite and ≥ 0, not null
   * @return the partition, not null
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  public static Partition ofPercent(double... percents) {
    Builder b = builder();
    for (int i = 0; i < percents.length; i++) {
      b.add("h" + (i + 1), percents[i]);
    }
    return b.build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  /** A new builder with room for about {@code expectedHolders} holders before it grows (≥ 0). */
  static Builder builder(int expectedHolders) {
    return new Builder(expectedHolders);
  }

  /** @return the number of holders with a positive weight, ≥ 0 */
  public int size() {
    return holders.length;
  }

  /**
   * The holder at a rank (0 is the largest).
   *
   * @param rank  the rank, in [0, size)
   * @return the holder's key, not null
   * @throws IndexOutOfBoundsException if out of range
   */
  public String holder(int rank) {
    return holders[rank];
  }

  /**
   * The weight at a rank (0 is the largest).
   *
   * @param rank  the rank, in [0, size)
   * @return the weight, &gt; 0
   * @throws IndexOutOfBoundsException if out of range
   */
  public double weight(int rank) {
    return weights[rank];
  }

  /**
   * The weight of a holder.
   *
   * @param holder  the key, not null
   * @return its weight, 0 if it is not a holder
   */
  public double weightOf(String holder) {
    Integer r = ranks().get(holder);
    return r == null ? 0.0 : weights[r];
  }

  /**
   * The share of a holder in the total (known plus unknown).
   *
   * @param holder  the key, not null
   * @return its share in [0, 1]; 0 if the total is 0
   */
  public double shareOf(String holder) {
    double t = totalWeight();
    return t == 0.0 ? 0.0 : weightOf(holder) / t;
  }

  /**
   * Whether a key is a holder.
   *
   * @param holder  the key, not null
   * @return true if it has a positive weight
   */
  public boolean contains(String holder) {
    return ranks().containsKey(holder);
  }

  /** @return the sum of the holders' weights, ≥ 0 */
  public double knownWeight() {
    return index().knownWeight();
  }

  /** @return the weight whose holder is not known, ≥ 0 */
  public double unknownWeight() {
    return unknown;
  }

  /** @return known plus unknown weight, ≥ 0 */
  public double totalWeight() {
    return knownWeight() + unknown;
  }

  /** @return the holders whose weight comes partly from an estimated attribution, sorted, not null */
  public Set<String> flagged() {
    return flagged;
  }

  /** @return the holders and weights, largest first, as an unmodifiable map, not null */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < holders.length; i++) {
      m.put(holders[i], weights[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The concentration indices of this partition (computed once, then cached).
   *
   * @return the index, not null
   */
  public ConcentrationIndex index() {
    ConcentrationIndex i = index;
    if (i == null) {
      i = new ConcentrationIndex(weights, unknown);
      index = i;
    }
    return i;
  }

  /**
   * Returns the partition after two holders combine (a merger): {@code into} gets both weights.
   *
   * @param a  one holder, not null; need not be a holder
   * @param b  the other holder, not null; need not be a holder
   * @param into  the key of the combined holder, not blank
   * @return the new partition, not null
   * @throws IllegalArgumentException if {@code into} is blank or already a holder other than {@code a} or {@code b}
   */
  public Partition combine(String a, String b, String into) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (!into.equals(a) && !into.equals(b) && contains(into)) {
      throw new IllegalArgumentException("combined holder \"" + into + "\" is already a holder of the partition");
    }
    Builder builder = builder();
    for (int i = 0; i < holders.length; i++) {
      String k = holders[i].equals(a) || holders[i].equals(b) ? into : holders[i];
      builder.add(k, weights[i]);
      if (flagged.contains(holders[i])) {
        builder.flag(k);
      }
    }
    return builder.addUnknown(unknown).build();
  }

  private Map<String, Integer> ranks() {
    Map<String, Integer> m = rankIndex;
    if (m == null) {
      m = new HashMap<>(holders.length * 2);
      for (int i = 0; i < holders.length; i++) {
        m.put(holders[i], i);
      }
      rankIndex = m;
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Partition)) {
      return false;
    }
    Partition p = (Partition) o;
    return Arrays.equals(holders, p.holders) && Arrays.equals(weights, p.weights)
        && Double.compare(unknown, p.unknown) == 0 && flagged.equals(p.flagged);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(holders), Arrays.hashCode(weights), unknown, flagged);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Partition{");
    for (int i = 0; i < holders.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(holders[i]).append('=').append(weights[i]);
    }
    return sb.append(unknown > 0 ? ", unknown=" + unknown : "").append('}').toString();
  }

  /**
   * Accumulates weights by holder; adding the same holder twice sums its weights. Sized for millions of
   * additions: one hash look-up and one primitive add each, or only the add for a caller that resolved the holder
   * to its slot once ({@link #slot(String)}). Slots are found in an open-addressing table of primitive slot numbers
   * (no boxed numbers, no entry objects), and {@link #build()} orders the holders with a primitive sort.
   */
  public static final class Builder {
    /** Per hash bucket, the slot of the holder there plus one; 0 for an empty bucket. Its length is a power of 2. */
    private int[] table;
    private String[] keys;
    private double[] sums;
    /** Per slot, whether its holder is flagged ({@link #flagAt}); holders flagged by key are in {@link #flagged}. */
    private boolean[] flaggedAt;
    private int size;
    private double unknown;
    private final Set<String> flagged = new java.util.HashSet<>();

    Builder() {
      this(16);
    }

    /** A builder with room for about {@code expected} holders before it grows. */
    Builder(int expected) {
      int n = Math.max(16, expected);
      keys = new String[n];
      sums = new double[n];
      flaggedAt = new boolean[n];
      table = new int[Integer.highestOneBit(Math.max(32, n * 2 - 1)) << 1];
    }

    /**
     * Adds weight to a holder.
     *
     * @param holder  the key, not blank
     * @param weight  the weight, finite and ≥ 0
     * @return this builder, not null
     * @throws IllegalArgumentException if the key is blank or the weight negative or not finite
     */
    public Builder add(String holder, double weight) {
      Objects.requireNonNull(holder, "holder");
      checkWeight(weight, holder);
      int k = slot(holder); // may grow the arrays: resolve before indexing
      sums[k] += weight;
      return this;
    }

    /** The bucket of a holder in {@link #table}: where it is, or the empty bucket where it would go. */
    private int bucket(String holder) {
      int mask = table.length - 1;
      int h = holder.hashCode();
      int b = (h ^ (h >>> 16)) & mask;
      while (true) {
        int s = table[b];
        if (s == 0 || holder.equals(keys[s - 1])) {
          return b;
        }
        b = (b + 1) & mask;
      }
    }

    /** The slot of a holder, -1 if it has none. */
    private int find(String holder) {
      return table[bucket(holder)] - 1;
    }

    /**
     * The slot of a holder, created with weight 0 if new: lets a caller that adds to the same holder millions of
     * times resolve it once.
     */
    int slot(String holder) {
      int b = bucket(holder);
      int slot = table[b] - 1;
      if (slot < 0) {
        if (holder.isBlank()) {
          throw new IllegalArgumentException("partition holder must not be blank, was \"" + holder + "\"");
        }
        slot = size++;
        if (slot == keys.length) {
          keys = Arrays.copyOf(keys, slot * 2);
          sums = Arrays.copyOf(sums, slot * 2);
          flaggedAt = Arrays.copyOf(flaggedAt, slot * 2);
        }
        keys[slot] = holder;
        table[b] = slot + 1;
        if (size * 2 > table.length) {
          rehash();
        }
      }
      return slot;
    }

    /** Doubles the hash table and puts every slot back. */
    private void rehash() {
      table = new int[table.length * 2];
      for (int s = 0; s < size; s++) {
        table[bucket(keys[s])] = s + 1;
      }
    }

    /** Adds weight to a slot from {@link #slot(String)}; the weight must be finite and ≥ 0 (checked by callers). */
    void addAt(int slot, double weight) {
      sums[slot] += weight;
    }

    /** Adds weight to a slot from {@link #slot(String)}, checked as {@link #add(String, double)} checks it. */
    void addChecked(int slot, double weight) {
      checkWeight(weight, keys[slot]);
      sums[slot] += weight;
    }

    /**
     * Adds weight whose holder is not known.
     *
     * @param weight  the weight, finite and ≥ 0
     * @return this builder, not null
     * @throws IllegalArgumentException if the weight is negative or not finite
     */
    public Builder addUnknown(double weight) {
      checkWeight(weight, "unknown");
      unknown += weight;
      return this;
    }

    /**
     * Flags a holder: part of its weight comes from an estimated attribution.
     *
     * @param holder  the key, not null
     * @return this builder, not null
     */
    public Builder flag(String holder) {
      flagged.add(Objects.requireNonNull(holder, "holder"));
      return this;
    }

    /** Flags the holder of a slot from {@link #slot(String)}, as {@link #flag(String)} flags it. */
    void flagAt(int slot) {
      flaggedAt[slot] = true;
    }

    /** @return the partition, not null */
    public Partition build() {
      int n = 0;
      int[] live = new int[size];
      for (int i = 0; i < size; i++) {
        if (sums[i] > 0.0) {
          live[n++] = i;
        }
      }
      sortByRank(live, new int[n], 0, n);
      String[] h = new String[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        h[i] = keys[live[i]];
        w[i] = sums[live[i]];
      }
      Set<String> f = new TreeSet<>(); // sorted once here; the builder keeps a hash set
      for (String k : flagged) {
        int s = find(k);
        if (s >= 0 && sums[s] > 0.0) {
          f.add(k);
        }
      }
      for (int i = 0; i < size; i++) {
        if (flaggedAt[i] && sums[i] > 0.0) {
          f.add(keys[i]);
        }
      }
      return new Partition(h, w, unknown, Collections.unmodifiableSet(f));
    }

    /** Whether slot x ranks before slot y: larger weight first, then key in natural order (a total order). */
    private boolean before(int x, int y) {
      int c = Double.compare(sums[y], sums[x]);
      return c != 0 ? c < 0 : keys[x].compareTo(keys[y]) < 0;
    }

    /** Sorts slots [from, to) of a by rank: a merge sort of primitive slot numbers, with tmp as work space. */
    private void sortByRank(int[] a, int[] tmp, int from, int to) {
      if (to - from <= 16) {
        for (int i = from + 1; i < to; i++) {
          int v = a[i];
          int j = i - 1;
          while (j >= from && before(v, a[j])) {
            a[j + 1] = a[j];
            j--;
          }
          a[j + 1] = v;
        }
        return;
      }
      int mid = (from + to) >>> 1;
      sortByRank(a, tmp, from, mid);
      sortByRank(a, tmp, mid, to);
      if (!before(a[mid], a[mid - 1])) {
        return;
      }
      System.arraycopy(a, from, tmp, from, to - from);
      for (int i = from, l = from, r = mid; i < to; i++) {
        a[i] = r >= to || (l < mid && !before(tmp[r], tmp[l])) ? tmp[l++] : tmp[r++];
      }
    }

    private static void checkWeight(double weight, String holder) {
      if (!(weight >= 0.0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException("weight of \"" + holder + "\" must be finite and ≥ 0, was " + weight);
      }
    }
  }
}
