package dev.sovai.importers.top500;

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
import java.time.YearMonth;
import java.util.List;
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
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.Sector;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/** Imports {@code top500-sample.csv}, written for these tests in the TOP500 export's format. */
class Top500ImporterTest {
  static LandscapeImport sample() throws IOException {
    try (InputStream in = Top500ImporterTest.class.getResourceAsStream("top500-sample.csv");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return Top500Importer.of(YearMonth.of(2025, 6), ReferenceData.load()).read(r);
    }
  }

  private static Site site(Landscape l, String id) {
    return l.site(id).orElseThrow(() -> new AssertionError("no site " + id));
  }

  @Test
  void oneSitePerSystemWithTheListAsTheDate() throws IOException {
    LandscapeImport r = sample();
    Landscape l = r.landscape();
    assertEquals(LocalDate.of(2025, 6, 1), l.asOf());
    assertEquals(10, r.report().rowsRead());
    assertEquals(8, r.report().imported());
    Site ec = site(l, "el-capitan");
    assertEquals(SiteKind.SUPERCOMPUTER, ec.kind());
    assertEquals(SiteStatus.OPERATIONAL, ec.status());
    assertEquals(Confidence.CONFIRMED, ec.confidence());
    assertEquals("US", ec.jurisdiction());
    assertEquals("doe-nnsa-llnl", ec.operator().orElseThrow());
    assertEquals("DOE/NNSA/LLNL", l.operator("doe-nnsa-llnl").orElseThrow().name());
    assertEquals(PartialDate.ofYear(2024), ec.operationalFrom().orElseThrow());
    assertEquals(29.58098, ec.itCapacityMw().orElseThrow(), 1e-9);
    assertTrue(ec.sector().isEmpty(), "Research mixes public and private bodies");
    assertTrue(ec.fleet().isEmpty(), "accelerator cores are not chips: no count is invented");
    LinpackMeasurement hpl = ec.linpack().orElseThrow();
    assertEquals(1_742_000.0, hpl.rmaxTflops());
    assertEquals(2_746_376.09, hpl.rpeakTflops().orElseThrow());
    assertEquals("amd-mi300a", hpl.accelerator().orElseThrow());
    assertEquals(PartialDate.ofMonth(2025, 6), hpl.list().orElseThrow());
    assertEquals(Confidence.CONFIRMED, hpl.confidence());
    assertEquals(List.of("top500-2025-06"), hpl.sources());
    assertEquals("TOP500 list, June 2025, rank 1; measured power 29,580.98 kW; accelerator AMD Instinct MI300A"
        + " = catalogue amd-mi300a"
        + " (9988224 accelerator cores); computer HPE Cray EX255a, AMD 4th Gen EPYC 24C 1.8GHz, AMD Instinct MI300A,"
        + " Slingshot-11, TOSS", ec.notes().orElseThrow());
    assertEquals(List.of("top500-2025-06"), ec.sources());
    assertTrue(l.source("top500-2025-06").isPresent());
    Site fugaku = site(l, "supercomputer-fugaku");
    assertTrue(fugaku.notes().orElseThrow().indexOf("accelerator") < 0, "None is no accelerator");
    assertEquals(442_010.0, fugaku.linpack().orElseThrow().rmaxTflops());
    assertTrue(fugaku.linpack().orElseThrow().accelerator().isEmpty(), "None is no accelerator");
    assertEquals("nvidia-gh200", site(l, "jupiter-booster").linpack().orElseThrow().accelerator().orElseThrow());
    assertEquals("DE", site(l, "jupiter-booster").jurisdiction());
    assertTrue(site(l, "jupiter-booster").notes().orElseThrow().contains("= catalogue nvidia-gh200"));
    assertEquals("CZ", site(l, "karolina-gpu-partition").jurisdiction());
    assertEquals(Sector.ACADEMIC, site(l, "karolina-gpu-partition").sector().orElseThrow());
    assertEquals("RU", site(l, "chervonenkis").jurisdiction());
    assertEquals(Sector.PRIVATE, site(l, "chervonenkis").sector().orElseThrow());
    assertEquals("TW", site(l, "taiwania-2").jurisdiction());
  }

  @Test
  void oddCellsAreRowWarningsNeverARefusedList() throws IOException {
    LandscapeImport r = sample();
    List<RowWarning> w = r.report().warnings();
    assertEquals(4, w.size(), w::toString);
    // a blank name takes the computer's; "South Korea"; an unreadable Rmax is left out
    assertEquals(Kind.DEFAULTED, w.get(0).kind());
    assertEquals(Set.of(Cause.UNREADABLE_NUMBER), w.get(0).causes());
    assertEquals("Rmax [TFlop/s] \"n/a\" is not a number; left out", w.get(0).reason());
    Site samsung = r.landscape().sites().stream().filter(s -> s.jurisdiction().equals("KR")).findFirst()
        .orElseThrow();
    assertTrue(samsung.name().startsWith("Apollo 6500"), samsung::name);
    assertTrue(samsung.itCapacityMw().isEmpty());
    assertTrue(samsung.linpack().isEmpty(), "no Rmax, no measurement");
    assertTrue(samsung.notes().orElseThrow().contains("Rpeak 35,000 TFlop/s (no Rmax)"), samsung.notes()::get);
    assertEquals(Set.of(Cause.UNREADABLE_DATE, Cause.UNKNOWN_CHIP), w.get(1).causes());
    assertEquals("Year \"2O21\" is not a date (M/D/YYYY or ISO); left out; accelerator \"Sunway SW-Accel\" is not in"
        + " the chip table or the catalogue; named in the notes only", w.get(1).reason());
    assertEquals(new RowWarning(9, 11, "Atlantis", Kind.SKIPPED, Set.of(Cause.UNKNOWN_COUNTRY),
        "country \"Atlantis\" is not in the importer's country table"), w.get(2));
    assertEquals(Set.of(Cause.BLANK_COUNTRY), w.get(3).causes());
  }

  @Test
  void aFileThatIsNotATop500ExportIsRefused() {
    ImportException e = assertThrows(ImportException.class, () -> Top500Importer.of(YearMonth.of(2025, 6),
        ReferenceData.load()).read(new StringReader("Rank,Name,Country\n1,X,France\n")));
    assertEquals("TOP500 CSV line 1, column 'Computer': wrong header: required column is missing", e.getMessage());
  }
}
