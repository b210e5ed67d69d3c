package dev.sovai.scoring.sovereignty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;

/** The README's "Scoring one site" snippet, kept compiling and checked; prints the output shown there. */
class ReadmeExampleTest {
  @Test
  void scoringOneSite() {
    Landscape landscape = SeedCasesTest.sines();
    // --- README snippet starts
    SovereigntyScorer scorer = SovereigntyScorer.of(SovereigntyProfile.standard());
    SiteSovereignty sines = scorer.site(landscape, "nscale-sines");   // as of landscape.asOf()

    System.out.println(sines.laws());               // the lawful-access axis
    System.out.println(sines.cutOff().level());     // the cut-off axis, a separate one
    System.out.println(sines.csf().seal() + " " + sines.csf().sealScores());
    System.out.println(sines.explain());            // every finding with its chain and sources

    Assessment assessment = sines.toAssessment();   // the neutral form the io module writes
    // --- README snippet ends
    assertEquals("[US/us-cloud-act, US/us-fisa-702]", sines.laws().toString());
    assertEquals(CutOffLevel.NONE, sines.cutOff().level());
    assertTrue(assessment.metric("foreignLaws").isPresent());
  }
}
