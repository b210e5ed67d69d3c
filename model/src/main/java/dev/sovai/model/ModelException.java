package dev.sovai.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Thrown when a model value cannot be built because one of its attributes breaks a rule: a share
 * outside [0, 1], a malformed identifier, a negative count, dates out of order, a missing required
 * attribute.
 *
 * <p>The exception carries the offending place and value, so that callers (and the JSON reader, which
 * adds a JSON Pointer) can report it precisely: {@link #typeName()} is the simple name of the model type,
 * {@link #entityId()} the identifier of the entity when known, {@link #field()} the attribute name as in
 * the model, and {@link #value()} the rejected value (may be {@code null} when the value is missing).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public class ModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String typeName;
  private final String entityId;
  private final String field;
  private final transient Object value;
  private final String problem;

  /**
   * Creates an exception for one rule broken by one attribute.
   *
   * @param typeName  the simple name of the model type, such as {@code "Site"}, not null
   * @param entityId  the identifier of the entity if known, may be null
   * @param field  the attribute name as in the model, such as {@code "itCapacityMw"}, not null
   * @param value  the rejected value, may be null
   * @param problem  what is wrong, phrased for a person, such as {@code "must be ≥ 0"}, not null
   */
  public ModelException(String typeName, String entityId, String field, Object value, String problem) {
    super(format(typeName, entityId, field, value, problem));
    this.typeName = Objects.requireNonNull(typeName, "typeName");
    this.entityId = entityId;
    this.field = Objects.requireNonNull(field, "field");
    this.value = value;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /**
   * Creates an exception from a ready message; used by the generated builders when required attributes
   * are missing. The field is then {@code "?"}.
   *
   * @param message  the message, not null
   */
  public ModelException(String message) {
    super(message);
    this.typeName = builtType(message);
    this.entityId = null;
    this.field = missingField(message);
    this.value = null;
    this.problem = message;
  }

  /**
   * Creates an exception naming missing required attributes; used by the generated builders.
   *
   * @param missingAttributes  the names of the attributes that were not set, not null
   */
  public ModelException(String... missingAttributes) {
    this("required attribute(s) not set: " + Arrays.toString(missingAttributes));
  }

  private static String builtType(String message) {
    String prefix = "Cannot build ";
    if (message.startsWith(prefix)) {
      int end = message.indexOf(',', prefix.length());
      if (end > prefix.length()) {
        return message.substring(prefix.length(), end).trim();
      }
    }
    return "?";
  }

  private static String missingField(String message) {
    int open = message.lastIndexOf('[');
    int close = message.lastIndexOf(']');
    if (open >= 0 && close > open) {
      return message.substring(open + 1, close).trim();
    }
    return "?";
  }

  private static String format(String typeName, String entityId, String field, Object value, String problem) {
    StringBuilder sb = new StringBuilder();
    sb.append(typeName);
    if (entityId != null) {
      sb.append(" '").append(entityId).append('\'');
    }
    sb.append(": ").append(field).append(' ').append(problem);
    sb.append(", was ").append(describe(value));
    return sb.toString();
  }

  /**
   * Renders a rejected value the way messages show it: strings quoted, {@code null} as "missing". A control
   * character in a string (line feed, carriage return, tab, escape, any other C0 or C1 control, DEL) is written as
   * its JSON escape ({@code \}{@code u000a} for a line feed), so that a quoted value keeps the message on one line and
   * cannot drive a terminal.
   *
   * @param value  the value, may be null
   * @return a short (at most 80 characters), printable, one-line description, not null
   */
  public static String describe(Object value) {
    if (value == null) {
      return "missing";
    }
    String s = value instanceof CharSequence ? "\"" + escapeControls(value.toString()) + "\""
        : escapeControls(String.valueOf(value));
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  /** The text with every C0 and C1 control and DEL written as its JSON escape {@code \}{@code uXXXX}. */
  private static String escapeControls(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) {
          b = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  /** @return the simple name of the model type that rejected the value, or {@code "?"} if unknown; not null */
  public String typeName() {
    return typeName;
  }

  /** @return the identifier of the entity being built, or null when not known */
  public String entityId() {
    return entityId;
  }

  /** @return the attribute name as in the model (e.g. {@code "capitalShare"}), or {@code "?"}; not null */
  public String field() {
    return field;
  }

  /** @return the rejected value, or null when it was missing */
  public Object value() {
    return value;
  }

  /** @return the rule that was broken, phrased for a person (e.g. {@code "must be in [0, 1]"}); not null */
  public String problem() {
    return problem;
  }
}
