package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.io.AssessmentReader;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/** The sovereignty JSON of the seed carries each provider's control kind and look-through shares as data. */
class OwnershipJsonOutputTest {
  @Test
  void everySiteAssessmentCarriesItsProvidersOwnership() {
    SovaiCliTest.Run r = SovaiCliTest.run("score", "@seed", "--json");
    assertEquals(0, r.code, r.toString());
    List<Assessment> sites = AssessmentReader.strict().parseAll(r.out).stream()
        .filter(a -> a.scorer().equals("sovereignty")).collect(Collectors.toList());
    assertEquals(12, sites.size());
    Landscape seed = Documents.seed();
    SovereigntyScorer scorer = SovereigntyScorer.of(SovereigntyProfile.standard());
    for (Assessment a : sites) {
      assertEquals(scorer.site(seed, a.subject().id(), a.asOf()).ownership(), a.ownership(), a.subject().id());
    }
    Ownership meta = sites.stream().filter(a -> a.subject().id().equals("meta-prometheus")).findFirst()
        .orElseThrow().ownership().get(0);
    assertEquals("meta", meta.operator());
    assertEquals("sole", meta.control());
    assertEquals(List.of("mark-zuckerberg"), meta.controllers());
    assertTrue(meta.holders().stream().anyMatch(h -> h.holder().equals("mark-zuckerberg") && h.votes() > 0.5),
        meta::toString);
    assertFalse(sites.stream().filter(a -> a.subject().id().equals("nebius-nscale-uk-blackwell")).findFirst()
        .orElseThrow().ownership().iterator().hasNext(), "no known operator or gateway: no ownership");
  }
}
