package dev.sovai.model;

import dev.sovai.model.assessment.EntityKind;
import java.util.Objects;

/**
 * Thrown when an identifier names no entity of its kind in a landscape: a scorer asked about site
 * {@code "nowhere"}, a deal screened by an id the landscape does not hold. Every scorer and look-up of the
 * library throws this one type for that case, so a caller catches one exception whatever it asked.
 *
 * <p>It is a {@link ModelException} whose {@link #typeName()} is the kind's name ({@code "SITE"}), whose
 * {@link #entityId()} and {@link #value()} are the identifier and whose {@link #field()} is {@code "id"}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class UnknownEntityException extends ModelException {
  private static final long serialVersionUID = 1L;

  private final EntityKind kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind  the kind of entity looked for, not null
   * @param id  the identifier that resolved to nothing, not null
   */
  public UnknownEntityException(EntityKind kind, String id) {
    super(Objects.requireNonNull(kind, "kind").name(), Objects.requireNonNull(id, "id"), "id", id,
        "no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " with this id in the landscape");
    this.kind = kind;
    this.id = id;
  }

  /** @return the kind of entity that was looked for, not null */
  public EntityKind kind() {
    return kind;
  }

  /** @return the identifier that resolved to nothing, not null */
  public String id() {
    return id;
  }
}
