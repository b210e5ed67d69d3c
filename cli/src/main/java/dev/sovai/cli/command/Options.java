package dev.sovai.cli.command;

import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;

/** Conversions of option values that report a usage error in the user's terms. */
final class Options {
  private Options() {}

  /**
   * Parses a home bloc as users type it: any case ({@code fr}, {@code Eu}), a bloc that a jurisdiction of the
   * landscape belongs to or the code of one of its jurisdictions.
   *
   * @param code  the option value, not null
   * @param landscape  the landscape read (over the reference data), not null
   * @return the home bloc, not null
   * @throws UserException with {@link Exit#USAGE}, listing the blocs known, if the code is neither
   */
  static HomeBloc homeBloc(String code, Landscape landscape) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    SortedSet<String> blocs = new TreeSet<>();
    landscape.jurisdictions().forEach(j -> blocs.addAll(j.blocs()));
    boolean jurisdiction = landscape.jurisdiction(upper).isPresent();
    if (!blocs.contains(upper) && !jurisdiction) {
      throw new UserException(Exit.USAGE, "--home-bloc: \"" + code + "\" is neither a bloc (" + String.join(", ", blocs)
          + ") nor the code of a jurisdiction of the landscape (such as FR or US-TX)");
    }
    try {
      return HomeBloc.of(upper);
    } catch (IllegalArgumentException e) {
      throw new UserException(Exit.USAGE, "--home-bloc: " + e.getMessage(), e);
    }
  }

  /**
   * The scope of a concentration measure as the options give it.
   *
   * @param region  the {@code --scope} value, or null for worldwide
   * @param pipeline  true to count announced and under-construction capacity too
   * @return the scope, not null
   * @throws UserException with {@link Exit#USAGE} if the region is not a valid code
   */
  static dev.sovai.scoring.concentration.Scope scope(String region, boolean pipeline) {
    dev.sovai.scoring.concentration.Scope scope = pipeline
        ? dev.sovai.scoring.concentration.Scope.operational().withPipeline()
        : dev.sovai.scoring.concentration.Scope.operational();
    if (region == null) {
      return scope;
    }
    try {
      return scope.withRegion(region);
    } catch (IllegalArgumentException e) {
      throw new UserException(Exit.USAGE, "--scope: " + e.getMessage(), e);
    }
  }
}
