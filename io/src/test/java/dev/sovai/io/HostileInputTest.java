package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;

class HostileInputTest {
  private static final String HEAD = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", ";

  private static List<Problem> problems(LandscapeReader reader, String doc) {
    return assertThrows(LandscapeFormatException.class, () -> reader.parse(doc)).problems();
  }

  @Test
  void hugeStringIsRefusedAtItsMember() {
    String big = "x".repeat(70_000);
    List<Problem> p = problems(LandscapeReader.strict(),
        HEAD + "\"sites\": [{\"id\": \"s\", \"name\": \"" + big + "\", \"jurisdiction\": \"FR\", \"status\": \"operational\"}]}");
    Problem last = p.get(p.size() - 1);
    assertEquals("/sites/0/name", last.pointer());
    assertTrue(last.message().contains("ReadLimits.maxStringLength"), last.message());
  }

  @Test
  void arrayElementLimit() {
    LandscapeReader r = LandscapeReader.strict().withLimits(ReadLimits.defaults().withMaxArrayElements(2));
    List<Problem> p = problems(r, HEAD + "\"sources\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\"},"
        + " {\"id\": \"c\", \"title\": \"C\"}]}");
    assertEquals(1, p.size());
    assertEquals("/sources", p.get(0).pointer());
    assertEquals("sources has more than the limit of 2 elements (ReadLimits.maxArrayElements)", p.get(0).message());
  }

  @Test
  void documentLengthLimit() {
    LandscapeReader r = LandscapeReader.strict().withLimits(ReadLimits.defaults().withMaxDocumentLength(100));
    List<Problem> p = problems(r, HEAD + "\"sources\": [" + "{\"id\": \"a\", \"title\": \"A\"},".repeat(10) + "]}");
    assertTrue(p.get(p.size() - 1).message().contains("ReadLimits.maxDocumentLength"), p.toString());
  }

  @Test
  void nameLengthLimit() {
    List<Problem> p = problems(LandscapeReader.strict(), HEAD + "\"" + "n".repeat(300) + "\": 1}");
    assertEquals("", p.get(p.size() - 1).pointer());
    assertTrue(p.get(p.size() - 1).message().contains("ReadLimits.maxNameLength"), p.toString());
  }

  @Test
  void problemCountIsCapped() {
    StringBuilder sb = new StringBuilder(HEAD).append("\"sources\": [");
    for (int i = 0; i < 1000; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"title\": \"T\", \"bad\": 1}");
    }
    String doc = sb.append("]}").toString();
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(doc));
    List<Problem> p = e.problems();
    // the count in the message is the number of problems listed; that reading stopped is said once, not as a problem
    assertEquals(100, p.size());
    assertTrue(e.isTruncated());
    assertTrue(e.getMessage().startsWith(
        "invalid document, 100 problems (stopped after 100 problems, ReadLimits.maxProblems; there may be more):\n"),
        e.getMessage());
    assertEquals(50 + 2, e.getMessage().split("\n").length); // the header, 50 problems and "… and 50 more"
    assertFalse(LandscapeReader.strict().withLimits(ReadLimits.defaults().withMaxProblems(2000))
        .lenient().parse(doc).sources().isEmpty());
  }

  @Test
  void deepNestingWithinTheLimitsOfTheJvm() {
    String deep = "[".repeat(1_000_000);
    List<Problem> p = problems(LandscapeReader.strict(), HEAD + "\"x\": " + deep);
    assertTrue(p.get(p.size() - 1).message().contains("ReadLimits.maxNestingDepth"), p.toString());
  }

  @Test
  void invalidUtf8IsAProblemNotACrash() {
    byte[] doc = (HEAD + "\"sources\": [{\"id\": \"a\", \"title\": \"X\"}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int at = new String(doc, java.nio.charset.StandardCharsets.UTF_8).indexOf("X");
    doc[at] = (byte) 0xC3; // a lead byte without its continuation
    byte[] d = doc;
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().read(d));
    assertEquals("/sources/0/title", e.problems().get(0).pointer());
  }

  @Test
  void onlyUtf8IsRead() throws Exception {
    String doc = HEAD + "\"sources\": []}";
    for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_16BE,
        java.nio.charset.StandardCharsets.UTF_16LE, java.nio.charset.StandardCharsets.UTF_16, java.nio.charset.Charset.forName("UTF-32"))) {
      byte[] bytes = doc.getBytes(cs);
      LandscapeFormatException e = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().read(bytes));
      assertTrue(e.problems().get(0).message().startsWith("the document must be UTF-8"), cs + ": " + e.getMessage());
      assertThrows(LandscapeFormatException.class,
          () -> LandscapeReader.strict().read(new java.io.ByteArrayInputStream(bytes)));
    }
    // a UTF-8 byte order mark is tolerated, and the stream form reads what the byte form reads
    byte[] bom = ("\uFEFF" + doc).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(LandscapeReader.strict().read(bom), LandscapeReader.strict().read(new java.io.ByteArrayInputStream(bom)));
  }

  @Test
  void wholeLandscapeProblemsGetTheirExactPlaceWhenTheInputCanBeReadAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String doc = HEAD + "\n\"sites\": [\n  {\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\",\n"
        + "   \"operator\": \"ghost\"}]}";
    Problem exact = problems(LandscapeReader.strict(), doc).get(0);
    assertEquals("/sites/0/operator 4:16: operator must name an operator of the landscape, was \"ghost\"", exact.toString());
    java.nio.file.Path file = dir.resolve("doc.json");
    java.nio.file.Files.writeString(file, doc);
    assertEquals(exact, assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().read(file)).problems().get(0));
    // a stream is read once: the place is the start of the entity that holds the field
    Problem near = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict()
        .read(new java.io.ByteArrayInputStream(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).problems().get(0);
    assertEquals("/sites/0/operator 3:3: operator must name an operator of the landscape, was \"ghost\"", near.toString());
  }

  @Test
  void lenientSkipsUnknownMembersOnly() {
    String doc = HEAD + "\"future\": {\"a\": [1, 2]}, \"sources\": [{\"id\": \"a\", \"title\": \"A\", \"rank\": 3}]}";
    Landscape l = LandscapeReader.strict().lenient().parse(doc);
    assertEquals(1, l.sources().size());
    assertEquals(2, problems(LandscapeReader.strict(), doc).size());
    // lenient is not lax: other rules hold
    List<Problem> p = problems(LandscapeReader.strict().lenient(), HEAD + "\"sources\": [{\"id\": \"a\", \"title\": null}]}");
    assertEquals("/sources/0/title", p.get(0).pointer());
  }
}
