package dev.sovai.examples;

import dev.sovai.seed.SeedLandscape;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.sovereignty.SiteSovereignty;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/**
 * Scores the sovereignty of one site of the bundled seed landscape, Nscale's campus in Portugal built for
 * Microsoft, and prints its explanation: the lawful-access and cut-off axes, the framework views, every finding with
 * the chain of entities that decided it, and the coverage. The README shows this class; a test runs it.
 */
public final class SiteSovereigntyExample {
  private SiteSovereigntyExample() {}

  /**
   * Scores the site.
   *
   * @return the site's sovereignty result, not null
   */
  public static SiteSovereignty score() {
    // README:begin sovereignty-site
    Landscape seeds = SeedLandscape.load();                      // the seed articles over the reference data
    SovereigntyScorer scorer = SovereigntyScorer.of(SovereigntyProfile.standard());
    SiteSovereignty portugal = scorer.site(seeds, "nscale-portugal");    // as of seeds.asOf()

    System.out.println("foreign laws reaching it: " + portugal.laws());   // the lawful-access axis
    System.out.println("cut-off risk: " + portugal.cutOff().level());     // the cut-off axis, kept apart
    System.out.println(portugal.explain());      // findings: criterion, outcome, chain, sources; coverage
    Assessment assessment = portugal.toAssessment();                      // the neutral form io writes
    // README:end sovereignty-site
    return portugal;
  }

  /**
   * Prints the site's sovereignty explanation.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    score();
  }
}
