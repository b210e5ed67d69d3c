package dev.sovai.io.internal;

import java.util.Arrays;

/**
 * Places in a document kept in one reused buffer: each place's frames are copied from the {@link Path} (a few array
 * stores, nothing allocated once the buffer has grown), and its JSON Pointer is built only when asked for. Not
 * thread-safe: one per reader.
 */
final class Places {
  private String[] names = new String[32];
  private int[] indices = new int[32];
  /** Where each place's frames end in the two arrays (a place starts where the one before it ends). */
  private int[] ends = new int[8];
  private int size;

  /**
   * Keeps the current place of a path.
   *
   * @param path  the path
   */
  void add(Path path) {
    int from = size == 0 ? 0 : ends[size - 1];
    int to = from + path.depth();
    if (to > names.length) {
      int n = Math.max(to, names.length * 2);
      names = Arrays.copyOf(names, n);
      indices = Arrays.copyOf(indices, n);
    }
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size * 2);
    }
    path.copy(0, path.depth(), names, indices, from);
    ends[size++] = to;
  }

  /** @return the number of places kept */
  int size() {
    return size;
  }

  /**
   * @param place  a place, 0 to {@code size() - 1}
   * @return its JSON Pointer
   */
  String pointer(int place) {
    return Path.pointer(names, indices, place == 0 ? 0 : ends[place - 1], ends[place]);
  }

  /** Forgets every place. */
  void clear() {
    Arrays.fill(names, 0, size == 0 ? 0 : ends[size - 1], null);
    size = 0;
  }
}
