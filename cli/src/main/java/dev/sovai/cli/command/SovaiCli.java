package dev.sovai.cli.command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.concurrent.Callable;

import dev.sovai.cli.render.Progress;
import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.model.Bounds;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.Dimension;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code sovai} command: reports on, validates, formats and scores landscape documents, computes concentration,
 * screens deals and exports sites to GeoJSON. Without a file, {@code report} uses the bundled seed landscape.
 *
 * <p>Exit codes: {@value Exit#OK} success; {@value Exit#INVALID} invalid document or failed check;
 * {@value Exit#USAGE} usage error or unreadable file; {@value Exit#INTERNAL} internal error, including a JVM error
 * such as running out of memory; {@value Exit#OUTPUT} output that could not be written. Every failure ends in one
 * line starting {@code sovai:} on standard error; a user error never prints a stack trace ({@code --debug} shows
 * one).
 *
 * <p>Terminal safety: everything the command prints, on standard output and standard error, passes through a
 * {@link TerminalSafeWriter}, so no control character from a document reaches the terminal raw; JSON output stays
 * valid JSON.
 */
@Command(name = "sovai", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Models the sovereign-AI infrastructure landscape and scores it for sovereignty, energy and"
        + " concentration risk.",
    subcommands = {ReportCommand.class, ValidateCommand.class, FmtCommand.class, ScoreCommand.class,
        ConcentrationCommand.class, DealCommand.class, GeojsonCommand.class, TrendCommand.class,
        ImportEpochCommand.class, ImportEpochDataCentresCommand.class, ImportTop500Command.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid document, or a check failed", "2:usage error, or a file that is missing"
        + " or cannot be read", "3:internal error, or not enough memory (run again with --debug and report the"
        + " stack trace)", "4:the output could not be written (standard output closed or full, or a file that cannot be"
        + " written)"},
    footer = {"", "Run 'sovai report' for the report on the bundled seed landscape."})
public final class SovaiCli implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean debug;

  /** Creates the command (picocli instantiates it). */
  public SovaiCli() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("sovai: a command is required: report, validate, fmt, score, concentration, deal, geojson,"
        + " import-epoch or trend");
    err.println("Try 'sovai --help' for more information.");
    return Exit.USAGE;
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args  the command-line arguments, not null
   */
  public static void main(String[] args) {
    // straight to the file descriptors: System.out would swallow a failed write, and a failed write must fail the run
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
        StandardCharsets.UTF_8), true);
    int code = run(args, out, err, true);
    System.exit(code);
  }

  /**
   * Runs the command in-process, writing to the given streams; progress is off.
   *
   * @param args  the command-line arguments, not null
   * @param out  standard output, not null
   * @param err  standard error, not null
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, boolean progressOnTerminal) {
    PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut));
    PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
    Progress progress = progressOnTerminal ? Progress.onTerminal(err) : Progress.silent(err);
    int code;
    try {
      CommandLine cli = new CommandLine(new SovaiCli(), new Factory(progress));
      cli.setOut(out);
      cli.setErr(err);
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
      cli.setExpandAtFiles(false);   // @seed is an argument, not a file of arguments
      for (CommandLine sub : cli.getSubcommands().values()) {
        sub.getCommandSpec().versionProvider(new Version());   // --version works on every command
      }
      cli.registerConverter(LocalDate.class, SovaiCli::date);
      cli.registerConverter(Dimension.class, new EnumConverter<>(Dimension.class));
      cli.registerConverter(Basis.class, new EnumConverter<>(Basis.class));
      cli.setExecutionExceptionHandler(SovaiCli::handleFailure);
      cli.setParameterExceptionHandler(SovaiCli::handleUsageError);
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      code = fatal(err, e, args, "not enough memory: the document is too large for this Java heap; raise it with"
          + " -Xmx (for ./sovai: SOVAI_JAVA_OPTS=-Xmx4g ./sovai …)");
    } catch (StackOverflowError e) {
      code = fatal(err, e, args, "internal error: stack overflow (please report it with the document's shape)");
    } catch (Throwable e) { // an Error picocli does not handle: still one line and the documented code
      code = fatal(err, e, args, "internal error: " + e);
    }
    if (out.checkError() || rawOut.checkError()) {   // flushes, and reports a write that failed at any time
      err.println("sovai: cannot write the output (standard output closed or full); what was printed is"
          + " incomplete");
      code = code == Exit.OK || code == Exit.INVALID ? Exit.OUTPUT : code;
    }
    err.flush();
    return code;
  }

  private static int fatal(PrintWriter err, Throwable e, String[] args, String message) {
    err.println("sovai: " + TerminalSafeWriter.oneLine(message));
    if (Arrays.asList(args).contains("--debug")) {
      e.printStackTrace(err);
    }
    return Exit.INTERNAL;
  }

  private static LocalDate date(String text) {
    LocalDate d;
    try {
      d = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date of the form yyyy-mm-dd");
    }
    // the dates of documents and assessments: a year outside them is the user's error, not a defect found later
    if (d.getYear() < Bounds.MIN_YEAR || d.getYear() > Bounds.MAX_YEAR) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date of years 0001 to 9999");
    }
    return d;
  }

  private static int handleFailure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean debug = debugRequested(parsed);
    if (ex instanceof UserException) {
      err.println("sovai: " + ((UserException) ex).safeMessage());
      if (debug) {
        ex.printStackTrace(err);
      }
      return ((UserException) ex).exitCode();
    }
    err.println("sovai: internal error: " + TerminalSafeWriter.oneLine(ex.toString()));
    if (debug) {
      ex.printStackTrace(err);
    } else {
      err.println("Run again with --debug to see the stack trace, and please report it.");
    }
    return Exit.INTERNAL;
  }

  private static int handleUsageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("sovai: " + TerminalSafeWriter.oneLine(String.valueOf(ex.getMessage())));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return Exit.USAGE;
  }

  private static boolean debugRequested(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Creates the commands, handing them the run's progress reporter. */
  private static final class Factory implements CommandLine.IFactory {
    private final Progress progress;
    private final CommandLine.IFactory defaults = CommandLine.defaultFactory();

    Factory(Progress progress) {
      this.progress = progress;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      K made = defaults.create(type);
      if (made instanceof LandscapeCommand) {
        ((LandscapeCommand) made).progress = progress;
      }
      return made;
    }
  }
}
