package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus of invalid and hostile documents in {@code dev/sovai/io/invalid/}: each document must be refused with
 * exactly the problems listed for it in {@code expected.txt} ({@code name | pointer | line:column | message}).
 */
class InvalidCorpusTest {
  static final String DIR = "/dev/sovai/io/invalid/";

  static Map<String, List<String>> expected() throws IOException {
    Map<String, List<String>> m = new LinkedHashMap<>();
    try (InputStream in = InvalidCorpusTest.class.getResourceAsStream(DIR + "expected.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String name = line.substring(0, line.indexOf(" | "));
        m.computeIfAbsent(name, k -> new ArrayList<>()).add(line.substring(name.length() + 3));
      }
    }
    return m;
  }

  static byte[] document(String name) throws IOException {
    try (InputStream in = InvalidCorpusTest.class.getResourceAsStream(DIR + name + ".json")) {
      return in.readAllBytes();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentIsRefusedWithItsExactProblems() throws IOException {
    return expected().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      byte[] doc = document(e.getKey());
      LandscapeFormatException x = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().read(doc));
      List<String> actual = new ArrayList<>();
      for (Problem p : x.problems()) {
        actual.add(p.pointer() + " | " + p.line() + ":" + p.column() + " | " + p.message());
      }
      assertEquals(e.getValue(), actual);
    }));
  }

  @Test
  void corpusIsComplete() throws IOException {
    assertTrue(expected().size() >= 25, "the corpus lists its documents");
  }
}
