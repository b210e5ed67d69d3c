package dev.sovai.examples;

import java.time.LocalDate;

import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * Builds, in code, the landscape of the Nscale–Microsoft deal for a 12,600-GPU campus in Portugal, as the seed
 * articles report it. The README shows this class; a test runs it.
 */
public final class PortugalDealExample {
  private PortugalDealExample() {}

  /**
   * Builds the landscape.
   *
   * @return the landscape, not null
   */
  public static Landscape build() {
    // README:begin build-landscape
    Landscape portugal = Landscape.builder()
        .asOf(LocalDate.of(2025, 10, 15))
        .addOperators(Operator.builder().id("nscale").name("Nscale").kind(OperatorKind.NEOCLOUD).seat("GB").build())
        .addOperators(Operator.builder().id("microsoft").name("Microsoft").kind(OperatorKind.HYPERSCALER)
            .seat("US").build())
        .addSites(Site.builder().id("nscale-portugal").name("Nscale Portugal campus").jurisdiction("PT")
            .operator("nscale").addTenants("microsoft").status(SiteStatus.ANNOUNCED)
            .addFleet(AcceleratorLot.builder().reportedModel("NVIDIA GB300").count(12_600).build()).build())
        .addDeals(Deal.builder().id("nscale-microsoft-portugal").title("Nscale–Microsoft capacity in Portugal")
            .kind(DealKind.CAPACITY_CONTRACT).addSites("nscale-portugal")
            .addParties(Party.of("nscale", PartyRole.SUPPLIER), Party.of("microsoft", PartyRole.CUSTOMER)).build())
        .build();
    // README:end build-landscape
    return portugal;
  }

  /**
   * Prints a one-line summary of the landscape.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    Landscape l = build();
    Site site = l.site("nscale-portugal").orElseThrow();
    System.out.println(site.name() + " in " + site.jurisdiction() + ": " + site.acceleratorCount()
        + " accelerators, operated by " + site.operator().orElse("?") + " for " + String.join(", ", site.tenants()));
  }
}
