package dev.sovai.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.Report;
import dev.sovai.cli.render.csv.AssessmentTables;
import dev.sovai.cli.render.csv.ConcentrationTables;
import dev.sovai.cli.render.csv.CsvTable;
import dev.sovai.cli.render.csv.SiteTable;
import dev.sovai.cli.render.html.HtmlReport;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.concentration.Dimension;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai report [FILE]}: a readable report of a landscape (the bundled seed landscape when no file is given):
 * its sites and deals, per site the sovereignty axes and framework views and the energy figures, the landscape's
 * concentration tables, and the findings that matter most.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Print a readable report of a landscape: sites and deals, per site the sovereignty axes and"
        + " framework views and the energy figures, the concentration tables, and the findings that matter most.",
        "Without FILE, the bundled seed landscape curated from five French press articles (2025)."})
final class ReportCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "A landscape document (JSON), read over the bundled reference data, or @seed. Default: the seed"
          + " landscape.")
  String file;

  @Option(names = "--home-bloc", paramLabel = "CODE", defaultValue = "EU",
      description = "Sovereign for whom: a bloc (EU, EEA) or a country code (FR). Default: ${DEFAULT-VALUE}.")
  String homeBloc;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date to score on (yyyy-mm-dd). Default: the document's date.")
  LocalDate asOf;

  @Option(names = "--json",
      description = "Print every assessment as JSON (the assessment form of docs/format.md) instead of text.")
  boolean json;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Also write the report as one self-contained HTML page (map, share charts, trend, site tables).")
  Path html;

  @Option(names = "--csv", paramLabel = "DIR",
      description = "Also write each table as CSV into DIR: metrics, findings, gaps, sites, shares.")
  Path csv;

  @Override
  public Integer call() {
    boolean seed = file == null || SEED.equals(file);
    progress().step(seed ? "loading the bundled seed landscape" : "reading " + file);
    Documents.Read read = seed ? Documents.seedRead() : Documents.readWithDate(Path.of(file));
    Landscape l = read.landscape();
    HomeBloc bloc = Options.homeBloc(homeBloc, l);
    LocalDate date = asOf != null ? asOf : read.documentDate();
    Report report = Report.of(l, bloc, date, progress());
    if (html != null) {
      progress().step("writing " + html);
      HtmlReport page = HtmlReport.of(l, bloc, date, report.assessments())
          .withTitle("sovai report — " + (seed ? "bundled seed landscape" : Path.of(file).getFileName()))
          .withTrend(HtmlReport.defaultTrend(l, date))
          .withTrend(HtmlReport.defaultTrend(l, date, Dimension.SITE_JURISDICTION));
      OutputFiles.write(html, page::write);
    }
    if (csv != null) {
      List<CsvTable> tables = new ArrayList<>(AssessmentTables.of(report.assessments()));
      tables.add(SiteTable.of(l, date, report.assessments()));
      tables.add(ConcentrationTables.shares(HtmlReport.partitions(l, bloc, date)));
      OutputFiles.csv(csv, tables);
    }
    if (json) {
      out().print(Documents.json(report.assessments(), report.referenceFacts()));
      return Exit.OK;
    }
    PrintWriter out = text();
    out.println("sovai report — "
        + (seed ? "bundled seed landscape (five French press articles, 2025)" : file));
    out.println("as of " + date + ", home bloc " + bloc + "; read over the bundled reference data (dated "
        + Documents.referenceDate() + ")");
    report.print(out);
    out.flush();
    return Exit.OK;
  }
}
