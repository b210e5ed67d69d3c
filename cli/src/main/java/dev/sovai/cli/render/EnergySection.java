package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.energy.EnergyAggregate;
import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.energy.EnergyQuantity;
import dev.sovai.scoring.energy.GridArea;

/** The energy part of the report: per site the power, energy and carbon figures, then the landscape's totals. */
final class EnergySection {
  private EnergySection() {}

  /**
   * Assesses every site and the landscape with the default energy profile.
   *
   * @param l  the landscape, not null
   * @param asOf  the date, not null
   * @return the site assessments in site order, then the landscape's, not null
   */
  static List<Assessment> assess(Landscape l, LocalDate asOf) {
    EnergyScorer scorer = EnergyScorer.of(EnergyProfile.standard());
    List<Assessment> all = new ArrayList<>();
    for (Site s : l.sites()) {
      all.add(scorer.site(l, s.id(), asOf).toAssessment());
    }
    all.add(scorer.landscape(l, asOf).toAssessment());
    return all;
  }

  /**
   * Prints the per-site table and the landscape's totals.
   *
   * @param out  where to print, not null
   * @param l  the landscape assessed, not null (for the area and year of each grid figure)
   * @param assessments  what {@link #assess} returned, not null
   */
  static void print(PrintWriter out, Landscape l, List<Assessment> assessments) {
    Table t = Table.of("site", "IT MW>", "PUE>", "facility MW>", "GWh/yr>", "grid g/kWh>", "grid of", "tCO2e/yr>",
        "low-carbon grid>", "score>");
    Assessment total = null;
    for (Assessment a : assessments) {
      if (a.subject().kind() != EntityKind.SITE) {
        total = a;
        continue;
      }
      t.row(a.subject().id(), cell(a, EnergyQuantity.IT_POWER_MW, 1), cell(a, EnergyQuantity.PUE, 1),
          cell(a, EnergyQuantity.FACILITY_POWER_MW, 1), cell(a, EnergyQuantity.ANNUAL_ENERGY_MWH, 0.001),
          cell(a, EnergyQuantity.GRID_INTENSITY, 1), gridArea(l, a), cell(a, EnergyQuantity.LOCATION_CARBON_TONNES, 1),
          percent(a, EnergyQuantity.GRID_LOW_CARBON_SHARE), score(a));
    }
    t.print(out, "  ");
    out.println("  (~ a default or an estimate stood in for a missing input, rounded to 3 significant digits;"
        + " score = energy score 0-100,"
        + " from unknowns counted 0 to unknowns counted 1; grid of = the area and year of the grid figure, \"state\" for a"
        + " subdivision's own figure, not comparable with a country's)");
    if (total != null) {
      out.println("  whole landscape: " + totals(total) + "; " + AssessmentText.coverage(total));
    }
  }

  /** The totals shown, with the words after each figure. */
  private static final Object[][] TOTALS = {
      {EnergyQuantity.FACILITY_POWER_MW, 1.0, " MW facility power"},
      {EnergyQuantity.ANNUAL_ENERGY_MWH, 0.001, " GWh/yr"},
      {EnergyQuantity.LOCATION_CARBON_TONNES, 1.0, " tCO2e/yr location-based"}};

  /**
   * The landscape's totals, each saying on the same line which sites it leaves out (those the aggregate names in its
   * {@code sum:<metric>} finding): "at least" such a total, the sites named once when every total leaves out the same.
   */
  static String totals(Assessment total) {
    List<List<String>> excluded = new ArrayList<>();
    for (Object[] q : TOTALS) {
      excluded.add(excluded(total, (EnergyQuantity) q[0]));
    }
    boolean same = excluded.stream().distinct().count() == 1;
    StringBuilder b = new StringBuilder(same && !excluded.get(0).isEmpty() ? "at least " : "");
    for (int i = 0; i < TOTALS.length; i++) {
      b.append(i == 0 ? "" : ", ").append(cell(total, (EnergyQuantity) TOTALS[i][0], (Double) TOTALS[i][1]))
          .append(TOTALS[i][2]);
      if (!same && !excluded.get(i).isEmpty()) {
        b.append(" (at least: ").append(EnergyAggregate.excluding(excluded.get(i))).append(')');
      }
    }
    if (same && !excluded.get(0).isEmpty()) {
      b.append(", ").append(EnergyAggregate.excluding(excluded.get(0)).replaceFirst(": ", " of unknown size (no upper"
          + " bound known): "));
    }
    return b.toString();
  }

  /** The sites a total leaves out, from the aggregate's {@code sum:<metric>} finding. */
  private static List<String> excluded(Assessment total, EnergyQuantity q) {
    return total.findings().stream().filter(f -> f.criterion().equals("sum:" + q.metricName())).findFirst()
        .map(f -> f.chain().stream().filter(r -> r.relation().equals("excluded")).map(EntityRef::id).toList())
        .orElse(List.of());
  }

  /** The area and year of a site's grid figure, "?" without one (or for an off-grid site). */
  private static String gridArea(Landscape l, Assessment a) {
    if (a.metric(EnergyQuantity.GRID_INTENSITY.metricName()).isEmpty()) {
      return "?";
    }
    return l.site(a.subject().id()).filter(s -> s.energy().map(e -> e.gridConnected()).orElse(true))
        .flatMap(s -> GridArea.of(l, s.jurisdiction())).map(GridArea::label).orElse("on-site");
  }

  private static String cell(Assessment a, EnergyQuantity q, double scale) {
    Optional<Metric> m = a.metric(q.metricName());
    if (m.isEmpty()) {
      return "?";
    }
    return m.get().defaulted() ? "~" + AssessmentText.estimate(m.get().value() * scale)
        : AssessmentText.number(m.get().value() * scale);
  }

  private static String percent(Assessment a, EnergyQuantity q) {
    return a.metric(q.metricName()).map(m -> AssessmentText.number(Math.round(m.value() * 1000) / 10.0) + " %").orElse("?");
  }

  private static String score(Assessment a) {
    return a.metric(EnergyQuantity.ENERGY_SCORE.metricName()).map(m -> AssessmentText.number(Math.round(m.value()))
        + m.upper().stream().filter(u -> Math.round(u) != Math.round(m.value()))
            .mapToObj(u -> "–" + AssessmentText.number(Math.round(u))).findFirst().orElse("")).orElse("?");
  }
}
