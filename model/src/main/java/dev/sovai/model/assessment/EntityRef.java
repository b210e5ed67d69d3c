package dev.sovai.model.assessment;

import org.immutables.value.Value;

import dev.sovai.model.internal.Require;

/**
 * A reference to one entity of a landscape, by kind and identifier, optionally with the relation that led to
 * it in a chain ({@code "operator"}, {@code "holds 100 %"}, {@code "seat in"}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EntityRef {
  EntityRef() {}

  /** @return the kind, not null */
  @Value.Parameter
  public abstract EntityKind kind();

  /** @return the identifier (a slug, a jurisdiction code, or {@code CODE/law-id}), not blank */
  @Value.Parameter
  public abstract String id();

  /** @return how this entity relates to the previous one in a chain, empty for the first */
  @Value.Default
  public String relation() {
    return "";
  }

  /**
   * Obtains a reference.
   *
   * @param kind  the kind, not null
   * @param id  the identifier, not blank
   * @return the reference, not null
   */
  public static EntityRef of(EntityKind kind, String id) {
    return ImmutableEntityRef.of(kind, id);
  }

  /**
   * Obtains a reference reached through a relation.
   *
   * @param relation  how it relates to the previous entity of the chain, not null
   * @param kind  the kind, not null
   * @param id  the identifier, not blank
   * @return the reference, not null
   */
  public static EntityRef via(String relation, EntityKind kind, String id) {
    return ImmutableEntityRef.builder().kind(kind).id(id).relation(relation).build();
  }

  @Value.Check
  void check() {
    Require.notBlank("EntityRef", null, "id", id());
  }

  @Override
  public String toString() {
    return (relation().isEmpty() ? "" : relation() + " ") + kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + id();
  }
}
