package dev.sovai.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A seeded, size-bounded generator of values: given a random source and a size, it returns one value. The same
 * random state and size always give the same value, so a failing case is reproduced from its seed. Larger sizes
 * give larger values (more entities, longer lists), so running a property with growing sizes finds small
 * failures first. Engine-neutral: wrap it in any property-testing engine.
 *
 * @param <T>  the type of the values
 */
@FunctionalInterface
public interface Gen<T> {
  /**
   * Generates one value.
   *
   * @param random  the random source, not null
   * @param size  the size bound, ≥ 0
   * @return the value, not null
   */
  T generate(RandomGenerator random, int size);

  /**
   * Returns a generator of the values of this one transformed by a function.
   *
   * @param <R>  the type of the new values
   * @param f  the function, not null
   * @return the new generator, not null
   */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return (random, size) -> f.apply(generate(random, size));
  }
}
