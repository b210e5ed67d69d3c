package dev.sovai.scoring.energy;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one site's energy result by key, in the order they were found (the report order): its quantities
 * (keyed by {@link EnergyQuantity}) or its score components' values (keyed by component name). An array indexed by
 * the key's place in a fixed list of keys ({@link EnergyQuantity#ordinal()}, or the component's place in the
 * profile) and the order of insertion, read as an unmodifiable {@link Map}. It replaces a {@code LinkedHashMap} per
 * site: one look-up is one array load, and the aggregate of a landscape reads the quantities of 100,000 sites
 * without walking a hash table per site and quantity.
 *
 * <p>Filled by one computation ({@link #record}), then frozen by handing it to the result, which never writes it
 * again. The map is unmodifiable: every mutator throws {@link UnsupportedOperationException}. Equality, hash code and
 * {@code toString} are those of {@link Map}, in insertion order as a {@code LinkedHashMap}'s.
 *
 * <p>Implementation Requirements: Not thread-safe while it is filled; immutable and thread-safe once the result that
 * holds it is published.
 */
final class Quantities<K> extends AbstractMap<K, EnergyValue> {
  private static final EnergyQuantity[] ALL = EnergyQuantity.values();

  /** The keys there can be, by index: {@link #ALL}, or the profile's component names (a name only at its first place). */
  private final K[] keys;
  private final EnergyValue[] byIndex;
  private final char[] order;
  private int size;

  private Quantities(K[] keys) {
    this.keys = keys;
    this.byIndex = new EnergyValue[keys.length];
    this.order = new char[keys.length];
  }

  /** @return an empty table of quantities */
  static Quantities<EnergyQuantity> quantities() {
    return new Quantities<>(ALL);
  }

  /**
   * @param names  the profile's component names, in its order (at most 65,535), shared and not modified
   * @return an empty table of component values
   */
  static Quantities<String> components(String[] names) {
    return new Quantities<>(names);
  }

  /**
   * Records a value: a key recorded again keeps its place and takes the new value, as in a {@code LinkedHashMap}.
   *
   * @param index  the key's index: a quantity's ordinal, or the first place of a component's name in the profile
   */
  void record(int index, EnergyValue v) {
    if (byIndex[index] == null) {
      order[size++] = (char) index;
    }
    byIndex[index] = v;
  }

  /** @return the value at a key's index, or null if it is absent */
  EnergyValue at(int index) {
    return byIndex[index];
  }

  @Override
  public EnergyValue get(Object key) {
    if (keys == ALL) {
      return key instanceof EnergyQuantity q ? byIndex[q.ordinal()] : null;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return byIndex[i]; // the first place of a name is where it is recorded
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public EnergyValue put(K key, EnergyValue value) {
    throw readOnly();
  }

  @Override
  public EnergyValue remove(Object key) {
    throw readOnly();
  }

  @Override
  public void putAll(Map<? extends K, ? extends EnergyValue> m) {
    throw readOnly();
  }

  @Override
  public void clear() {
    throw readOnly();
  }

  /** The refusal of every mutator: a site's result is read-only once made. */
  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException("the energy values of a site's result are read-only");
  }

  @Override
  public Set<Map.Entry<K, EnergyValue>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, EnergyValue>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<K, EnergyValue> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = order[next++];
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], byIndex[i]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
