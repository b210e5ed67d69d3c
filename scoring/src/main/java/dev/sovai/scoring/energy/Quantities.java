package dev.sovai.scoring.energy;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The quantities of one site's energy result, in the order they were found (the report order): an array indexed by
 * {@link EnergyQuantity#ordinal()} and the order of insertion, read as an unmodifiable {@link Map}. It replaces a
 * {@code LinkedHashMap} per site: one look-up is one array load, and the aggregate of a landscape reads the quantities
 * of 100,000 sites without walking a hash table per site and quantity.
 *
 * <p>Filled by one computation ({@link #record}), then frozen by handing it to the result, which never writes it
 * again. The map is unmodifiable: every mutator throws {@link UnsupportedOperationException}. Equality, hash code and
 * {@code toString} are those of {@link Map}, in insertion order as a {@code LinkedHashMap}'s.
 *
 * <p>Implementation Requirements: Not thread-safe while it is filled; immutable and thread-safe once the result that
 * holds it is published.
 */
final class Quantities extends AbstractMap<EnergyQuantity, EnergyValue> {
  private static final EnergyQuantity[] ALL = EnergyQuantity.values();

  private final EnergyValue[] byOrdinal = new EnergyValue[ALL.length];
  private final byte[] order = new byte[ALL.length];
  private int size;

  /**
   * Records a value: a quantity recorded again keeps its place and takes the new value, as in a {@code LinkedHashMap}.
   */
  void record(EnergyQuantity q, EnergyValue v) {
    int i = q.ordinal();
    if (byOrdinal[i] == null) {
      order[size++] = (byte) i;
    }
    byOrdinal[i] = v;
  }

  /** @return the value of a quantity, or null if it is absent */
  EnergyValue of(EnergyQuantity q) {
    return byOrdinal[q.ordinal()];
  }

  @Override
  public EnergyValue get(Object key) {
    return key instanceof EnergyQuantity q ? byOrdinal[q.ordinal()] : null;
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
  public EnergyValue put(EnergyQuantity key, EnergyValue value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public EnergyValue remove(Object key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void putAll(Map<? extends EnergyQuantity, ? extends EnergyValue> m) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException();
  }

  @Override
  public Set<Map.Entry<EnergyQuantity, EnergyValue>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<EnergyQuantity, EnergyValue>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<EnergyQuantity, EnergyValue> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            EnergyQuantity q = ALL[order[next++]];
            return new AbstractMap.SimpleImmutableEntry<>(q, byOrdinal[q.ordinal()]);
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
