package dev.sovai.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.AssessmentText;
import dev.sovai.cli.render.ConcentrationSection;
import dev.sovai.cli.render.Quantity;
import dev.sovai.cli.render.Table;
import dev.sovai.cli.render.csv.ConcentrationTables;
import dev.sovai.cli.render.trend.ConcentrationTrend;
import dev.sovai.cli.render.trend.TrendPoint;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai trend FILE --by DIMENSION --basis BASIS --from DATE --to DATE --step quarter|year}: concentration on
 * each date of a series, counting what is operational on that date.
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
    description = {"Concentration over time: on each date from --from to --to (every quarter or year), each"
        + " holder's share, HHI with its bounds, equivalent number and the unknown part, counting the capacity"
        + " operational on that date (status dates, decommissioning, dated accelerator lots).",
        "FILE @seed stands for the bundled seed landscape."})
final class TrendCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A landscape document (JSON), or @seed.")
  String file;

  @Mixin
  MeasureOptions measure;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first date (yyyy-mm-dd).")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last date admitted (yyyy-mm-dd).")
  LocalDate to;

  @Option(names = "--step", paramLabel = "STEP", defaultValue = "year",
      description = "quarter or year. Default: ${DEFAULT-VALUE}.")
  String step;

  @Option(names = "--json", description = "Print the assessment of each date as JSON (docs/format.md).")
  boolean json;

  @Option(names = "--csv", paramLabel = "DIR", description = "Also write the series as CSV into DIR: trend,"
      + " trend-shares.")
  Path csv;

  @Override
  public Integer call() {
    ConcentrationTrend.Step s;
    try {
      s = ConcentrationTrend.Step.valueOf(step.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException(Exit.USAGE, "--step: must be quarter or year, was \"" + step + "\"", e);
    }
    List<LocalDate> dates;
    try {
      dates = ConcentrationTrend.dates(from, to, s);
    } catch (IllegalArgumentException e) {
      throw new UserException(Exit.USAGE, "--from/--to: " + e.getMessage(), e);
    }
    Scope scope = measure.scope();
    Landscape l = readArgument(file);
    progress().step("measuring concentration on " + dates.size() + " dates");
    ConcentrationTrend trend = ConcentrationTrend.measure(l, measure.dimension, measure.basis, scope, dates);
    if (csv != null) {
      OutputFiles.csv(csv, ConcentrationTables.trend(trend));
    }
    if (json) {
      List<Assessment> all = new ArrayList<>();
      trend.points().forEach(p -> all.add(p.assessment()));
      out().print(Documents.json(all));
      return Exit.OK;
    }
    PrintWriter out = text();
    out.println("Concentration by " + ConcentrationSection.label(measure.dimension) + " on " + measure.basis.unit()
        + " (" + scope
        + "), " + from + " to " + to + " by " + s.label());
    Quantity q = Quantity.scaleFor(measure.basis.unit(),
        trend.points().stream().mapToDouble(TrendPoint::totalWeight).max().orElse(0));
    Table t = Table.of("date", q.unit() + ">", "HHI>", "bounds", "equiv. holders>", "unknown>", "largest holders");
    for (TrendPoint p : trend.points()) {
      Metric hhi = p.metric("hhi").orElse(null);
      String bounds = hhi != null && hhi.lower().isPresent() ? "[" + AssessmentText.number(hhi.lower().getAsDouble())
          + ", " + AssessmentText.number(hhi.upper().orElse(hhi.value())) + "]" : "";
      t.row(p.date(), q.number(p.totalWeight()), hhi == null ? "–" : AssessmentText.number(hhi.value()),
          bounds, p.metric("equivalentNumber").map(m -> AssessmentText.number(m.value())).orElse("–"),
          ConcentrationSection.percent(p.unknownShare()), top(p.shares()));
    }
    t.print(out, "  ");
    out.println("  (shares are of all capacity in scope on each date; HHI 0-10,000 over known holders, bounds cover"
        + " every way the unknown part could be held)");
    out.flush();
    return Exit.OK;
  }

  private static String top(Map<String, Double> shares) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      if (parts.size() == 3) {
        parts.add("+" + (shares.size() - 3));
        break;
      }
      parts.add(e.getKey() + " " + ConcentrationSection.percent(e.getValue()));
    }
    return parts.isEmpty() ? "no capacity in scope" : String.join(", ", parts);
  }
}
