package dev.sovai.scoring.concentration;

import java.time.LocalDate;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySource;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/** A small hand-made landscape whose every figure the tests can compute by hand (test data, not reference data). */
final class Fixtures {
  private Fixtures() {}

  static Operator op(String id, String seat, Stake... stakes) {
    return Operator.builder().id(id).name(id).kind(OperatorKind.NEOCLOUD).seat(seat).remainder(Remainder.FREE_FLOAT)
        .addStakes(stakes).build();
  }

  static Landscape landscape() {
    return Landscape.builder().asOf(LocalDate.of(2025, 11, 20))
        .addJurisdictions(Jurisdiction.builder().code("FR").name("France").addBlocs("EU").build())
        .addJurisdictions(Jurisdiction.builder().code("DE").name("Germany").addBlocs("EU").build())
        .addOperators(op("nvidia", "US"), op("amd", "US"))
        .addAccelerators(Accelerator.builder().id("gpu-a").vendor("nvidia").model("A").h100Equivalent(1.0)
            .denseBf16Tflops(1000).addFabJurisdictions("TW").build())
        .addAccelerators(Accelerator.builder().id("gpu-b").vendor("amd").model("B").h100Equivalent(2.0)
            .denseBf16Tflops(2000).addFabJurisdictions("TW", "US").build())
        .addOperators(op("hyper", "US"), op("state-cn", "CN"), op("gate", "FR"), op("realty", "FR"))
        .addOperators(op("neo-fr", "FR", Stake.of("hyper", 0.6)))
        .addOperators(op("jv-de", "DE", Stake.of("hyper", 0.5), Stake.of("state-cn", 0.5)))
        .addSites(Site.builder().id("s1").name("s1").jurisdiction("FR").operator("neo-fr").status(SiteStatus.OPERATIONAL)
            .addFleet(AcceleratorLot.of("gpu-a", 1000)).itCapacityMw(10).accessGateway("gate")
            .energy(EnergySupply.builder().addPurchases(PowerPurchase.builder().source(EnergySource.NUCLEAR)
                .share(0.5).build()).build())
            .build())
        .addSites(Site.builder().id("s2").name("s2").jurisdiction("DE").operator("jv-de").status(SiteStatus.OPERATIONAL)
            .addFleet(AcceleratorLot.of("gpu-b", 1000)).itCapacityMw(20).addOwners("realty", "jv-de").build())
        .addSites(Site.builder().id("s3").name("s3").jurisdiction("US-TX").operator("hyper")
            .status(SiteStatus.OPERATIONAL).addFleet(AcceleratorLot.of("gpu-a", 2000)).itCapacityMw(30).build())
        .addSites(Site.builder().id("s4").name("s4").jurisdiction("FR").operator("hyper").status(SiteStatus.ANNOUNCED)
            .addFleet(AcceleratorLot.of("gpu-a", 5000)).itCapacityMw(50).build())
        .addSites(Site.builder().id("s5").name("s5").jurisdiction("FR").status(SiteStatus.OPERATIONAL)
            .addFleet(AcceleratorLot.builder().reportedModel("Unlisted chip").count(500).build()).build())
        .build();
  }

  /** hyper buys state-cn's half of jv-de. */
  static Deal buyOut() {
    return Deal.builder().id("hyper-buys-jv").title("hyper buys out jv-de").kind(DealKind.ACQUISITION)
        .addParties(Party.of("hyper", PartyRole.ACQUIRER), Party.of("jv-de", PartyRole.TARGET),
            Party.of("state-cn", PartyRole.SELLER))
        .effects(DealEffects.builder()
            .addStakes(StakeChange.of("jv-de", Stake.of("state-cn", 0.0)))
            .addStakes(StakeChange.of("jv-de", Stake.of("hyper", 1.0))).build())
        .build();
  }
}
