package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.io.AssessmentReader;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.sovereignty.SecNumCloudView;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/** SecNumCloud §19.6 c and e on the seed landscape, in the result and in the JSON. */
class SecNumCloudSeedOutputTest {
  @Test
  void oreusGrenobleIsUnknownUnderClauseCAndNamesTheUaeStateLinksUnderE() {
    Landscape seed = Documents.seed();
    SecNumCloudView v = SovereigntyScorer.of(SovereigntyProfile.standard()).site(seed, "oreus-grenoble")
        .secNumCloud().get(0);
    assertEquals("oreus-ai", v.provider());
    // Core42 (AE) co-owns the facility whose access Oreus AI controls: whether it can obtain the data is not recorded
    assertEquals(Outcome.UNKNOWN, v.thirdParties());
    // Core42 is held by G42, which the reference data links to the UAE by ownership (Mubadala) and funding
    assertEquals(List.of("g42: funding by AE", "g42: ownership by AE"), v.foreignStateLinks());

    SovaiCliTest.Run r = SovaiCliTest.run("score", "@seed", "--json");
    assertEquals(0, r.code, r.toString());
    Map<String, Assessment> sites = AssessmentReader.strict().parseAll(r.out).stream()
        .filter(a -> a.scorer().equals("sovereignty"))
        .collect(Collectors.toMap(a -> a.subject().id(), a -> a));
    List<Finding> c = sites.get("oreus-grenoble").findings().stream()
        .filter(f -> f.criterion().equals("secnumcloud-19.6-c")).toList();
    assertEquals(1, c.size());
    assertEquals(Outcome.UNKNOWN, c.get(0).outcome());
    assertTrue(c.get(0).message().contains("core42 (seated AE, outside EU) owns the facility"), c.get(0)::message);
    // every site with a known provider has a finding for c and one for e per provider
    for (Assessment a : sites.values()) {
      long providers = a.ownership().size();
      assertEquals(providers, a.findings().stream().filter(f -> f.criterion().equals("secnumcloud-19.6-c")).count(),
          a.subject().id());
      assertEquals(providers, a.findings().stream().filter(f -> f.criterion().equals("secnumcloud-19.6-e")).count(),
          a.subject().id());
    }
  }
}
