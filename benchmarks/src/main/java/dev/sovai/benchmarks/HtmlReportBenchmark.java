package dev.sovai.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.sovai.cli.render.Progress;
import dev.sovai.cli.render.html.HtmlReport;
import dev.sovai.cli.render.trend.ConcentrationTrend;
import dev.sovai.importers.epoch.EpochImportOptions;
import dev.sovai.importers.epoch.EpochImporter;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.concentration.Dimension;

/**
 * Rendering the HTML report ({@code sovai report --html}): the page from the assessments already computed (map,
 * share charts with the partitions they chart, the trend, the site tables and findings), and, for comparison, the
 * scoring that precedes it. Two landscapes: {@code 500}, a generated landscape of 500 sites, and {@code epoch}, Epoch
 * AI's real "AI supercomputers" export imported as of 2025-05-31 (437 systems, none with coordinates), read from
 * {@value #EPOCH_EXPORT} under the working directory (run from the repository's root) or from the file the system
 * property {@code sovai.epochExport} names.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class HtmlReportBenchmark {
  /** Where Epoch AI's export lies, relative to the repository's root (the importers' test resources). */
  public static final String EPOCH_EXPORT = "importers/src/test/resources/dev/sovai/importers/epoch/ai_supercomputers.csv";

  /** The landscape: a number of generated sites, or {@code epoch} for Epoch AI's real export. */
  @Param({"500", "epoch"})
  public String sites;

  Landscape landscape;
  List<Assessment> assessments;
  ConcentrationTrend trend;
  ConcentrationTrend siteTrend;

  /** Generates the landscape and scores it. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = sites.equals("epoch") ? epoch() : Inputs.landscape(Integer.parseInt(sites));
    assessments = score();
    trend = HtmlReport.defaultTrend(landscape, landscape.asOf());
    siteTrend = HtmlReport.defaultTrend(landscape, landscape.asOf(), Dimension.SITE_JURISDICTION);
  }

  private static Landscape epoch() {
    Path file = Path.of(System.getProperty("sovai.epochExport", EPOCH_EXPORT));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Epoch AI's export is not at " + file.toAbsolutePath() + ": run from the "
          + "repository's root or name the file with -Dsovai.epochExport=FILE");
    }
    try {
      return EpochImporter.of(EpochImportOptions.asOf(LocalDate.of(2025, 5, 31)).withCatalogue(ReferenceData.load()))
          .read(file).landscape();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page of the scored landscape, with the two trends {@code sovai report --html} charts.
   *
   * @return the page's text
   */
  @Benchmark
  public String render() {
    return HtmlReport.of(landscape, HomeBloc.EU, landscape.asOf(), assessments).withTrend(trend).withTrend(siteTrend)
        .toHtml();
  }

  /**
   * The scoring that precedes it ({@code Report.of}), for comparison.
   *
   * @return every assessment
   */
  @Benchmark
  public List<Assessment> score() {
    return dev.sovai.cli.render.Report.of(landscape, HomeBloc.EU, landscape.asOf(),
        Progress.silent(new PrintWriter(new StringWriter()))).assessments();
  }
}
