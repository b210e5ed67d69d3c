package dev.sovai.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import dev.sovai.io.ReferenceData;
import dev.sovai.importers.epoch.EpochImport;
import dev.sovai.importers.epoch.EpochImportOptions;
import dev.sovai.importers.epoch.EpochImporter;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;

/**
 * Imports Epoch AI's AI supercomputers CSV and prints the share of AI-supercomputer performance (peak dense 16-bit
 * FLOP/s, as the dataset reports it) by country and by owner, with the HHI of each. The README shows this class; a
 * test runs it.
 *
 * <p>Run: {@code java -cp examples/target/sovai.jar dev.sovai.examples.EpochSharesExample FILE.csv [yyyy-mm-dd]}.
 */
public final class EpochSharesExample {
  private EpochSharesExample() {}

  /**
   * Imports the file named on the command line and prints the shares of 16-bit performance by country and by owner
   * as of 2025-11-20.
   *
   * @param args  the CSV export of Epoch AI's dataset
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    // README:begin epoch-shares
    Path csv = Path.of(args[0]);                                   // Epoch AI's CSV export
    LocalDate asOf = LocalDate.of(2025, 11, 20);
    PrintStream out = System.out;
    EpochImport result = EpochImporter.of(EpochImportOptions.asOf(asOf)     // Epoch's defaults
            .withCatalogue(ReferenceData.load()))                            // chips → accelerator catalogue
        .read(csv);
    out.println(result.report().summary());

    Landscape existing = result.landscape();          // result.planned() holds the planned systems
    ConcentrationScorer concentration = ConcentrationScorer.of(ConcentrationProfile.standard());
    for (Dimension by : new Dimension[] {Dimension.SITE_JURISDICTION, Dimension.FACILITY_OWNER}) {
      ConcentrationResult r = concentration.measure(existing,
          Measure.of(by, Basis.PEAK_DENSE_16BIT_FLOPS, Scope.operational()), asOf);
      Partition p = r.partition();
      out.printf(Locale.ROOT, "by %s: %d of %d systems counted, HHI %.0f%n", by, r.sitesCounted(),
          r.sitesInScope(), r.index().hhi());
      for (int rank = 0; rank < p.size(); rank++) {
        String holder = p.holder(rank);
        out.printf(Locale.ROOT, "  %-24s %6.1f %%%s%n", holder, 100 * p.shareOf(holder),
            p.flagged().contains(holder) ? "  (joint owner, split equally)" : "");
      }
      if (p.unknownWeight() > 0) {
        out.printf(Locale.ROOT, "  %-24s %6.1f %%%n", "(unknown)", 100 * r.index().unknownShare());
      }
    }
    // README:end epoch-shares
  }
}
