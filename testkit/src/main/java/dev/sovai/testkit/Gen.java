package dev.sovai.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A seeded, size-bounded generator of values: given a random source and a size, it returns one value. The same
 * random state and size always give the same value, so a failing case is reproduced from its seed. Larger sizes
 * give larger values (more entities, longer lists), so running a property with growing sizes finds small
 * failures first.
 *
 * <p>Generators are engine-neutral: they only need a {@link RandomGenerator} and an {@code int} size. To use them
 * from another property-testing engine, draw the engine's own random seed and size and call
 * {@link #generate(RandomGenerator, int)} with {@code new SplittableRandom(seed)}; or use {@link #sample(long, int)}.
 * With JUnit alone, use {@link Property}.
 *
 * <p>Implementation Requirements: implementations must be stateless (or immutable) and thread-safe; all randomness
 * must come from the {@code random} argument.
 *
 * @param <T>  the type of the values
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * Generates one value.
   *
   * @param random  the random source, not null
   * @param size  the size bound, ≥ 0; collections generated are at most about this long
   * @return the value, not null
   */
  T generate(RandomGenerator random, int size);

  /**
   * Generates one value from a seed: the same seed and size always give the same value.
   *
   * @param seed  the seed, any value
   * @param size  the size bound, ≥ 0
   * @return the value, not null
   */
  default T sample(long seed, int size) {
    return generate(new SplittableRandom(seed), size);
  }

  /**
   * Returns a generator of the values of this one transformed by a function.
   *
   * @param <R>  the type of the new values
   * @param f  the function, not null, returning non-null values
   * @return the new generator, not null
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return (random, size) -> f.apply(generate(random, size));
  }

  /**
   * Returns a generator that generates a value of this one, then a value of the generator the function makes of
   * it (a value that depends on another, such as a deal for a given landscape).
   *
   * @param <R>  the type of the new values
   * @param f  the function giving the second generator, not null
   * @return the new generator, not null
   */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return (random, size) -> f.apply(generate(random, size)).generate(random, size);
  }

  /**
   * Returns a generator that ignores the size asked for and uses {@code size} instead.
   *
   * @param size  the fixed size, ≥ 0
   * @return the new generator, not null
   * @throws IllegalArgumentException if size is negative
   */
  default Gen<T> withSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be ≥ 0, was " + size);
    }
    return (random, ignored) -> generate(random, size);
  }

  /**
   * Returns a generator of lists of 0 to {@code size} values of this generator.
   *
   * @return the list generator, not null; lists are mutable copies owned by the caller
   */
  default Gen<List<T>> list() {
    return list(0, Integer.MAX_VALUE);
  }

  /**
   * Returns a generator of lists of values of this generator, of a length in {@code [min, max]} and at most
   * {@code max(min, size)}.
   *
   * @param min  the smallest length, ≥ 0
   * @param max  the largest length, ≥ min
   * @return the list generator, not null; lists are mutable copies owned by the caller
   * @throws IllegalArgumentException if the bounds are out of order or negative
   */
  default Gen<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("need 0 ≤ min ≤ max, was " + min + ", " + max);
    }
    return (random, size) -> {
      int hi = Math.max(min, Math.min(max, size));
      int n = min + random.nextInt(hi - min + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(generate(random, size));
      }
      return out;
    };
  }

  /**
   * Returns a generator of optional values of this generator: empty about one time in three.
   *
   * @return the generator, not null
   */
  default Gen<Optional<T>> optional() {
    return (random, size) -> random.nextInt(3) == 0 ? Optional.empty() : Optional.of(generate(random, size));
  }

  /**
   * Returns a generator of always the same value.
   *
   * @param <T>  the type
   * @param value  the value, not null
   * @return the generator, not null
   */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return (random, size) -> value;
  }

  /**
   * Returns a generator of ints uniformly in {@code [min, max]}, both included.
   *
   * @param min  the lower bound
   * @param max  the upper bound, ≥ min
   * @return the generator, not null
   * @throws IllegalArgumentException if max &lt; min
   */
  static Gen<Integer> ints(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("max " + max + " < min " + min);
    }
    return (random, size) -> (int) random.nextLong(min, (long) max + 1);
  }

  /**
   * Returns a generator of longs uniformly in {@code [min, max]}, both included.
   *
   * @param min  the lower bound
   * @param max  the upper bound, ≥ min, &lt; {@link Long#MAX_VALUE}
   * @return the generator, not null
   * @throws IllegalArgumentException if max &lt; min or max is {@link Long#MAX_VALUE}
   */
  static Gen<Long> longs(long min, long max) {
    if (max < min || max == Long.MAX_VALUE) {
      throw new IllegalArgumentException("need min ≤ max < Long.MAX_VALUE, was " + min + ", " + max);
    }
    return (random, size) -> random.nextLong(min, max + 1);
  }

  /**
   * Returns a generator of doubles in {@code [min, max]}: each bound exactly about one time in ten each, else
   * uniform.
   *
   * @param min  the lower bound, finite
   * @param max  the upper bound, finite, ≥ min
   * @return the generator, not null
   * @throws IllegalArgumentException if the bounds are not finite or out of order
   */
  static Gen<Double> doubles(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
      throw new IllegalArgumentException("need finite min ≤ max, was " + min + ", " + max);
    }
    return (random, size) -> {
      int k = random.nextInt(10);
      if (k == 0) {
        return min;
      }
      if (k == 1) {
        return max;
      }
      double d = min + random.nextDouble() * (max - min);
      return Math.min(max, Math.max(min, d));
    };
  }

  /**
   * Returns a generator of one of the given values, uniformly.
   *
   * @param <T>  the type
   * @param values  the values, not empty, no nulls
   * @return the generator, not null
   * @throws IllegalArgumentException if there are no values
   */
  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    List<T> list = new ArrayList<>(values.length);
    for (T v : values) {
      list.add(v);
    }
    return elements(list);
  }

  /**
   * Returns a generator of one of the given values, uniformly.
   *
   * @param <T>  the type
   * @param values  the values, not empty, no nulls; copied
   * @return the generator, not null
   * @throws IllegalArgumentException if there are no values
   */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size()));
  }

  /**
   * Returns a generator that delegates to one of the given generators, uniformly.
   *
   * @param <T>  the type
   * @param gens  the generators, not empty, no nulls; copied
   * @return the generator, not null
   * @throws IllegalArgumentException if there are no generators
   */
  static <T> Gen<T> choose(List<? extends Gen<? extends T>> gens) {
    List<Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to choose from");
    }
    return (random, size) -> copy.get(random.nextInt(copy.size())).generate(random, size);
  }
}
