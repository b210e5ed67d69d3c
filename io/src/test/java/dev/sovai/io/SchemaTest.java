package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dev.sovai.model.landscape.Landscape;

/** The JSON Schema agrees with the writer (all it writes validates) and with the reader on structure. */
class SchemaTest {
  /** Corpus documents refused for structural reasons, which the schema must refuse too. */
  static final List<String> STRUCTURAL = List.of("unknown-member", "null-value", "wrong-type", "negative-count",
      "wrong-format", "wrong-version", "bad-enum", "bad-date", "missing-member", "many-problems", "class-name-payload",
      "not-an-object", "amount-as-number", "share-out-of-range", "missing-header", "bad-slug", "integer-expected");

  static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = LandscapeReader.class.getResourceAsStream("/dev/sovai/io/landscape.schema.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Error> validate(String json) throws IOException {
    JsonNode node = new ObjectMapper().readTree(json);
    return SCHEMA.validate(node);
  }

  static void assertValid(Landscape l) throws IOException {
    String json = LandscapeWriter.canonical().writeToString(l);
    assertEquals(List.of(), validate(json), json);
  }

  @Test
  void whatTheWriterWritesValidates() throws IOException {
    assertValid(Fixtures.rich());
    assertValid(Fixtures.minimal());
  }

  @TestFactory
  Stream<DynamicTest> whatTheReaderRefusesForStructureTheSchemaRefuses() {
    return STRUCTURAL.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      String json = new String(InvalidCorpusTest.document(name), java.nio.charset.StandardCharsets.UTF_8);
      assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(json));
      assertFalse(validate(json).isEmpty(), name + " passes the schema");
    }));
  }

  @Test
  void repeatedSetValuesAreRefusedByBoth() throws IOException {
    String json = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", \"jurisdictions\": "
        + "[{\"code\": \"FR\", \"name\": \"France\", \"blocs\": [\"EU\", \"EU\"]}]}";
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(json));
    assertEquals("/jurisdictions/0/blocs/1", e.problems().get(0).pointer());
    assertFalse(validate(json).isEmpty());
  }
}
