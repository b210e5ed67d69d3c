package dev.sovai.importers.epoch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sovai.importers.ImportReport;
import dev.sovai.importers.RowWarning;
import dev.sovai.importers.RowWarning.Cause;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;

/**
 * Imports Epoch AI's real "AI supercomputers" export ({@code ai_supercomputers.csv}, 786 rows, 55 columns; CC BY
 * 4.0, Epoch AI; see the README next to it) and checks the headline of Pilz et al., <i>Trends in AI
 * Supercomputers</i> (2025): under Epoch's standard-analysis conventions the United States hold about three
 * quarters, and China about one seventh, of the 16-bit performance of operational AI supercomputers.
 */
class EpochRealFileTest {
  static final LocalDate HEADLINE_DATE = LocalDate.of(2025, 5, 31);
  private static EpochImport result;

  static EpochImport importRealFile(EpochImportOptions options) throws IOException {
    try (InputStream in = EpochRealFileTest.class.getResourceAsStream("ai_supercomputers.csv");
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return EpochImporter.of(options).read(r);
    }
  }

  @BeforeAll
  static void importOnce() throws IOException {
    result = importRealFile(EpochImportOptions.asOf(HEADLINE_DATE).withCatalogue(ReferenceData.load()));
  }

  @Test
  void theWholeFileImportsWithoutRefusal() {
    ImportReport report = result.report();
    System.out.println("Epoch real file at " + HEADLINE_DATE + ": " + report.summary());
    assertEquals(786, report.rowsRead());
    assertEquals(report.rowsRead(), report.imported() + report.planned() + report.skipped());
    // the five float artifacts of rows Epoch keeps are rounded and flagged, never a refusal
    assertEquals(5, report.count(Cause.ROUNDED_NUMBER));
    for (RowWarning w : report.warnings()) {
      assertTrue(!w.causes().contains(Cause.UNKNOWN_COUNTRY), w::toString);
    }
    // the 85 blank countries of the file, as far as Epoch's conventions keep the rows
    assertTrue(report.count(Cause.BLANK_COUNTRY) > 0);
  }

  @Test
  void headlineUnitedStatesAboutThreeQuartersChinaAboutOneSeventh() {
    Landscape l = result.landscape();
    ConcentrationResult r = ConcentrationScorer.of(ConcentrationProfile.standard()).measure(l,
        Measure.of(Dimension.SITE_JURISDICTION, Basis.PEAK_DENSE_16BIT_FLOPS, Scope.operational()), HEADLINE_DATE);
    Partition p = r.partition();
    double us = p.shareOf("US");
    double cn = p.shareOf("CN");
    System.out.printf(Locale.ROOT, "Epoch headline at %s: %d of %d systems counted; US %.4f, CN %.4f, unknown %.4f"
        + " of %.4e FLOP/s%n", HEADLINE_DATE, r.sitesCounted(), r.sitesInScope(), us, cn, r.index().unknownShare(),
        p.totalWeight());
    for (int i = 0; i < Math.min(8, p.size()); i++) {
      System.out.printf(Locale.ROOT, "  %s %.4f%n", p.holder(i), p.shareOf(p.holder(i)));
    }
    assertTrue(us >= 0.70 && us <= 0.80, "US share " + us);
    assertTrue(cn >= 0.12 && cn <= 0.17, "CN share " + cn);
    assertEquals("US", p.holder(0));
    assertEquals("CN", p.holder(1));
  }

  @Test
  void atLeast95PercentOfRowsNamingAChipResolveToTheCatalogue() {
    long naming = 0;
    long resolved = 0;
    for (Landscape l : new Landscape[] {result.landscape(), result.planned()}) {
      for (Site s : l.sites()) {
        boolean names = false;
        boolean all = true;
        for (AcceleratorLot lot : s.fleet()) {
          if (lot.reportedModel().map(m -> m.equals(ImportRun.ANONYMIZED) || m.equals(ImportRun.UNSPECIFIED_CHIP))
              .orElse(false)) {
            continue;
          }
          names = true;
          all &= lot.accelerator().isPresent();
        }
        if (names) {
          naming++;
          if (all) {
            resolved++;
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "Epoch chips: %d of %d imported rows naming a chip resolve (%.1f %%)%n", resolved,
        naming, 100.0 * resolved / naming);
    assertTrue(naming > 300, "rows naming a chip: " + naming);
    assertTrue(resolved >= 0.95 * naming, resolved + " of " + naming);
  }
}
