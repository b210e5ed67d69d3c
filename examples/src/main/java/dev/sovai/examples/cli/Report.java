package dev.sovai.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;

/**
 * The report of one landscape: the overview of its sites and deals, then each scorer's section. A scorer that is
 * not part of this build is named as missing; its section shows no numbers.
 */
final class Report {
  private final Landscape landscape;
  private final HomeBloc bloc;
  private final LocalDate asOf;
  private final List<Section> sections;

  private Report(Landscape landscape, HomeBloc bloc, LocalDate asOf, List<Section> sections) {
    this.landscape = landscape;
    this.bloc = bloc;
    this.asOf = asOf;
    this.sections = sections;
  }

  /**
   * Scores a landscape with every scorer of this build.
   *
   * @param landscape  the landscape, not null
   * @param bloc  the home bloc, not null
   * @param asOf  the date to score on, not null
   * @param progress  where to report progress, not null
   * @return the report, not null
   */
  static Report of(Landscape landscape, HomeBloc bloc, LocalDate asOf, Progress progress) {
    List<Section> sections = new ArrayList<>();
    progress.step("scoring sovereignty");
    sections.add(Section.missing("Sovereignty (per site)", "sovereignty"));
    progress.step("scoring energy");
    List<Assessment> energy = EnergySection.assess(landscape, asOf);
    sections.add(Section.of("Energy (per site, default profile)", energy, out -> EnergySection.print(out, energy)));
    progress.step("measuring concentration");
    ConcentrationSection concentration = ConcentrationSection.measure(landscape, bloc, asOf);
    sections.add(Section.of("Concentration (accelerators, operational and pipeline)", concentration.assessments(),
        concentration::print));
    return new Report(landscape, bloc, asOf, sections);
  }

  /** @return every assessment of every section, in report order, not null */
  List<Assessment> assessments() {
    List<Assessment> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.assessments());
    }
    return all;
  }

  /**
   * Prints the report as text.
   *
   * @param out  where to print, not null
   */
  void print(PrintWriter out) {
    Overview.counts(out, landscape, asOf);
    out.println();
    out.println("Sites");
    Overview.sites(out, landscape, asOf);
    out.println();
    out.println("Deals");
    Overview.deals(out, landscape);
    for (Section s : sections) {
      out.println();
      s.print(out);
    }
    out.println();
    Findings.printMostImportant(out, assessments(), 12);
  }
}
