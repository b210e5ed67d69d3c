package dev.sovai.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;

/** The findings that matter most across all assessments: failures first, then unknowns. */
final class Findings {
  private Findings() {}

  /**
   * Prints the most important findings: failures, then unknowns, each with the subject it concerns.
   *
   * @param out  where to print, not null
   * @param assessments  the assessments, not null
   * @param max  the most lines to print
   */
  static void printMostImportant(PrintWriter out, List<Assessment> assessments, int max) {
    out.println("Findings that matter most");
    List<String> lines = new ArrayList<>();
    for (Outcome wanted : List.of(Outcome.FAIL, Outcome.UNKNOWN)) {
      for (Assessment a : assessments) {
        for (Finding f : a.findings()) {
          if (f.outcome() == wanted) {
            lines.add(a.scorer() + " " + a.subject().kind().name().toLowerCase(Locale.ROOT) + ":" + a.subject().id()
                + " — " + AssessmentText.finding(f));
          }
        }
      }
    }
    if (lines.isEmpty()) {
      out.println(assessments.isEmpty() ? "  none: no scorer is available in this build"
          : "  none: no criterion failed or was unknown");
      return;
    }
    lines.stream().limit(max).forEach(line -> out.println("  " + line));
    if (lines.size() > max) {
      out.println("  … and " + (lines.size() - max) + " more (see the sections above, or --json)");
    }
  }
}
