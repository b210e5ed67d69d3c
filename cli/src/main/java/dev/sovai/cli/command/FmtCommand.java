package dev.sovai.cli.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.io.LandscapeOverlay;
import dev.sovai.io.LandscapeWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai fmt FILE… [--check]}: rewrites documents in the canonical form of the writer (stable order and number
 * formatting), or with {@code --check} only says which are not canonical.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is (now) canonical", "1:--check found a file not in canonical form, or a file is"
        + " invalid", "2:a file is missing or unreadable", "4:a file could not be written (it is unchanged)"},
    description = {"Rewrite landscape documents in canonical form (stable order and number formatting).",
        "The document must be valid: run 'sovai validate' to see its problems."})
final class FmtCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "The landscape documents (JSON); @seed, the bundled seed document, with --check only.")
  List<String> files;

  @Option(names = "--check", description = "Do not write; exit 1 if a file is not in canonical form.")
  boolean check;

  @Override
  public Integer call() {
    if (!check && files.contains(SEED)) {
      throw new UserException(Exit.USAGE, "the bundled seed document (@seed) cannot be rewritten; use fmt --check @seed");
    }
    int exit = Exit.OK;
    for (String file : files) {
      String shown = TerminalSafeWriter.oneLine(file);   // a file name with a line feed begins no line of its own
      progress().step("formatting " + shown);
      LandscapeOverlay document = Documents.overlay(file);
      if (Documents.isCanonical(file, document)) {
        out().println(shown + ": canonical");
      } else if (check) {
        out().println(shown + ": not in canonical form (run 'sovai fmt " + shown + "')");
        exit = Exit.INVALID;
      } else {
        write(Path.of(file), document);
        out().println(shown + ": formatted");
      }
    }
    return exit;
  }

  private static void write(Path file, LandscapeOverlay document) {
    try {
      FileRewrite.replace(file, out -> LandscapeWriter.canonical().write(document, out));
    } catch (IOException e) {
      throw new UserException(Exit.OUTPUT, "cannot write " + file + ": " + Documents.reason(e), e);
    }
  }
}
