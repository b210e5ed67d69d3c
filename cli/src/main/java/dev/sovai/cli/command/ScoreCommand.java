package dev.sovai.cli.command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.AssessmentText;
import dev.sovai.cli.render.Report;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai score FILE [--json]}: every scorer's assessments of a landscape (per site, and for the landscape),
 * as JSON for other programs or as text.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score a landscape with every scorer of this build: per site and for the whole landscape.",
        "With --json, the assessments (metrics, findings, coverage) in the JSON form of docs/format.md, with the facts",
        "taken from the bundled reference data (referenceData).",
        "FILE @seed stands for the bundled seed landscape."})
final class ScoreCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A landscape document (JSON), or @seed.")
  String file;

  @Option(names = "--home-bloc", paramLabel = "CODE", defaultValue = "EU",
      description = "Sovereign for whom: a bloc (EU, EEA) or a country code (FR). Default: ${DEFAULT-VALUE}.")
  String homeBloc;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date (yyyy-mm-dd). Default: the document's.")
  LocalDate asOf;

  @Option(names = "--json", description = "Print JSON (the default is text).")
  boolean json;

  @Option(names = "--csv", paramLabel = "DIR",
      description = "Also write the assessments as CSV tables into DIR: metrics, findings, gaps, sites.")
  java.nio.file.Path csv;

  @Override
  public Integer call() {
    Landscape l = readArgument(file);
    HomeBloc bloc = Options.homeBloc(homeBloc, l);
    Report report = Report.of(l, bloc, asOf != null ? asOf : l.asOf(), progress());
    if (csv != null) {
      java.util.List<dev.sovai.cli.render.csv.CsvTable> tables =
          new java.util.ArrayList<>(dev.sovai.cli.render.csv.AssessmentTables.of(report.assessments()));
      tables.add(dev.sovai.cli.render.csv.SiteTable.of(l, asOf != null ? asOf : l.asOf(), report.assessments()));
      OutputFiles.csv(csv, tables);
    }
    if (json) {
      out().print(Documents.json(report.assessments(), report.referenceFacts()));
      return Exit.OK;
    }
    PrintWriter out = text();
    for (Assessment a : report.assessments()) {
      out.println(a.scorer() + " " + a.subject().kind().name().toLowerCase(java.util.Locale.ROOT) + ":"
          + a.subject().id() + " (" + a.profile() + ", as of " + a.asOf() + ")");
      AssessmentText.print(out, a, "  ", Integer.MAX_VALUE);
    }
    out.println("reference data: " + AssessmentText.referenceLine(report.referenceFacts()));
    out.flush();
    return Exit.OK;
  }
}
