package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Fixtures.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.operator.StateLinkKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/** SecNumCloud 3.2 §19.6 c (third parties at the site) and e (foreign state links), on constructed cases. */
class SecNumCloudClausesTest {
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(SovereigntyProfile.standard());

  private static Site.Builder site(String id) {
    return Site.builder().id(id).name(id).jurisdiction("FR").status(SiteStatus.OPERATIONAL)
        .addFleet(AcceleratorLot.of("nvidia-gb300", 100)).addDataLocations("FR").addSources("seed-004");
  }

  /** Two French companies wholly held by a French one, a UAE one, one of unknown seat; sites combining them. */
  private static Landscape landscape() {
    Operator unknownSeat = Operator.builder().id("nowhere").name("nowhere").kind(OperatorKind.OTHER)
        .remainder(Remainder.FREE_FLOAT).build();
    return Fixtures.base()
        .addOperators(company("fr-holding", "FR", OperatorKind.INVESTOR),
            company("fr-op", "FR", OperatorKind.NEOCLOUD, Stake.of("fr-holding", 1.0)),
            company("fr-gw", "FR", OperatorKind.NEOCLOUD, Stake.of("fr-holding", 1.0)),
            company("ae-co", "AE", OperatorKind.NEOCLOUD), unknownSeat)
        .addSites(site("fr-only").operator("fr-op").accessGateway("fr-gw").build(),
            site("alone").operator("fr-op").build(),
            site("ae-gateway").operator("fr-op").accessGateway("ae-co").build(),
            site("ae-owner").operator("fr-op").addOwners("ae-co", "fr-op").build(),
            site("unknown-gateway").operator("fr-op").accessGateway("nowhere").build())
        .build();
  }

  private static Finding finding(SecNumCloudView v, String criterion) {
    return v.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
  }

  @Test
  void aFrenchGatewayOfAFrenchOperatorPassesForTheRecordedParties() {
    SecNumCloudView v = SCORER.site(landscape(), "fr-only").secNumCloud().get(0);
    assertEquals("fr-op", v.provider());
    assertEquals(Outcome.PASS, v.thirdParties());
    assertEquals(Outcome.PASS, v.outcome());
    Finding c = finding(v, "secnumcloud-19.6-c");
    assertTrue(c.message().startsWith("SecNumCloud §19.6 c (a third party outside EU, or owned or controlled from"
        + " outside it, must not be able to obtain the data): the third parties recorded at fr-only (fr-gw)"),
        c.message());
    assertTrue(c.message().contains("subcontractors beyond its operator, access gateway and owners are not in the"
        + " format"), c.message());
    // the gateway, as a provider, has the operator as its third party
    assertEquals(Outcome.PASS, SCORER.site(landscape(), "fr-only").secNumCloud().get(1).thirdParties());
  }

  @Test
  void noThirdPartyRecorded() {
    SecNumCloudView v = SCORER.site(landscape(), "alone").secNumCloud().get(0);
    assertEquals(Outcome.PASS, v.thirdParties());
    assertTrue(finding(v, "secnumcloud-19.6-c").message().contains("no third party besides fr-op is recorded at alone"));
  }

  @Test
  void aGatewaySeatedOutsideTheBlocFails() {
    SiteSovereignty r = SCORER.site(landscape(), "ae-gateway");
    SecNumCloudView v = r.secNumCloud().get(0);
    assertEquals(Outcome.PASS, v.seat());
    assertEquals(Outcome.PASS, v.ownership());
    assertEquals(Outcome.FAIL, v.thirdParties());
    assertEquals(Outcome.FAIL, v.outcome(), "c sets the outcome");
    Finding c = finding(v, "secnumcloud-19.6-c");
    assertTrue(c.message().contains("ae-co (seated AE, outside EU) controls access to the site and can obtain the data"),
        c.message());
    assertEquals("site:ae-gateway → provided by operator:fr-op → third party that controls access to the site"
        + " operator:ae-co", c.chain().stream().map(Object::toString).collect(Collectors.joining(" → ")));
  }

  @Test
  void aFacilityOwnerOutsideTheBlocIsUnknownNotAFailure() {
    SiteSovereignty r = SCORER.site(landscape(), "ae-owner");
    SecNumCloudView v = r.secNumCloud().get(0);
    assertEquals(Outcome.UNKNOWN, v.thirdParties());
    assertEquals(Outcome.UNKNOWN, v.outcome(), "unknown is never a pass");
    assertTrue(finding(v, "secnumcloud-19.6-c").message().contains("ae-co (seated AE, outside EU) owns the facility;"
        + " whether that gives it the data is not recorded"), finding(v, "secnumcloud-19.6-c").message());
    assertTrue(r.coverage().gaps().stream().anyMatch(g -> g.subject().id().equals("ae-co")
        && g.detail().contains("§19.6 c")), r.coverage().gaps().toString());
  }

