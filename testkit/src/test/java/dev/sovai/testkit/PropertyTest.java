package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;

/** The runner: growing sizes, the seed printed on failure, reruns with sovai.seed, sovai.tries. */
class PropertyTest {
  private String savedSeed;
  private String savedTries;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream report = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @BeforeEach
  void save() {
    savedSeed = System.getProperty("sovai.seed");
    savedTries = System.getProperty("sovai.tries");
    System.clearProperty("sovai.seed");
    System.clearProperty("sovai.tries");
  }

  @AfterEach
  void restore() {
    restore("sovai.seed", savedSeed);
    restore("sovai.tries", savedTries);
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  @Test
  void runsTheDefaultNumberOfTriesWithGrowingSizes() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll((r, size) -> size).maxSize(40).verify(sizes::add);
    assertEquals(Property.DEFAULT_TRIES, sizes.size());
    assertEquals(0, sizes.get(0));
    assertEquals(40, sizes.get(sizes.size() - 1));
    for (int i = 1; i < sizes.size(); i++) {
      assertTrue(sizes.get(i) >= sizes.get(i - 1));
    }
  }

  @Test
  void readsTriesFromTheSystemProperty() {
    System.setProperty("sovai.tries", "7");
    List<Integer> seen = new ArrayList<>();
    Property.forAll(Gen.ints(0, 9)).verify(seen::add);
    assertEquals(7, seen.size());
    assertEquals(3, countTries(Property.forAll(Gen.ints(0, 9)).tries(3)));
  }

  private static int countTries(Property<Integer> p) {
    List<Integer> seen = new ArrayList<>();
    p.verify(seen::add);
    return seen.size();
  }

  @Test
  void aFailureNamesTheSeedAndTheValueAndTheSeedReproducesIt() {
    Gen<Landscape> gen = Landscapes.gen();
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(gen).named("fewer than 5 sites").reportingTo(report).check(l -> l.sites().size() < 5));
    assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith(e.getMessage()), "the report is printed");
    assertTrue(e.getMessage().startsWith("fewer than 5 sites failed on try "), e.getMessage());
    assertTrue(e.getMessage().contains("predicate returned false"), e.getMessage());
    Matcher m = Pattern.compile("rerun with -Dsovai.seed=(-?\\d+)").matcher(e.getMessage());
    assertTrue(m.find(), e.getMessage());
    long seed = Long.parseLong(m.group(1));
    Landscape failing = gen.sample(seed, Property.sizeOf(seed));
    assertTrue(failing.sites().size() >= 5);
    assertTrue(e.getMessage().contains("value: " + failing.toString().substring(0, 40)), e.getMessage());

    System.setProperty("sovai.seed", Long.toString(seed));
    List<Landscape> rerun = new ArrayList<>();
    Property.forAll(gen).verify(rerun::add);
    assertEquals(List.of(failing), rerun);
    AssertionError again = assertThrows(AssertionError.class,
        () -> Property.forAll(gen).named("fewer than 5 sites").reportingTo(report)
            .check(l -> l.sites().size() < 5));
    assertTrue(again.getMessage().contains("seed " + seed), again.getMessage());
  }

  @Test
  void theFirstFailureIsSmall() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> Property.forAll(Gen.ints(0, 1000).list()).maxSize(100).reportingTo(report).check(l -> l.size() < 3));
    Matcher m = Pattern.compile("\\(size (\\d+)\\)").matcher(e.getMessage());
    assertTrue(m.find());
    assertTrue(Integer.parseInt(m.group(1)) <= 10, e.getMessage());
  }

  @Test
  void anExceptionInTheGeneratorIsReportedWithItsSeed() {
    Gen<Integer> broken = (r, size) -> {
      throw new IllegalStateException("broken generator");
    };
    AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(broken).reportingTo(report).check(v -> true));
    assertTrue(e.getMessage().contains("<the generator threw>"));
    assertTrue(e.getCause() instanceof IllegalStateException);
  }

  @Test
  void aRandomBaseSeedStillRuns() {
    System.setProperty("sovai.seed", "random");
    assertEquals(Property.DEFAULT_TRIES, countTries(Property.forAll(Gen.ints(0, 9))));
  }

  @Test
  void badSystemPropertiesAreReported() {
    System.setProperty("sovai.tries", "many");
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gen.ints(0, 9)).check(v -> true));
    System.clearProperty("sovai.tries");
    System.setProperty("sovai.seed", "0x12");
    assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gen.ints(0, 9)).check(v -> true));
  }

  @Test
  void seedsCarryTheirSize() {
    Property.forAll(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE - 1)).verify(random -> {
      int size = Math.floorMod(random, Property.MAX_SIZE + 1);
      assertEquals(size, Property.sizeOf(Property.seedFor(random, size)));
    });
    assertThrows(IllegalArgumentException.class, () -> Property.seedFor(1, Property.MAX_SIZE + 1));
  }

  @Test
  void sameSeedSameValue() {
    Property.forAll(Gen.longs(-1000, 1000)).tries(20).verify(seed ->
        assertEquals(Landscapes.gen().sample(seed, 10), Landscapes.gen().sample(seed, 10)));
  }

  @Test
  void combinatorsRespectTheirBounds() {
    Property.forAll(Gen.ints(-3, 3).list(2, 5)).verify(l -> {
      assertTrue(l.size() >= 2 && l.size() <= 5);
      l.forEach(i -> assertTrue(i >= -3 && i <= 3));
    });
    Property.forAll(Gen.doubles(-1, 1)).verify(d -> assertTrue(d >= -1 && d <= 1));
    Property.forAll(Gen.oneOf("a", "b").optional()).verify(o -> assertTrue(o.isEmpty() || o.get().length() == 1));
    Property.forAll(Gen.ints(1, 3).flatMap(n -> Gen.constant("x").list(n, n))).verify(l ->
        assertTrue(l.size() >= 1 && l.size() <= 3));
    Property.forAll(Gen.constant(1).list().withSize(2)).verify(l -> assertTrue(l.size() <= 2));
    assertThrows(IllegalArgumentException.class, () -> Gen.ints(2, 1));
    assertThrows(IllegalArgumentException.class, () -> Gen.elements(List.of()));
  }
}
