package dev.sovai.cli.command;

import dev.sovai.scoring.HomeBloc;

/** Conversions of option values that report a usage error in the user's terms. */
final class Options {
  private Options() {}

  /**
   * Parses a home bloc.
   *
   * @param code  the option value, not null
   * @return the home bloc, not null
   * @throws UserException with {@link Exit#USAGE} if the code is not a bloc or country code
   */
  static HomeBloc homeBloc(String code) {
    try {
      return HomeBloc.of(code);
    } catch (IllegalArgumentException e) {
      throw new UserException(Exit.USAGE, "--home-bloc: " + e.getMessage(), e);
    }
  }
}
