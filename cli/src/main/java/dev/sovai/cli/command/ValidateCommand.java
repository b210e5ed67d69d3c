package dev.sovai.cli.command;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.io.LandscapeFormatException;
import dev.sovai.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai validate FILE…}: checks documents against the format and the model's rules, read over the bundled
 * reference data. Prints one line per valid file, and every problem of an invalid one with its JSON Pointer and
 * line:column.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document is valid", "1:a document is invalid", "2:a file is missing or unreadable"},
    description = {"Check landscape documents (read over the bundled reference data).",
        "Exit 0 when all are valid; 1 when one is invalid (every problem is listed with its JSON Pointer and"
            + " line:column); 2 when a file is missing or unreadable."})
final class ValidateCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The landscape documents (JSON), or @seed.")
  List<String> files;

  @Override
  public Integer call() {
    int exit = Exit.OK;
    for (String file : files) {
      String shown = TerminalSafeWriter.oneLine(file);   // a file name with a line feed begins no line of its own
      progress().step("validating " + shown);
      Optional<LandscapeFormatException> invalid;
      try {
        invalid = Documents.check(file);
      } catch (UserException e) {
        err().println("sovai: " + e.safeMessage());
        if (debug()) {
          e.printStackTrace(err());
        }
        exit = Math.max(exit, e.exitCode());
        continue;
      }
      if (invalid.isEmpty()) {
        out().println(shown + ": valid");
      } else {
        out().println(shown + ": invalid, " + Documents.count(invalid.get()));
        for (Problem p : invalid.get().problems()) {
          out().println("  " + shown + ":" + Documents.place(p));
        }
        exit = Math.max(exit, Exit.INVALID);
      }
    }
    return exit;
  }
}
