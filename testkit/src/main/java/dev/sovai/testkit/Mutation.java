package dev.sovai.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import dev.sovai.model.ModelException;
import dev.sovai.model.landscape.InvalidLandscapeException;
import dev.sovai.model.landscape.Violation;

/**
 * An attempt to build a model value that breaks exactly one rule, made from a valid value: what rule is broken,
 * which type and field must be named by the rejection, and the construction itself ({@link #attempt()}).
 *
 * <p>The model cannot hold an invalid value (construction throws), so a mutation is the invalid
 * <em>construction</em>, not a value. For an element rule the model must throw a {@link ModelException} whose
 * {@link ModelException#typeName() typeName} and {@link ModelException#field() field} are {@link #typeName()} and
 * {@link #field()}; for a landscape rule (a dangling reference, a duplicate identifier) it must throw an
 * {@link InvalidLandscapeException} with exactly one {@link Violation}, on entity {@link #entityId()} and field
 * path {@link #field()}. {@link #assertRejected()} checks that.
 *
 * <p>Implementation Requirements: immutable if the original value is; {@link #attempt()} builds afresh each time.
 */
public final class Mutation {
  /** The {@link #typeName()} of mutations that break a whole-landscape rule. */
  public static final String LANDSCAPE = "Landscape";

  private final String rule;
  private final String typeName;
  private final String entityId;
  private final String field;
  private final Object original;
  private final Supplier<?> construction;

  private Mutation(String rule, String typeName, String entityId, String field, Object original,
      Supplier<?> construction) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.entityId = entityId;
    this.field = Objects.requireNonNull(field, "field");
    this.original = Objects.requireNonNull(original, "original");
    this.construction = Objects.requireNonNull(construction, "construction");
  }

  /**
   * Describes a mutation that breaks an element rule.
   *
   * @param rule  the rule broken and how, for a person (e.g. {@code "count -3 is negative"}), not null
   * @param typeName  the simple name of the model type that must reject it ({@code "AcceleratorLot"}), not null
   * @param field  the field the rejection must name, as in {@link ModelException#field()}, not null
   * @param original  the valid value the mutation started from, not null
   * @param construction  builds the invalid value (and so throws), not null
   * @return the mutation, not null
   */
  public static Mutation ofElement(String rule, String typeName, String field, Object original,
      Supplier<?> construction) {
    return new Mutation(rule, typeName, null, field, original, construction);
  }

  /**
   * Describes a mutation that breaks a whole-landscape rule.
   *
   * @param rule  the rule broken and how, for a person, not null
   * @param entityId  the identifier of the entity the violation must name, not null
   * @param field  the field path the violation must name ({@code "fleet/2/accelerator"}), not null
   * @param original  the valid landscape (or entity) the mutation started from, not null
   * @param construction  builds the invalid landscape (and so throws), not null
   * @return the mutation, not null
   */
  public static Mutation ofLandscape(String rule, String entityId, String field, Object original,
      Supplier<?> construction) {
    return new Mutation(rule, LANDSCAPE, Objects.requireNonNull(entityId, "entityId"), field, original,
        construction);
  }

  /** @return the rule broken and how, for a person, not null */
  public String rule() {
    return rule;
  }

  /** @return the simple name of the model type that must reject it, or {@link #LANDSCAPE}; not null */
  public String typeName() {
    return typeName;
  }

  /** @return for a landscape rule, the identifier of the entity the violation must name; else empty */
  public Optional<String> entityId() {
    return Optional.ofNullable(entityId);
  }

  /** @return the field (element rule) or field path (landscape rule) the rejection must name, not null */
  public String field() {
    return field;
  }

  /** @return the valid value the mutation started from, not null */
  public Object original() {
    return original;
  }

  /**
   * Runs the invalid construction.
   *
   * @return what it threw, or empty if it (wrongly) built a value
   */
  public Optional<RuntimeException> attempt() {
    try {
      construction.get();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e);
    }
  }

  /**
   * Checks that the model rejects the construction as it must: a {@link ModelException} naming
   * {@link #typeName()} and {@link #field()}, or an {@link InvalidLandscapeException} with exactly one violation
   * naming {@link #entityId()} and {@link #field()}; and that the exception's message names the field.
   *
   * @throws AssertionError if the value was built, or rejected otherwise, saying what happened instead
   */
  public void assertRejected() {
    RuntimeException e = attempt().orElseThrow(() -> new AssertionError("not rejected: " + this));
    if (LANDSCAPE.equals(typeName)) {
      if (!(e instanceof InvalidLandscapeException)) {
        throw new AssertionError("expected an InvalidLandscapeException, got " + e + "\n  for " + this, e);
      }
      InvalidLandscapeException ile = (InvalidLandscapeException) e;
      if (ile.violations().size() != 1) {
        throw new AssertionError("expected exactly one violation, got " + ile.violations() + "\n  for " + this, e);
      }
      Violation v = ile.violations().get(0);
      if (!v.id().equals(entityId) || !v.field().equals(field)) {
        throw new AssertionError("expected a violation on " + entityId + " " + field + ", got " + v + "\n  for "
            + this, e);
      }
    } else {
      if (!(e instanceof ModelException)) {
        throw new AssertionError("expected a ModelException, got " + e + "\n  for " + this, e);
      }
      ModelException me = (ModelException) e;
      if (!me.typeName().equals(typeName) || !me.field().equals(field)) {
        throw new AssertionError("expected " + typeName + "." + field + " to be named, got " + me.typeName() + "."
            + me.field() + ": " + me.getMessage() + "\n  for " + this, e);
      }
    }
    if (e.getMessage() == null || !e.getMessage().contains(lastSegment(field))) {
      throw new AssertionError("the message does not name " + field + ": " + e.getMessage() + "\n  for " + this, e);
    }
  }

  private static String lastSegment(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** @return the rule, the type, entity and field expected, and the original value (shortened) */
  @Override
  public String toString() {
    String o = String.valueOf(original);
    if (o.length() > 300) {
      o = o.substring(0, 297) + "...";
    }
    return "Mutation[" + rule + " -> " + typeName + (entityId == null ? "" : " '" + entityId + "'") + " "
        + field + ", from " + o + "]";
  }
}
