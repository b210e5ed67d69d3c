package dev.sovai.scoring.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.PartialDate;
import dev.sovai.model.UnknownEntityException;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
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

class EnergyScorerTest {
  private static final EnergyScorer SCORER = EnergyScorer.of(EnergyProfile.standard());

  private static double v(SiteEnergy e, EnergyQuantity name) {
    return e.value(name).orElseThrow(() -> new AssertionError(name + " missing in\n" + e.explain()));
  }

  private static void near(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.abs(expected) * 1e-9 + 1e-9, what);
  }

  // 10,000 B200 (1,000 W) × k_sys 1.34 = 13.4 MW IT; × PUE 1.3 = 17.42 MW; × 8,760 h × 0.7 = 106,819.44 MWh/yr.
  @Test
  void blackwellSiteInGermanyFranceAndNorway() {
    SiteEnergy de = SCORER.site(Fixtures.blackwell("DE"), "blackwell-de");
    SiteEnergy fr = SCORER.site(Fixtures.blackwell("FR"), "blackwell-fr");
    SiteEnergy no = SCORER.site(Fixtures.blackwell("NO"), "blackwell-no");
    for (SiteEnergy e : List.of(de, fr, no)) {
      near(13.4, v(e, EnergyQuantity.IT_POWER_MW), "IT power");
      near(17.42, v(e, EnergyQuantity.FACILITY_POWER_MW), "facility power");
      near(106_819.44, v(e, EnergyQuantity.ANNUAL_ENERGY_MWH), "annual energy");
      near(82_168.8, v(e, EnergyQuantity.ANNUAL_IT_ENERGY_MWH), "annual IT energy");
      near(22_500, v(e, EnergyQuantity.DENSE_BF16_PFLOPS), "PFLOPS");
      near(2250, v(e, EnergyQuantity.BF16_PER_KW_CHIP), "BF16 per kW at the chip");
      near(2250 / 1.742, v(e, EnergyQuantity.BF16_PER_KW_METER), "BF16 per kW at the meter");
      near(4500, v(e, EnergyQuantity.FP8_PER_KW_CHIP), "FP8 per kW at the chip");
      near(4500 / 1.742, v(e, EnergyQuantity.FP8_PER_KW_METER), "FP8 per kW at the meter");
      assertTrue(e.get(EnergyQuantity.IT_POWER_MW).orElseThrow().defaulted(), "IT power estimated from the fleet");
      assertFalse(e.get(EnergyQuantity.PUE).orElseThrow().defaulted(), "PUE reported");
    }
    // 106,819.44 MWh × 344 g/kWh = 36,745.887 t; × 44 = 4,700.055 t; × 31 = 3,311.403 t
    near(36_745.88736, v(de, EnergyQuantity.LOCATION_CARBON_TONNES), "DE tCO2e");
    near(4_700.05536, v(fr, EnergyQuantity.LOCATION_CARBON_TONNES), "FR tCO2e");
    near(3_311.40264, v(no, EnergyQuantity.LOCATION_CARBON_TONNES), "NO tCO2e");
    near(0.4472, v(de, EnergyQuantity.CUE), "DE CUE = 1.3 × 0.344");
    near(0.0572, v(fr, EnergyQuantity.CUE), "FR CUE");
    near(0.0403, v(no, EnergyQuantity.CUE), "NO CUE");
    // 1 kW × 1.34 × 1.3 × 344 g / 2.25 PFLOPS = 266.332 g per PFLOP·h
    near(1.742 * 344 / 2.25, v(de, EnergyQuantity.OPERATIONAL_CARBON_PER_PFLOP_HOUR), "DE g/PFLOP·h");
    near(1.742 * 44 / 2.25, v(fr, EnergyQuantity.OPERATIONAL_CARBON_PER_PFLOP_HOUR), "FR g/PFLOP·h");
    near(1.742 * 31 / 2.25, v(no, EnergyQuantity.OPERATIONAL_CARBON_PER_PFLOP_HOUR), "NO g/PFLOP·h");
    // same figure from the annual totals: tCO2e × 10^6 / (22,500 PFLOPS × 8,760 h × 0.7)
    near(36_745.88736e6 / (22_500 * 8760 * 0.7), v(de, EnergyQuantity.OPERATIONAL_CARBON_PER_PFLOP_HOUR), "DE from totals");
    near(0.52, v(de, EnergyQuantity.GRID_RENEWABLE_SHARE), "DE renewable");
    near(0.65, v(fr, EnergyQuantity.GRID_NUCLEAR_SHARE), "FR nuclear");
    near(0.99, v(no, EnergyQuantity.GRID_LOW_CARBON_SHARE), "NO low-carbon");
    // score: 0.4 × (1 − CI/700) + 0.3 × (2 − 1.3)/0.95 + 0.1 × imports(0 → 1); ERF and WUE unknown → 0 (upper: 1)
    double pueScore = 0.7 / 0.95;
    near(100 * (0.4 * (1 - 344.0 / 700) + 0.3 * pueScore + 0.1), de.energyScore(), "DE score");
    near(100 * (0.4 * (1 - 44.0 / 700) + 0.3 * pueScore + 0.1), fr.energyScore(), "FR score");
    near(100 * (0.4 * (1 - 31.0 / 700) + 0.3 * pueScore + 0.1), no.energyScore(), "NO score");
    near(de.energyScore() + 20, de.energyScoreUpper(), "DE upper bound");
    assertTrue(de.energyScore() < fr.energyScore() && fr.energyScore() < no.energyScore());
  }

  @Test
  void regulatoryMarksOfTheGermanSite() {
    SiteEnergy de = SCORER.site(Fixtures.blackwell("DE"), "blackwell-de");
    // PUE 1.3 is not < 1.3: SOV-8.1 rung "< 1.5 with a roadmap", and the roadmap is not in the data
    assertEquals(Outcome.UNKNOWN, de.mark("csf-sov-8.1").orElseThrow().outcome());
    assertEquals(Outcome.PASS, de.mark("gaiax-p6.1.2").orElseThrow().outcome());
    assertEquals(Outcome.UNKNOWN, de.mark("gaiax-p6.1.3").orElseThrow().outcome());
    assertEquals(Outcome.UNKNOWN, de.mark("csf-sov-8.4").orElseThrow().outcome());
    // existing site (in operation since 2025-06): first PUE duty from 1 Jul 2027
    RegulatoryMark pue = de.mark("enefg-pue").orElseThrow();
    assertEquals(Outcome.NOT_APPLICABLE, pue.outcome());
    assertTrue(pue.message().contains("would pass"), pue.message());
    assertEquals(Outcome.NOT_APPLICABLE, de.mark("enefg-erf").orElseThrow().outcome());
    assertEquals(Outcome.UNKNOWN, de.mark("enefg-renewable").orElseThrow().outcome());
    SiteEnergy fr = SCORER.site(Fixtures.blackwell("FR"), "blackwell-fr");
    assertEquals(Outcome.NOT_APPLICABLE, fr.mark("enefg-pue").orElseThrow().outcome());
    assertEquals(Outcome.NOT_APPLICABLE, fr.mark("enefg-renewable").orElseThrow().outcome());
  }

  @Test
  void enefgDutiesOnLaterDates() {
    Site old = Site.builder().from(Fixtures.blackwellSite("DE")).pue(1.45)
        .energy(EnergySupply.builder().reportedRef(1.0).erf(0.0).build()).build();
    Landscape l = Fixtures.base().addSites(old).build();
    SiteEnergy in2028 = SCORER.site(l, old.id(), LocalDate.of(2028, 1, 1));
    assertEquals(Outcome.PASS, in2028.mark("enefg-pue").orElseThrow().outcome(), "1.45 ≤ 1.5 from 2027-07");
    assertEquals(Outcome.PASS, in2028.mark("enefg-renewable").orElseThrow().outcome(), "REF 1.0 ≥ 100 %");
    SiteEnergy in2031 = SCORER.site(l, old.id(), LocalDate.of(2031, 1, 1));
    assertEquals(Outcome.FAIL, in2031.mark("enefg-pue").orElseThrow().outcome(), "1.45 > 1.3 from 2030-07");

    Site fresh = Site.builder().from(Fixtures.blackwellSite("DE")).id("fresh").operationalFrom(PartialDate.ofMonth(2026, 9))
        .pue(1.15).energy(EnergySupply.builder().reportedRef(0.6).erf(0.05).build()).build();
    Landscape l2 = Fixtures.base().addSites(fresh).build();
    SiteEnergy before = SCORER.site(l2, "fresh", LocalDate.of(2026, 8, 1));
    assertEquals(Outcome.NOT_APPLICABLE, before.mark("enefg-pue").orElseThrow().outcome(), "not yet operating");
    SiteEnergy after = SCORER.site(l2, "fresh", LocalDate.of(2026, 12, 1));
    assertEquals(Outcome.PASS, after.mark("enefg-pue").orElseThrow().outcome(), "1.15 ≤ 1.2");
    RegulatoryMark graced = after.mark("enefg-erf").orElseThrow();
    assertEquals(Outcome.NOT_APPLICABLE, graced.outcome(), "5 % < 10 %, but due only two years after the start");
    assertTrue(graced.message().contains("due by 2028-09-30"), graced.message());
    RegulatoryMark erf = SCORER.site(l2, "fresh", LocalDate.of(2028, 10, 1)).mark("enefg-erf").orElseThrow();
    assertEquals(Outcome.FAIL, erf.outcome(), "5 % < 10 % for the 2026-07 cohort, grace period over");
    assertTrue(erf.clause().contains("10 %"), erf.clause());
    assertEquals(Outcome.UNKNOWN, SCORER.site(l2, "fresh", LocalDate.of(2028, 9, 15)).mark("enefg-erf").orElseThrow()
        .outcome(), "started some day in Sep 2026: the grace period may or may not be over");
    assertEquals(Outcome.PASS, after.mark("enefg-renewable").orElseThrow().outcome(), "60 % ≥ 50 % before 2027");
    assertEquals(Outcome.FAIL, SCORER.site(l2, "fresh", LocalDate.of(2027, 2, 1)).mark("enefg-renewable").orElseThrow().outcome(),
        "60 % < 100 % from 2027");
  }

  @Test
  void enefgNewSitePueHasTwoYearsToMeetItsLimit() {
    Site fresh = Site.builder().from(Fixtures.blackwellSite("DE")).id("fresh").operationalFrom(PartialDate.of(2026, 7, 1))
        .pue(1.3).build();
    Landscape l = Fixtures.base().addSites(fresh).build();
    RegulatoryMark first = SCORER.site(l, "fresh", LocalDate.of(2026, 7, 1)).mark("enefg-pue").orElseThrow();
    assertEquals(Outcome.NOT_APPLICABLE, first.outcome(), "1.3 > 1.2 on its first day, but due two years later");
    assertTrue(first.message().contains("grace period") && first.message().contains("due by 2028-07-01"), first.message());
    assertEquals(Outcome.NOT_APPLICABLE, SCORER.site(l, "fresh", LocalDate.of(2028, 6, 30)).mark("enefg-pue")
        .orElseThrow().outcome(), "last day of the grace period");
    assertEquals(Outcome.FAIL, SCORER.site(l, "fresh", LocalDate.of(2028, 7, 1)).mark("enefg-pue").orElseThrow()
        .outcome(), "two years after the start: 1.3 > 1.2");
    Site efficient = Site.builder().from(fresh).pue(1.15).build();
    Landscape l2 = Fixtures.base().addSites(efficient).build();
    RegulatoryMark early = SCORER.site(l2, "fresh", LocalDate.of(2026, 8, 1)).mark("enefg-pue").orElseThrow();
    assertEquals(Outcome.PASS, early.outcome(), "a site that meets the limit already passes within the grace period");
    assertTrue(early.message().contains("already met"), early.message());
  }

  @Test
  void csfSov81Ladder() {
    double[][] cases = {{1.1, 187.5}, {1.25, 187.5}, {1.6, 62.5}, {3.2, 0}};
    for (double[] c : cases) {
      Site s = Site.builder().from(Fixtures.blackwellSite("FR")).pue(c[0]).build();
      SiteEnergy e = SCORER.site(Fixtures.base().addSites(s).build(), s.id());
      near(c[1], v(e, EnergyQuantity.CSF_SOV81_POINTS), "points at PUE " + c[0]);
      Outcome expected = c[1] >= 125 ? Outcome.PASS : Outcome.FAIL;
      assertEquals(expected, e.mark("csf-sov-8.1").orElseThrow().outcome(), "PUE " + c[0]);
    }
    // 1.1 on a confirmed EU site is EU-verified: the top rung
    Site confirmed = Site.builder().from(Fixtures.blackwellSite("FR")).pue(1.1).confidence(dev.sovai.model.Confidence.CONFIRMED).build();
    near(250, v(SCORER.site(Fixtures.base().addSites(confirmed).build(), confirmed.id()), EnergyQuantity.CSF_SOV81_POINTS), "verified");
    // a Norwegian site is not in the EU: 1.1 stays at "< 1.3"
    Site norway = Site.builder().from(Fixtures.blackwellSite("NO")).pue(1.1).confidence(dev.sovai.model.Confidence.CONFIRMED).build();
    near(187.5, v(SCORER.site(Fixtures.base().addSites(norway).build(), norway.id()), EnergyQuantity.CSF_SOV81_POINTS), "NO");
  }

  // Grenoble: 1,150 MW IT, no PUE (neocloud → 1.3 default), 70 % nuclear and 30 % hydro contracts.
  // facility 1,495 MW; × 8,760 × 0.7 = 9,167,340 MWh; location 44 g → 403,362.96 t; market 0.7 × 12 + 0.3 × 24 = 15.6 g → 143,010.504 t
  static Landscape grenoble() {
    Operator oreus = Operator.builder().id("grenoble-ai").name("Grenoble AI").kind(OperatorKind.NEOCLOUD).seat("FR").build();
    Site site = Site.builder().id("grenoble").name("Grenoble AI campus").jurisdiction("FR").place("Eybens, Isère")
        .operator("grenoble-ai").status(SiteStatus.ANNOUNCED).itCapacityMw(1150)
        .energy(EnergySupply.builder()
            .addPurchases(PowerPurchase.builder().source(EnergySource.NUCLEAR).share(0.7).build())
            .addPurchases(PowerPurchase.builder().source(EnergySource.HYDRO).share(0.3).build())
            .wueLitresPerKwh(0.0).build())
        .build();
    return Fixtures.base().addOperators(oreus).addSites(site).build();
  }

  @Test
  void grenobleNuclearAndRenewablesWithDefaultedPue() {
    SiteEnergy g = SCORER.site(grenoble(), "grenoble");
    near(1150, v(g, EnergyQuantity.IT_POWER_MW), "IT");
    near(1.3, v(g, EnergyQuantity.PUE), "default PUE");
    assertTrue(g.get(EnergyQuantity.PUE).orElseThrow().defaulted());
    assertTrue(g.get(EnergyQuantity.PUE).orElseThrow().basis().contains("Uptime"), "names the default's source");
    near(1495, v(g, EnergyQuantity.FACILITY_POWER_MW), "facility");
    near(9_167_340, v(g, EnergyQuantity.ANNUAL_ENERGY_MWH), "energy");
    near(403_362.96, v(g, EnergyQuantity.LOCATION_CARBON_TONNES), "location-based");
    near(15.6, v(g, EnergyQuantity.MARKET_INTENSITY), "market intensity");
    near(143_010.504, v(g, EnergyQuantity.MARKET_CARBON_TONNES), "market-based");
    near(0.3, v(g, EnergyQuantity.MARKET_RENEWABLE_SHARE), "hydro only counts as renewable");
    near(0.0, v(g, EnergyQuantity.ANNUAL_WATER_M3), "closed loop");
    assertTrue(g.gaps().stream().anyMatch(x -> x.field().equals("pue") && x.treatment() == GapTreatment.DEFAULTED));
    assertEquals(Outcome.UNKNOWN, g.mark("csf-sov-8.1").orElseThrow().outcome(), "a default is no evidence");
    assertEquals(Outcome.FAIL, g.mark("gaiax-p6.1.3").orElseThrow().outcome(), "30 % < 75 %");
    assertEquals(Outcome.FAIL, g.mark("csf-sov-8.4").orElseThrow().outcome(), "traceable EU, not all green");
    assertEquals(Outcome.PASS, g.mark("gaiax-p6.1.4").orElseThrow().outcome(), "WUE 0");

    Assessment a = g.toAssessment();
    assertEquals("energy", a.scorer());
    assertEquals("energy-eu-2025@1", a.profile());
    Metric pue = a.metric("pue").orElseThrow();
    assertTrue(pue.defaulted());
    Metric score = a.metric("energyScore").orElseThrow();
    assertEquals(g.energyScore(), score.lower().getAsDouble());
    assertEquals(g.energyScoreUpper(), score.upper().getAsDouble());
    assertEquals(a.coverage().needed() - a.coverage().gaps().size(), a.coverage().known());
    assertTrue(a.findings().stream().anyMatch(f -> f.criterion().equals("enefg-pue") && f.outcome() == Outcome.NOT_APPLICABLE));
    assertEquals("MWh/yr", a.metric("annualEnergyMwh").orElseThrow().unit());
  }

  @Test
  void profileDefaultsAreReadFromTheProfile() {
    EnergyProfile p = EnergyProfile.standard()
        .withPueDefault(OperatorKind.NEOCLOUD, Reference.of("own PUE", 1.2, "1", "test", 2026))
        .withLoadFactor(Reference.of("load", 0.5, "fraction", "test", 2026));
    SiteEnergy g = EnergyScorer.of(p).site(grenoble(), "grenoble");
    near(1380, v(g, EnergyQuantity.FACILITY_POWER_MW), "1150 × 1.2");
    near(1380 * 8760 * 0.5, v(g, EnergyQuantity.ANNUAL_ENERGY_MWH), "load factor 0.5");
  }

  @Test
  void embodiedCarbonOptions() {
    Landscape de = Fixtures.blackwell("DE");
    double op = 1.742 * 344 / 2.25;
    SiteEnergy none = SCORER.site(de, "blackwell-de");
    near(op, v(none, EnergyQuantity.SCI_PER_PFLOP_HOUR), "operational only");
    assertTrue(none.get(EnergyQuantity.EMBODIED_CARBON_PER_PFLOP_HOUR).isEmpty());
    SiteEnergy perEflop = EnergyScorer.of(EnergyProfile.standard().withEmbodied(EmbodiedCarbon.perExaflop(EmbodiedCarbon.NVIDIA_HGX_B200)))
        .site(de, "blackwell-de");
    near(0.5 * 3.6, v(perEflop, EnergyQuantity.EMBODIED_CARBON_PER_PFLOP_HOUR), "0.5 g/EFLOP × 3.6 EFLOP per PFLOP·h");
    near(op + 1.8, v(perEflop, EnergyQuantity.SCI_PER_PFLOP_HOUR), "SCI");
    SiteEnergy perGpu = EnergyScorer.of(EnergyProfile.standard().withEmbodied(
        EmbodiedCarbon.perAccelerator(EmbodiedCarbon.A100_WITH_HOST_SHARE, EmbodiedCarbon.LIFETIME_CCF))).site(de, "blackwell-de");
    // 10,000 × 318 kg / 4 yr = 795 t/yr over 22.5 PFLOPS × 8,760 h × 0.7 = 137,970,000 PFLOP·h
    near(795e6 / 137_970_000.0, v(perGpu, EnergyQuantity.EMBODIED_CARBON_PER_PFLOP_HOUR), "per accelerator");
  }

  @Test
  void unknownAcceleratorsAreGapsAndTheEstimateIsALowerBound() {
    Site s = Site.builder().from(Fixtures.blackwellSite("FR"))
        .addFleet(AcceleratorLot.builder().reportedModel("NVIDIA GB300").count(12_600).build()).build();
    SiteEnergy e = SCORER.site(Fixtures.base().addSites(s).build(), s.id());
    near(13.4, v(e, EnergyQuantity.IT_POWER_MW), "only the B200 lot counts");
    near(10_000, v(e, EnergyQuantity.ACCELERATORS_COUNTED), "counted");
    assertTrue(e.gaps().stream().anyMatch(g -> g.field().equals("fleet") && g.detail().contains("NVIDIA GB300")
        && g.treatment() == GapTreatment.EXCLUDED));
    assertTrue(e.get(EnergyQuantity.IT_POWER_MW).orElseThrow().basis().contains("lower bound"));

    Site none = Site.builder().id("empty").name("No data").jurisdiction("FR").status(SiteStatus.ANNOUNCED).build();
    SiteEnergy n = SCORER.site(Fixtures.base().addSites(none).build(), "empty");
    assertTrue(n.annualEnergyMwh().isEmpty());
    near(1.54, v(n, EnergyQuantity.PUE), "unknown operator takes the industry average");
    near(44, v(n, EnergyQuantity.GRID_INTENSITY), "grid still known");
  }

  @Test
  void subdivisionGridOverridesItsCountry() {
    Jurisdiction us = Jurisdiction.builder().code("US").name("United States")
        .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(384).demandTwh(4000).build()).build();
    Jurisdiction tx = Jurisdiction.builder().code("US-TX").name("Texas")
        .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(355).renewableShare(0.30).nuclearShare(0.07).demandTwh(500).build()).build();
    Site texas = Site.builder().id("tx").name("Texas site").jurisdiction("US-TX").status(SiteStatus.OPERATIONAL).itCapacityMw(100).pue(1.2).build();
    Site virginia = Site.builder().id("va").name("Virginia site").jurisdiction("US-VA").status(SiteStatus.OPERATIONAL).itCapacityMw(100).pue(1.2).build();
    Landscape l = Landscape.builder().asOf(Fixtures.AS_OF).addJurisdictions(us, tx).addSites(texas, virginia).build();
    near(355, v(SCORER.site(l, "tx"), EnergyQuantity.GRID_INTENSITY), "Texas");
    near(0.37, v(SCORER.site(l, "tx"), EnergyQuantity.GRID_LOW_CARBON_SHARE), "renewable + nuclear");
    near(384, v(SCORER.site(l, "va"), EnergyQuantity.GRID_INTENSITY), "Virginia falls back to the US");
    // share of the country's demand (test values): 100 MW × 1.2 × 8,760 h × 0.7 = 735,840 MWh of 4,000 TWh
    near(735_840 / 4000e6, v(SCORER.site(l, "tx"), EnergyQuantity.GRID_DEMAND_SHARE), "country demand, not the state's");
    assertEquals(Outcome.NOT_APPLICABLE, SCORER.site(l, "tx").mark("enefg-pue").orElseThrow().outcome());
  }

  @Test
  void everyGridFigureSaysWhichAreaAndYearItIsFor() {
    Jurisdiction us = Jurisdiction.builder().code("US").name("United States")
        .grid(GridProfile.builder().year(2023).carbonIntensityGramsPerKwh(393).build()).build();
    Jurisdiction tx = Jurisdiction.builder().code("US-TX").name("Texas")
        .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(355).lowCarbonShare(0.37).build()).build();
    Site texas = Site.builder().id("tx").name("Texas site").jurisdiction("US-TX").status(SiteStatus.OPERATIONAL).build();
    Site virginia = Site.builder().id("va").name("Virginia site").jurisdiction("US-VA").status(SiteStatus.OPERATIONAL).build();
    Landscape l = Landscape.builder().asOf(Fixtures.AS_OF).addJurisdictions(us, tx).addSites(texas, virginia).build();
    GridArea state = GridArea.of(l, "US-TX").orElseThrow();
    assertEquals("US-TX 2024 state", state.label());
    assertEquals("US-TX (Texas, a subdivision: its own figure, not the country's), 2024", state.describe());
    GridArea fallback = GridArea.of(l, "US-VA").orElseThrow();
    assertEquals("US 2023", fallback.label());
    assertEquals("US (United States, the country's figure: no profile for US-VA), 2023", fallback.describe());
    assertEquals("US (United States, country), 2023", GridArea.of(l, "US").orElseThrow().describe());
    assertTrue(GridArea.of(l, "FR").isEmpty());
    Finding grid = SCORER.site(l, "tx").findings().stream().filter(f -> f.criterion().equals("grid")).findFirst()
        .orElseThrow();
    assertEquals("grid of US-TX (Texas, a subdivision: its own figure, not the country's), 2024: 355 gCO2e/kWh"
        + " (life-cycle, location-based), low-carbon 37 %", grid.message());
    assertEquals(EntityRef.via("grid of", EntityKind.JURISDICTION, "US-TX"), grid.chain().get(1));
  }

  @Test
  void gridStressAndCertificateFlags() {
    Jurisdiction small = Jurisdiction.builder().code("IE").name("Ireland").addBlocs("EU")
        .grid(GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(280).lowCarbonShare(0.44).demandTwh(10).build()).build();
    // 200 MW × 1.2 × 8,760 × 0.7 = 1,471,680 MWh = 14.7 % of a 10 TWh (test value) demand
    Site s = Site.builder().id("big").name("Big").jurisdiction("IE").status(SiteStatus.OPERATIONAL).itCapacityMw(200).pue(1.2)
        .energy(EnergySupply.builder().reportedRef(1.0).build()).build();
    SiteEnergy e = SCORER.site(Landscape.builder().asOf(Fixtures.AS_OF).addJurisdictions(small).addSites(s).build(), "big");
    near(1_471_680 / 10e6, v(e, EnergyQuantity.GRID_DEMAND_SHARE), "demand share");
    assertTrue(e.findings().stream().anyMatch(f -> f.criterion().equals("grid-stress")));
    assertTrue(e.findings().stream().anyMatch(f -> f.criterion().equals("certificate-backed")));
    // REF 1.0 at the renewable-mix factor (45 g): market intensity 45, location 280
    near(45, v(e, EnergyQuantity.MARKET_INTENSITY), "certificates");
    assertEquals(Outcome.PASS, e.mark("csf-sov-8.4").orElseThrow().outcome());
  }

  @Test
  void operatorAndLandscapeAggregates() {
    Site fr = Fixtures.blackwellSite("FR");
    Site de = Site.builder().from(Fixtures.blackwellSite("DE")).pue(1.5).build();
    Landscape l = Fixtures.base().addSites(fr, de).addOperators(Operator.builder().id("other").name("Other").kind(OperatorKind.COLOCATION).build())
        .build();
    EnergyAggregate op = SCORER.operator(l, "blackwell-cloud");
    assertEquals(2, op.sites().size());
    near(26.8, op.value(EnergyQuantity.IT_POWER_MW).getAsDouble(), "Σ IT");
    near(13.4 * 1.3 + 13.4 * 1.5, op.value(EnergyQuantity.FACILITY_POWER_MW).getAsDouble(), "Σ facility");
    near(1.4, op.value(EnergyQuantity.PUE).getAsDouble(), "Σ facility / Σ IT");
    double eFr = 13.4 * 1.3 * 8760 * 0.7;
    double eDe = 13.4 * 1.5 * 8760 * 0.7;
    near((eFr * 44 + eDe * 344) / 1000, op.value(EnergyQuantity.LOCATION_CARBON_TONNES).getAsDouble(), "Σ tCO2e");
    near((eFr * 44 + eDe * 344) / (eFr + eDe), op.value(EnergyQuantity.GRID_INTENSITY).getAsDouble(), "energy-weighted intensity");
    SiteEnergy sFr = SCORER.site(l, fr.id());
    SiteEnergy sDe = SCORER.site(l, de.id());
    near((eFr * sFr.energyScore() + eDe * sDe.energyScore()) / (eFr + eDe), op.energyScore(), "energy-weighted score");
    assertEquals(0, SCORER.operator(l, "other").sites().size());
    EnergyAggregate all = SCORER.landscape(l);
    assertEquals(op.value(EnergyQuantity.ANNUAL_ENERGY_MWH), all.value(EnergyQuantity.ANNUAL_ENERGY_MWH));
    String report = all.explain();
    assertTrue(report.contains("locationCarbonTonnesPerYear") && report.contains("tCO2e/yr"), report);
    Assessment a = all.toAssessment();
    assertEquals("landscape", a.subject().id());
    assertTrue(a.findings().stream().anyMatch(f -> f.criterion().equals("enefg-pue")));
  }

  @Test
  void offGridSitesAndContractsWithoutShares() {
    Site gas = Site.builder().id("gas").name("Gas-fired").jurisdiction("FR").status(SiteStatus.OPERATIONAL).itCapacityMw(10).pue(1.2)
        .energy(EnergySupply.builder().gridConnected(false)
            .addOnSite(dev.sovai.model.site.OnSiteGeneration.builder().source(EnergySource.GAS).share(1.0).build()).build())
        .build();
    Site ppa = Site.builder().id("ppa").name("Unsized PPA").jurisdiction("FR").status(SiteStatus.OPERATIONAL).itCapacityMw(10).pue(1.2)
        .energy(EnergySupply.builder().addPurchases(PowerPurchase.builder().source(EnergySource.WIND).supplier("blackwell-cloud").build())
            .build())
        .build();
    Landscape l = Fixtures.base().addSites(gas, ppa).build();
    SiteEnergy g = SCORER.site(l, "gas");
    near(490, v(g, EnergyQuantity.GRID_INTENSITY), "off-grid: the gas factor, not France's grid");
    near(490, v(g, EnergyQuantity.MARKET_INTENSITY), "market view of an off-grid gas site");
    SiteEnergy p = SCORER.site(l, "ppa");
    assertTrue(p.gaps().stream().anyMatch(x -> x.field().equals("energy.purchases.share") && x.treatment() == GapTreatment.EXCLUDED));
    near(44, v(p, EnergyQuantity.MARKET_INTENSITY), "an unsized PPA counts as grid supply");
    near(0, v(p, EnergyQuantity.MARKET_RENEWABLE_SHARE), "no renewable share claimed");
  }

  @Test
  void unknownSubjectsAreRefusedWithTheirIdentifier() {
    UnknownEntityException e = assertThrows(UnknownEntityException.class, () -> SCORER.site(Fixtures.blackwell("DE"), "nowhere"));
    assertEquals("nowhere", e.id());
    assertEquals(EntityKind.SITE, e.kind());
    UnknownEntityException o = assertThrows(UnknownEntityException.class, () -> SCORER.operator(Fixtures.blackwell("DE"), "nobody"));
    assertEquals("nobody", o.id());
    assertEquals(EntityKind.OPERATOR, o.kind());
  }

  @Test
  void assessmentMetricNamesAreTheQuantitiesMetricNames() {
    SiteEnergy e = SCORER.site(Fixtures.blackwell("DE"), "blackwell-de");
    Assessment a = e.toAssessment();
    List<String> expected = new java.util.ArrayList<>();
    e.quantities().forEach((q, v) -> {
      assertEquals(q.metricName(), v.name());
      assertEquals(q.unit(), v.unit());
      expected.add(q.metricName());
    });
    e.componentScores().forEach((c, v) -> expected.add("score." + c));
    expected.add("energyScore");
    assertEquals(expected, a.metrics().stream().map(Metric::name).collect(java.util.stream.Collectors.toList()));
    assertTrue(expected.containsAll(List.of("itPowerMw", "pue", "facilityPowerMw", "gridIntensityGramsPerKwh",
        "score.gridCarbon", "score.efficiency")), expected.toString());
    for (EnergyQuantity q : EnergyQuantity.values()) {
      assertEquals(q, EnergyQuantity.ofMetricName(q.metricName()).orElseThrow());
    }
    assertTrue(EnergyQuantity.ofMetricName("score.gridCarbon").isEmpty());
    assertEquals(e.explain(), SCORER.site(Fixtures.blackwell("DE"), "blackwell-de").explain());
  }
}
