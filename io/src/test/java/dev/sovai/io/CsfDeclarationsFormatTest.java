package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.Source;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.CsfDeclaration;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;

/** An operator's {@code csfDeclarations}: written back as read, and refused with the place and the value. */
class CsfDeclarationsFormatTest {
  private static final String HEAD = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2026-06-30\",\n"
      + "\"sources\": [{\"id\": \"decl\", \"title\": \"Declaration\"}],\n"
      + "\"operators\": [{\"id\": \"cloud\", \"name\": \"Cloud\", \"kind\": \"neocloud\", \"csfDeclarations\": [";
  private static final String TAIL = "]}]}";

  private static List<Problem> problems(LandscapeReader reader, String declarations) {
    return assertThrows(LandscapeFormatException.class, () -> reader.parse(HEAD + declarations + TAIL)).problems();
  }

  private static String declaration(String criterion, int rung) {
    return "{\"criterion\": \"" + criterion + "\", \"rung\": " + rung + ", \"asOf\": \"2026-06-01\"}";
  }

  @Test
  void declarationsAreWrittenBackAsRead() throws Exception {
    Landscape l = Landscape.builder().asOf(LocalDate.of(2026, 6, 30))
        .addSources(Source.builder().id("decl").title("Declaration").build())
        .addOperators(Operator.builder().id("cloud").name("Cloud").kind(OperatorKind.NEOCLOUD)
            .addCsfDeclarations(CsfDeclaration.builder().criterion("SOV-3.1").rung(4).asOf(LocalDate.of(2026, 6, 1))
                .addSources("decl").build(),
                CsfDeclaration.builder().criterion("SOV-1.2").rung(0).asOf(LocalDate.of(2026, 5, 2)).build())
            .build())
        .build();
    String json = LandscapeWriter.canonical().writeToString(l);
    assertTrue(json.contains("\"csfDeclarations\""), json);
    Landscape back = LandscapeReader.strict().parse(json);
    assertEquals(l, back);
    assertEquals(json, LandscapeWriter.canonical().writeToString(back));
    assertEquals("SOV-3.1", back.operator("cloud").orElseThrow().csfDeclarations().get(0).criterion());
  }

  @Test
  void anUnknownCriterionIsRefusedAtItsMember() {
    List<Problem> p = problems(LandscapeReader.strict(), declaration("SOV-9.1", 0));
    assertEquals("/operators/0/csfDeclarations/0/criterion", p.get(0).pointer());
    assertTrue(p.get(0).message().contains("\"SOV-9.1\"") && p.get(0).message().contains("not a criterion"),
        p.get(0).message());
  }

  @Test
  void aRungOffTheLadderIsRefusedAtItsMember() {
    // SOV-2.1 has three rungs: 0, 1, 2
    List<Problem> p = problems(LandscapeReader.strict(), declaration("SOV-2.1", 3));
    assertEquals("/operators/0/csfDeclarations/0/rung", p.get(0).pointer());
    assertTrue(p.get(0).message().contains("3") && p.get(0).message().contains("[0, 2]"), p.get(0).message());
    p = problems(LandscapeReader.strict(), declaration("SOV-1.8", -1));
    assertEquals("/operators/0/csfDeclarations/0/rung", p.get(0).pointer());
  }

  @Test
  void aCriterionDeclaredTwiceIsRefusedAtTheSecond() {
    List<Problem> p = problems(LandscapeReader.strict(), declaration("SOV-2.3", 1) + ", " + declaration("SOV-2.3", 4));
    assertEquals(1, p.size(), p.toString());
    assertEquals("/operators/0/csfDeclarations/1", p.get(0).pointer());
    assertTrue(p.get(0).message().contains("\"SOV-2.3\" again"), p.get(0).message());
  }

  @Test
  void anUnknownMemberOrAMissingDateIsRefused() {
    List<Problem> p = problems(LandscapeReader.strict(), "{\"criterion\": \"SOV-2.3\", \"rung\": 1, \"score\": 3}");
    assertTrue(p.stream().anyMatch(x -> x.pointer().equals("/operators/0/csfDeclarations/0/score")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.message().contains("\"asOf\"")), p.toString());
  }

  @Test
  void aMillionDeclarationsAreBoundedByTheReadLimits() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      b.append(i == 0 ? "" : ",").append(declaration("SOV-1.1", 0));
    }
    String many = b.toString();
    // the array limit refuses the array before its elements pile up (49 repeats are found before it)
    List<Problem> p = problems(LandscapeReader.strict().withLimits(ReadLimits.defaults().withMaxArrayElements(50)),
        many);
    assertTrue(p.stream().anyMatch(x -> x.pointer().equals("/operators/0/csfDeclarations")
        && x.message().contains("ReadLimits.maxArrayElements")), p.get(0).toString());
    // with the default limits, the repeats are problems, and the reader stops at the problem limit
    p = problems(LandscapeReader.strict(), many);
    assertTrue(p.size() <= ReadLimits.defaults().maxProblems() + 1, Integer.toString(p.size()));
    assertEquals("/operators/0/csfDeclarations/1", p.get(0).pointer());
  }
}
