package dev.sovai.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import dev.sovai.io.ReferenceData;
import dev.sovai.io.epoch.EpochImport;
import dev.sovai.io.epoch.EpochImportOptions;
import dev.sovai.io.epoch.EpochImporter;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.LandscapeConcentration;
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
   * Imports a file and measures the two partitions.
   *
   * @param csv  the CSV export, not null
   * @param asOf  the date, not null
   * @param out  where to print, not null
   * @return the import, not null
   * @throws IOException if the file cannot be read
   */
  public static EpochImport shares(Path csv, LocalDate asOf, PrintStream out) throws IOException {
    // README:begin epoch-shares
    EpochImport result = EpochImporter.of(EpochImportOptions.asOf(asOf)     // Epoch's defaults
            .withCatalogue(ReferenceData.load()))                            // chips → accelerator catalogue
        .read(csv);
    out.println(result.report().summary());

    Landscape existing = result.landscape();          // result.planned() holds the planned systems
    LandscapeConcentration concentration = LandscapeConcentration.of(existing);
    Scope scope = Scope.operational().withAsOf(asOf);
    for (Dimension by : new Dimension[] {Dimension.SITE_JURISDICTION, Dimension.FACILITY_OWNER}) {
      ConcentrationResult r = concentration.measure(by, Basis.PEAK_DENSE_16BIT_FLOPS, scope);
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
    return result;
  }

  /**
   * Prints the shares of a file given on the command line.
   *
   * @param args  the CSV file, and optionally the as-of date (default 2025-11-20)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EpochSharesExample FILE.csv [yyyy-mm-dd]");
      System.exit(2);
    }
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2025, 11, 20);
    shares(Path.of(args[0]), asOf, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}
