package dev.sovai.testkit;

import java.io.PrintStream;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A tiny, engine-neutral property runner: it generates many values with growing size, each from its own seed,
 * and checks a property of each. On the first failure it prints the seed, the size and the failing value to
 * {@code System.err} (or {@link #reportingTo(PrintStream)}) and throws an {@link AssertionError} saying how to rerun that one case.
 *
 * <pre>{@code
 * Property.forAll(Landscapes.gen()).check(l -> l.sites().size() >= 1);
 * Property.forAll(Mutators.any()).named("mutation rejected").verify(Mutation::assertRejected);
 * }</pre>
 *
 * <p><b>Seeds and sizes.</b> Try {@code i} of {@code n} uses size {@code maxSize · i / (n − 1)}, so the first
 * failure found tends to be a small value. Each try has a seed, a {@code long} whose low 12 bits are its size
 * ({@link #sizeOf(long)}); the value is {@code gen.sample(seed, sizeOf(seed))}. The try seeds derive from a
 * base seed: a fixed one by default (so builds are reproducible), or a random one with
 * {@code -Dsovai.seed=random}.
 *
 * <p><b>System properties.</b> {@code sovai.tries} (default {@value #DEFAULT_TRIES}) sets the number of tries
 * when {@link #tries(int)} was not called; {@code sovai.seed=<long>} reruns exactly the one case printed by a
 * failure (whatever the tries; its size is capped at {@link #maxSize(int)}); {@code sovai.seed=random} picks a fresh base seed. Blank values are ignored.
 * With Maven: {@code mvn -pl testkit verify -Dsovai.seed=4242424242}.
 *
 * <p><b>Other engines.</b> The runner is optional: any engine that can supply a random seed and a size can call
 * {@link Gen#sample(long, int)} (or {@link Gen#generate(java.util.random.RandomGenerator, int)} with its own
 * {@code RandomGenerator}) inside its own property, e.g. a JUnit {@code @ParameterizedTest} over
 * {@code LongStream.range(0, 200)} used as seeds, or a fuzzer's input bytes hashed to a seed.
 *
 * <p>Implementation Requirements: instances are immutable; the {@code with…}-style methods return copies.
 *
 * @param <T>  the type of the values checked
 */
public final class Property<T> {
  /** The number of tries when neither {@link #tries(int)} nor {@code sovai.tries} says otherwise. */
  public static final int DEFAULT_TRIES = 200;
  /** The largest size a seed can carry (12 bits). */
  public static final int MAX_SIZE = 0xFFF;
  private static final long DEFAULT_BASE_SEED = 0x5EEDCAFEL;
  private static final int PRINT_LIMIT = 20_000;

  private final Gen<T> gen;
  private final String name;
  private final int tries;
  private final int maxSize;
  private final Long baseSeed;
  private final PrintStream report;

  private Property(Gen<T> gen, String name, int tries, int maxSize, Long baseSeed, PrintStream report) {
    this.gen = gen;
    this.name = name;
    this.tries = tries;
    this.maxSize = maxSize;
    this.baseSeed = baseSeed;
    this.report = report;
  }

  /**
   * Starts a property over the values of a generator, with the default tries, a maximum size of 50, and no name.
   *
   * @param <T>  the type of the values
   * @param gen  the generator, not null
   * @return the property, not null
   */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), "property", -1, 50, null, null);
  }

  /**
   * Returns a copy with a name, printed on failure.
   *
   * @param newName  the name, not null
   * @return the property, not null
   */
  public Property<T> named(String newName) {
    return new Property<>(gen, Objects.requireNonNull(newName, "newName"), tries, maxSize, baseSeed, report);
  }

  /**
   * Returns a copy that runs a given number of tries, overriding {@code sovai.tries}.
   *
   * @param n  the number of tries, ≥ 1
   * @return the property, not null
   * @throws IllegalArgumentException if n &lt; 1
   */
  public Property<T> tries(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("tries must be ≥ 1, was " + n);
    }
    return new Property<>(gen, name, n, maxSize, baseSeed, report);
  }

  /**
   * Returns a copy whose sizes grow up to {@code max} (reached by the last try).
   *
   * @param max  the largest size, in [0, {@value #MAX_SIZE}]
   * @return the property, not null
   * @throws IllegalArgumentException if out of range
   */
  public Property<T> maxSize(int max) {
    if (max < 0 || max > MAX_SIZE) {
      throw new IllegalArgumentException("maxSize must be in [0, " + MAX_SIZE + "], was " + max);
    }
    return new Property<>(gen, name, tries, max, baseSeed, report);
  }

  /**
   * Returns a copy that derives its try seeds from another base seed (ignored when {@code sovai.seed} names a
   * seed to rerun).
   *
   * @param seed  the base seed, any value
   * @return the property, not null
   */
  public Property<T> baseSeed(long seed) {
    return new Property<>(gen, name, tries, maxSize, seed, report);
  }

  /**
   * Returns a copy that prints its failure report to another stream than {@code System.err}.
   *
   * @param stream  where to print the seed and the failing value, not null
   * @return the property, not null
   */
  public Property<T> reportingTo(PrintStream stream) {
    return new Property<>(gen, name, tries, maxSize, baseSeed, Objects.requireNonNull(stream, "stream"));
  }

  /**
   * Checks that a predicate holds for every value generated.
   *
   * @param predicate  the property, not null; returning false or throwing is a failure
   * @throws AssertionError on the first failing value, with its seed and how to rerun it
   */
  public void check(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    verify(value -> {
      if (!predicate.test(value)) {
        throw new AssertionError("predicate returned false");
      }
    });
  }

  /**
   * Runs an assertion on every value generated: an engine-neutral form for JUnit's {@code assert…} methods.
   *
   * @param assertion  the assertion, not null; throwing anything is a failure
   * @throws AssertionError on the first failing value, with its seed and how to rerun it
   */
  public void verify(Consumer<? super T> assertion) {
    Objects.requireNonNull(assertion, "assertion");
    String seedProperty = System.getProperty("sovai.seed", "").trim();
    if (!seedProperty.isEmpty() && !"random".equals(seedProperty)) {
      long seed;
      try {
        seed = Long.parseLong(seedProperty);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("sovai.seed must be a long or \"random\", was \"" + seedProperty + "\"", e);
      }
      runOne(seed, 1, 1, assertion);
      return;
    }
    long base = baseSeed != null ? baseSeed
        : "random".equals(seedProperty) ? new SplittableRandom().nextLong()
        : DEFAULT_BASE_SEED ^ name.hashCode();
    int n = tries > 0 ? tries : triesFromProperty();
    SplittableRandom seeds = new SplittableRandom(base);
    for (int i = 0; i < n; i++) {
      int size = n == 1 ? maxSize : (int) ((long) maxSize * i / (n - 1));
      long seed = seedFor(seeds.nextLong(), size);
      runOne(seed, i + 1, n, assertion);
    }
  }

  private void runOne(long seed, int tryNumber, int of, Consumer<? super T> assertion) {
    int size = Math.min(sizeOf(seed), maxSize);
    T value;
    try {
      value = gen.sample(seed, size);
    } catch (RuntimeException | AssertionError e) {
      throw failure(seed, tryNumber, of, "<the generator threw>", e);
    }
    try {
      assertion.accept(value);
    } catch (RuntimeException | AssertionError e) {
      throw failure(seed, tryNumber, of, value, e);
    }
  }

  private AssertionError failure(long seed, int tryNumber, int of, Object value, Throwable cause) {
    String shown = String.valueOf(value);
    if (shown.length() > PRINT_LIMIT) {
      shown = shown.substring(0, PRINT_LIMIT) + "… (" + shown.length() + " characters)";
    }
    String message = name + " failed on try " + tryNumber + " of " + of + ", seed " + seed + " (size "
        + Math.min(sizeOf(seed), maxSize) + "): " + cause + "\n  rerun with -Dsovai.seed=" + seed + "\n  value: " + shown;
    (report != null ? report : System.err).println(message);
    return new AssertionError(message, cause);
  }

  private static int triesFromProperty() {
    String t = System.getProperty("sovai.tries", "").trim();
    if (t.isEmpty()) {
      return DEFAULT_TRIES;
    }
    try {
      int n = Integer.parseInt(t);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("sovai.tries must be an int ≥ 1, was \"" + t + "\"", e);
    }
  }

  /**
   * The seed of a try: a random long whose low 12 bits are replaced by the size.
   *
   * @param random  random bits, any value
   * @param size  the size, in [0, {@value #MAX_SIZE}]
   * @return the seed, carrying the size
   * @throws IllegalArgumentException if the size is out of range
   */
  public static long seedFor(long random, int size) {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in [0, " + MAX_SIZE + "], was " + size);
    }
    return (random & ~(long) MAX_SIZE) | size;
  }

  /**
   * The size a seed carries: its low 12 bits.
   *
   * @param seed  the seed
   * @return the size, in [0, {@value #MAX_SIZE}]
   */
  public static int sizeOf(long seed) {
    return (int) (seed & MAX_SIZE);
  }
}
