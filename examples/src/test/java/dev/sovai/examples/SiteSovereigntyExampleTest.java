package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Outcome;
import dev.sovai.scoring.sovereignty.SiteSovereignty;

class SiteSovereigntyExampleTest {
  @Test
  void explainsThePortugueseSite() {
    SiteSovereignty s = SiteSovereigntyExample.score();
    assertEquals("nscale-portugal", s.site());
    assertTrue(s.isExposed(), "a US hyperscaler tenant brings US law");
    assertFalse(s.explain().isBlank());
    assertTrue(s.toAssessment().findings().stream().anyMatch(f -> f.outcome() != Outcome.INFO),
        "the explanation decides at least one criterion");
  }
}
