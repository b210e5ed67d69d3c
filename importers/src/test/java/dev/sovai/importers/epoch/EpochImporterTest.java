package dev.sovai.importers.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.importers.ImportReport;

import dev.sovai.importers.RowWarning;
import dev.sovai.importers.RowWarning.Cause;
import dev.sovai.importers.RowWarning.Kind;
import dev.sovai.importers.internal.Slug;
import dev.sovai.model.Confidence;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.Sector;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/** Imports {@code epoch-sample.csv}, a 20-row file written for these tests, and checks every result exactly. */
class EpochImporterTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);
  static final String DATASET = "epoch-ai-supercomputers";
  static final String URL_A = "https://example.org/alpha-announcement";

  /** A small catalogue with the reference ids of the BRIEF (no nvidia-b300, to test a mapped chip it lacks). */
  static Landscape catalogue() {
    return Landscape.builder().asOf(AS_OF)
        .addSources(Source.builder().id("ref-test").title("Test catalogue").build())
        .addOperators(Operator.builder().id("nvidia").name("NVIDIA").kind(OperatorKind.CHIP_VENDOR).seat("US")
            .addSources("ref-test").build())
        .addOperators(Operator.builder().id("amd").name("AMD").kind(OperatorKind.CHIP_VENDOR).seat("US").build())
        .addOperators(Operator.builder().id("tsmc").name("TSMC").kind(OperatorKind.CHIP_VENDOR).seat("TW").build())
        .addAccelerators(acc("nvidia-h100-sxm", "nvidia", "H100 SXM"), acc("nvidia-gb200", "nvidia", "GB200"),
            acc("nvidia-a100-sxm", "nvidia", "A100 SXM"), acc("amd-mi300x", "amd", "Instinct MI300X"))
        .build();
  }

  private static Accelerator acc(String id, String vendor, String model) {
    return Accelerator.builder().id(id).vendor(vendor).model(model).addFabJurisdictions("TW").build();
  }

  static EpochImport sample(EpochImportOptions options) throws IOException {
    try (InputStream in = EpochImporterTest.class.getResourceAsStream("epoch-sample.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return EpochImporter.of(options).read(new StringReader(text));
    }
  }

  static EpochImportOptions defaults() {
    return EpochImportOptions.asOf(AS_OF).withCatalogue(catalogue());
  }

  static String src(String text) {
    return "epoch-src-" + Slug.digest(text);
  }

  private static Site site(Landscape l, String id) {
    return l.site(id).orElseThrow(() -> new AssertionError("no site " + id + " in " + ids(l)));
  }

  private static List<String> ids(Landscape l) {
    return l.sites().stream().map(Site::id).collect(Collectors.toList());
  }

  @Test
  void defaultsKeepStandardAnalysisNewestPhasesAndPlannedApart() throws IOException {
    EpochImport r = sample(defaults());
    assertEquals(List.of("alpha-cluster-phase-2", "anonymized-chinese-system", "anonymized-chinese-system-r6",
        "exotic-chip-cluster", "future-phase-1", "future-phase-2", "no-certainty-cluster", "nvidia-in-house",
        "openai-microsoft-example-wisconsin", "retired-but-existing"), ids(r.landscape()));
    assertEquals(List.of("alpha-cluster-phase-3", "planned-unlikely-site"), ids(r.planned()));
    assertEquals(AS_OF, r.landscape().asOf());
    assertEquals(AS_OF, r.planned().asOf());

    ImportReport report = r.report();
    assertEquals(20, report.rowsRead());
    assertEquals(10, report.imported());
    assertEquals(2, report.planned());
    assertEquals(8, report.skipped());
    assertEquals(3, report.defaulted());
    assertEquals(report.rowsRead(), report.imported() + report.planned() + report.skipped());
    assertEquals("20 rows read: 10 imported, 2 planned kept apart, 8 skipped (2 not in standard analysis, "
        + "1 superseded, 1 blank name, 1 unknown status, 1 blank country, 1 unknown country, 1 invalid value); "
        + "3 imported with defaults (1 unknown chip, 1 incomplete chip, 1 unknown certainty, 1 unknown sector, "
        + "1 unreadable date, 1 invalid coordinates, 1 unknown phase link)", report.summary());
  }

  @Test
  void everyRowNotImportedAsItStandsHasExactlyOneWarning() throws IOException {
    List<RowWarning> w = sample(defaults()).report().warnings();
    // row, line (row 2 spans lines 3-4, so row n ≥ 3 starts on line n + 2), name, kind, causes
    assertEquals(List.of(
        new RowWarning(1, 2, "Alpha Cluster Phase 1", Kind.SKIPPED, EnumSet.of(Cause.SUPERSEDED),
            "superseded by \"Alpha Cluster Phase 2\", operational on 2025-11-20"),
        new RowWarning(7, 9, "Nowhere Cluster", Kind.SKIPPED, EnumSet.of(Cause.BLANK_COUNTRY),
            "country is blank, so the site has no jurisdiction"),
        new RowWarning(8, 10, "Atlantis Cluster", Kind.SKIPPED, EnumSet.of(Cause.UNKNOWN_COUNTRY),
            "country \"Atlantis\" is not in the importer's country table"),
        new RowWarning(9, 11, "Exotic Chip Cluster", Kind.DEFAULTED, EnumSet.of(Cause.UNKNOWN_CHIP),
            "chip \"Tesla D1 Dojo\" is not in the chip table; kept as reported model; "
                + "chip \"NVIDIA B300 (Blackwell Ultra)\" maps to nvidia-b300, which the catalogue lacks; "
                + "kept as reported model"),
        new RowWarning(10, 12, "Old Cluster", Kind.SKIPPED, EnumSet.of(Cause.NOT_IN_STANDARD_ANALYSIS),
            "not in Epoch's standard analysis"),
        new RowWarning(11, 13, "Retired But Existing", Kind.DEFAULTED, EnumSet.of(Cause.INVALID_COORDINATES),
            "only one of latitude and longitude is given; position left out"),
        new RowWarning(12, 14, "Excluded Cluster", Kind.SKIPPED, EnumSet.of(Cause.NOT_IN_STANDARD_ANALYSIS),
            "not in Epoch's standard analysis"),
        new RowWarning(13, 15, "Mystery Status", Kind.SKIPPED, EnumSet.of(Cause.UNKNOWN_STATUS),
            "status \"Rumoured\" is not Existing, Planned or Decommissioned"),
        new RowWarning(14, 16, "No Certainty Cluster", Kind.DEFAULTED,
            EnumSet.of(Cause.INCOMPLETE_CHIP, Cause.UNKNOWN_CERTAINTY, Cause.UNKNOWN_SECTOR, Cause.UNREADABLE_DATE,
                Cause.UNKNOWN_PHASE_LINK),
            "First Operational Date \"Q3 2024\" is not a date (M/D/YYYY or ISO); left out; "
                + "certainty is blank; confidence left at reported; sector \"Charity\" is unknown; left out; "
                + "primary chip \"NVIDIA H100 SXM5 80GB\" without a quantity; no fleet lot; "
                + "superseded by \"Ghost Phase\", which is not a row of the file; kept"),
        new RowWarning(15, 17, "Bad Dates Cluster", Kind.SKIPPED, EnumSet.of(Cause.INVALID_VALUE),
            "Site 'bad-dates-cluster': decommissioned must not be before operationalFrom 2025-05-01, was 2020-01-01"),
        new RowWarning(16, 18, "", Kind.SKIPPED, EnumSet.of(Cause.BLANK_NAME), "name is blank")), w);
  }

  @Test
  void mapsEveryColumnOfARowExactly() throws IOException {
    Site s = site(sample(defaults()).landscape(), "alpha-cluster-phase-2");
    Site expected = Site.builder()
        .id("alpha-cluster-phase-2")
        .name("Alpha Cluster Phase 2")
        .kind(SiteKind.SUPERCOMPUTER)
        .jurisdiction("US")
        .place("Austin, Texas")
        .coordinates(Coordinates.of(30.27, -97.74))
        .addOwners("alpha-labs")
        .status(SiteStatus.OPERATIONAL)
        .operationalFrom(PartialDate.of(2024, 6, 30))
        .addFleet(AcceleratorLot.builder().accelerator("nvidia-h100-sxm").count(3000)
            .date(PartialDate.of(2024, 6, 30)).confidence(Confidence.CONFIRMED).build())
        .itCapacityMw(4.5)
        .sector(Sector.PRIVATE)
        .reportedDense16BitFlops(2.97e18)
        .reportedH100Equivalents(3000)
        .hardwareCost(Money.of("90000000", "USD"))
        .notes("Expanded in place; same hall")
        .addSources(DATASET, src(URL_A), src("https://example.org/b (see page 3)"))
        .confidence(Confidence.CONFIRMED)
        .build();
    assertEquals(expected, s);
  }

  @Test
  void coOwnersBecomeSeveralOperatorsAndScientificNumbersAreRead() throws IOException {
    Landscape l = sample(defaults()).landscape();
    Site s = site(l, "openai-microsoft-example-wisconsin");
    assertEquals("OpenAI/Microsoft Example, Wisconsin", s.name());
    assertEquals(List.of("openai", "microsoft"), s.owners());
    assertEquals(Optional.empty(), s.operator());
    assertEquals(1.98e20, s.reportedDense16BitFlops().getAsDouble());
    assertEquals(252000.0, s.reportedH100Equivalents().getAsDouble());
    assertEquals(new BigDecimal("4200000000"), s.hardwareCost().orElseThrow().amount());
    assertEquals(Confidence.REPORTED, s.confidence());
    assertEquals(List.of(AcceleratorLot.builder().accelerator("nvidia-gb200").count(100000)
        .date(PartialDate.of(2025, 3, 1)).build()), s.fleet());
    Operator openai = l.operator("openai").orElseThrow();
    assertEquals("OpenAI", openai.name());
    assertEquals(OperatorKind.OTHER, openai.kind());
    assertEquals(List.of(DATASET), openai.sources());
    assertEquals("Microsoft", l.operator("microsoft").orElseThrow().name());
    assertEquals(List.of("alpha-labs", "amd", "exotic-sas", "future-compute", "microsoft", "nvidia", "openai",
        "seoul-ai-center", "stargate-openai"), l.operators().stream().map(Operator::id).collect(Collectors.toList()));
  }

  @Test
  void anonymisedSystemsStayAnonymised() throws IOException {
    Landscape l = sample(defaults()).landscape();
    Site first = site(l, "anonymized-chinese-system");
    Site second = site(l, "anonymized-chinese-system-r6");
    for (Site s : List.of(first, second)) {
      assertEquals("Anonymized Chinese System", s.name());
      assertEquals("CN", s.jurisdiction());
      assertTrue(s.owners().isEmpty());
      assertTrue(s.effectiveOwners().isEmpty());
    }
    assertEquals(List.of(AcceleratorLot.builder().reportedModel("Anonymized").count(10000)
        .date(PartialDate.of(2023, 9, 15)).build()), first.fleet());
    assertEquals(4.0e18, first.reportedDense16BitFlops().getAsDouble());
    assertTrue(second.fleet().isEmpty());
    assertEquals(Optional.of(Sector.MIXED), second.sector());
    assertEquals(Confidence.CONFIRMED, second.confidence());
  }

  @Test
  void unknownChipsAreKeptWithTheirReportedQuantity() throws IOException {
    Site s = site(sample(defaults()).landscape(), "exotic-chip-cluster");
    assertEquals(List.of(
        AcceleratorLot.builder().reportedModel("Tesla D1 Dojo").count(2000).date(PartialDate.ofMonth(2025, 2))
            .confidence(Confidence.CONFIRMED).build(),
        AcceleratorLot.builder().reportedModel("NVIDIA B300 (Blackwell Ultra)").count(100)
            .date(PartialDate.ofMonth(2025, 2)).confidence(Confidence.CONFIRMED).build()), s.fleet());
    assertEquals("FR", s.jurisdiction());
    assertEquals(Optional.of(Sector.ACADEMIC), s.sector());
    assertEquals(2100, s.acceleratorCount());
  }

  @Test
  void catalogueOperatorsAcceleratorsAndSourcesAreReusedAndCopied() throws IOException {
    EpochImportOptions options = defaults();
    Landscape l = sample(options).landscape();
    Site s = site(l, "nvidia-in-house");
    assertEquals(List.of("nvidia"), s.owners());
    assertSame(options.catalogue().operator("nvidia").orElseThrow(), l.operator("nvidia").orElseThrow());
    assertEquals(List.of(DATASET, src(URL_A), src("https://example.org/eos"), src("Private correspondence"),
        src("https://example.org/eos-2")), s.sources());
    assertEquals(List.of("amd-mi300x", "nvidia-gb200", "nvidia-h100-sxm"),
        l.accelerators().stream().map(Accelerator::id).collect(Collectors.toList()));
    Map<String, Source> sources = l.sources().stream().collect(Collectors.toMap(Source::id, x -> x));
    assertTrue(sources.containsKey("ref-test"), "the catalogue's source cited by nvidia is copied");
    assertFalse(sources.containsKey("tsmc"));
    assertEquals(URL_A, sources.get(src(URL_A)).url().orElseThrow().toString());
    assertEquals("https://example.org/b", sources.get(src("https://example.org/b (see page 3)")).url()
        .orElseThrow().toString());
    assertEquals("https://example.org/b (see page 3)",
        sources.get(src("https://example.org/b (see page 3)")).title());
    assertEquals(Optional.empty(), sources.get(src("Private correspondence")).url());
    Source dataset = sources.get(DATASET);
    assertEquals(Optional.of("Epoch AI"), dataset.publisher());
    assertEquals(Optional.of("CC BY 4.0"), dataset.licence());
    assertEquals(Optional.of(PartialDate.ofMonth(2025, 4)), dataset.published());
    assertEquals(8, l.sources().size());
  }

  @Test
  void decommissionDatesAndTheKoreanSpellingAreRead() throws IOException {
    Site s = site(sample(defaults()).landscape(), "retired-but-existing");
    assertEquals("KR", s.jurisdiction());
    assertEquals(Optional.of(PartialDate.of(2025, 6, 30)), s.decommissioned());
    assertEquals(SiteStatus.OPERATIONAL, s.status());
    assertEquals(SiteStatus.DECOMMISSIONED, s.statusOn(AS_OF));
    assertEquals(Optional.empty(), s.coordinates());
    assertEquals(List.of(AcceleratorLot.builder().accelerator("amd-mi300x").count(1024)
        .date(PartialDate.of(2024, 1, 10)).confidence(Confidence.CONFIRMED).build()), s.fleet());
  }

  @Test
  void aPhaseIsKeptUntilItsSuccessorIsOperational() throws IOException {
    Landscape before = sample(defaults()).landscape();
    assertTrue(before.site("future-phase-1").isPresent());
    assertEquals(SiteStatus.UNDER_CONSTRUCTION, site(before, "future-phase-2").statusOn(AS_OF));

    EpochImport after = sample(defaults().withAsOf(LocalDate.of(2026, 2, 1)));
    assertFalse(after.landscape().site("future-phase-1").isPresent());
    assertTrue(after.report().warnings().stream().anyMatch(w -> w.row() == 18
        && w.causes().equals(EnumSet.of(Cause.SUPERSEDED))
        && w.reason().equals("superseded by \"Future Phase 2\", operational on 2026-02-01")));
  }

  @Test
  void allRowsKeepsEveryUsableRowAndEveryPhase() throws IOException {
    EpochImport r = sample(defaults().withAllRows());
    assertEquals(List.of("alpha-cluster-phase-1", "alpha-cluster-phase-2", "anonymized-chinese-system",
        "anonymized-chinese-system-r6", "excluded-cluster", "exotic-chip-cluster", "future-phase-1",
        "future-phase-2", "no-certainty-cluster", "nvidia-in-house", "old-cluster",
        "openai-microsoft-example-wisconsin", "retired-but-existing"), ids(r.landscape()));
    assertEquals(13, r.report().imported());
    assertEquals(2, r.report().planned());
    assertEquals(5, r.report().skipped());
    // the unknown phase link is only checked when phases are resolved
    assertEquals(EnumSet.of(Cause.INCOMPLETE_CHIP, Cause.UNKNOWN_CERTAINTY, Cause.UNKNOWN_SECTOR,
        Cause.UNREADABLE_DATE), r.report().warnings().stream().filter(w -> w.row() == 14).findFirst()
        .orElseThrow().causes());
    Site old = site(r.landscape(), "old-cluster");
    assertEquals(SiteStatus.DECOMMISSIONED, old.status());
    assertEquals(Optional.of(PartialDate.of(2025, 3, 31)), old.decommissioned());
    assertEquals("DE", old.jurisdiction());
    assertEquals(List.of("julich-supercomputing-centre"), old.owners());
    assertEquals("Jülich Supercomputing Centre", r.landscape().operator("julich-supercomputing-centre")
        .orElseThrow().name());
    assertEquals(SiteStatus.DECOMMISSIONED, old.fleet().get(0).status());
    assertEquals(Optional.of("nvidia-a100-sxm"), old.fleet().get(0).accelerator());
    assertEquals(Confidence.ESTIMATED, site(r.landscape(), "excluded-cluster").confidence());
  }

  @Test
  void plannedSystemsAreKeptApart() throws IOException {
    Landscape planned = sample(defaults()).planned();
    Site p3 = site(planned, "alpha-cluster-phase-3");
    assertEquals(SiteStatus.ANNOUNCED, p3.status());
    assertEquals(List.of(AcceleratorLot.builder().accelerator("nvidia-gb200").count(50000)
        .status(SiteStatus.ANNOUNCED).build()), p3.fleet());
    assertEquals(1.25e20, p3.reportedDense16BitFlops().getAsDouble());
    Site p = site(planned, "planned-unlikely-site");
    assertEquals("SA", p.jurisdiction());
    assertEquals(Confidence.ESTIMATED, p.confidence());
    assertEquals(300.0, p.itCapacityMw().getAsDouble());
    assertEquals(Optional.of("27°33'21.6\"N 35°32'18.4\"E"), p.place());
    assertEquals(List.of("alpha-labs", "datavolt", "nvidia"),
        planned.operators().stream().map(Operator::id).collect(Collectors.toList()));
  }

  @Test
  void aFileWithoutCoordinateColumnsImports() throws IOException {
    String header = String.join(",", headers(false));
    String row = line(false, Map.of(EpochColumn.NAME, "Solo", EpochColumn.STATUS, "Existing",
        EpochColumn.CERTAINTY, "Confirmed", EpochColumn.CHIP_TYPE_PRIMARY, "NVIDIA H100 SXM5 80GB",
        EpochColumn.CHIP_QUANTITY_PRIMARY, "8", EpochColumn.COUNTRY, "France", EpochColumn.OWNER, "Solo SAS",
        EpochColumn.FIRST_OPERATIONAL_DATE, "2/3/2024", EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS, "True"));
    EpochImport r = EpochImporter.of(defaults()).read(new StringReader(header + "\n" + row + "\n"));
    Site s = site(r.landscape(), "solo");
    assertEquals(Optional.empty(), s.coordinates());
    assertEquals(PartialDate.of(2024, 2, 3), s.operationalFrom().orElseThrow());
    assertEquals(1, r.report().imported());
    assertTrue(r.report().warnings().isEmpty());
  }

  @Test
  void aHeaderWithoutRowsGivesEmptyLandscapes() throws IOException {
    EpochImport r = EpochImporter.of(defaults()).read(new StringReader(String.join(",", headers(true)) + "\n"));
    assertTrue(r.landscape().sites().isEmpty());
    assertEquals(List.of(DATASET), r.landscape().sources().stream().map(Source::id).collect(Collectors.toList()));
    assertEquals("0 rows read: 0 imported, 0 planned kept apart, 0 skipped; 0 imported with defaults",
        r.report().summary());
  }

  @Test
  void withoutCatalogueEveryChipIsKeptByItsName() throws IOException {
    EpochImport r = sample(EpochImportOptions.asOf(AS_OF));
    Site s = site(r.landscape(), "alpha-cluster-phase-2");
    assertEquals(Optional.of("NVIDIA H100 SXM5 80GB"), s.fleet().get(0).reportedModel());
    assertTrue(r.landscape().accelerators().isEmpty());
    assertEquals(Optional.of("Alpha Labs"), r.landscape().operator("alpha-labs").map(Operator::name));
    assertEquals("NVIDIA", r.landscape().operator("nvidia").orElseThrow().name());
    assertEquals(OperatorKind.OTHER, r.landscape().operator("nvidia").orElseThrow().kind());
  }

  /** One CSV line with the given values (no quoting needed for them) and every other column blank. */
  static String line(boolean coordinates, Map<EpochColumn, String> values) {
    List<String> cells = new java.util.ArrayList<>();
    for (EpochColumn c : EpochColumn.values()) {
      if (coordinates || c.required()) {
        cells.add(values.getOrDefault(c, ""));
      }
    }
    return String.join(",", cells);
  }

  static List<String> headers(boolean coordinates) {
    List<String> h = new java.util.ArrayList<>();
    for (EpochColumn c : EpochColumn.values()) {
      if (coordinates || c.required()) {
        h.add(c.header());
      }
    }
    return h;
  }
}
