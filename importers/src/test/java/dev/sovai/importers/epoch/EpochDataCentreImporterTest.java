package dev.sovai.importers.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.importers.ImportException;
import dev.sovai.importers.LandscapeImport;
import dev.sovai.importers.RowWarning;
import dev.sovai.importers.RowWarning.Cause;
import dev.sovai.importers.RowWarning.Kind;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteCapacity;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/** Epoch AI's real frontier data centre files (CC BY 4.0, Epoch AI), imported whole, plus hand-written oddities. */
class EpochDataCentreImporterTest {
  private static final String HEADER = "Handle,Title,Project,Address,Latitude,Longitude,Owner,Users,Investors,"
      + "Construction companies,Energy companies,Current H100 equivalents,Current power (MW),"
      + "Current total capital cost (2025 USD billions)\n";
  private static final String TIMELINE_HEADER = "Date,Data center,Construction status,Power (MW),H100 equivalents,"
      + "Buildings operational,Total capital cost (2025 USD billions),Compute cost (2025 USD billions),"
      + "Construction cost (2025 USD billions),Building area (square feet),Site area (square feet),Water use (MGD),"
      + "Performance (8-bit OP/s)\n";

  static LandscapeImport real(LocalDate asOf, boolean withTimelines) throws IOException {
    try (InputStream s = EpochDataCentreImporterTest.class.getResourceAsStream("frontier_data_centers.csv");
        InputStream t = EpochDataCentreImporterTest.class.getResourceAsStream("frontier_data_center_timelines.csv");
        Reader sr = new InputStreamReader(s, StandardCharsets.UTF_8);
        Reader tr = new InputStreamReader(t, StandardCharsets.UTF_8)) {
      return EpochDataCentreImporter.of(asOf, ReferenceData.load()).read(sr, withTimelines ? tr : null);
    }
  }

  private static Site site(Landscape l, String id) {
    return l.site(id).orElseThrow(() -> new AssertionError("no site " + id));
  }

  @Test
  void theRealFilesImportWhole() throws IOException {
    LandscapeImport r = real(LocalDate.of(2025, 5, 31), true);
    System.out.println("Epoch frontier data centres at 2025-05-31: " + r.report().summary());
    assertEquals(16, r.landscape().sites().size());
    assertEquals(16 + 112, r.report().rowsRead());
    assertEquals(List.of(), r.report().warnings());
    Landscape l = r.landscape();
    Site canton = site(l, "amazon-canton-mississippi");
    assertEquals("Amazon Madison Mega Site", canton.name());
    assertEquals(SiteKind.CAMPUS, canton.kind());
    assertEquals("US-MS", canton.jurisdiction());
    assertEquals(32 + 35 / 60.0 + 25 / 3600.0, canton.coordinates().orElseThrow().latitude(), 1e-9);
    assertEquals(-(90 + 5 / 60.0 + 35 / 3600.0), canton.coordinates().orElseThrow().longitude(), 1e-9);
    assertEquals(List.of("amazon"), canton.owners());
    assertEquals(List.of("anthropic"), canton.tenants());
    assertEquals(Confidence.CONFIRMED, canton.confidence());
    assertTrue(canton.notes().orElseThrow().contains("users Anthropic #speculative"), canton.notes()::toString);
    // stray spaces around degrees-minutes-seconds
    assertEquals(-(101 + 18 / 60.0 + 43 / 3600.0), site(l, "crusoe-goodnight-texas").coordinates().orElseThrow()
        .longitude(), 1e-9);
    assertEquals(32 + 29 / 60.0 + 59 / 3600.0, site(l, "openai-oracle-stargate-abilene-texas").coordinates()
        .orElseThrow().latitude(), 1e-9);
    assertEquals(41 + 11 / 60.0 + 6.6732 / 3600.0, site(l, "alibaba-zhangbei-zhangjiakou-hebei").coordinates()
        .orElseThrow().latitude(), 1e-9);
    assertEquals("CN", site(l, "alibaba-zhangbei-zhangjiakou-hebei").jurisdiction());
    assertEquals("AE", site(l, "openai-oracle-stargate-abu-dhabi").jurisdiction());
    assertEquals("US-TX", site(l, "coreweave-helios-afton-texas").jurisdiction());
    assertEquals("US-OH", site(l, "meta-prometheus-new-albany-ohio").jurisdiction());
    // owner tagged #likely: the site is as firm as its weakest owner
    assertEquals(Confidence.REPORTED, site(l, "openai-oracle-stargate-abu-dhabi").confidence());
    assertEquals(List.of("openai", "microsoft"), site(l, "microsoft-fairwater-mount-pleasant-wisconsin").tenants());
  }