  @Test
  void aThirdPartyOfUnknownSeatIsUnknown() {
    SiteSovereignty r = SCORER.site(landscape(), "unknown-gateway");
    assertEquals(Outcome.UNKNOWN, r.secNumCloud().get(0).thirdParties());
    assertTrue(finding(r.secNumCloud().get(0), "secnumcloud-19.6-c").message().contains("nowhere: seat unknown"));
  }

  @Test
  void theOperatorWithoutASiteHasNoThirdPartyClause() {
    OperatorSovereignty op = SCORER.operator(landscape(), "fr-op");
    assertEquals(Outcome.NOT_APPLICABLE, op.secNumCloud().thirdParties());
    assertEquals(Outcome.PASS, op.secNumCloud().outcome());
    assertTrue(op.secNumCloud().findings().stream().noneMatch(f -> f.criterion().equals("secnumcloud-19.6-c")));
  }

  /** Seed 004 as in SeedCasesTest: the JV operator is controlled jointly from the UAE, Oreus's control is open. */
  @Test
  void grenobleThirdPartiesFailOnTheGatewayAndAreUnknownOnTheOperator() {
    SiteSovereignty r = SCORER.site(SeedCasesTest.grenoble(), "grenoble-ai");
    SecNumCloudView jv = r.secNumCloud().get(0);
    assertEquals("oreus-core42", jv.provider());
    // Oreus, the gateway, is French, but 70 % of its votes are unlisted: who controls it is open
    assertEquals(Outcome.UNKNOWN, jv.thirdParties());
    assertTrue(finding(jv, "secnumcloud-19.6-c").message().contains("oreus: unlisted holders could control [oreus]"),
        finding(jv, "secnumcloud-19.6-c").message());
    SecNumCloudView gw = r.secNumCloud().get(1);
    assertEquals("oreus", gw.provider());
    assertEquals(Outcome.FAIL, gw.thirdParties());
    Finding c = finding(gw, "secnumcloud-19.6-c");
    assertTrue(c.message().contains("oreus-core42 (controlled from outside EU by core42, equal split) runs the site and can"
        + " obtain the data processed there"), c.message());
    assertEquals(EntityKind.OPERATOR, c.chain().get(c.chain().size() - 1).kind());
    assertEquals("core42", c.chain().get(c.chain().size() - 1).id());
  }

  @Test
  void foreignStateLinksOfHoldersAreListedAsInformation() {
    StateLink funding = StateLink.builder().jurisdiction("AE").kind(StateLinkKind.FUNDING).addSources("seed-004")
        .build();
    StateLink domestic = StateLink.builder().jurisdiction("FR").kind(StateLinkKind.OWNERSHIP).addSources("seed-004")
        .build();
    Landscape l = Fixtures.base()
        .addOperators(Operator.builder().from(company("g42", "AE", OperatorKind.INVESTOR)).addStateLinks(funding).build(),
            company("core42", "AE", OperatorKind.NEOCLOUD, Stake.of("g42", 1.0)),
            Operator.builder().from(company("oreus", "FR", OperatorKind.CONSORTIUM, Stake.of("core42", 0.1)))
                .addStateLinks(domestic).build(),
            company("plain", "FR", OperatorKind.NEOCLOUD))
        .addSites(site("s").operator("oreus").build(), site("t").operator("plain").build())
        .build();
    SecNumCloudView v = SCORER.site(l, "s").secNumCloud().get(0);
    assertEquals(List.of("g42: funding by AE"), v.foreignStateLinks(), "the French link is not foreign");
    Finding e = finding(v, "secnumcloud-19.6-e");
    assertEquals(Outcome.INFO, e.outcome());
    assertTrue(e.message().startsWith("SecNumCloud §19.6 e (links with a foreign government or public body may be taken"
        + " into account): links of oreus, its holders and the third parties at s with a state outside EU:"
        + " [g42: funding by AE]"), e.message());
    assertEquals("site:s → provided by operator:oreus → related (holder or third party) operator:g42 → state link"
        + " (funding) with jurisdiction:AE", e.chain().stream().map(Object::toString).collect(Collectors.joining(" → ")));
    assertTrue(e.sources().contains("seed-004"));
    // the state link does not set the outcome: the clause leaves its weight to the assessor
    assertEquals(Findings.worst(v.seat(), v.ownership(), v.thirdParties()), v.outcome());
    SecNumCloudView plain = SCORER.site(l, "t").secNumCloud().get(0);
    assertTrue(plain.foreignStateLinks().isEmpty());
    assertTrue(finding(plain, "secnumcloud-19.6-e").message().contains("no link of plain, its holders and the third"
        + " parties at t with a state outside EU is recorded"));
    // on the operator alone, the same links
    assertEquals(List.of("g42: funding by AE"), SCORER.operator(l, "oreus").secNumCloud().foreignStateLinks());
    assertFalse(SCORER.operator(l, "plain").secNumCloud().findings().isEmpty());
  }
}
