package dev.sovai.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;

import dev.sovai.cli.render.LineWrap;
import dev.sovai.cli.render.Progress;
import dev.sovai.cli.render.WrappingWriter;
import dev.sovai.model.landscape.Landscape;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the sub-commands share: their output streams, progress, and reading documents. */
abstract class LandscapeCommand {
  @Spec
  CommandSpec spec;

  /** Set by the command factory; silent unless attached to a terminal. */
  Progress progress;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Standard output for a text report: every line longer than {@link LineWrap#WIDTH} columns wraps at its spaces
   * ({@link WrappingWriter}). Flush it when done; JSON and CSV go to {@link #out()}.
   */
  PrintWriter text() {
    return new PrintWriter(new WrappingWriter(out(), LineWrap.WIDTH));
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** @return true if {@code --debug} was given: errors then show their stack trace */
  boolean debug() {
    CommandLine.Model.OptionSpec option = spec.findOption("--debug");
    return option != null && Boolean.TRUE.equals(option.getValue());
  }

  Progress progress() {
    return progress != null ? progress : Progress.silent(err());
  }

  /**
   * Reads a landscape document over the bundled reference data.
   *
   * @param file  the file, not null
   * @return the landscape, not null
   * @throws UserException with exit code {@link Exit#USAGE} if the file cannot be read, {@link Exit#INVALID} if it
   *     is not a valid document (the message lists every problem)
   */
  Landscape read(Path file) {
    progress().step("reading " + file);
    return Documents.read(file);
  }

  /** The FILE argument that stands for the bundled seed landscape. */
  static final String SEED = "@seed";

  /**
   * Reads the document a FILE argument names: {@value #SEED} for the bundled seed landscape, else a path.
   *
   * @param file  the argument, not null
   * @return the landscape, not null
   */
  Landscape readArgument(String file) {
    return SEED.equals(file) ? readOrSeed(null) : read(Path.of(file));
  }

  /**
   * Reads a document, or the bundled seed landscape when no file is given.
   *
   * @param file  the file, or null for the seed landscape
   * @return the landscape, not null
   */
  Landscape readOrSeed(Path file) {
    if (file == null) {
      progress().step("loading the bundled seed landscape");
      return Documents.seed();
    }
    return read(file);
  }
}
