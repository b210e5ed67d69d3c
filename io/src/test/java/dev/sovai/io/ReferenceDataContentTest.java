package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.jurisdiction.Adequacy;
import dev.sovai.model.jurisdiction.AdequacyStatus;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.Site;

/**
 * Checks concrete facts of the bundled reference data against the research notes they were taken from
 * ({@code research/sovereignty.md} §5, {@code research/energy.md} §2–3), and the provenance rules of
 * {@code docs/reference-data.md}. A failure here means the data file and the documented facts disagree.
 */
class ReferenceDataContentTest {
  private static final LocalDate SEED_DATE = LocalDate.of(2025, 11, 20);
  private static final List<String> EU_27 = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
      "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  private final Landscape ref = ReferenceData.load();

  private Jurisdiction jurisdiction(String code) {
    return ref.jurisdiction(code).orElseThrow(() -> new AssertionError("no jurisdiction " + code));
  }

  private ExtraterritorialLaw law(String code, String id) {
    return jurisdiction(code).laws().stream().filter(l -> l.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(code + " has no law " + id));
  }

  /** The grid profile of {@code code}, after checking its year and its intensity in gCO2e/kWh. */
  private GridProfile grid(String code, int year, double gramsPerKwh) {
    GridProfile g = ref.gridOf(code).orElseThrow(() -> new AssertionError("no grid for " + code));
    assertEquals(year, g.year(), code + " year");
    assertEquals(gramsPerKwh, g.carbonIntensityGramsPerKwh(), code + " intensity");
    return g;
  }

  private Accelerator accelerator(String id) {
    return ref.accelerator(id).orElseThrow(() -> new AssertionError("no accelerator " + id));
  }

  @Test
  void isDatedByItsNewestSource() {
    assertEquals(LocalDate.of(2026, 7, 5), ref.asOf());
    LocalDate newest = ref.sources().stream().flatMap(s -> s.published().stream())
        .map(PartialDate::earliest).max(LocalDate::compareTo).orElseThrow();
    assertEquals(ref.asOf(), newest);
  }

