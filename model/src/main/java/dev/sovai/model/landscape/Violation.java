package dev.sovai.model.landscape;

import java.util.Objects;

import dev.sovai.model.ModelException;
import dev.sovai.model.assessment.EntityKind;

/**
 * One rule a landscape breaks: the entity (kind and identifier), the field as a path relative to the entity
 * in JSON Pointer style ({@code stakes/0/holder}), the offending value, and what is wrong.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Violation implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final EntityKind kind;
  private final String id;
  private final String field;
  private final String value;
  private final String problem;

  /**
   * Creates a violation.
   *
   * @param kind  the kind of the entity, not null
   * @param id  the entity's identifier, not null
   * @param field  the field path relative to the entity, not null
   * @param value  the offending value, may be null when missing
   * @param problem  what is wrong, for a person, not null
   */
  public Violation(EntityKind kind, String id, String field, Object value, String problem) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
    this.field = Objects.requireNonNull(field, "field");
    this.value = value == null ? null : String.valueOf(value);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** @return the kind of the entity, not null */
  public EntityKind kind() {
    return kind;
  }

  /** @return the entity's identifier (a jurisdiction's code), not null */
  public String id() {
    return id;
  }

  /** @return the field path relative to the entity ({@code "fleet/0/accelerator"}), empty for the whole entity */
  public String field() {
    return field;
  }

  /** @return the offending value as text, or null when missing */
  public String value() {
    return value;
  }

  /** @return what is wrong ({@code "must name an operator of the landscape"}), not null */
  public String problem() {
    return problem;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Violation)) {
      return false;
    }
    Violation v = (Violation) o;
    return kind == v.kind && id.equals(v.id) && field.equals(v.field) && Objects.equals(value, v.value)
        && problem.equals(v.problem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, field, value, problem);
  }

  /** @return {@code site 'x': fleet/0/accelerator must name an accelerator of the landscape, was "h999"} */
  @Override
  public String toString() {
    String where = kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + id + "'";
    return field.isEmpty() ? where + " " + problem
        : where + ": " + field + " " + problem + ", was " + ModelException.describe(value);
  }
}
