package dev.sovai.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.importers.ImportReport;
import dev.sovai.importers.LandscapeImport;
import dev.sovai.importers.RowWarning;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.model.landscape.Landscape;

/**
 * What every import command does with its result: the report (summary line, then one {@code file:line: warning}
 * line per row not imported as it stands, except the causes a dataset's own conventions give), and the landscape
 * written atomically to a file or to standard output.
 */
final class ImportOutput {
  private ImportOutput() {}

  /**
   * Prints the report.
   *
   * @param to  where, not null
   * @param file  the imported file as the user named it, not null
   * @param report  the report, not null
   * @param onlyCounted  causes that are only counted, never listed (a dataset's conventions), not null
   */
  static void report(PrintWriter to, Path file, ImportReport report, Set<RowWarning.Cause> onlyCounted) {
    to.println(file + ": " + TerminalSafeWriter.oneLine(report.summary()));
    for (RowWarning w : report.warnings()) {
      if (!onlyCounted.containsAll(w.causes())) {   // a warning quotes the row's cells: kept on its line
        to.println(file + ":" + w.line() + ": " + TerminalSafeWriter.oneLine(w.toString()));
      }
    }
  }

  /**
   * Delivers one import: with an output file, the landscape goes there and the report (with a "wrote N sites" line)
   * to standard output; without, the landscape goes to standard output and the report to standard error, so that the
   * document can be piped.
   *
   * @param out  standard output, not null
   * @param err  standard error, not null
   * @param output  the output file, or null for standard output
   * @param file  the imported file as the user named it, not null
   * @param result  the import, not null
   */
  static void deliver(PrintWriter out, PrintWriter err, Path output, Path file, LandscapeImport result) {
    PrintWriter report = output != null ? out : err;
    report(report, file, result.report(), Set.of());
    if (output != null) {
      write(output, result.landscape());
      report.println("wrote " + result.landscape().sites().size() + " sites to " + output);
    } else {
      out.print(LandscapeWriter.canonical().writeToString(result.landscape()));
    }
    report.flush();
  }

  /**
   * Writes a landscape document atomically (a temporary file next to the target, then a move).
   *
   * @param target  the file, not null
   * @param landscape  the landscape, not null
   * @throws UserException with {@link Exit#OUTPUT} if the file cannot be written (a directory that does not exist
   *     or may not be written, a full disk); the target is then unchanged
   */
  static void write(Path target, Landscape landscape) {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        LandscapeWriter.canonical().write(landscape, tmp);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UserException(Exit.OUTPUT, "cannot write " + target + ": " + Documents.reason(e), e);
    }
  }

  /**
   * Refuses a directory where a file is expected.
   *
   * @param file  the path, not null
   * @throws UserException if it is a directory
   */
  static void requireFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException(Exit.USAGE, "cannot read " + file + ": it is a directory");
    }
  }
}
