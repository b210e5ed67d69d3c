package dev.sovai.cli.command;

import dev.sovai.cli.render.Progress;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

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
 * {@value Exit#USAGE} usage error or unreadable file; {@value Exit#INTERNAL} internal error. A user error never
 * prints a stack trace; {@code --debug} shows one.
 */
@Command(name = "sovai", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Models the sovereign-AI infrastructure landscape and scores it for sovereignty, energy and"
        + " concentration risk.",
    subcommands = {ReportCommand.class, ValidateCommand.class, FmtCommand.class, ScoreCommand.class,
        ConcentrationCommand.class, DealCommand.class, GeojsonCommand.class, ImportEpochCommand.class,
        ImportEpochDataCentresCommand.class, ImportTop500Command.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid document, or a check failed", "2:usage error, or a file that is missing"
        + " or cannot be read", "3:internal error (run again with --debug and report the stack trace)"},
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
    err.println("sovai: a command is required: report, validate, fmt, score, concentration, deal, geojson or"
        + " import-epoch");
    err.println("Try 'sovai --help' for more information.");
    return Exit.USAGE;
  }

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args  the command-line arguments, not null
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, Progress.onTerminal(err));
    out.flush();
    err.flush();
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
    return run(args, out, err, Progress.silent(err));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Progress progress) {
    CommandLine cli = new CommandLine(new SovaiCli(), new Factory(progress));
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(LocalDate.class, SovaiCli::date);
    cli.registerConverter(Dimension.class, new EnumConverter<>(Dimension.class));
    cli.registerConverter(Basis.class, new EnumConverter<>(Basis.class));
    cli.setExecutionExceptionHandler(SovaiCli::handleFailure);
    cli.setParameterExceptionHandler(SovaiCli::handleUsageError);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date of the form yyyy-mm-dd");
    }
  }

  private static int handleFailure(Exception ex, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean debug = debugRequested(parsed);
    if (ex instanceof UserException) {
      err.println("sovai: " + ex.getMessage());
      if (debug) {
        ex.printStackTrace(err);
      }
      return ((UserException) ex).exitCode();
    }
    err.println("sovai: internal error: " + ex);
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
    err.println("sovai: " + ex.getMessage());
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
