package dev.sovai.io.internal;

import java.util.Arrays;

/**
 * The JSON Pointer of the value being read, as a stack of frames: a member name, or an array index. The stack is
 * reused, so that reading a member or an element allocates nothing; the pointer's text is built only when a problem
 * names the place. A place that must outlive the current value is copied ({@link Places}, {@link Cursor.Obj}).
 * Not thread-safe: one per cursor.
 */
final class Path {
  /** The member name of each frame, or null for an array index. */
  private String[] names = new String[16];
  /** The array index of each frame, or -1 for a member. */
  private int[] indices = new int[16];
  private int depth;

  /** @return the number of frames: 0 at the document */
  int depth() {
    return depth;
  }

  /**
   * Enters a member.
   *
   * @param name  the member name, not null
   */
  void push(String name) {
    grow();
    names[depth] = name;
    indices[depth++] = -1;
  }

  /**
   * Enters an array element.
   *
   * @param index  the 0-based index
   */
  void push(int index) {
    grow();
    names[depth] = null;
    indices[depth++] = index;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }

  /** Leaves the innermost frame. */
  void pop() {
    names[--depth] = null;
  }

  /**
   * @param frame  a frame, 0 to {@code depth() - 1}
   * @return its member name, or its index as text
   */
  String name(int frame) {
    return text(names[frame], indices[frame]);
  }

  /** @return the JSON Pointer of the current value */
  String pointer() {
    return pointer(names, indices, 0, depth);
  }

  /**
   * Copies frames, e.g. to keep a place.
   *
   * @param from  the first frame
   * @param to  one past the last frame
   * @param toNames  receives the member names (null for an index), from offset {@code at}
   * @param toIndices  receives the indices (-1 for a member), from offset {@code at}
   * @param at  where the copies start in the two arrays
   */
  void copy(int from, int to, String[] toNames, int[] toIndices, int at) {
    System.arraycopy(names, from, toNames, at, to - from);
    System.arraycopy(indices, from, toIndices, at, to - from);
  }

  /** @return a frame's text: the member name, or the index */
  static String text(String name, int index) {
    return name != null ? name : Integer.toString(index);
  }

  /**
   * @param names  member names, null for an index
   * @param indices  indices
   * @param from  the first frame
   * @param to  one past the last frame
   * @return the JSON Pointer of those frames ({@code ""} if none)
   */
  static String pointer(String[] names, int[] indices, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append('/').append(text(names[i], indices[i]).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
