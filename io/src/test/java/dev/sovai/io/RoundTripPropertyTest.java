package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.sovai.io.jackson.SovaiModule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/**
 * Round-trip properties over the testkit's generated landscapes ({@code sovai.tries}, default 200; rerun one case
 * with {@code -Dsovai.seed=...} as printed on failure).
 */
class RoundTripPropertyTest {
  @Test
  void readOfWriteIsIdentityAndRewriteIsByteIdentical() {
    Property.forAll(Landscapes.gen()).named("read(write(x)) == x, write(read(write(x))) == write(x)").verify(x -> {
      byte[] once = LandscapeWriter.canonical().toBytes(x);
      Landscape back = LandscapeReader.strict().read(once);
      assertEquals(x, back);
      assertArrayEquals(once, LandscapeWriter.canonical().toBytes(back));
    });
  }

  @Test
  void everythingTheWriterWritesValidatesAgainstTheSchema() {
    Property.forAll(Landscapes.gen()).named("schema accepts write(x)").tries(Math.max(1, tries() / 4)).verify(x -> {
      try {
        assertEquals(List.of(), SchemaTest.validate(LandscapeWriter.canonical().writeToString(x)));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void theJacksonModuleAgreesWithTheWriter() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SovaiModule());
    Property.forAll(Landscapes.gen()).named("module round trip").tries(Math.max(1, tries() / 4)).verify(x -> {
      try {
        assertEquals(x, mapper.readValue(mapper.writeValueAsBytes(x), Landscape.class));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void readingOverABaseEqualsMergingOverIt() {
    Landscape base = Fixtures.rich();
    Property.forAll(Landscapes.gen()).named("over(base).read(write(x)) == base.merge(x)").tries(Math.max(1, tries() / 4))
        .verify(x -> assertEquals(base.merge(x), LandscapeReader.strict().over(base).read(LandscapeWriter.canonical().toBytes(x))));
  }

  private static int tries() {
    String t = System.getProperty("sovai.tries", "");
    return t.isBlank() ? Property.DEFAULT_TRIES : Integer.parseInt(t.trim());
  }
}
