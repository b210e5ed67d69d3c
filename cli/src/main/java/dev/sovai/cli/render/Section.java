package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

import dev.sovai.model.assessment.Assessment;

/** One scorer's part of the report: its assessments and how to print them, or why it is missing. */
final class Section {
  private final String title;
  private final List<Assessment> assessments;
  private final Consumer<PrintWriter> body;
  private final String missing;

  private Section(String title, List<Assessment> assessments, Consumer<PrintWriter> body, String missing) {
    this.title = title;
    this.assessments = List.copyOf(assessments);
    this.body = body;
    this.missing = missing;
  }

  /**
   * A section computed by a scorer.
   *
   * @param title  the heading, not null
   * @param assessments  the scorer's results, not null
   * @param body  prints the section's tables, not null
   * @return the section, not null
   */
  static Section of(String title, List<Assessment> assessments, Consumer<PrintWriter> body) {
    return new Section(title, assessments, body, null);
  }

  /**
   * A section whose scorer is not part of this build: it prints why, and no figure.
   *
   * @param title  the heading, not null
   * @param scorer  the scorer's name, not null
   * @return the section, not null
   */
  static Section missing(String title, String scorer) {
    return new Section(title, List.of(), out -> { }, "the " + scorer + " scorer is not available in this build");
  }

  List<Assessment> assessments() {
    return assessments;
  }

  void print(PrintWriter out) {
    out.println(title);
    if (missing != null) {
      out.println("  not shown: " + missing + "; no figures are computed in its place.");
      return;
    }
    body.accept(out);
  }
}
