package dev.sovai.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.importers.ImportException;
import dev.sovai.importers.RowWarning;
import dev.sovai.importers.epoch.EpochImport;
import dev.sovai.importers.epoch.EpochImportOptions;
import dev.sovai.importers.epoch.EpochImporter;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.io.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai import-epoch FILE.csv [-o OUT.json] [--planned PLANNED.json] [--as-of DATE] [--all-rows]}: imports
 * Epoch AI's AI supercomputers CSV into a landscape document, resolving chips against the bundled reference data.
 *
 * <p>Without {@code -o} the document goes to standard output and the report to standard error, so that the output
 * can be piped; with {@code -o} the report goes to standard output. The report is the summary line, then one line
 * per row skipped for a data problem or imported with a default; rows left out by Epoch's own conventions (not in
 * the standard analysis, superseded by a later phase) are only counted in the summary.
 */
@Command(name = "import-epoch", mixinStandardHelpOptions = true,
    description = {"Import Epoch AI's AI supercomputers dataset (CSV export; Pilz et al., \"Trends in AI"
        + " Supercomputers\", Epoch AI 2025, CC BY 4.0) as a landscape document.",
        "By default, as Epoch does: only rows of the standard analysis, only the newest operational phase of a"
            + " system; planned systems are kept apart (see --planned)."})
final class ImportEpochCommand extends LandscapeCommand implements Callable<Integer> {
  private static final Set<RowWarning.Cause> CONVENTIONS =
      EnumSet.of(RowWarning.Cause.NOT_IN_STANDARD_ANALYSIS, RowWarning.Cause.SUPERSEDED);

  @Parameters(paramLabel = "FILE", description = "The CSV export (UTF-8), 55 columns, or 57 with latitude and"
      + " longitude.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the landscape document here (default: standard output).")
  Path output;

  @Option(names = "--planned", paramLabel = "OUT", description = "Also write the planned systems, as a landscape"
      + " document of their own.")
  Path planned;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The landscape's date (yyyy-mm-dd), which decides"
      + " which phase is operational. Default: today (UTC).")
  LocalDate asOf;

  @Option(names = "--all-rows", description = "Keep every usable row: rows outside Epoch's standard analysis and"
      + " every phase of a system.")
  boolean allRows;

  @Override
  public Integer call() {
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    EpochImportOptions options = EpochImportOptions.asOf(date).withCatalogue(ReferenceData.load());
    if (allRows) {
      options = options.withAllRows();
    }
    progress().step("importing " + file);
    EpochImport result = importFile(options);
    PrintWriter report = output != null ? out() : err();
    ImportOutput.report(report, file, result.report(), CONVENTIONS);
    if (output != null) {
      ImportOutput.write(output, result.landscape());
      report.println("wrote " + result.landscape().sites().size() + " sites to " + output);
    } else {
      out().print(LandscapeWriter.canonical().writeToString(result.landscape()));
    }
    if (planned != null) {
      ImportOutput.write(planned, result.planned());
      report.println("wrote " + result.planned().sites().size() + " planned sites to " + planned);
    }
    report.flush();
    return Exit.OK;
  }

  private EpochImport importFile(EpochImportOptions options) {
    ImportOutput.requireFile(file);
    try {
      return EpochImporter.of(options).read(file);
    } catch (ImportException e) {
      throw new UserException(Exit.INVALID, file + " is not an Epoch AI supercomputers export: " + TerminalSafeWriter.oneLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new UserException(Exit.USAGE, "cannot read " + file + ": " + Documents.reason(e), e);
    }
  }
}
