package dev.sovai.model.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Holding;
import dev.sovai.model.landscape.InvalidLandscapeException;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.landscape.Violation;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/** Look-ups, navigation, apply and the all-violations exception, on a small hand-written landscape. */
class LandscapeTest {
  static Landscape sines() {
    return Landscape.builder().asOf(LocalDate.of(2025, 11, 20))
        .addJurisdictions(Jurisdiction.builder().code("PT").name("Portugal").addBlocs("EU", "EEA")
            .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(110).build()).build())
        .addJurisdictions(Jurisdiction.builder().code("US").name("United States").build())
        .addJurisdictions(Jurisdiction.builder().code("US-TX").name("Texas").addBlocs("ERCOT")
            .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(370).build()).build())
        .addOperators(op("nscale", OperatorKind.NEOCLOUD, "GB", Stake.of("aker", 0.2)))
        .addOperators(op("aker", OperatorKind.INDUSTRIAL, "NO", Stake.of("nscale", 0.05)))
        .addOperators(op("microsoft", OperatorKind.HYPERSCALER, "US"))
        .addOperators(op("start-campus", OperatorKind.COLOCATION, "PT"))
        .addOperators(op("nvidia", OperatorKind.CHIP_VENDOR, "US"))
        .addAccelerators(Accelerator.builder().id("nvidia-gb300").vendor("nvidia").model("GB300").build())
        .addSites(Site.builder().id("sines").name("Sines").jurisdiction("PT-15").operator("start-campus")
            .addTenants("nscale", "microsoft").status(SiteStatus.UNDER_CONSTRUCTION)
            .addFleet(AcceleratorLot.of("nvidia-gb300", 12_600)).addSources("seed-000").build())
        .addSites(Site.builder().id("abilene").name("Abilene").jurisdiction("US-TX").operator("microsoft")
            .addOwners("start-campus", "aker").accessGateway("nscale").status(SiteStatus.ANNOUNCED).build())
        .addDeals(Deal.builder().id("nscale-microsoft-sines").title("Nscale to supply Microsoft at Sines")
            .kind(DealKind.CAPACITY_CONTRACT).addParties(Party.of("nscale", PartyRole.SUPPLIER),
                Party.of("microsoft", PartyRole.CUSTOMER), Party.of("nscale", PartyRole.PARTNER))
            .announced(PartialDate.parse("2025-10")).value(Money.of("10000000000", "USD"))
            .addSites("sines").build())
        .addDeals(Deal.builder().id("aker-gateway").title("Aker takes over Abilene access")
            .kind(DealKind.PARTNERSHIP).addParties(Party.of("aker", PartyRole.PARTNER))
            .effects(DealEffects.builder()
                .addSites(SiteChange.builder().site("abilene").accessGateway("aker").build()).build())
            .build())
        .addSources(Source.builder().id("seed-000").title("Nscale et Microsoft à Sines").language("fr").build())
        .build();
  }

  private static Operator op(String id, OperatorKind kind, String seat, Stake... stakes) {
    return Operator.builder().id(id).name(id).kind(kind).seat(seat).addStakes(stakes).build();
  }

  @Test
  void findsEntitiesById() {
    Landscape l = sines();
    assertEquals("Sines", l.site("sines").orElseThrow().name());
    assertEquals(Optional.empty(), l.site("nowhere"));
    assertEquals(OperatorKind.HYPERSCALER, l.operator("microsoft").orElseThrow().kind());
    assertEquals("nvidia", l.accelerator("nvidia-gb300").orElseThrow().vendor());
    assertTrue(l.deal("aker-gateway").isPresent());
    assertTrue(l.source("seed-000").isPresent());
    assertTrue(l.jurisdiction("US-TX").isPresent());
    assertEquals(Optional.empty(), l.jurisdiction("FR"));
    assertEquals(List.of("aker", "microsoft", "nscale", "nvidia", "start-campus"),
        l.operators().stream().map(Operator::id).toList(), "sorted by id");
    assertEquals(List.of("abilene", "sines"), l.sites().stream().map(Site::id).toList());
  }

  @Test
  void navigatesStakesSitesAndDeals() {
    Landscape l = sines();
    assertEquals(List.of(Stake.of("aker", 0.2)), l.stakesIn("nscale"));
    assertEquals(List.of(), l.stakesIn("unknown"));
    List<Holding> held = l.holdingsOf("nscale");
    assertEquals(1, held.size());
    assertEquals("aker", held.get(0).operator());
    assertEquals(0.05, held.get(0).stake().capitalShare());
    assertEquals(List.of("sines"), ids(l.sitesOperatedBy("start-campus")));
    assertEquals(List.of("abilene", "sines"), ids(l.sitesOwnedBy("start-campus")),
        "an explicit owner of abilene, and the operator of sines, which lists no owners");
    assertEquals(List.of("abilene"), ids(l.sitesOwnedBy("aker")));
    assertEquals(List.of(), ids(l.sitesOwnedBy("microsoft")), "the operator of abilene does not own it");
    assertEquals(List.of("abilene"), ids(l.sitesGatedBy("nscale")));
    assertEquals(List.of("nscale-microsoft-sines"), dealIds(l.dealsOfSite("sines")));
    assertEquals(List.of("aker-gateway"), dealIds(l.dealsOfSite("abilene")), "a deal changing a site is one of its deals");
    assertEquals(List.of("nscale-microsoft-sines"), dealIds(l.dealsOfParty("nscale")), "once, despite two roles");
    assertEquals(List.of("nscale", "nscale"), l.deal("nscale-microsoft-sines").orElseThrow().parties().stream()
        .filter(p -> p.operator().equals("nscale")).map(Party::operator).toList());
  }

  @Test
  void subdivisionsFallBackToTheirCountry() {
    Landscape l = sines();
    assertEquals(Set.of("EU", "EEA"), l.blocsOf("PT-15"), "undeclared subdivision: the country's blocs");
    assertEquals(Set.of("ERCOT"), l.blocsOf("US-TX"), "declared blocs win");
    assertEquals(Set.of(), l.blocsOf("US-VA"));
    assertTrue(l.isIn("PT-15", "EU"));
    assertTrue(l.isIn("US-TX", "US"));
    assertFalse(l.isIn("US-TX", "EU"));
    assertEquals(110, l.gridOf("PT-15").orElseThrow().carbonIntensityGramsPerKwh());
    assertEquals(370, l.gridOf("US-TX").orElseThrow().carbonIntensityGramsPerKwh());
    assertEquals(Optional.empty(), l.gridOf("US"));
    assertEquals(Optional.empty(), l.gridOf("FR"));
  }

  @Test
  void applyingADealChangesStakesAndSites() {
    Landscape l = sines();
    Deal buyout = Deal.builder().id("microsoft-buys-start-campus").title("Microsoft buys Start Campus")
        .kind(DealKind.ACQUISITION).addParties(Party.of("microsoft", PartyRole.ACQUIRER),
            Party.of("start-campus", PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of("start-campus", Stake.of("microsoft", 1.0)))
            .addStakes(StakeChange.of("nscale", Stake.of("aker", 0.0)))
            .addSites(SiteChange.builder().site("sines").operator("microsoft").build()).build())
        .build();
    Landscape after = l.apply(buyout);
    assertEquals(List.of(Stake.of("microsoft", 1.0)), after.stakesIn("start-campus"));
    assertEquals(List.of(), after.stakesIn("nscale"), "an empty stake is a sell-out");
    assertEquals(Optional.of("microsoft"), after.site("sines").orElseThrow().operator());
    assertTrue(after.deal(buyout.id()).isPresent());
    assertEquals(sines(), l, "the original is unchanged");

    Deal tooMuch = Deal.builder().from(buyout).id("too-much").effects(DealEffects.builder()
        .addStakes(StakeChange.of("nscale", Stake.of("microsoft", 0.9))).build()).build();
    InvalidLandscapeException e = assertThrows(InvalidLandscapeException.class, () -> l.apply(tooMuch));
    assertEquals("effects/stakes/0/stake", e.violations().get(0).field());
    assertEquals("too-much", e.violations().get(0).id());

    Deal ghost = Deal.builder().from(buyout).id("ghost").effects(DealEffects.builder()
        .addStakes(StakeChange.of("ghost-op", Stake.of("microsoft", 0.5)))
        .addSites(SiteChange.builder().site("ghost-site").operator("microsoft").build()).build()).build();
    InvalidLandscapeException both = assertThrows(InvalidLandscapeException.class, () -> l.apply(ghost));
    assertEquals(List.of("effects/stakes/0/operator", "effects/sites/0/site"),
        both.violations().stream().map(Violation::field).toList());
  }

  @Test
  void listsEveryViolationWithEntityAndField() {
    Landscape l = sines();
    Site orphan = Site.builder().from(l.site("sines").orElseThrow()).operator("ghost-op")
        .addFleet(AcceleratorLot.of("ghost-chip", 1)).build();
    Operator held = l.operator("microsoft").orElseThrow().withStake(Stake.of("ghost-holder", 0.1));
    Source twin = Source.builder().id("seed-000").title("Another title").build();
    InvalidLandscapeException e = assertThrows(InvalidLandscapeException.class, () -> Landscape.builder().from(l)
        .sites(List.of(orphan, l.site("abilene").orElseThrow())).addOperators(held).addSources(twin).build());
    Set<String> seen = e.violations().stream().map(v -> v.kind() + " " + v.id() + " " + v.field())
        .collect(Collectors.toSet());
    assertEquals(Set.of("SOURCE seed-000 id", "OPERATOR microsoft id", "OPERATOR microsoft stakes/0/holder",
        "SITE sines operator", "SITE sines fleet/1/accelerator"), seen, e.getMessage());
    assertTrue(e.getMessage().startsWith("invalid landscape, 5 violations:"), e.getMessage());
    assertTrue(e.getMessage().contains("site 'sines': operator must name an operator of the landscape, was \"ghost-op\""),
        e.getMessage());
    assertTrue(e.getMessage().contains("fleet/1/accelerator"), e.getMessage());
    for (Violation v : e.violations()) {
      assertTrue(e.getMessage().contains(v.toString()));
    }
    assertEquals(EntityKind.SOURCE, e.violations().stream().filter(v -> v.id().equals("seed-000")).findFirst()
        .orElseThrow().kind());
  }

  @Test
  void manyViolationsAreAllKeptAndTheMessageIsCapped() {
    Landscape l = sines();
    Site base = l.site("sines").orElseThrow();
    List<Site> orphans = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      orphans.add(Site.builder().from(base).id("orphan-" + i).operator("ghost-" + i).build());
    }
    InvalidLandscapeException e = assertThrows(InvalidLandscapeException.class,
        () -> Landscape.builder().from(l).addAllSites(orphans).build());
    assertEquals(60, e.violations().size());
    assertTrue(e.getMessage().contains("… and 10 more"), e.getMessage());
  }

  @Test
  void withSiteAndWithOperatorReplaceOrAdd() {
    Landscape l = sines();
    Site renamed = Site.builder().from(l.site("sines").orElseThrow()).name("Sines campus").build();
    assertEquals("Sines campus", l.withSite(renamed).site("sines").orElseThrow().name());
    Operator mistral = op("mistral", OperatorKind.MODEL_LAB, "FR", Stake.of("nvidia", 0.02));
    assertEquals(6, l.withOperator(mistral).operators().size());
    assertThrows(InvalidLandscapeException.class,
        () -> l.withSite(Site.builder().from(renamed).operator("ghost").build()));
    assertEquals(LocalDate.of(2026, 1, 1), l.withAsOf(LocalDate.of(2026, 1, 1)).asOf());
  }

  private static List<String> ids(List<Site> sites) {
    return sites.stream().map(Site::id).toList();
  }

  private static List<String> dealIds(List<Deal> deals) {
    return deals.stream().map(Deal::id).toList();
  }
}
