package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.sovai.io.ReferenceFacts;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.HomeBloc;

/**
 * The report of one landscape: the overview of its sites and deals, then each scorer's section. A scorer that is
 * not part of this build is named as missing; its section shows no numbers.
 */
public final class Report {
  private final Landscape landscape;
  private final LocalDate asOf;
  private final List<Section> sections;

  private Report(Landscape landscape, LocalDate asOf, List<Section> sections) {
    this.landscape = landscape;
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
  public static Report of(Landscape landscape, HomeBloc bloc, LocalDate asOf, Progress progress) {
    List<Section> sections = new ArrayList<>();
    progress.step("scoring sovereignty");
    SovereigntySection sovereignty = SovereigntySection.score(landscape, bloc, asOf);
    sections.add(Section.of("Sovereignty (per site)", sovereignty.assessments(), sovereignty::print));
    progress.step("scoring energy");
    List<Assessment> energy = EnergySection.assess(landscape, asOf);
    sections.add(Section.of("Energy (per site, default profile)", energy, out -> EnergySection.print(out, landscape, energy)));
    progress.step("measuring concentration");
    ConcentrationSection concentration = ConcentrationSection.measure(landscape, bloc, asOf);
    sections.add(Section.of("Concentration (accelerators, operational and pipeline)", concentration.assessments(),
        concentration::print));
    return new Report(landscape, asOf, sections);
  }

  /** @return the facts of the bundled reference data that the assessments rely on, not null */
  public ReferenceFacts referenceFacts() {
    return ReferenceFacts.of(landscape, assessments());
  }

  /** @return every assessment of every section, in report order, not null */
  public List<Assessment> assessments() {
    List<Assessment> all = new ArrayList<>();
    for (Section s : sections) {
      all.addAll(s.assessments());
    }
    return all;
  }

  /**
   * Orders assessments so that, among findings of one kind, the sites' with the most accelerators come first, the
   * landscape's last: the example shown for a group of findings is the one that weighs most.
   */
  private List<Assessment> byCapacity(List<Assessment> all) {
    List<Assessment> sorted = new ArrayList<>(all);
    sorted.sort(java.util.Comparator.comparingLong((Assessment a) -> a.subject().kind() == EntityKind.SITE
        ? landscape.site(a.subject().id()).map(Site::acceleratorCount).orElse(0L) : -1L).reversed());
    return sorted;
  }

  /**
   * Prints the report as text.
   *
   * @param out  where to print, not null
   */
  public void print(PrintWriter out) {
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
    out.println("Reference data");
    out.println("  " + AssessmentText.referenceLine(referenceFacts()));
    out.println();
    Findings.printMostImportant(out, byCapacity(assessments()), 12);
  }
}
