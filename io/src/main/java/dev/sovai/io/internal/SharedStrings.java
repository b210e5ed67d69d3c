package dev.sovai.io.internal;

/**
 * The strings a reader shares between equal values of one document (references, codes, enum names, dates): an
 * open-addressing table looked up with the parser's own characters, so that a string read before is neither allocated
 * nor hashed as a new {@code String} again. It holds at most {@value #LIMIT} strings; later new ones are returned
 * unshared. Not thread-safe: one per reader.
 */
final class SharedStrings {
  /** The most strings kept. */
  static final int LIMIT = 200_000;
  private static final int INITIAL = 1024;

  /** Null slots are free; the length is a power of two, at least twice the count. */
  private String[] slots = new String[INITIAL];
  private int count;

  /**
   * The shared instance equal to some characters, added if it is new and there is room.
   *
   * @param chars  the characters, not null
   * @param offset  where they start in {@code chars}
   * @param length  how many there are
   * @return a string equal to them, not null
   */
  String share(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[offset + i];   // String.hashCode's, so that a kept string's cached hash is compared
    }
    int mask = slots.length - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    for (String known = slots[slot]; known != null; known = slots[slot]) {
      if (known.hashCode() == hash && same(known, chars, offset, length)) {
        return known;
      }
      slot = (slot + 1) & mask;
    }
    String s = new String(chars, offset, length);
    if (count < LIMIT) {
      slots[slot] = s;
      if (++count * 2 > slots.length) {
        rehash();
      }
    }
    return s;
  }

  /** Forgets every string (after a document was read: the strings stay in what was read). */
  void clear() {
    slots = new String[INITIAL];
    count = 0;
  }

  private static boolean same(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    String[] old = slots;
    slots = new String[old.length * 2];
    int mask = slots.length - 1;
    for (String s : old) {
      if (s != null) {
        int h = s.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (slots[slot] != null) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = s;
      }
    }
  }
}