  @Test
  void eachSiteTakesTheLatestTimelineRowOnOrBeforeTheDate() throws IOException {
    LocalDate may31 = LocalDate.of(2025, 5, 31);
    Site may = site(real(may31, true).landscape(), "meta-prometheus-new-albany-ohio");
    assertEquals(SiteStatus.OPERATIONAL, may.status());
    assertEquals(319.0, may.capacityOn(may31).facilityPowerMw().orElseThrow());
    assertEquals(127687.0181, may.capacityOn(may31).h100Equivalents().orElseThrow(), 1e-9);
    assertEquals(PartialDate.of(2020, 5, 19), may.operationalFrom().orElseThrow());
    LocalDate dec31 = LocalDate.of(2025, 12, 31);
    Site dec = site(real(dec31, true).landscape(), "meta-prometheus-new-albany-ohio");
    assertEquals(691.0, dec.capacityOn(dec31).facilityPowerMw().orElseThrow());
    assertTrue(dec.itCapacityMw().isEmpty(), "Epoch's power is the facility's: no IT capacity is invented");
    // before its first timeline row a campus is announced; with zero power so far, under construction
    Landscape early = real(LocalDate.of(2023, 1, 1), true).landscape();
    assertEquals(SiteStatus.ANNOUNCED, site(early, "meta-hyperion-holly-ridge-louisiana").status());
    Landscape mid = real(LocalDate.of(2025, 5, 31), true).landscape();
    assertEquals(SiteStatus.UNDER_CONSTRUCTION, site(mid, "meta-hyperion-holly-ridge-louisiana").status());
    assertEquals(0.0, site(mid, "meta-hyperion-holly-ridge-louisiana").capacityOn(LocalDate.of(2025, 5, 31))
        .facilityPowerMw().orElseThrow());
  }

  @Test
  void everyTimelineRowIsADatedCapacityStep() throws IOException {
    LandscapeImport r = real(LocalDate.of(2025, 12, 31), true);
    long steps = r.landscape().sites().stream().mapToLong(s -> s.capacitySteps().size()).sum();
    assertEquals(112, steps, "one step per timeline row");
    Site prometheus = site(r.landscape(), "meta-prometheus-new-albany-ohio");
    // the CSV's rows 5/19/2020 (167 MW, 48516.99866 H100e, 1 building) and 2/12/2026 (891 MW, 15 buildings)
    CapacityStep first = prometheus.capacitySteps().get(1);
    assertEquals(PartialDate.of(2020, 5, 19), first.date());
    assertEquals(167.0, first.facilityPowerMw().orElseThrow());
    assertTrue(first.itPowerMw().isEmpty());
    assertEquals(48516.99866, first.h100Equivalents().orElseThrow(), 1e-9);
    assertEquals(1L, first.buildingsOperational().orElseThrow());
    assertEquals(Confidence.ESTIMATED, first.confidence());
    SiteCapacity feb = prometheus.capacityOn(LocalDate.of(2026, 2, 12));
    assertEquals(891.0, feb.facilityPowerMw().orElseThrow());
    assertEquals(15L, feb.buildingsOperational().orElseThrow());
    assertEquals(PartialDate.of(2026, 2, 12), feb.since().orElseThrow());
    // a row without a building count keeps the count in force (6/1/2025 after 2/2/2025's 4)
    assertEquals(4L, prometheus.capacityOn(LocalDate.of(2025, 6, 1)).buildingsOperational().orElseThrow());
    // before the first row, the site's own figures: none
    assertTrue(prometheus.capacityOn(LocalDate.of(2017, 1, 1)).facilityPowerMw().isEmpty());
    // Hyperion's first powered row is dated 1/1/2028: under construction until then, operational after
    Site hyperion = site(r.landscape(), "meta-hyperion-holly-ridge-louisiana");
    assertEquals(SiteStatus.UNDER_CONSTRUCTION, hyperion.statusOn(LocalDate.of(2027, 12, 31)));
    assertEquals(SiteStatus.OPERATIONAL, hyperion.statusOn(LocalDate.of(2028, 1, 1)));
  }

