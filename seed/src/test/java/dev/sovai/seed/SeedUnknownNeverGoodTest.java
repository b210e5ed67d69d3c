package dev.sovai.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.sovai.io.AssessmentWriter;
import dev.sovai.io.jackson.SovaiMappers;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.energy.EnergyAggregate;
import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyQuantity;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.sovereignty.SiteSovereignty;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/**
 * Issue 16, "unknown never counts as good", on the seed landscape: Domyn's Colosseum, whose operator's holders are all
 * unknown, gets no "structural immunity" (SOV-2.2) and no full SecNumCloud headroom; unknown metrics are written as
 * {@code null} with their reason; the landscape's energy totals name the sites of unknown size they leave out.
 */
class SeedUnknownNeverGoodTest {
  private final Landscape seed = SeedLandscape.load();
  private final SiteSovereignty domyn = SovereigntyScorer.of(SovereigntyProfile.standard())
      .site(seed, "domyn-colosseum", seed.asOf());

  private Finding finding(String criterion) {
    return domyn.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
  }

  @Test
  void domynColosseumIsNotStructurallyImmuneWhileItsLawfulAccessIsUnknown() {
    assertEquals(Outcome.UNKNOWN, finding("lawful-access").outcome());
    Finding sov22 = finding("csf-sov-2.2");
    assertEquals(Outcome.UNKNOWN, sov22.outcome(), sov22.message());
    assertTrue(sov22.message().contains("lawful access is unknown, facts are missing: domyn: no listed holder controls"
        + " it and 100.00 % of its votes are unlisted"), sov22.message());
    assertFalse(sov22.message().contains("SEAL 4"), sov22.message());
    Metric laws = domyn.toAssessment().metric("foreignLaws").orElseThrow();
    assertFalse(laws.isKnown(), "no law found is not no law: " + laws);
    assertEquals(0, laws.lower().getAsDouble());
  }

  @Test
  void domynColosseumHeadroomIsUnknownNotTheFull24Points() throws Exception {
    Assessment a = domyn.toAssessment();
    Metric h = a.metric("secNumCloudIndividualHeadroom").orElseThrow();
    assertFalse(h.isKnown(), h.toString());
    assertEquals(0.24 - 1.0, h.lower().getAsDouble(), 1e-12);
    assertEquals(0.24, h.upper().getAsDouble(), 1e-12);
    JsonNode json = SovaiMappers.strict().readTree(AssessmentWriter.canonical().writeToString(a));
    for (JsonNode m : json.get("metrics")) {
      if (m.get("name").asText().equals("secNumCloudIndividualHeadroom")) {
        assertTrue(m.get("value").isNull(), m.toString());
        assertTrue(m.get("unknown").asText().startsWith("100.00 % of domyn is held by unknown of domyn"), m.toString());
      }
      assertTrue(!m.get("value").isNull() || m.has("unknown"), "a null value says why: " + m);
    }
  }

  @Test
  void theLandscapeEnergyTotalsNameTheSitesOfUnknownSizeTheyLeaveOut() {
    EnergyAggregate all = EnergyScorer.of(EnergyProfile.standard()).landscape(seed, seed.asOf());
    List<String> left = all.excluded(EnergyQuantity.FACILITY_POWER_MW);
    assertTrue(left.contains("meta-hyperion"), left.toString());
    Assessment a = all.toAssessment();
    Metric power = a.metric(EnergyQuantity.FACILITY_POWER_MW.metricName()).orElseThrow();
    assertEquals(power.value(), power.lower().getAsDouble(), 0.0, "the sum is a lower bound");
    assertTrue(power.upper().isEmpty(), "no upper bound is known for sites of unknown size");
    Finding sum = a.findings().stream().filter(f -> f.criterion().equals("sum:facilityPowerMw")).findFirst()
        .orElseThrow();
    assertEquals(left, sum.chain().stream().filter(r -> r.relation().equals("excluded")).map(r -> r.id()).toList());
    assertTrue(sum.message().contains("excluding " + left.size() + " sites: " + String.join(", ", left)), sum.message());
  }
}
