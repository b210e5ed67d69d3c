package dev.sovai.io.internal;

import java.util.Arrays;

/**
 * The JSON Pointer of the value being read, as a stack of frames: a member name, or an array index. The stack is
 * reused, so that reading a member or an element allocates nothing; the pointer's text is built only when a problem
 * names the place. A place that must outlive the current value is copied ({@link Places}); an object read
 * ({@link Cursor.Obj}) names its place while the path still passes through it, which {@link #stamp(int)} tells.
 * Not thread-safe: one per cursor.
 */
final class Path {
  /** The member name of each frame, or null for an array index. */
  private String[] names = new String[16];
  /** The array index of each frame, or -1 for a member. */
  private int[] indices = new int[16];
  /** A number given to each frame when it is entered, never given twice. */
  private int[] stamps = new int[16];
  private int stamped;
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
    indices[depth] = -1;
    stamps[depth++] = ++stamped;
  }

  /**
   * Enters an array element.
   *
   * @param index  the 0-based index
   */
  void push(int index) {
    grow();
    names[depth] = null;
    indices[depth] = index;
    stamps[depth++] = ++stamped;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
      stamps = Arrays.copyOf(stamps, depth * 2);
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
    return pointer(depth);
  }

  /**
   * @param frames  a number of frames, 0 to {@code depth()}
   * @return the JSON Pointer of the first frames
   */
  String pointer(int frames) {
    return pointer(names, indices, 0, frames);
  }

  /**
   * @param frames  a number of frames, 0 to {@code depth()}
   * @return a number that changes whenever any of the first frames is left: the path still passes through the same
   *     place as long as it is {@link #passesThrough(int, int) the same}
   */
  int stamp(int frames) {
    return frames == 0 ? 0 : stamps[frames - 1];
  }

  /**
   * @param frames  a number of frames
   * @param stamp  the {@link #stamp(int)} of those frames when the place was current
   * @return true if the first frames are still those of that place
   */
  boolean passesThrough(int frames, int stamp) {
    return frames <= depth && stamp(frames) == stamp;
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
    for (int i = from, j = at; i < to; i++, j++) { // a few frames: a loop is cheaper than System.arraycopy
      toNames[j] = names[i];
      toIndices[j] = indices[i];
    }
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
