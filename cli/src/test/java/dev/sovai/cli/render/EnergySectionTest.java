package dev.sovai.cli.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.seed.SeedLandscape;

/**
 * The report's energy totals say what they leave out on the same line, and estimates are printed to the precision
 * they have (issue 16).
 */
class EnergySectionTest {
  private static String section(Landscape l) {
    List<Assessment> all = EnergySection.assess(l, l.asOf());
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(out)) {
      EnergySection.print(w, l, all);
    }
    return out.toString();
  }

  @Test
  void theWholeLandscapeLineNamesTheSitesOfUnknownSizeItLeavesOut() {
    String text = section(SeedLandscape.load());
    String line = text.lines().filter(s -> s.startsWith("  whole landscape: ")).findFirst().orElseThrow();
    assertTrue(line.startsWith("  whole landscape: at least ~"), line);
    assertTrue(line.contains(", excluding 4 sites of unknown size (no upper bound known): meta-hyperion, "
        + "nebius-nscale-uk-blackwell, orange-cloud-avenue, oreus-grenoble; coverage "), line);
  }

  @Test
  void estimatesAreRoundedToThreeSignificantDigits() {
    assertEquals("552,000", AssessmentText.estimate(552_128.4));
    assertEquals("23.6", AssessmentText.estimate(23.64));
    assertEquals("1.15", AssessmentText.estimate(1.1502));
    assertEquals("0", AssessmentText.estimate(0));
    String text = section(SeedLandscape.load());
    // no estimate in the section has more than 3 significant digits (reported figures, without ~, keep theirs)
    Matcher m = Pattern.compile("~([0-9][0-9,.]*)").matcher(text);
    int estimates = 0;
    while (m.find()) {
      String digits = m.group(1).replace(",", "").replace(".", "").replaceFirst("^0+", "").replaceFirst("0+$", "");
      assertTrue(digits.length() <= 3, m.group());
      estimates++;
    }
    assertTrue(estimates > 10, "the seed has estimates: " + estimates);
    assertFalse(text.contains("~552,128"), text);
  }
}
