package dev.sovai.cli.command;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.AssessmentText;
import dev.sovai.cli.render.ConcentrationSection;
import dev.sovai.cli.render.Quantity;
import dev.sovai.cli.render.Table;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.ConcentrationIndex;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai concentration FILE --by DIMENSION --basis BASIS [--scope REGION] [--pipeline]}: the shares of every
 * holder, the concentration indices with their bounds, and the regulators' thresholds that apply.
 */
@Command(name = "concentration", mixinStandardHelpOptions = true,
    description = {"Measure how concentrated capacity is: each holder's share, HHI (with bounds where part of the"
        + " capacity has no known holder), equivalent number, CR-k, Shannon, and the regulators' HHI bands and"
        + " presumptions (US 2023, US 2010, EU 2004, DE GWB).",
        "FILE @seed stands for the bundled seed landscape."})
final class ConcentrationCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A landscape document (JSON), or @seed.")
  String file;

  @Mixin
  MeasureOptions measure;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date (yyyy-mm-dd). Default: the document's.")
  LocalDate asOf;

  @Option(names = "--json", description = "Print the result as an assessment in JSON.")
  boolean json;

  @Option(names = "--csv", paramLabel = "DIR",
      description = "Also write the shares and the assessment as CSV tables into DIR: shares, metrics, findings, gaps.")
  java.nio.file.Path csv;

  @Override
  public Integer call() {
    Landscape l = readArgument(file);
    Scope scope = measure.scope();
    LocalDate date = asOf != null ? asOf : l.asOf();
    progress().step("measuring concentration");
    ConcentrationResult r = ConcentrationScorer.of(ConcentrationProfile.standard())
        .measure(l, Measure.of(measure.dimension, measure.basis, scope), date);
    Assessment a = r.toAssessment();
    if (csv != null) {
      java.util.List<dev.sovai.cli.render.csv.CsvTable> tables = new java.util.ArrayList<>();
      tables.add(dev.sovai.cli.render.csv.ConcentrationTables.shares(java.util.List.of(r)));
      tables.addAll(dev.sovai.cli.render.csv.AssessmentTables.of(java.util.List.of(a)));
      OutputFiles.csv(csv, tables);
    }
    if (json) {
      out().print(Documents.json(a));
      return Exit.OK;
    }
    PrintWriter out = text();
    out.println("Concentration by " + ConcentrationSection.label(measure.dimension) + " on " + measure.basis.unit()
        + " (" + scope + " on " + date + "): " + r.sitesCounted() + " of " + r.sitesInScope() + " sites counted");
    ConcentrationIndex i = r.index();
    Partition p = r.partition();
    Quantity q = Quantity.scaleFor(measure.basis.unit(), p.size() == 0 ? p.unknownWeight()
        : Math.max(p.weight(0), p.unknownWeight()));
    Table t = Table.of("rank>", "holder", q.unit() + ">", "of all>", "of known>");
    for (int rank = 0; rank < p.size(); rank++) {
      String h = p.holder(rank);
      t.row(rank + 1, h + (p.flagged().contains(h) ? " *" : ""), q.number(p.weight(rank)),
          ConcentrationSection.percent(p.shareOf(h)), ConcentrationSection.percent(p.weight(rank) / p.knownWeight()));
    }
    if (p.unknownWeight() > 0) {
      t.row("", "(unknown holder)", q.number(p.unknownWeight()), ConcentrationSection.percent(i.unknownShare()), "–");
    }
    if (t.isEmpty()) {
      out.println("  no capacity in scope"
          + (measure.pipeline ? "" : " (only operational capacity counts; add --pipeline)"));
    } else {
      t.print(out, "  ");
      out.println("  (of all: share of all capacity in scope, the unknown holder's part included; of known: share of the"
          + " capacity with a known holder, the base of HHI and of the regulators' thresholds"
          + (p.flagged().isEmpty() ? ")" : ";"));
      if (!p.flagged().isEmpty()) {
        out.println("  " + ConcentrationSection.ESTIMATED + ")");
      }
    }
    out.println();
    AssessmentText.print(out, a, "  ", 20);
    out.flush();
    return Exit.OK;
  }
}
