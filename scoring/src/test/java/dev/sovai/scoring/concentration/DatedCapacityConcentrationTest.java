package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.sovai.model.PartialDate;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/** The concentration scorer takes the capacity step in force on the date it is asked about, and the Linpack bases. */
class DatedCapacityConcentrationTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());
  private static final LocalDate MAY = LocalDate.of(2025, 5, 31);
  private static final LocalDate DEC = LocalDate.of(2025, 12, 31);

  private static Operator op(String id) {
    return Operator.builder().id(id).name(id).kind(OperatorKind.OTHER).build();
  }

  private static CapacityStep facility(String date, double mw, double h100e) {
    return CapacityStep.builder().date(PartialDate.parse(date)).facilityPowerMw(mw).h100Equivalents(h100e).build();
  }

  /** Two campuses: a with steps (facility power, PUE 1.25), b with an IT capacity of its own and PUE 1.5. */
  private static Landscape campuses() {
    Site a = Site.builder().id("a").name("A").jurisdiction("US-OH").status(SiteStatus.OPERATIONAL).operator("meta")
        .pue(1.25).reportedH100Equivalents(50)
        .addCapacitySteps(facility("2025-02-02", 319, 127_687), facility("2025-11-30", 691, 502_625)).build();
    Site b = Site.builder().id("b").name("B").jurisdiction("US-TX").status(SiteStatus.OPERATIONAL).operator("oracle")
        .itCapacityMw(200).pue(1.5).reportedH100Equivalents(100_000).build();
    return Landscape.builder().asOf(DEC).addOperators(op("meta"), op("oracle")).addSites(a, b).build();
  }

  private static Partition measure(Landscape l, Basis basis, LocalDate date) {
    return SCORER.measure(l, Measure.of(Dimension.OPERATOR, basis, Scope.operational()), date).partition();
  }

  @Test
  void eachDateTakesTheStepInForceOnEveryBasisItInforms() {
    Landscape l = campuses();
    assertEquals(319.0, measure(l, Basis.FACILITY_MW, MAY).weightOf("meta"));
    assertEquals(691.0, measure(l, Basis.FACILITY_MW, DEC).weightOf("meta"));
    assertEquals(300.0, measure(l, Basis.FACILITY_MW, DEC).weightOf("oracle"), "IT 200 × reported PUE 1.5");
    assertEquals(319.0 / 1.25, measure(l, Basis.IT_MW, MAY).weightOf("meta"), 1e-9, "facility ÷ reported PUE");
    assertEquals(691.0 / 1.25, measure(l, Basis.IT_MW, DEC).weightOf("meta"), 1e-9);
    assertEquals(127_687.0, measure(l, Basis.H100_EQUIVALENTS, MAY).weightOf("meta"));
    assertEquals(502_625.0, measure(l, Basis.H100_EQUIVALENTS, DEC).weightOf("meta"));
    // before the first step, the site's own figures: no power of its own, 50 H100e
    assertEquals(50.0, measure(l, Basis.H100_EQUIVALENTS, LocalDate.of(2024, 1, 1)).weightOf("meta"));
    ConcentrationResult early = SCORER.measure(l, Measure.of(Dimension.OPERATOR, Basis.IT_MW, Scope.operational()),
        LocalDate.of(2024, 1, 1));
    assertEquals(1, early.sitesExcluded());
    assertTrue(early.gaps().get(0).detail().contains("no IT power in force on 2024-01-01"), early.gaps()::toString);
  }

  @Test
  void withoutAReportedPueFacilityPowerIsNotTurnedIntoItPower() {
    Landscape l = campuses();
    Site a = l.site("a").orElseThrow();
    Landscape noPue = Landscape.builder().from(l).sites(java.util.List.of(
        Site.builder().from(a).pue(java.util.OptionalDouble.empty()).build(), l.site("b").orElseThrow())).build();
    ConcentrationResult r = SCORER.measure(noPue, Measure.of(Dimension.OPERATOR, Basis.IT_MW, Scope.operational()),
        DEC);
    assertEquals(1, r.sitesExcluded());
    assertTrue(r.gaps().get(0).detail().startsWith("only facility power in force on 2025-12-31 and no reported PUE"),
        r.gaps()::toString);
    assertEquals(691.0, measure(noPue, Basis.FACILITY_MW, DEC).weightOf("meta"), "the facility basis needs none");
  }

  @Test
  void rmaxAndRpeakByVendorUseTheMeasurementsAccelerator() {
    Operator amd = Operator.builder().id("amd").name("AMD").kind(OperatorKind.CHIP_VENDOR).seat("US").build();
    Accelerator mi300a = Accelerator.builder().id("amd-mi300a").vendor("amd").model("MI300A").build();
    Site ec = Site.builder().id("el-capitan").name("El Capitan").jurisdiction("US").status(SiteStatus.OPERATIONAL)
        .operator("llnl").linpack(LinpackMeasurement.builder().rmaxTflops(1_742_000).rpeakTflops(2_746_376.09)
            .accelerator("amd-mi300a").build()).build();
    Site fugaku = Site.builder().id("fugaku").name("Fugaku").jurisdiction("JP").status(SiteStatus.OPERATIONAL)
        .operator("riken").linpack(LinpackMeasurement.builder().rmaxTflops(442_010).build()).build();
    Site none = Site.builder().id("unmeasured").name("U").jurisdiction("FR").status(SiteStatus.OPERATIONAL).build();
    Landscape l = Landscape.builder().asOf(DEC).addOperators(amd, op("llnl"), op("riken")).addAccelerators(mi300a)
        .addSites(ec, fugaku, none).build();
    ConcentrationResult vendor = SCORER.measure(l, Measure.of(Dimension.ACCELERATOR_VENDOR, Basis.RMAX,
        Scope.operational()), DEC);
    assertEquals(1_742_000.0, vendor.partition().weightOf("amd"));
    assertEquals(442_010.0, vendor.partition().unknownWeight(), "a CPU-only system names no accelerator vendor");
    assertEquals(1, vendor.sitesExcluded(), "a site without a measurement is left out");
    ConcentrationResult country = SCORER.measure(l, Measure.of(Dimension.SITE_JURISDICTION, Basis.RMAX,
        Scope.operational()), DEC);
    assertEquals(1_742_000 / 2_184_010.0, country.partition().shareOf("US"), 1e-12);
    ConcentrationResult peak = SCORER.measure(l, Measure.of(Dimension.OPERATOR, Basis.RPEAK, Scope.operational()),
        DEC);
    assertEquals(2_746_376.09, peak.partition().weightOf("llnl"));
    assertEquals(2, peak.sitesExcluded(), "Fugaku has no Rpeak here, the third no measurement");
  }
}
