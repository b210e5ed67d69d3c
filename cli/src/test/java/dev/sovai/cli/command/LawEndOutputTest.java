package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the commands print for a law past its unconfirmed end (the bundled FISA § 702, estimated to end in March
 * 2027): "possibly … (end not confirmed)" and unknown findings, never silence; before that end, the law reaches.
 */
class LawEndOutputTest {
  @Test
  void afterTheEstimatedEndFisa702IsPossibleNotGone() {
    SovaiCliTest.Run r = SovaiCliTest.run("report", "--as-of", "2027-06-01");
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(r.out.contains("possibly US/us-fisa-702 (end not confirmed)"), r::toString);
    SovaiCliTest.Run s = SovaiCliTest.run("score", "@seed", "--as-of", "2027-06-01");
    String prose = s.out.replaceAll("\\s+", " ");   // a long finding wraps at 120 columns
    assertTrue(prose.contains("FISA Section 702 (50 U.S.C. § 1881a), as amended by the Reforming Intelligence and"
        + " Securing America Act 2024 may still reach"), s::toString);
    assertTrue(prose.contains("its end 2027-03 is estimated, not confirmed"), s::toString);
    SovaiCliTest.Run json = SovaiCliTest.run("score", "@seed", "--as-of", "2027-06-01", "--json");
    assertTrue(json.out.contains("\"name\": \"uncertainExposurePaths\""), "the metric counts the uncertain paths");
  }

  @Test
  void beforeTheEndItReaches() {
    SovaiCliTest.Run r = SovaiCliTest.run("report", "--as-of", "2027-02-28");
    assertEquals(Exit.OK, r.code, r::toString);
    assertFalse(r.out.contains("end not confirmed"), r::toString);
    assertTrue(r.out.contains("US/us-fisa-702"), r::toString);
  }
}
