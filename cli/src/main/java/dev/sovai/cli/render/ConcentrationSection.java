package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationIndex;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;

/**
 * The concentration part of the report: for the whole world and for the home bloc, the HHI (with bounds where part
 * of the capacity has no known holder), the equivalent number of holders and the largest holders, by the
 * dimensions that matter for sovereignty.
 */
public final class ConcentrationSection {
  /** The dimensions the report shows, in order. */
  static final Set<Dimension> DIMENSIONS = EnumSet.of(Dimension.OPERATOR, Dimension.ULTIMATE_CONTROLLER,
      Dimension.CONTROLLING_JURISDICTION, Dimension.SITE_JURISDICTION, Dimension.ACCELERATOR_VENDOR,
      Dimension.ACCESS_GATEWAY);

  /** The legend of the {@code *} mark on a holder whose attribution is estimated. */
  public static final String ESTIMATED = "* attribution estimated: joint holders split, or an operator taken as its"
      + " own controller because its controller is undetermined";

  private final List<Table> tables = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();

  private ConcentrationSection() {}

  /**
   * Measures concentration on accelerators, counting operational and pipeline capacity, worldwide and in the home
   * bloc.
   *
   * @param l  the landscape, not null
   * @param bloc  the home bloc, not null
   * @param asOf  the date, not null
   * @return the section, not null
   */
  static ConcentrationSection measure(Landscape l, HomeBloc bloc, LocalDate asOf) {
    ConcentrationSection s = new ConcentrationSection();
    ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
    Scope world = Scope.operational().withPipeline();
    s.add(scorer.measure(l, Measure.each(DIMENSIONS, Basis.ACCELERATORS, world), asOf), "worldwide");
    s.add(scorer.measure(l, Measure.each(DIMENSIONS, Basis.ACCELERATORS, world.withRegion(bloc.code())), asOf),
        "in " + bloc.code());
    return s;
  }

  private void add(List<ConcentrationResult> results, String label) {
    ConcentrationResult any = results.get(0);
    headings.add(label + ": " + any.sitesCounted() + " of " + any.sitesInScope() + " sites counted");
    Table t = Table.of("by", "HHI>", "bounds", "equiv. holders>", "largest holders (of all)", "unknown>");
    for (ConcentrationResult r : results) {
      Dimension d = r.dimension();
      assessments.add(r.toAssessment());
      ConcentrationIndex i = r.index();
      if (i.isEmpty()) {
        t.row(label(d), "–", "", "", "no capacity with a known holder", percent(i.unknownShare()));
        continue;
      }
      String bounds = i.hasUnknown() ? "[" + AssessmentText.number(i.hhiLower()) + ", "
          + AssessmentText.number(i.hhiUpper()) + "]" : "";
      t.row(label(d), AssessmentText.number(i.hhi()), bounds, AssessmentText.number(i.equivalentNumber()),
          top(r.partition(), 3), percent(i.unknownShare()));
    }
    tables.add(t);
  }

  /**
   * The dimension as text: {@code ultimate controller}.
   *
   * @param d  the dimension, not null
   * @return the label, not null
   */
  public static String label(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String top(Partition p, int k) {
    List<String> parts = new ArrayList<>();
    for (int rank = 0; rank < p.size() && rank < k; rank++) {
      String h = p.holder(rank);
      parts.add(h + (p.flagged().contains(h) ? "*" : "") + " " + percent(p.shareOf(h)));
    }
    if (p.size() > k) {
      parts.add("+" + (p.size() - k));
    }
    return String.join(", ", parts);
  }

  /**
   * Formats a share as every text output does: a percentage with one decimal ({@code 35.0 %}).
   *
   * @param share  a fraction, finite
   * @return the text, not null
   */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  List<Assessment> assessments() {
    return assessments;
  }

  void print(PrintWriter out) {
    for (int i = 0; i < tables.size(); i++) {
      out.println("  " + headings.get(i));
      tables.get(i).print(out, "    ");
    }
    out.println("  (HHI 0-10,000 over known holders; bounds cover every way the unknown part could be held;"
        + " shares in this table are of all capacity in scope, the findings' of the capacity with a known holder;");
    out.println("  " + ESTIMATED + ")");
  }
}
