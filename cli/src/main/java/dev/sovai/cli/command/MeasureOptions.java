package dev.sovai.cli.command;

import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Scope;
import picocli.CommandLine.Option;

/**
 * The options that say what a concentration is measured on, shared by {@code concentration} and {@code trend}:
 * {@code --by DIMENSION --basis BASIS [--scope REGION] [--pipeline]}.
 */
final class MeasureOptions {
  @Option(names = "--by", required = true, paramLabel = "DIMENSION",
      completionCandidates = EnumConverter.Dimensions.class,
      description = "Group by: ${COMPLETION-CANDIDATES}.")
  Dimension dimension;

  @Option(names = "--basis", required = true, paramLabel = "BASIS", completionCandidates = EnumConverter.Bases.class,
      description = "Measure in: ${COMPLETION-CANDIDATES}.")
  Basis basis;

  @Option(names = "--scope", paramLabel = "REGION",
      description = "Only sites in a bloc (EU, EEA), a country (FR) or a subdivision (US-TX). Default: worldwide.")
  String region;

  @Option(names = "--pipeline", description = "Count announced and under-construction capacity too (default:"
      + " operational only).")
  boolean pipeline;

  /**
   * @return the scope the options describe
   * @throws UserException if the region is not a bloc, country or subdivision
   */
  Scope scope() {
    return Options.scope(region, pipeline);
  }
}
