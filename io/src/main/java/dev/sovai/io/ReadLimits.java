package dev.sovai.io;

/**
 * The limits a reader enforces against hostile or runaway input. Each is explicit (never a library default) and
 * each, when exceeded, stops reading with a {@link LandscapeFormatException} naming the limit and where it was hit;
 * none can end in a stack overflow or an out-of-memory error caused by the document's shape.
 *
 * <p>The {@linkplain #defaults() defaults} fit documents of several million entities while refusing absurd
 * shapes: nesting depth 32 (the format needs 7), strings of 65,536 characters, member names of 256 characters,
 * numbers of 64 characters, documents of 2 GiB, arrays of 5,000,000 elements, 100 problems reported.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ReadLimits implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final ReadLimits DEFAULTS = new ReadLimits(32, 65_536, 256, 64, 2L << 30, 5_000_000, 100);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final int maxArrayElements;
  private final int maxProblems;

  private ReadLimits(int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
      long maxDocumentLength, int maxArrayElements, int maxProblems) {
    this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    this.maxNameLength = positive("maxNameLength", maxNameLength);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    if (maxDocumentLength <= 0) {
      throw new IllegalArgumentException("maxDocumentLength must be > 0, was " + maxDocumentLength);
    }
    this.maxDocumentLength = maxDocumentLength;
    this.maxArrayElements = positive("maxArrayElements", maxArrayElements);
    this.maxProblems = positive("maxProblems", maxProblems);
  }

  private static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
    return value;
  }

  /** @return the default limits, not null */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** @return the deepest nesting of arrays and objects allowed, > 0 */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** @return the longest string value allowed, in characters, > 0 */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** @return the longest member name allowed, in characters, > 0 */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** @return the longest number allowed, in characters, > 0 */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** @return the largest document allowed, in bytes (characters for a {@link java.io.Reader}), > 0 */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** @return the most elements one array may hold, > 0 */
  public int maxArrayElements() {
    return maxArrayElements;
  }

  /** @return the number of problems after which reading stops, > 0 */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * @param value  the deepest nesting allowed, > 0
   * @return a copy with that limit, not null
   * @throws IllegalArgumentException if not > 0
   */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, maxArrayElements,
        maxProblems);
  }

  /**
   * @param value  the longest string value allowed in characters, > 0
   * @return a copy with that limit, not null
   * @throws IllegalArgumentException if not > 0
   */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxNameLength, maxNumberLength, maxDocumentLength, maxArrayElements,
        maxProblems);
  }

  /**
   * @param value  the longest member name allowed in characters, > 0
   * @return a copy with that limit, not null
   * @throws IllegalArgumentException if not > 0
   */
  public ReadLimits withMaxNameLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxNumberLength, maxDocumentLength, maxArrayElements,
        maxProblems);
  }

  /**
   * @param value  the longest number allowed in characters, > 0
   * @return a copy with that limit, not null
   * @throws IllegalArgumentException if not > 0
   */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, value, maxDocumentLength, maxArrayElements,
        maxProblems);
  }

  /**
   * @param value  the largest document allowed in bytes, > 0
   * @return a copy with that limit, not null
   * @throws IllegalArgumentException if not > 0
   */
  public ReadLimits withMaxDocumentLength(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, value, maxArrayElements,
        maxProblems);
  }

  /**
   * @param value  the most elements one array may hold, > 0
   * @return a copy with that limit, not null
   * @throws IllegalArgumentException if not > 0
   */
  public ReadLimits withMaxArrayElements(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, value,
        maxProblems);
  }

  /**
   * @param value  the number of problems after which reading stops, > 0
   * @return a copy with that limit, not null
   * @throws IllegalArgumentException if not > 0
   */
  public ReadLimits withMaxProblems(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
        maxArrayElements, value);
  }

  @Override
  public String toString() {
    return "ReadLimits[depth=" + maxNestingDepth + ", string=" + maxStringLength + ", name=" + maxNameLength
        + ", number=" + maxNumberLength + ", document=" + maxDocumentLength + ", array=" + maxArrayElements
        + ", problems=" + maxProblems + "]";
  }
}