  @Test
  void isStoredInCanonicalForm() throws IOException {
    String stored;
    try (InputStream in = ReferenceData.class.getResourceAsStream(ReferenceData.RESOURCE)) {
      stored = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(stored, LandscapeWriter.canonical().writeToString(ref),
        "rewrite the resource with LandscapeWriter.canonical() so it diffs cleanly");
  }

  @Test
  void euAndEeaMembership() {
    List<String> eu = new ArrayList<>();
    for (Jurisdiction j : ref.jurisdictions()) {
      if (j.isIn(Jurisdiction.EU)) {
        eu.add(j.code());
      }
    }
    assertEquals(new TreeSet<>(EU_27), new TreeSet<>(eu));
    for (String code : EU_27) {
      assertTrue(ref.isIn(code, Jurisdiction.EEA), code + " in EEA");
      assertEquals(AdequacyStatus.NOT_APPLICABLE, jurisdiction(code).adequacy().orElseThrow().status(), code);
    }
    assertTrue(ref.isIn("FR", "EU"));
    for (String code : List.of("IS", "LI", "NO")) {
      assertEquals(Set.of("EEA", "EFTA"), jurisdiction(code).blocs(), code);
      assertEquals(AdequacyStatus.NOT_APPLICABLE, jurisdiction(code).adequacy().orElseThrow().status(), code);
    }
    assertEquals(Set.of("EFTA"), jurisdiction("CH").blocs());
    assertFalse(ref.isIn("CH", Jurisdiction.EEA));
    assertFalse(ref.isIn("GB", Jurisdiction.EU));
    assertEquals(Set.of("GCC"), jurisdiction("AE").blocs());
    assertTrue(ref.isIn("US-TX", "US"));
  }

  @Test
  void coversTheJurisdictionsOfTheFieldWithBlocsLawsAndGrids() {
    for (String code : List.of("GB", "CH", "US", "US-TX", "CN", "AE", "JP", "KR", "IN", "BR", "CA")) {
      assertTrue(ref.jurisdiction(code).isPresent(), code);
    }
  }

  @Test
  void adequacyDecisions() {
    Adequacy us = jurisdiction("US").adequacy().orElseThrow();
    assertEquals(AdequacyStatus.PARTIAL, us.status());
    assertEquals(PartialDate.of(2023, 7, 10), us.decided().orElseThrow());
    assertTrue(us.scope().orElseThrow().contains("Data Privacy Framework"));
    assertEquals(AdequacyStatus.PARTIAL, jurisdiction("CA").adequacy().orElseThrow().status());
    assertEquals(AdequacyStatus.FULL, jurisdiction("JP").adequacy().orElseThrow().status());
    assertEquals(AdequacyStatus.FULL, jurisdiction("KR").adequacy().orElseThrow().status());
    assertEquals(AdequacyStatus.FULL, jurisdiction("CH").adequacy().orElseThrow().status());
    Adequacy gb = jurisdiction("GB").adequacy().orElseThrow();
    assertEquals(AdequacyStatus.FULL, gb.status());
    assertEquals(PartialDate.of(2025, 12, 19), gb.decided().orElseThrow());
    Adequacy br = jurisdiction("BR").adequacy().orElseThrow();
    assertEquals(AdequacyStatus.FULL, br.status());
    assertEquals(PartialDate.of(2026, 1, 27), br.decided().orElseThrow());
    for (String code : List.of("CN", "IN", "AE")) {
      assertEquals(AdequacyStatus.NONE, jurisdiction(code).adequacy().orElseThrow().status(), code);
    }
  }

  @Test
  void usCloudActReachesIncorporatedControlledAndOperatingOrganisationsFromMarch2018() {
    ExtraterritorialLaw cloud = law("US", "us-cloud-act");
    assertEquals(EnumSet.of(ReachRule.INCORPORATED_IN, ReachRule.CONTROLLED_FROM, ReachRule.OPERATIONS_IN),
        EnumSet.copyOf(cloud.reach()));
    assertEquals(PartialDate.of(2018, 3, 23), cloud.effectiveFrom().orElseThrow());
    assertTrue(cloud.effectiveUntil().isEmpty());
    assertTrue(cloud.isInForceOn(SEED_DATE));
    assertTrue(cloud.isInForceOn(LocalDate.of(2018, 3, 23)));
    assertFalse(cloud.isInForceOn(LocalDate.of(2018, 3, 22)));
  }

  @Test
  void fisa702KeepsReachingUntilItsEstimatedEndAfterTheJune2026Lapse() {
    ExtraterritorialLaw fisa = law("US", "us-fisa-702");
    assertTrue(fisa.isInForceOn(SEED_DATE));
    // RISAA's sunset (20 April 2026) and the stopgaps to 30 April and 12 June 2026 all kept it in force
    assertTrue(fisa.isInForceOn(LocalDate.of(2026, 4, 20)));
    assertTrue(fisa.isInForceOn(LocalDate.of(2026, 6, 11)));
    // the statute lapsed on 12 June 2026 but collection continues under FISC certifications into 2027
    assertTrue(fisa.isInForceOn(LocalDate.of(2026, 7, 1)));
    assertEquals(PartialDate.ofMonth(2027, 3), fisa.effectiveUntil().orElseThrow());
    assertFalse(fisa.isInForceOn(LocalDate.of(2027, 3, 1)));
    // the end is not confirmed: after it the reach is uncertain (scored "unknown"), not ended
    assertFalse(fisa.isEndCertain());
    assertFalse(fisa.isUncertainOn(LocalDate.of(2027, 2, 28)));
    assertTrue(fisa.isUncertainOn(LocalDate.of(2027, 3, 1)));
    assertEquals(Confidence.ESTIMATED, fisa.confidence(), "the end is an estimate, not a known date");
    assertTrue(fisa.summary().orElseThrow().contains("12 June 2026"));
    assertTrue(fisa.reach().contains(ReachRule.INCORPORATED_IN));
  }

  @Test
  void ukInvestigatoryPowersActReachesOperatorsServingTheUkWhereverTheyAre() {
    ExtraterritorialLaw ipa = law("GB", "gb-ipa-2016");
    assertEquals(EnumSet.of(ReachRule.INCORPORATED_IN, ReachRule.OPERATIONS_IN), EnumSet.copyOf(ipa.reach()));
    assertEquals(PartialDate.of(2016, 11, 29), ipa.effectiveFrom().orElseThrow());
    assertTrue(ipa.effectiveUntil().isEmpty());
    assertTrue(ipa.isInForceOn(SEED_DATE));
    assertFalse(ipa.isInForceOn(LocalDate.of(2016, 11, 28)));
    assertTrue(ipa.summary().orElseThrow().contains("s. 43(3)"));
    // examined and not recorded (docs/extraterritorial-laws.md): no law is modelled for the UAE or Saudi Arabia
    assertTrue(jurisdiction("AE").laws().isEmpty());
    assertTrue(jurisdiction("SA").laws().isEmpty());
  }

  /**
   * The law {@code id} of {@code code}, after checking its reach rules, that it is in force from {@code from} (and on
   * the seed's date) and not on {@code dayBefore}.
   */
  private ExtraterritorialLaw lawInForce(String code, String id, PartialDate from, LocalDate dayBefore,
      ReachRule first, ReachRule... rest) {
    ExtraterritorialLaw l = law(code, id);
    assertEquals(EnumSet.of(first, rest), EnumSet.copyOf(l.reach()), id + " reach");
    assertEquals(from, l.effectiveFrom().orElseThrow(), id + " in force from");
    assertTrue(l.isInForceOn(SEED_DATE), id + " in force on the seed's date");
    assertFalse(l.isInForceOn(dayBefore), id + " not in force on " + dayBefore);
    return l;
  }

  @Test
  void brazilMarcoCivilReachesProvidersServingBrazilFromJune2014() {
    ExtraterritorialLaw mci = lawInForce("BR", "br-marco-civil-art11", PartialDate.of(2014, 6, 23),
        LocalDate.of(2014, 6, 22), ReachRule.INCORPORATED_IN, ReachRule.OPERATIONS_IN);
    assertTrue(mci.summary().orElseThrow().contains("ADC 51"));
    assertTrue(mci.sources().contains("ref-stf-adc51-2023"));
  }

  @Test
  void canadianProductionOrdersReachForeignProvidersWithAVirtualPresenceFromBrecknell() {
    ExtraterritorialLaw po = lawInForce("CA", "ca-criminal-code-production-orders", PartialDate.of(2018, 1, 9),
        LocalDate.of(2018, 1, 8), ReachRule.INCORPORATED_IN, ReachRule.OPERATIONS_IN);
    assertTrue(po.effectiveUntil().isEmpty());
  }

  @Test
  void indianCertInDirectionsReachProvidersServingIndiaFromJune2022() {
    // the sources give 27 and 28 June 2022: only the month is recorded
    lawInForce("IN", "in-cert-in-directions-2022", PartialDate.ofMonth(2022, 6), LocalDate.of(2022, 5, 31),
        ReachRule.INCORPORATED_IN, ReachRule.OPERATIONS_IN);
  }

  @Test
  void norwegianSearchOfDataAbroadReachesNorwegianCompaniesOnly() {
    lawInForce("NO", "no-cpa-search-data-abroad", PartialDate.of(2019, 3, 28), LocalDate.of(2019, 3, 27),
        ReachRule.INCORPORATED_IN);
    // examined and not recorded (docs/extraterritorial-laws.md)
    for (String code : List.of("JP", "KR", "TW", "CH", "IS", "LI")) {
      assertTrue(jurisdiction(code).laws().isEmpty(), code);
    }
    assertEquals(List.of("gb-ipa-2016"), jurisdiction("GB").laws().stream().map(ExtraterritorialLaw::id).toList(),
        "the Crime (Overseas Production Orders) Act 2019 is not recorded");
  }

  @Test
  void chinaNationalIntelligenceLawArticle7() {
    ExtraterritorialLaw nil = law("CN", "cn-nil-art7");
    assertEquals(2017, nil.effectiveFrom().orElseThrow().year());
    assertTrue(nil.isInForceOn(SEED_DATE));
    assertTrue(nil.reach().contains(ReachRule.CONTROLLED_FROM));
    assertTrue(jurisdiction("FR").laws().isEmpty());
  }

  @Test
  void gridProfiles() {
    GridProfile fr = ref.gridOf("FR").orElseThrow();
    // European countries: Ember's 2024 intensity with Ember's 2024 generation mix (one year per profile)
    assertEquals(2024, fr.year());
    assertEquals(44.0, fr.carbonIntensityGramsPerKwh());
    assertEquals(0.68, fr.nuclearShare().orElseThrow());
    assertEquals(0.95, fr.lowCarbonShare().orElseThrow());
    assertEquals(0.0, fr.netImportShare().orElseThrow(), "France is a net exporter");
    GridProfile tx = ref.gridOf("US-TX").orElseThrow();
    assertEquals(2024, tx.year());
    assertEquals(355.0, tx.carbonIntensityGramsPerKwh());
    assertEquals(0.30, tx.renewableShare().orElseThrow());
    assertEquals(0.07, tx.nuclearShare().orElseThrow());
    assertEquals(384.0, ref.gridOf("US").orElseThrow().carbonIntensityGramsPerKwh());
    assertEquals(615.0, ref.gridOf("PL").orElseThrow().carbonIntensityGramsPerKwh());
    assertEquals(2024, ref.gridOf("DE").orElseThrow().year());
    assertEquals(344.0, ref.gridOf("DE").orElseThrow().carbonIntensityGramsPerKwh());
    // China, India, Japan and the US: Ember's 2024 intensity with Ember's 2024 generation by country (one year)
    GridProfile us = ref.gridOf("US").orElseThrow();
    assertEquals(2024, us.year());
    assertEquals(0.42, us.lowCarbonShare().orElseThrow());
    assertEquals(0.18, us.nuclearShare().orElseThrow());
    GridProfile cn = grid("CN", 2024, 560.0);
    assertEquals(0.38, cn.lowCarbonShare().orElseThrow());
    assertEquals(0.34, cn.renewableShare().orElseThrow());
    assertEquals(0.03, grid("IN", 2024, 708.0).nuclearShare().orElseThrow());
    assertEquals(0.23, grid("JP", 2024, 483.0).renewableShare().orElseThrow());
    // Ember's country overview has no 2024 intensity for the UAE, Iceland or Saudi Arabia: they stay at 2023
    for (String code : List.of("AE", "IS", "SA")) {
      assertEquals(2023, ref.gridOf(code).orElseThrow().year(), code);
    }
    // derived import shares are only given where their sign is certain
    assertTrue(ref.gridOf("PT").orElseThrow().netImportShare().isEmpty());
    // a 2022 mix is not attached to a 2023 profile: the UAE's 2023 profile takes Ember's 2023 generation mix,
    // Iceland's (whose 2023 generation rows were not read) has no shares
    GridProfile ae = grid("AE", 2023, 493.0);
    assertEquals(0.29, ae.lowCarbonShare().orElseThrow());
    assertEquals(0.21, ae.nuclearShare().orElseThrow());
    assertTrue(ref.gridOf("IS").orElseThrow().renewableShare().isEmpty());
    // the US states of the seed's Meta sites: Ember's 2024 state data, intensity and mix of the same year
    assertEquals(0.13, grid("US-OH", 2024, 475.0).nuclearShare().orElseThrow());
    assertEquals(0.15, grid("US-LA", 2024, 419.0).nuclearShare().orElseThrow());
    assertTrue(ref.isIn("US-OH", "US") && ref.isIn("US-LA", "US"));
    assertEquals(696.0, ref.gridOf("SA").orElseThrow().carbonIntensityGramsPerKwh());
  }

  @Test
  void gridSharesAreConsistent() {
    for (Jurisdiction j : ref.jurisdictions()) {
      j.grid().ifPresent(g -> {
        if (g.lowCarbonShare().isPresent() && g.renewableShare().isPresent() && g.nuclearShare().isPresent()) {
          double sum = g.renewableShare().getAsDouble() + g.nuclearShare().getAsDouble();
          assertEquals(g.lowCarbonShare().getAsDouble(), sum, 0.015, j.code() + " low-carbon = renewable + nuclear");
        }
        assertFalse(g.sources().isEmpty(), j.code() + " grid cites a source");
      });
    }
  }

  @Test
  void h100AndTheFixedCatalogue() {
    Accelerator h100 = accelerator("nvidia-h100-sxm");
    assertEquals("nvidia", h100.vendor());
    assertEquals(700.0, h100.boardPowerWatts().orElseThrow());
    assertEquals(989.0, h100.denseBf16Tflops().orElseThrow());
    assertEquals(1979.0, h100.denseFp8Tflops().orElseThrow());
    assertEquals(1.0, h100.h100Equivalent().orElseThrow());
    assertEquals(Set.of("TW"), h100.fabJurisdictions());
    assertEquals(1200.0, accelerator("nvidia-gb200").boardPowerWatts().orElseThrow());
    assertEquals(Confidence.ESTIMATED, accelerator("nvidia-gb200").confidence());
    assertEquals(1400.0, accelerator("nvidia-gb300").boardPowerWatts().orElseThrow());
    assertEquals(750.0, accelerator("amd-mi300x").boardPowerWatts().orElseThrow());
    assertEquals(1307.0, accelerator("amd-mi325x").denseBf16Tflops().orElseThrow());
    assertEquals(5000.0, accelerator("amd-mi355x").denseFp8Tflops().orElseThrow());
    assertTrue(accelerator("nvidia-a100-sxm").denseFp8Tflops().isEmpty(), "A100 has no FP8");
    for (String id : List.of("nvidia-a100-sxm", "nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-b200", "nvidia-gb200",
        "nvidia-b300", "nvidia-gb300", "nvidia-rtx-pro-6000", "amd-mi300x", "amd-mi325x", "amd-mi355x")) {
      Accelerator a = accelerator(id);
      assertEquals(id.substring(0, id.indexOf('-')), a.vendor(), id);
    }
  }

  @Test
  void h100EquivalentIsDenseBf16RelativeToTheH100() {
    double h100 = accelerator("nvidia-h100-sxm").denseBf16Tflops().orElseThrow();
    for (Accelerator a : ref.accelerators()) {
      if (a.denseBf16Tflops().isPresent()) {
        assertEquals(a.denseBf16Tflops().getAsDouble() / h100, a.h100Equivalent().orElseThrow(), 0.0005, a.id());
      }
    }
  }

  @Test
  void vendorsAndTheirSeats() {
    assertEquals("US", ref.operator("nvidia").flatMap(Operator::seat).orElseThrow());
    assertEquals("US", ref.operator("amd").flatMap(Operator::seat).orElseThrow());
    assertEquals("TW", ref.operator("tsmc").flatMap(Operator::seat).orElseThrow());
    for (String id : List.of("nvidia", "amd", "tsmc")) {
      assertEquals(OperatorKind.CHIP_VENDOR, ref.operator(id).orElseThrow().kind(), id);
    }
  }

  @Test
  void everyFactCitesReferenceSources() {
    List<Cited> facts = new ArrayList<>();
    for (Jurisdiction j : ref.jurisdictions()) {
      j.adequacy().ifPresent(facts::add);
      facts.addAll(j.laws());
      j.grid().ifPresent(facts::add);
      if (!j.blocs().isEmpty()) {
        facts.add(j);
      }
    }
    facts.addAll(ref.operators());
    facts.addAll(ref.accelerators());
    for (Cited f : facts) {
      assertFalse(f.sources().isEmpty(), f + " cites no source");
    }
    for (Source s : ref.sources()) {
      assertTrue(s.id().startsWith("ref-"), s.id());
    }
  }

  @Test
  void aUserDocumentIsReadOverIt() {
    String user = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n"
        + " \"jurisdictions\": [{\"code\": \"FR\", \"name\": \"France\", \"blocs\": [\"EEA\", \"EU\"],\n"
        + "   \"grid\": {\"year\": 2024, \"carbonIntensityGramsPerKwh\": 44}}],\n"
        + " \"sites\": [{\"id\": \"my-site\", \"name\": \"My site\", \"jurisdiction\": \"US-TX\",\n"
        + "   \"operator\": \"nvidia\", \"status\": \"operational\",\n"
        + "   \"fleet\": [{\"accelerator\": \"nvidia-h100-sxm\", \"count\": 1000}]}]}\n";
    Landscape merged = LandscapeReader.strict().over(ref).parse(user);
    Site site = merged.site("my-site").orElseThrow();
    assertEquals(700.0, merged.accelerator(site.fleet().get(0).accelerator().orElseThrow()).orElseThrow()
        .boardPowerWatts().orElseThrow(), "the catalogue entry resolves without being declared");
    assertEquals(355.0, merged.gridOf(site.jurisdiction()).orElseThrow().carbonIntensityGramsPerKwh());
    assertEquals(44.0, merged.gridOf("FR").orElseThrow().carbonIntensityGramsPerKwh(), "the user's entity wins");
    assertTrue(merged.isIn("FR", "EU"));
    assertEquals(jurisdiction("DE"), merged.jurisdiction("DE").orElseThrow());
    // documented in docs/reference-data.md: a document read over the reference data keeps its own date
    assertEquals(java.time.LocalDate.of(2025, 11, 20), merged.asOf());
  }

  private Operator operator(String id) {
    return ref.operator(id).orElseThrow(() -> new AssertionError("no operator " + id));
  }

  @Test
  void operatorsOfTheFieldWithSeatsAndCitedSources() {
    Set<String> vendors = Set.of("amd", "google", "nvidia", "tsmc");
    long field = ref.operators().stream().filter(o -> !vendors.contains(o.id())).count();
    assertTrue(field >= 40, "at least 40 operators besides the chip vendors, was " + field);
    for (String id : List.of("microsoft", "amazon", "meta", "oracle", "coreweave", "nebius", "nscale", "deutsche-telekom",
        "orange", "telefonica", "swisscom", "telenor", "ovhcloud", "scaleway", "iliad", "ionos", "schwarz-digits",
        "mistral-ai", "equinix", "digital-realty", "aligned-data-centers", "g42", "mgx", "humain")) {
      Operator o = operator(id);
      assertFalse(o.sources().isEmpty(), id);
      assertTrue(o.seat().isPresent() || o.centralAdministration().isPresent(), id + " has a seat or headquarters");
    }
    assertEquals("US", operator("microsoft").seat().orElseThrow());
    assertEquals("NL", operator("nebius").seat().orElseThrow());
    assertEquals("GB", operator("nscale").seat().orElseThrow());
    assertEquals("AE", operator("mgx").seat().orElseThrow());
    assertEquals("SA", operator("humain").seat().orElseThrow());
  }

  @Test
  void stateHoldingsOfTheTelecomOperators() {
    Operator dt = operator("deutsche-telekom");
    assertEquals(0.138, dt.stakeOf("federal-republic-of-germany").orElseThrow().capitalShare());
    assertEquals(0.14, dt.stakeOf("kfw").orElseThrow().capitalShare());
    assertEquals(PartialDate.of(2024, 12, 31), dt.stakeOf("kfw").orElseThrow().asOf().orElseThrow());
    assertEquals(dev.sovai.model.operator.Remainder.FREE_FLOAT, dt.remainder());
    assertEquals(List.of("DE", "DE", "DE"), List.of(dt.seat().orElseThrow(), dt.centralAdministration().orElseThrow(),
        dt.mainEstablishment().orElseThrow()));
    assertEquals(0.8, operator("kfw").stakeOf("federal-republic-of-germany").orElseThrow().capitalShare());
    Operator orange = operator("orange");
    assertEquals(0.0956, orange.stakeOf("bpifrance-participations").orElseThrow().capitalShare());
    assertEquals(0.2114, orange.stakeOf("french-state").orElseThrow().effectiveVotingShare());
    assertEquals(0.51, operator("swisscom").stakeOf("swiss-confederation").orElseThrow().capitalShare());
    assertEquals(0.5397, operator("telenor").stakeOf("norwegian-state").orElseThrow().capitalShare());
    assertEquals(0.09, operator("telefonica").stakeOf("sepi").orElseThrow().capitalShare());
    for (String id : List.of("deutsche-telekom", "orange", "swisscom", "telenor", "telefonica")) {
      assertFalse(operator(id).stateLinks().isEmpty(), id + " is linked to its state");
    }
  }

  @Test
  void controlAndStakesOfTheAiPlayers() {
    dev.sovai.model.operator.Stake zuckerberg = operator("meta").stakeOf("mark-zuckerberg").orElseThrow();
    assertEquals(0.611, zuckerberg.effectiveVotingShare());
    assertEquals(0.13, zuckerberg.capitalShare());
    assertEquals(0.11, operator("mistral-ai").stakeOf("asml").orElseThrow().capitalShare());
    assertEquals("NL", operator("asml").seat().orElseThrow());
    assertEquals(0.093, operator("nscale").stakeOf("aker").orElseThrow().capitalShare());
    assertEquals(1.0, operator("humain").stakeOf("pif").orElseThrow().capitalShare());
    assertEquals(List.of("AE"), operator("g42").stateLinks().stream().map(l -> l.jurisdiction()).distinct().toList());
    // a share that is not published is absent, not guessed
    assertTrue(operator("g42").stakes().isEmpty());
    assertTrue(operator("orange-business").stakes().isEmpty());
    assertTrue(operator("microsoft").stakes().isEmpty());
  }

  @Test
  void certificationsCarryTheirScope() {
    for (Operator o : ref.operators()) {
      o.certifications().forEach(c -> {
        assertTrue(c.scope().isPresent(), o.id() + " " + c.scheme() + " states its scope");
        assertFalse(c.sources().isEmpty(), o.id() + " " + c.scheme() + " cites a source");
      });
    }
    assertEquals(Set.of(dev.sovai.model.operator.CertificationScheme.C5, dev.sovai.model.operator.CertificationScheme.ISO_27001),
        operator("deutsche-telekom").certifications().stream().map(c -> c.scheme()).collect(java.util.stream.Collectors.toSet()));
  }
}
