package dev.sovai.benchmarks;

import java.io.PrintWriter;
import java.io.StringWriter;
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
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;

/**
 * Rendering the HTML report ({@code sovai report --html}) of a generated landscape of 500 sites: the page from the
 * assessments already computed (map, share charts with the partitions they chart, the trend, the site tables and
 * findings), and, for comparison, the scoring that precedes it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class HtmlReportBenchmark {
  /** The number of sites. */
  @Param({"500"})
  public int sites;

  Landscape landscape;
  List<Assessment> assessments;
  ConcentrationTrend trend;

  /** Generates the landscape and scores it. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = Inputs.landscape(sites);
    assessments = score();
    trend = HtmlReport.defaultTrend(landscape, landscape.asOf());
  }

  /**
   * The page of the scored landscape.
   *
   * @return the page's text
   */
  @Benchmark
  public String render() {
    return HtmlReport.of(landscape, HomeBloc.EU, landscape.asOf(), assessments).withTrend(trend).toHtml();
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
