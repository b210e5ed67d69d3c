package dev.sovai.model.landscape;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a landscape cannot be built: it lists <em>every</em> violation found, each with the entity, the
 * field and the value, in a stable order.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public class InvalidLandscapeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MESSAGE_LIMIT = 50;

  @SuppressWarnings("serial") // an immutable List.copyOf of serializable violations
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations  the violations, not empty
   */
  public InvalidLandscapeException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    String head = violations.size() == 1 ? "1 violation" : violations.size() + " violations";
    String body = violations.stream().limit(MESSAGE_LIMIT).map(v -> "  - " + v).collect(Collectors.joining("\n"));
    String tail = violations.size() > MESSAGE_LIMIT ? "\n  … and " + (violations.size() - MESSAGE_LIMIT) + " more" : "";
    return "invalid landscape, " + head + ":\n" + body + tail;
  }

  /** @return every violation, in a stable order, not empty */
  public List<Violation> violations() {
    return violations;
  }
}
