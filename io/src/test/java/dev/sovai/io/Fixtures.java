package dev.sovai.io;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.sovai.model.Confidence;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.DealStatus;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.Adequacy;
import dev.sovai.model.jurisdiction.AdequacyStatus;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CertificationScheme;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.operator.StateLinkKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.EnergySource;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Sector;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/**
 * Hand-built landscapes for the io tests. The figures are invented test values, not facts: the rich fixture sets
 * every attribute of every type at least once, with non-default values, so a round trip exercises all of them.
 */
final class Fixtures {
  private Fixtures() {}

  /** @return a landscape in which every model attribute is set somewhere */
  static Landscape rich() {
    Source s1 = Source.builder().id("src-a").title("Article A").publisher("Paper").url(URI.create("https://example.org/a"))
        .published(PartialDate.ofMonth(2025, 6)).language("fr").licence("CC BY 4.0").build();
    Source s2 = Source.builder().id("src-b").title("Dataset B").build();
    Jurisdiction us = Jurisdiction.builder().code("US").name("United States").addBlocs("OECD", "G7")
        .adequacy(Adequacy.builder().status(AdequacyStatus.PARTIAL).decided(PartialDate.of(2023, 7, 10))
            .scope("certified organisations").addSources("src-a").confidence(Confidence.CONFIRMED).build())
        .addLaws(ExtraterritorialLaw.builder().id("us-cloud-act").name("CLOUD Act")
            .addReach(ReachRule.INCORPORATED_IN, ReachRule.CONTROLLED_FROM).effectiveFrom(PartialDate.ofYear(2018))
            .effectiveUntil(PartialDate.ofQuarter(2099, 4)).summary("compels disclosure").addSources("src-a")
            .confidence(Confidence.CONFIRMED).build())
        .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(369.5).lowCarbonShare(0.41)
            .renewableShare(0.23).nuclearShare(0.18).netImportShare(0.01).demandTwh(4100).addSources("src-b")
            .confidence(Confidence.ESTIMATED).build())
        .addSources("src-b").confidence(Confidence.CONFIRMED).build();
    Jurisdiction tx = Jurisdiction.builder().code("US-TX").name("Texas").build();
    Operator nvidia = Operator.builder().id("nvidia").name("NVIDIA").kind(OperatorKind.CHIP_VENDOR).seat("US")
        .remainder(Remainder.FREE_FLOAT).build();
    Operator fund = Operator.builder().id("fund").name("Fund").kind(OperatorKind.SOVEREIGN_FUND).seat("AE")
        .addStateLinks(StateLink.builder().jurisdiction("AE").kind(StateLinkKind.CONTROL).description("state fund")
            .addSources("src-a").confidence(Confidence.ESTIMATED).build())
        .build();
    Operator cloud = Operator.builder().id("cloud").name("Cloud SAS").kind(OperatorKind.NEOCLOUD).seat("FR")
        .centralAdministration("FR").mainEstablishment("NL").addOperationsIn("PT", "DE", "US-TX")
        .addStakes(Stake.builder().holder("nvidia").capitalShare(0.1).votingShare(0.05).asOf(PartialDate.ofYear(2025))
                .addSources("src-a").confidence(Confidence.CONFIRMED).build(),
            Stake.builder().holder("fund").capitalShare(0.45).veto(true).appointsBoardMajority(true).build())
        .addCertifications(Certification.builder().scheme(CertificationScheme.SECNUMCLOUD).level("3.2").scope("IaaS")
            .validFrom(PartialDate.ofMonth(2024, 1)).validUntil(PartialDate.of(2027, 1, 31)).addSources("src-b")
            .confidence(Confidence.CONFIRMED).build())
        .notes("a note with \"quotes\" and ünïcödé").addSources("src-a", "src-b").confidence(Confidence.ESTIMATED).build();
    Accelerator h100 = Accelerator.builder().id("nvidia-h100-sxm").vendor("nvidia").model("H100 SXM")
        .boardPowerWatts(700).denseBf16Tflops(989.4).denseFp8Tflops(1978.9).h100Equivalent(1.0)
        .addFabJurisdictions("TW", "US").released(PartialDate.ofQuarter(2023, 1)).addSources("src-b")
        .confidence(Confidence.CONFIRMED).build();
    Site big = Site.builder().id("campus-1").name("Campus One").kind(SiteKind.CAMPUS).jurisdiction("US-TX")
        .place("Abilene").coordinates(Coordinates.of(32.45, -99.73)).operator("cloud").addOwners("fund", "cloud")
        .accessGateway("cloud").addTenants("nvidia").status(SiteStatus.UNDER_CONSTRUCTION)
        .announced(PartialDate.ofYear(2024)).operationalFrom(PartialDate.ofQuarter(2026, 1))
        .decommissioned(PartialDate.ofYear(2040))
        .addFleet(AcceleratorLot.builder().accelerator("nvidia-h100-sxm").count(8500).status(SiteStatus.ANNOUNCED)
            .date(PartialDate.ofMonth(2026, 6)).addSources("src-a").confidence(Confidence.ESTIMATED).build(),
            AcceleratorLot.builder().reportedModel("Mystery X1").count(0).build())
        .itCapacityMw(200).pue(1.25)
        .energy(EnergySupply.builder().gridConnected(false).gridCapacityMw(0.0)
            .addPurchases(PowerPurchase.builder().source(EnergySource.WIND).share(0.3).capacityMw(100)
                .supplier("fund").addSources("src-a").confidence(Confidence.CONFIRMED).build())
            .addOnSite(OnSiteGeneration.builder().source(EnergySource.GAS).capacityMw(360).share(0.7)
                .addSources("src-b").confidence(Confidence.ESTIMATED).build())
            .reportedRef(0.3).erf(0.05).wueLitresPerKwh(0.2).addSources("src-b").confidence(Confidence.CONFIRMED)
            .build())
        .addDataLocations("US", "US-TX").addAdministrationLocations("FR").addSupportLocations("IN", "FR")
        .sector(Sector.MIXED).reportedDense16BitFlops(1.5e18).reportedH100Equivalents(8500.0)
        .hardwareCost(Money.of("1150000000", "USD")).notes("phase 1").addSources("src-a")
        .confidence(Confidence.CONFIRMED).build();
    Site small = Site.builder().id("dc-2").name("DC Two").jurisdiction("FR").status(SiteStatus.OPERATIONAL).build();
    Deal deal = Deal.builder().id("deal-1").title("Fund buys into Cloud").kind(DealKind.EQUITY_INVESTMENT)
        .addParties(Party.of("fund", PartyRole.INVESTOR), Party.of("cloud", PartyRole.TARGET))
        .status(DealStatus.CLOSED).announced(PartialDate.ofMonth(2025, 2)).closed(PartialDate.of(2025, 9, 30))
        .value(Money.of("2500000000.50", "EUR")).addSites("campus-1")
        .addAccelerators(AcceleratorLot.of("nvidia-h100-sxm", 1000))
        .effects(DealEffects.builder()
            .addStakes(StakeChange.of("cloud", Stake.of("fund", 0.45)))
            .addSites(SiteChange.builder().site("campus-1").owners(List.of()).build(),
                SiteChange.builder().site("dc-2").operator("cloud").accessGateway("fund").owners(List.of("fund")).build())
            .build())
        .notes("closed after review").addSources("src-a").confidence(Confidence.CONFIRMED).build();
    return Landscape.builder().asOf(LocalDate.of(2025, 11, 20)).addJurisdictions(tx, us)
        .addOperators(nvidia, fund, cloud).addAccelerators(h100).addSites(small, big).addDeals(deal)
        .addSources(s2, s1).build();
  }

  /** @return a landscape with a single minimal site */
  static Landscape minimal() {
    return Landscape.builder().asOf(LocalDate.of(2025, 1, 1))
        .addSites(Site.builder().id("s").name("S").jurisdiction("PT").status(SiteStatus.ANNOUNCED).build()).build();
  }

  /** @return the set of jurisdiction codes used above, for schema tests */
  static Set<String> codes() {
    return Set.of("US", "US-TX");
  }
}
