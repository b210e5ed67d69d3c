package dev.sovai.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;

/** One scorer's part of the report. */
final class Section {
  /** The scorers the report shows, in order. */
  enum Kind {
    /** Per site: lawful-access exposure, cut-off risk, framework views. */
    SOVEREIGNTY("Sovereignty"),
    /** Per site: power, energy, carbon, water, regulatory marks. */
    ENERGY("Energy"),
    /** Landscape: HHI and shares by dimension and basis. */
    CONCENTRATION("Concentration");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    String title() {
      return title;
    }
  }

  private final Kind kind;
  private final List<Assessment> assessments;
  private final String missing;

  private Section(Kind kind, List<Assessment> assessments, String missing) {
    this.kind = kind;
    this.assessments = assessments;
    this.missing = missing;
  }

  static Section compute(Kind kind, Landscape l, HomeBloc bloc, LocalDate asOf) {
    switch (kind) {
      case ENERGY:
        return new Section(kind, EnergySection.assess(l, asOf), null);
      default:
        return new Section(kind, List.of(), "the " + kind.title().toLowerCase(java.util.Locale.ROOT)
            + " scorer is not available in this build");
    }
  }

  List<Assessment> assessments() {
    return assessments;
  }

  void print(PrintWriter out) {
    out.println(kind.title());
    if (missing != null) {
      out.println("  not shown: " + missing + "; no figures are computed in its place.");
      return;
    }
    if (kind == Kind.ENERGY) {
      EnergySection.print(out, assessments);
      return;
    }
    for (Assessment a : assessments) {
      out.println("  " + a.subject().kind().name().toLowerCase(java.util.Locale.ROOT) + " " + a.subject().id());
      AssessmentText.print(out, a, "    ", 5);
    }
  }
}
