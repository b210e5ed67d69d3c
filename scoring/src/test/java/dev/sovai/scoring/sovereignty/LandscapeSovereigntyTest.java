package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

class LandscapeSovereigntyTest {
  /**
   * Three home sites: Sines (12,600 GB300 = 31,500 H100e, 50 MW, reached by US law through Nscale and Microsoft),
   * Paris (1,000 H200 = 1,000 H100e, 20 MW, French and widely held: not reached) and Amsterdam (500 H200, 10 MW,
   * 80 % held by a Chinese parent: reached by the NIL art. 7); a US site outside the home bloc; a cancelled site.
   */
  static Landscape europe() {
    Landscape sines = SeedCasesTest.sines();
    return Landscape.builder().from(sines)
        .addOperators(company("fr-cloud", "FR", OperatorKind.NEOCLOUD), company("cn-parent", "CN", OperatorKind.INVESTOR),
            company("nl-cloud", "NL", OperatorKind.NEOCLOUD, Stake.of("cn-parent", 0.8)),
            company("us-cloud", "US", Set.of()))
        .addSites(site("paris", "FR", "fr-cloud", 1000, 20, SiteStatus.OPERATIONAL),
            site("amsterdam", "NL", "nl-cloud", 500, 10, SiteStatus.OPERATIONAL),
            site("virginia", "US-VA", "us-cloud", 5000, 100, SiteStatus.OPERATIONAL),
            site("cancelled", "FR", "us-cloud", 9000, 90, SiteStatus.CANCELLED))
        .build();
  }

  static Site site(String id, String where, String operator, long h200, double mw, SiteStatus status) {
    return Site.builder().id(id).name(id).jurisdiction(where).operator(operator).status(status)
        .addFleet(AcceleratorLot.of("nvidia-h200-sxm", h200)).itCapacityMw(mw).build();
  }

  @Test
  void homeCapacityIsWeightedByLawAndByWhom() {
    LandscapeSovereignty r = SovereigntyScorer.of(SovereigntyProfile.standard()).landscape(europe());
    assertEquals(3, r.home().sites());
    assertEquals(12_600 + 1_000 + 500, r.home().accelerators());
    assertEquals(31_500 + 1_000 + 500, r.home().h100Equivalents(), 1e-9);
    assertEquals(80, r.home().itMw(), 1e-9);
    assertEquals(List.of("CN/cn-nil-art7", "US/us-cloud-act", "US/us-fisa-702"), List.copyOf(r.byLaw().keySet()));
    Capacity cloudAct = r.byLaw().get("US/us-cloud-act");
    assertEquals(1, cloudAct.sites());
    assertEquals(31_500, cloudAct.h100Equivalents(), 1e-9);
    assertEquals(31_500 / 33_000.0, r.h100ShareExposedTo("US/us-cloud-act"), 1e-12);
    assertEquals(Set.of("microsoft", "nscale"), r.byLawAndEntity().get("US/us-cloud-act").keySet());
    assertEquals(500, r.byLawAndEntity().get("CN/cn-nil-art7").get("cn-parent").h100Equivalents(), 1e-9);
    assertEquals(32_000, r.exposedToAny().h100Equivalents(), 1e-9);
    // cut-off: Amsterdam's buyer has a Chinese parent (licence required); the others none
    assertEquals(500, r.byCutOffLevel().get(CutOffLevel.LICENCE_REQUIRED).accelerators());
    assertEquals(13_600, r.byCutOffLevel().get(CutOffLevel.NONE).accelerators());
    Assessment a = r.toAssessment();
    assertEquals(31_500 / 33_000.0, a.metric("exposedH100Share:US/us-cloud-act").orElseThrow().value(), 1e-12);
    assertTrue(r.explain().contains("US/us-cloud-act reaches 1 home site, 12600 accelerators, 31500 H100e (95.45 % of EU)"),
        r.explain());
  }
}
