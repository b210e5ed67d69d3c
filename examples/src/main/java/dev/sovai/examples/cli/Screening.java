package dev.sovai.examples.cli;

import java.io.PrintWriter;

import dev.sovai.model.deal.Deal;
import dev.sovai.model.landscape.Landscape;

/** The concentration part of a deal's screening: the change of concentration per dimension. */
final class Screening {
  private Screening() {}

  /**
   * Prints the screening of a deal.
   *
   * @param out  where to print, not null
   * @param before  the landscape before the deal, not null
   * @param after  the landscape after it, not null
   * @param deal  the deal, not null
   */
  static void print(PrintWriter out, Landscape before, Landscape after, Deal deal) {
    out.println("Concentration screening");
    out.println("  not shown: the concentration scorer is not available in this build; no figures are computed in"
        + " its place.");
  }
}
