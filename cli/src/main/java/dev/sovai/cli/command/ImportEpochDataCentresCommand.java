package dev.sovai.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.importers.ImportException;
import dev.sovai.importers.LandscapeImport;
import dev.sovai.importers.epoch.EpochDataCentreImporter;
import dev.sovai.io.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai import-epoch-datacenters FILE.csv [--timelines TIMELINES.csv] [-o OUT.json] [--as-of DATE]}: imports
 * Epoch AI's frontier data centres (site table, optionally its dated timeline) as a landscape document. Output and
 * report go where {@code import-epoch} sends them.
 */
@Command(name = "import-epoch-datacenters", mixinStandardHelpOptions = true,
    description = {"Import Epoch AI's frontier data centres (site table CSV, and optionally its timelines CSV;"
        + " Epoch AI, CC BY 4.0) as a landscape document.",
        "Every timeline row becomes a dated capacity step of its campus (facility power, H100 equivalents, buildings"
            + " operational), so scorers take the step in force on the date they are asked about; --as-of sets each"
            + " campus's reported status (without --timelines: the table's current figures)."})
final class ImportEpochDataCentresCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The site table (frontier_data_centers.csv, UTF-8).")
  Path file;

  @Option(names = "--timelines", paramLabel = "FILE",
      description = "The dated timeline (frontier_data_center_timelines.csv).")
  Path timelines;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the landscape document here (default: standard output).")
  Path output;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The landscape's date (yyyy-mm-dd), on which"
      + " each campus's reported status is taken. Default: today (UTC).")
  LocalDate asOf;

  @Override
  public Integer call() {
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
    ImportOutput.requireFile(file);
    if (timelines != null) {
      ImportOutput.requireFile(timelines);
    }
    progress().step("importing " + file);
    LandscapeImport result;
    try {
      result = EpochDataCentreImporter.of(date, ReferenceData.load()).read(file, timelines);
    } catch (ImportException e) {
      throw new UserException(Exit.INVALID, "not Epoch AI's frontier data centres files: " + TerminalSafeWriter.oneLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new UserException(Exit.USAGE, "cannot read " + file + (timelines == null ? "" : " or " + timelines)
          + ": " + Documents.reason(e), e);
    }
    ImportOutput.deliver(out(), err(), output, file, result);
    return Exit.OK;
  }
}
