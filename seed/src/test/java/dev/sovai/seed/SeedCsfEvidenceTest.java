package dev.sovai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.sovereignty.CsfAnswer;
import dev.sovai.scoring.sovereignty.CsfEvidence;
import dev.sovai.scoring.sovereignty.CsfView;
import dev.sovai.scoring.sovereignty.SiteSovereignty;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/**
 * Issue 16, the CSF's declared answers, on the seed landscape: no provider published declarations, so every criterion
 * sovai does not derive from facts is unknown (earning nothing, keeping its attainable points) and each site's
 * assessment states the evidence split.
 */
class SeedCsfEvidenceTest {
  private final Landscape seed = SeedLandscape.load();
  private final SovereigntyScorer scorer = SovereigntyScorer.of(SovereigntyProfile.standard());

  @Test
  void withoutDeclarationsEveryCriterionNotDerivedFromFactsIsUnknownAndTheSplitIsStated() {
    assertTrue(seed.operators().stream().allMatch(o -> o.csfDeclarations().isEmpty()));
    for (Site site : seed.sites()) {
      SiteSovereignty r = scorer.site(seed, site.id(), seed.asOf());
      CsfView v = r.csf();
      assertEquals(48, v.answers().size(), site.id());
      assertEquals(0, v.criteria(CsfEvidence.DECLARED).size(), site.id());
      assertFalse(v.sealOnDeclared(), site.id());
      for (CsfAnswer a : v.answers()) {
        if (CsfCriterion.of(a.criterion().code()).isEmpty()) {
          assertEquals(CsfEvidence.UNKNOWN, a.evidence(), site.id() + " " + a.criterion().code());
          assertEquals(0, a.points(), site.id());
        }
      }
      Assessment as = r.toAssessment();
      Set<String> names = as.metrics().stream().map(Metric::name).collect(Collectors.toSet());
      assertTrue(names.containsAll(Set.of("csfCriteria:derived", "csfCriteria:declared", "csfCriteria:unknown",
          "csfPointsShare:unknown:csf-v1.2.1")), site.id() + " " + names);
      double sum = as.metrics().stream().filter(m -> m.name().startsWith("csfCriteria:")).mapToDouble(Metric::value)
          .sum();
      assertEquals(48, sum, 1e-9, site.id());
      assertTrue(as.findings().stream().anyMatch(f -> f.criterion().equals("csf-evidence")
          && f.message().contains(v.unknown().size() + " unknown")), site.id());
      // at least the 37 criteria sovai cannot derive keep their attainable points: the score's upper bound says so
      assertTrue(v.pointsScoresUpper().get("csf-v1.2.1") - v.pointsScores().get("csf-v1.2.1")
          >= v.pointsShares().get("csf-v1.2.1").get(CsfEvidence.UNKNOWN) - 1e-9, site.id());
    }
  }
}
