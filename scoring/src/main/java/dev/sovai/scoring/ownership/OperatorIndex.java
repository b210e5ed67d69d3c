package dev.sovai.scoring.ownership;

/**
 * The position of each operator identifier in a graph's arrays: an open-addressing table of the identifiers and
 * their positions in two arrays sized once for all of them, so that building a graph of n operators allocates two
 * arrays instead of n map entries and n boxed integers, and a look-up reads two arrays instead of following an
 * entry, its key and its boxed value.
 *
 * <p>Implementation Requirements: immutable once built; thread-safe.
 */
final class OperatorIndex {
  private final String[] keys;
  private final int[] positions;
  private final int mask;

  /**
   * Indexes identifiers by their position in an array.
   *
   * @param ids  the identifiers, not null (an identifier that appears twice has its last position, as in a map)
   */
  OperatorIndex(String[] ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1; // at most half full
    keys = new String[capacity];
    positions = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < ids.length; i++) {
      int slot = spread(ids[i].hashCode()) & mask;
      while (keys[slot] != null && !keys[slot].equals(ids[i])) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = ids[i];
      positions[slot] = i;
    }
  }

  /**
   * The position of an identifier.
   *
   * @param id  the identifier, not null
   * @return its position, or -1 if it is not indexed
   */
  int of(String id) {
    int slot = spread(id.hashCode()) & mask;
    for (String k = keys[slot]; k != null; k = keys[slot]) {
      if (k == id || k.equals(id)) {
        return positions[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Mixes the high bits of a hash into the low ones, which select the slot. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
