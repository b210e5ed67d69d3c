package dev.sovai.scoring.energy;

import java.time.LocalDate;

import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * Test data built from the numbers of the energy research note (Ember 2024 intensities, 2023 mix shares;
 * accelerator figures from stas00/ml-engineering's compiled vendor table). Only what the tests need.
 */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);

  private Fixtures() {}

  static GridProfile grid(double intensity, double renewable, double nuclear, double lowCarbon, double netImports) {
    return GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(intensity).renewableShare(renewable)
        .nuclearShare(nuclear).lowCarbonShare(lowCarbon).netImportShare(netImports).build();
  }

  /** Germany: Ember 2024 344 g; renewable 52 %, nuclear 2 %, low-carbon 54 %; net imports ≈ 0 (derived, [U]). */
  static Jurisdiction germany() {
    return Jurisdiction.builder().code("DE").name("Germany").addBlocs("EU", "EEA").grid(grid(344, 0.52, 0.02, 0.54, 0.0)).build();
  }

  /** France: Ember 2024 44 g; renewable 26 %, nuclear 65 %, low-carbon 92 %; net exporter. */
  static Jurisdiction france() {
    return Jurisdiction.builder().code("FR").name("France").addBlocs("EU", "EEA").grid(grid(44, 0.26, 0.65, 0.92, 0.0)).build();
  }

  /** Norway: Ember 2024 31 g; renewable 99 %, nuclear 0, low-carbon 99 %; net exporter. */
  static Jurisdiction norway() {
    return Jurisdiction.builder().code("NO").name("Norway").addBlocs("EEA", "EFTA").grid(grid(31, 0.99, 0.0, 0.99, 0.0)).build();
  }

  static Operator nvidia() {
    return Operator.builder().id("nvidia").name("NVIDIA").kind(OperatorKind.CHIP_VENDOR).seat("US").build();
  }

  /** B200 SXM: 1,000 W max TGP, 2,250 dense BF16, 4,500 dense FP8 TFLOPS. */
  static Accelerator b200() {
    return Accelerator.builder().id("nvidia-b200").vendor("nvidia").model("B200").boardPowerWatts(1000)
        .denseBf16Tflops(2250).denseFp8Tflops(4500).build();
  }

  /** H100 SXM: 700 W, 989 dense BF16, 1,979 dense FP8 TFLOPS. */
  static Accelerator h100() {
    return Accelerator.builder().id("nvidia-h100-sxm").vendor("nvidia").model("H100 SXM").boardPowerWatts(700)
        .denseBf16Tflops(989).denseFp8Tflops(1979).build();
  }

  /** A100 SXM: 400 W, 312 dense BF16, no FP8. */
  static Accelerator a100() {
    return Accelerator.builder().id("nvidia-a100-sxm").vendor("nvidia").model("A100 SXM").boardPowerWatts(400)
        .denseBf16Tflops(312).build();
  }

  static Operator neocloud() {
    return Operator.builder().id("blackwell-cloud").name("Blackwell Cloud").kind(OperatorKind.NEOCLOUD).seat("DE").build();
  }

  /** A 10,000-GPU B200 site with a reported PUE of 1.3, in operation since mid-2025, in one country. */
  static Site blackwellSite(String country) {
    return Site.builder().id("blackwell-" + country.toLowerCase(java.util.Locale.ROOT)).name("Blackwell campus " + country)
        .jurisdiction(country).operator("blackwell-cloud").status(SiteStatus.OPERATIONAL)
        .operationalFrom(PartialDate.ofMonth(2025, 6)).pue(1.3).addFleet(AcceleratorLot.of("nvidia-b200", 10_000))
        .confidence(Confidence.REPORTED).build();
  }

  static Landscape.Builder base() {
    return Landscape.builder().asOf(AS_OF).addJurisdictions(germany(), france(), norway())
        .addOperators(nvidia(), neocloud()).addAccelerators(b200(), h100(), a100());
  }

  static Landscape blackwell(String country) {
    return base().addSites(blackwellSite(country)).build();
  }
}
