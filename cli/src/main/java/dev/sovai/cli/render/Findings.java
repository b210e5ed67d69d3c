package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;

/**
 * The findings that matter most across all assessments: failures first, then unknowns. Findings of the same
 * scorer and criterion are grouped: the first is shown with the number of subjects that share it.
 */
final class Findings {
  private Findings() {}

  /** Findings of one scorer and criterion with one outcome. */
  private static final class Group {
    final Assessment first;
    final Finding finding;
    final List<String> subjects = new ArrayList<>();
    int count;

    Group(Assessment first, Finding finding) {
      this.first = first;
      this.finding = finding;
    }
  }

  /**
   * Prints the most important findings.
   *
   * @param out  where to print, not null
   * @param assessments  the assessments, not null
   * @param max  the most groups to print
   */
  static void printMostImportant(PrintWriter out, List<Assessment> assessments, int max) {
    out.println("Findings that matter most");
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Outcome wanted : List.of(Outcome.FAIL, Outcome.UNKNOWN)) {
      for (Assessment a : assessments) {
        for (Finding f : a.findings()) {
          if (f.outcome() == wanted) {
            Group g = groups.computeIfAbsent(wanted + " " + a.scorer() + " " + f.criterion(), k -> new Group(a, f));
            g.count++;
            String subject = subject(a);
            if (!g.subjects.contains(subject)) {
              g.subjects.add(subject);
            }
          }
        }
      }
    }
    if (groups.isEmpty()) {
      out.println(assessments.isEmpty() ? "  none: no scorer is available in this build"
          : "  none: no criterion failed or was unknown");
      return;
    }
    int shown = 0;
    for (Group g : groups.values()) {
      if (shown++ == max) {
        out.println("  … and " + (groups.size() - max) + " more kinds of finding (see the sections above)");
        break;
      }
      String where = g.first.subject().kind() == EntityKind.LANDSCAPE ? "" : subject(g.first) + " ";
      String also = g.count > 1 ? " (and " + (g.count - 1) + " more like it)" : "";
      out.println("  " + g.first.scorer() + " " + where + AssessmentText.findingWithoutChain(g.finding) + also);
    }
  }

  private static String subject(Assessment a) {
    return a.subject().kind().name().toLowerCase(Locale.ROOT) + ":" + a.subject().id();
  }
}
