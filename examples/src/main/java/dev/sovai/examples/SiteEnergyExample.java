package dev.sovai.examples;

import java.time.LocalDate;

import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySource;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.energy.SiteEnergy;

/**
 * The energy report of one site: a 10,000-GPU B200 campus in Germany whose PUE is not reported, so the default
 * for its operator's kind stands in and the report says so. The grid is Germany's 2024 Ember figure and the
 * accelerator the B200's vendor figures, as in the energy research note. The README shows this class and its
 * output; a test runs it.
 */
public final class SiteEnergyExample {
  private SiteEnergyExample() {}

  /**
   * Builds the landscape.
   *
   * @return the landscape, not null
   */
  public static Landscape build() {
    // README:begin energy-landscape
    Landscape landscape = Landscape.builder()
        .asOf(LocalDate.of(2025, 11, 20))
        .addSources(Source.builder().id("ember-2024").title("Yearly electricity data, country overview")
            .publisher("Ember").licence("CC BY 4.0").build())
        .addJurisdictions(Jurisdiction.builder().code("DE").name("Germany").addBlocs("EU", "EEA")
            .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(344)
                .renewableShare(0.52).nuclearShare(0.02).lowCarbonShare(0.54).addSources("ember-2024").build())
            .build())
        .addOperators(Operator.builder().id("nvidia").name("NVIDIA").kind(OperatorKind.CHIP_VENDOR).seat("US").build(),
            Operator.builder().id("example-cloud").name("Example Cloud").kind(OperatorKind.NEOCLOUD).seat("DE").build())
        .addAccelerators(Accelerator.builder().id("nvidia-b200").vendor("nvidia").model("B200")
            .boardPowerWatts(1000).denseBf16Tflops(2250).denseFp8Tflops(4500).build())
        .addSites(Site.builder().id("example-b200-de").name("Example B200 campus").jurisdiction("DE")
            .operator("example-cloud").status(SiteStatus.OPERATIONAL).operationalFrom(PartialDate.ofMonth(2025, 6))
            .addFleet(AcceleratorLot.of("nvidia-b200", 10_000))
            .energy(EnergySupply.builder()
                .addPurchases(PowerPurchase.builder().source(EnergySource.WIND).share(0.5).build())
                .build())
            .build())
        .build();
    // README:end energy-landscape
    return landscape;
  }

  /**
   * Prints the site's energy report.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    Landscape landscape = build();
    // README:begin energy-report
    EnergyScorer scorer = EnergyScorer.of(EnergyProfile.standard());
    SiteEnergy energy = scorer.site(landscape, "example-b200-de");     // the landscape of the block above
    System.out.print(energy.explain());
    // README:end energy-report
  }
}
