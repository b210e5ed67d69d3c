package dev.sovai.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.importers.ImportException;
import dev.sovai.importers.LandscapeImport;
import dev.sovai.importers.top500.Top500Importer;
import dev.sovai.io.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai import-top500 FILE.csv --list YYYY-MM [-o OUT.json]}: imports one edition of the TOP500 list (its CSV
 * export) as a landscape document dated the first day of the list's month. Output and report go where
 * {@code import-epoch} sends them.
 */
@Command(name = "import-top500", mixinStandardHelpOptions = true,
    description = {"Import one edition of the TOP500 list (its CSV export) as a landscape document: one"
        + " supercomputer site per system, operated by the list's \"Site\".",
        "Rmax and Rpeak (FP64 Linpack) become each site's Linpack measurement (concentration --basis rmax|rpeak);"
            + " measured power becomes its IT capacity."})
final class ImportTop500Command extends LandscapeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The list's CSV export (UTF-8).")
  Path file;

  @Option(names = "--list", paramLabel = "YYYY-MM", required = true,
      description = "The list's edition, e.g. 2025-06; its first day is the landscape's date.")
  String list;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write the landscape document here (default: standard output).")
  Path output;

  @Override
  public Integer call() {
    YearMonth edition;
    try {
      edition = YearMonth.parse(list);
    } catch (DateTimeParseException e) {
      throw new UserException(Exit.USAGE, "--list must be a year and month such as 2025-06, was \"" + list + "\"", e);
    }
    ImportOutput.requireFile(file);
    progress().step("importing " + file);
    LandscapeImport result;
    try {
      result = Top500Importer.of(edition, ReferenceData.load()).read(file);
    } catch (ImportException e) {
      throw new UserException(Exit.INVALID, file + " is not a TOP500 list export: " + TerminalSafeWriter.oneLine(e.getMessage()), e);
    } catch (IOException e) {
      throw new UserException(Exit.USAGE, "cannot read " + file + ": " + Documents.reason(e), e);
    }
    ImportOutput.deliver(out(), err(), output, file, result);
    return Exit.OK;
  }
}
