package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.DealMeasure;
import dev.sovai.scoring.concentration.DealScreening;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.DimensionScreening;
import dev.sovai.scoring.concentration.Scope;
import dev.sovai.scoring.concentration.ThresholdRule;

/**
 * The concentration part of a deal's screening ({@link DealScreening}): for each ownership dimension, the HHI before
 * and after applying the deal, its change, the parties' share after it (– on a dimension the deal does not change), and the regulators' deal rules that fire.
 */
public final class Screening {
  private static final Set<Dimension> DIMENSIONS = EnumSet.of(Dimension.OPERATOR, Dimension.FACILITY_OWNER,
      Dimension.ULTIMATE_CONTROLLER, Dimension.CONTROLLING_JURISDICTION, Dimension.ACCESS_GATEWAY);

  private Screening() {}

  /**
   * Screens a deal on a basis, operational and pipeline capacity, worldwide: the five ownership dimensions
   * (operator, facility owner, ultimate controller, controlling jurisdiction, access gateway).
   *
   * @param before  the landscape before the deal, not null
   * @param deal  the deal, not null
   * @param basis  what to measure capacity in, not null
   * @param asOf  the date, not null
   * @return the screening, not null
   * @throws dev.sovai.model.landscape.InvalidLandscapeException if the deal cannot be applied
   */
  public static DealScreening screen(Landscape before, Deal deal, Basis basis, LocalDate asOf) {
    return ConcentrationScorer.of(ConcentrationProfile.standard()).screen(before,
        DealMeasure.of(deal, DIMENSIONS, basis, Scope.operational().withPipeline()), asOf);
  }

  /**
   * Prints a screening's table, and, when the deal moves no capacity, why.
   *
   * @param out  where to print, not null
   * @param s  the screening, not null
   * @return the screening as an assessment, not null
   */
  public static Assessment print(PrintWriter out, DealScreening s) {
    out.println("Concentration screening (" + s.basis().unit() + ", operational and pipeline, worldwide)");
    Table t = Table.of("by", "HHI before>", "HHI after>", "ΔHHI>", "parties' share after>", "deal rules that fire");
    for (DimensionScreening d : s.dimensions()) {
      if (!d.measurable()) {
        t.row(ConcentrationSection.label(d.dimension()), "–", "–", "–", "", "no capacity with a known holder");
        continue;
      }
      List<String> firing = d.firing().values().stream().flatMap(List::stream).filter(ThresholdRule::dealOnly)
          .map(Screening::rule).collect(Collectors.toList());
      t.row(ConcentrationSection.label(d.dimension()), AssessmentText.number(d.preHhi()),
          AssessmentText.number(d.postHhi()), AssessmentText.number(d.deltaHhi()),
          d.changed() ? ConcentrationSection.percent(d.partyShare()) : "–",
          firing.isEmpty() ? "none" : String.join(", ", firing));
    }
    t.print(out, "  ");
    Assessment a = s.toAssessment();
    a.findings().stream().filter(f -> f.criterion().equals(DealScreening.CAPACITY_CRITERION))
        .forEach(f -> out.println("  " + TerminalSafeWriter.oneLine(f.message())));
    out.println("  " + AssessmentText.coverage(a));
    return a;
  }

  private static String rule(ThresholdRule r) {
    return r.id() + " (" + r.effect().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }
}
