package dev.sovai.scoring.lazy;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built the first time it is read and kept from then on: a result keeps what it decided and builds its
 * words (a finding's message, a formatted number, a derivation) only when {@code explain()}, {@code toAssessment()}
 * or a renderer asks for them.
 *
 * <p>The builder must be a pure function of what it captured, and what it captured must not change: then the value
 * does not depend on when, or on which thread, it is first read. Capture the decided values (numbers, identifiers,
 * immutable parts of the landscape), never a landscape, a graph or a mutable collection that is still being filled.
 *
 * <p>Implementation Requirements: This class is thread-safe. The builder runs at most once, under the lock of this
 * object; the value is published through a volatile field and the builder is dropped once it has run, so what it
 * captured can be collected.
 *
 * @param <T>  the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
  private Supplier<? extends T> builder;
  private volatile T value;

  private Lazy(Supplier<? extends T> builder, T value) {
    this.builder = builder;
    this.value = value;
  }

  /**
   * Obtains a value built when it is first read.
   *
   * @param <T>  the type of the value
   * @param builder  builds the value, once; must not return null; not null
   * @return the lazy value, not null
   */
  public static <T> Lazy<T> of(Supplier<? extends T> builder) {
    return new Lazy<>(Objects.requireNonNull(builder, "builder"), null);
  }

  /**
   * Obtains a value that is already built: the eager form of {@link #of}.
   *
   * @param <T>  the type of the value
   * @param value  the value, not null
   * @return the built value, not null
   */
  public static <T> Lazy<T> built(T value) {
    return new Lazy<>(null, Objects.requireNonNull(value, "value"));
  }

  /**
   * Obtains a value built now ({@code eager}) or when it is first read: a scorer that builds its words eagerly gives
   * the results the lazy one gives, which the tests compare.
   *
   * @param <T>  the type of the value
   * @param eager  true to build the value now
   * @param builder  builds the value; must not return null; not null
   * @return the value, not null
   */
  public static <T> Lazy<T> of(boolean eager, Supplier<? extends T> builder) {
    return eager ? built(builder.get()) : of(builder);
  }

  /**
   * Builds the value if it is not built yet, and returns it.
   *
   * @return the value, not null
   * @throws NullPointerException if the builder returned null
   */
  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(builder.get(), "a lazy value's builder returned null");
          value = v;
          builder = null;
        }
      }
    }
    return v;
  }

  /** @return true if the value has been built */
  public boolean isBuilt() {
    return value != null;
  }

  /** @return the value's {@code toString()} (building it if needed) */
  @Override
  public String toString() {
    return String.valueOf(get());
  }
}
