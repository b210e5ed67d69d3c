package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Several broken rules in one entity are all reported, not only the first the model meets. */
class EveryProblemOfAnEntityTest {
  @Test
  void aSiteWithThreeBrokenRulesGivesThreeProblems() {
    String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n"
        + " \"sites\": [{\"id\": \"Bad Id\", \"name\": \"x\", \"jurisdiction\": \"XX\", \"status\": \"operational\",\n"
        + "  \"pue\": 0.9}]}\n";
    List<String> pointers = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(doc))
        .problems().stream().map(Problem::pointer).sorted().collect(Collectors.toList());
    assertEquals(List.of("/sites/0/id", "/sites/0/jurisdiction", "/sites/0/pue"), pointers);
  }
}
