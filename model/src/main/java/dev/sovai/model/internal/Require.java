package dev.sovai.model.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.sovai.model.ModelException;

/**
 * The validation rules shared by the model types. Each method throws a {@link ModelException} that names
 * the type, the entity, the field and the offending value. Not exported.
 */
public final class Require {
  /** Identifiers: a lower-case slug of 1 to 64 characters. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Require() {}

  public static void slug(String type, String id, String field, String value) {
    if (!isSlug(value)) {
      throw new ModelException(type, id, field, value, "must be a slug ([a-z0-9][a-z0-9-]{0,63})");
    }
  }

  /**
   * The same language as {@link #SLUG}, without a {@code Matcher}: identifiers and references are checked for every
   * entity read.
   *
   * @param value  a string, or null
   * @return true if it is a slug
   */
  static boolean isSlug(String value) {
    if (value == null) {
      return false;
    }
    int n = value.length();
    if (n < 1 || n > 64) {
      return false;
    }
    char c = value.charAt(0);
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** @return true if the code matches {@code [A-Z]{2}-[A-Z0-9]{1,3}} */
  static boolean isSubdivisionShape(String code) {
    int n = code.length();
    if (n < 4 || n > 6) {
      return false;
    }
    char a = code.charAt(0);
    char b = code.charAt(1);
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || code.charAt(2) != '-') {
      return false;
    }
    for (int i = 3; i < n; i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  public static void slugs(String type, String id, String field, Collection<String> values) {
    for (String v : values) {
      slug(type, id, field, v);
    }
  }

  /** @return true if the code is an ISO 3166-1 alpha-2 country or an ISO 3166-2 subdivision of one */
  public static boolean isJurisdictionCode(String code) {
    if (code == null) {
      return false;
    }
    if (code.length() == 2) {
      return COUNTRIES.contains(code) || "XK".equals(code);
    }
    return isSubdivisionShape(code) && isJurisdictionCode(code.substring(0, 2));
  }

  public static void jurisdiction(String type, String id, String field, String value) {
    if (!isJurisdictionCode(value)) {
      throw new ModelException(type, id, field, value,
          "must be an ISO 3166-1 alpha-2 code (\"FR\") or an ISO 3166-2 subdivision (\"US-TX\")");
    }
  }

  public static void jurisdictions(String type, String id, String field, Collection<String> values) {
    for (String v : values) {
      jurisdiction(type, id, field, v);
    }
  }

  public static void share(String type, String id, String field, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new ModelException(type, id, field, value, "must be a fraction in [0, 1]");
    }
  }

  public static void nonNegative(String type, String id, String field, double value) {
    if (!(value >= 0.0) || Double.isInfinite(value)) {
      throw new ModelException(type, id, field, value, "must be a finite number ≥ 0");
    }
  }

  /**
   * A number at most {@code max} (the lower bound and finiteness are checked by the other rules).
   *
   * @param type  the model type
   * @param id  the entity, or null
   * @param field  the attribute
   * @param value  the value
   * @param max  the largest value allowed (one of {@link dev.sovai.model.Bounds})
   */
  public static void atMost(String type, String id, String field, double value, double max) {
    if (value > max) {
      throw new ModelException(type, id, field, value, "must be at most " + number(max));
    }
  }

  /**
   * A count in [0, max].
   *
   * @param type  the model type
   * @param id  the entity, or null
   * @param field  the attribute
   * @param value  the value
   * @param max  the largest value allowed (one of {@link dev.sovai.model.Bounds})
   */
  public static void count(String type, String id, String field, long value, long max) {
    if (value < 0 || value > max) {
      throw new ModelException(type, id, field, value, value < 0 ? "must be ≥ 0" : "must be at most " + max);
    }
  }

  /** @return a bound as people write it: {@code 100000}, {@code 1.0E24}, {@code 1.5} */
  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  public static void positive(String type, String id, String field, double value) {
    if (!(value > 0.0) || Double.isInfinite(value)) {
      throw new ModelException(type, id, field, value, "must be a finite number > 0");
    }
  }

  public static void atLeast(String type, String id, String field, double value, double min) {
    if (!(value >= min) || Double.isInfinite(value)) {
      throw new ModelException(type, id, field, value, "must be a finite number ≥ " + min);
    }
  }

  public static void range(String type, String id, String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new ModelException(type, id, field, value, "must be in [" + min + ", " + max + "]");
    }
  }

  public static void notBlank(String type, String id, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ModelException(type, id, field, value, "must not be blank");
    }
    if (value.length() > dev.sovai.model.Bounds.MAX_TEXT_LENGTH) {
      throw new ModelException(type, id, field, value,
          "must be at most " + dev.sovai.model.Bounds.MAX_TEXT_LENGTH + " characters");
    }
  }

  /**
   * A full date in the years every date of the model is in, 0001 to 9999 (the years ISO 8601 writes with four digits
   * and no sign).
   *
   * @param type  the model type that holds the date
   * @param id  the entity, or null
   * @param field  the attribute
   * @param date  the date, not null
   */
  public static void year(String type, String id, String field, java.time.LocalDate date) {
    if (date.getYear() < dev.sovai.model.Bounds.MIN_YEAR || date.getYear() > dev.sovai.model.Bounds.MAX_YEAR) {
      throw new ModelException(type, id, field, date.toString(), "must have a year in [0001, 9999]");
    }
  }

  public static <T> void distinct(String type, String id, String field, Collection<T> values) {
    if (values.size() < 2) {
      return; // nothing to repeat: no set is made for the many empty and one-element lists
    }
    Set<T> seen = new HashSet<>();
    for (T v : values) {
      if (!seen.add(v)) {
        throw new ModelException(type, id, field, v, "must not list the same value twice");
      }
    }
  }
}
