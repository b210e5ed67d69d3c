package dev.sovai.scoring.energy;

/**
 * Thrown when the energy scorer is asked about something the landscape does not hold (an unknown site or
 * operator). Carries the kind and the offending identifier.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EnergyScoringException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param kind  what was looked up ({@code "site"}, {@code "operator"}), not null
   * @param value  the identifier that was not found, may be null
   * @param problem  what is wrong, not null
   */
  public EnergyScoringException(String kind, String value, String problem) {
    super(kind + " \"" + value + "\" " + problem);
    this.kind = kind;
    this.value = value;
  }

  /** @return what was looked up ({@code "site"}, {@code "operator"}), not null */
  public String kind() {
    return kind;
  }

  /** @return the offending identifier, may be null */
  public String value() {
    return value;
  }
}