  @Test
  void withoutTimelinesTheTablesCurrentFiguresAreUsed() throws IOException {
    Landscape l = real(LocalDate.of(2025, 12, 31), false).landscape();
    Site prometheus = site(l, "meta-prometheus-new-albany-ohio");
    // the current power is the facility's, from the import's date: a step, never IT capacity
    assertTrue(prometheus.itCapacityMw().isEmpty());
    assertEquals(1, prometheus.capacitySteps().size());
    assertEquals(691.0, prometheus.capacityOn(LocalDate.of(2025, 12, 31)).facilityPowerMw().orElseThrow());
    assertTrue(prometheus.capacityOn(LocalDate.of(2025, 12, 30)).facilityPowerMw().isEmpty(),
        "before the import's date the current figure is not known to hold");
    assertEquals(SiteStatus.UNDER_CONSTRUCTION, site(l, "meta-hyperion-holly-ridge-louisiana").status());
  }

  @Test
  void oddCellsAreRowWarnings() throws IOException {
    String sites = HEADER
        + "Odd Site,Odd,,\"1 Main St, Springfield, IL 62701\",\"91°00'00\"\"N\",\"10°W\",Acme #sure,,,,,,,\n"
        + "Nowhere,Nowhere,,Somewhere,,,,,,,,,,\n";
    String timelines = TIMELINE_HEADER + "someday,Odd Site,,1,1,,,,,,,,\n" + "1/1/2025,Ghost,,1,1,,,,,,,,\n"
        + "1/1/2024,Odd Site,,about 5,1,,,,,,,,\n";
    LandscapeImport r = EpochDataCentreImporter.of(LocalDate.of(2025, 1, 1), Landscape.empty(LocalDate.of(2025, 1, 1)))
        .read(new StringReader(sites), new StringReader(timelines));
    List<RowWarning> w = r.report().warnings();
    assertEquals(5, w.size(), w::toString);
    assertEquals(Set.of(Cause.INVALID_COORDINATES, Cause.UNKNOWN_CONFIDENCE_TAG), w.get(0).causes());
    assertEquals("position \"91°00'00\"N\", \"10°W\" is not a position in degrees-minutes-seconds"
        + " (32°35'25\"N) within range; left out; Owner \"Acme #sure\" has an unknown confidence tag; taken as reported", w.get(0).reason());
    assertEquals("US-IL", r.landscape().site("odd-site").orElseThrow().jurisdiction());
    assertEquals(Kind.SKIPPED, w.get(1).kind());
    assertEquals(Set.of(Cause.NO_JURISDICTION), w.get(1).causes());
    assertEquals("timeline row: Date \"someday\" is not a date (M/D/YYYY or ISO); left out", w.get(2).reason());
    assertEquals("timeline row: data centre \"Ghost\" is not in the site table; left out", w.get(3).reason());
    assertEquals(Kind.DEFAULTED, w.get(4).kind());
    assertEquals("timeline row: Power (MW) \"about 5\" is not a number; left out", w.get(4).reason());
    assertEquals(2 + 3, r.report().rowsRead());
    assertEquals(1 + 1, r.report().imported());
  }

  @Test
  void aFileThatIsNotTheTableIsRefused() {
    ImportException e = assertThrows(ImportException.class, () -> EpochDataCentreImporter.of(LocalDate.of(2025, 1, 1),
        Landscape.empty(LocalDate.of(2025, 1, 1))).read(new StringReader("Name,Country\nX,France\n"), null));
    assertEquals("Epoch data centres CSV line 1, column 'Handle': wrong header: required column is missing",
        e.getMessage());
    assertEquals(Optional.of("US-TX"), EpochDataCentreImporter.jurisdiction("10001 Lima Rd, Claude, TX 79019"));
    assertEquals(Optional.of("US-MS"), EpochDataCentreImporter.jurisdiction(
        "Amazon Data Services Inc, Madison Mega Site Nissan Parkway and Highway 22 Canton, Mississippi Madison County"));
  }
}
