package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.sovereignty.CsfEvidence;
import dev.sovai.scoring.sovereignty.SiteSovereignty;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/**
 * The sovereignty part of the report: per site the two axes (which foreign laws reach it, how far an export-control
 * decision can cut it off) and the framework views (SecNumCloud §19.6, Gaia-X Label 3, the EU CSF SEAL).
 */
final class SovereigntySection {
  private final List<SiteSovereignty> sites = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private final String profile;

  private SovereigntySection(String profile) {
    this.profile = profile;
  }

  /**
   * Scores every site with the default profile for a home bloc.
   *
   * @param l  the landscape, not null
   * @param bloc  the home bloc, not null
   * @param asOf  the date (laws and regimes in force on it), not null
   * @return the section, not null
   */
  static SovereigntySection score(Landscape l, HomeBloc bloc, LocalDate asOf) {
    SovereigntyProfile p = SovereigntyProfile.standard().withHome(bloc);
    SovereigntySection s = new SovereigntySection(p.label());
    SovereigntyScorer scorer = SovereigntyScorer.of(p);
    for (Site site : l.sites()) {
      SiteSovereignty r = scorer.site(l, site.id(), asOf);
      s.sites.add(r);
      s.assessments.add(r.toAssessment());
    }
    return s;
  }

  List<Assessment> assessments() {
    return assessments;
  }

  /** The laws past an unconfirmed end that may still reach the site: {@code "possibly US/us-fisa-702 (end not confirmed)"}. */
  private static String possibly(SiteSovereignty s) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>();
    s.uncertainExposures().forEach(e -> keys.add(e.lawKey()));
    keys.removeAll(s.laws());
    return keys.isEmpty() ? "" : (s.exposures().isEmpty() ? "" : "; ") + "possibly " + String.join(", ", keys)
        + " (end not confirmed)";
  }

  void print(PrintWriter out) {
    out.println("  profile " + profile);
    Table t = Table.of("site", "foreign laws that reach it!", "cut-off risk", "SecNumCloud 19.6", "Gaia-X L3",
        "EU CSF SEAL", "CSF evidence", "known>");
    for (SiteSovereignty s : sites) {
      String laws = (s.exposures().isEmpty() ? "" : String.join(", ", s.laws())) + possibly(s);
      if (laws.isEmpty()) {
        laws = outcomeOf(s, "lawful-access") == Outcome.UNKNOWN ? "none found, facts missing" : "none";
      }
      String cutOff = outcomeOf(s, "cut-off") == Outcome.UNKNOWN ? "unknown" : lower(s.cutOff().level().name());
      t.row(s.site(), laws, cutOff,
          combined(s.secNumCloud(), v -> v.outcome()), combined(s.gaiaX(), v -> v.outcome()),
          s.csf().seal().isPresent()
              ? (s.csf().unknown().isEmpty() ? "SEAL-" : "≤ SEAL-") + s.csf().seal().getAsInt()
                  + (s.csf().sealOnDeclared() ? " (declared)" : "") : "?",
          s.csf().criteria(CsfEvidence.DERIVED).size() + "/" + s.csf().criteria(CsfEvidence.DECLARED).size() + "/"
              + s.csf().unknown().size(),
          ConcentrationSection.percent(s.coverage().ratio()));
    }
    t.print(out, "    ");
    out.println("    (SecNumCloud and Gaia-X: the worst outcome over the site's providers, operator and access gateway,"
        + " \"operator unknown\" where the site has neither a known operator nor an access gateway; known: share of the facts needed that were known;\n     ≤ SEAL: an upper bound, criteria the data"
        + " cannot answer are left out of the floor and may lower it;\n     (declared): set by declared answers only;"
        + " CSF evidence: of the 48 criteria, derived / declared / unknown)");
  }

  private static Outcome outcomeOf(SiteSovereignty s, String criterion) {
    return s.findings().stream().filter(f -> f.criterion().equals(criterion)).map(f -> f.outcome()).findFirst()
        .orElse(Outcome.UNKNOWN);
  }

  private static <T> String combined(List<T> views, Function<T, Outcome> outcome) {
    if (views.isEmpty()) {
      return "operator unknown";
    }
    Outcome worst = Outcome.PASS;
    for (T v : views) {
      Outcome o = outcome.apply(v);
      if (AssessmentText.rank(o) < AssessmentText.rank(worst)) {
        worst = o;
      }
    }
    return lower(worst.name());
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
