package dev.sovai.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationIndex;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.LandscapeConcentration;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;
import dev.sovai.scoring.concentration.Situation;
import dev.sovai.scoring.concentration.ThresholdProfile;
import dev.sovai.scoring.concentration.ThresholdRule;

/**
 * The concentration part of a deal's screening: for each ownership dimension, the HHI before and after applying
 * the deal, its change, the parties' combined share after it, and the regulators' presumptions that fire.
 */
final class Screening {
  private static final List<Dimension> DIMENSIONS = List.of(Dimension.OPERATOR, Dimension.FACILITY_OWNER,
      Dimension.ULTIMATE_CONTROLLER, Dimension.ACCESS_GATEWAY);

  /** The roles whose holders combine in a deal (a supplier or a customer does not merge with anyone). */
  private static final Set<PartyRole> MERGING = EnumSet.of(PartyRole.ACQUIRER, PartyRole.TARGET, PartyRole.PARTNER);

  private Screening() {}

  /**
   * Prints the screening of a deal on accelerators, operational and pipeline capacity, worldwide.
   *
   * @param out  where to print, not null
   * @param before  the landscape before the deal, not null
   * @param after  the landscape after it, not null
   * @param deal  the deal, not null
   * @param asOf  the date, not null
   */
  static void print(PrintWriter out, Landscape before, Landscape after, Deal deal, LocalDate asOf) {
    Scope scope = Scope.operational().withPipeline().withAsOf(asOf);
    out.println("Concentration screening (accelerators, operational and pipeline, worldwide)");
    LandscapeConcentration b = LandscapeConcentration.of(before);
    LandscapeConcentration a = LandscapeConcentration.of(after);
    List<String> parties = deal.parties().stream().filter(p -> MERGING.contains(p.role())).map(Party::operator)
        .distinct().collect(Collectors.toList());
    Table t = Table.of("by", "HHI before>", "HHI after>", "ΔHHI>", "parties' share after>", "deal rules that fire");
    for (Dimension d : DIMENSIONS) {
      ConcentrationIndex pre = b.measure(d, Basis.ACCELERATORS, scope).index();
      ConcentrationResult post = a.measure(d, Basis.ACCELERATORS, scope);
      ConcentrationIndex i = post.index();
      if (pre.isEmpty() || i.isEmpty()) {
        t.row(ConcentrationSection.label(d), "–", "–", "–", "", "no capacity with a known holder");
        continue;
      }
      double delta = i.hhi() - pre.hhi();
      double share = partiesShare(post.partition(), parties);
      Situation situation = Situation.ofDeal(i.hhi(), delta, share);
      String firing = ThresholdProfile.presets().stream()
          .flatMap(p -> p.firing(situation).stream().filter(ThresholdRule::dealOnly).map(Screening::rule))
          .collect(Collectors.joining(", "));
      t.row(ConcentrationSection.label(d), AssessmentText.number(pre.hhi()), AssessmentText.number(i.hhi()),
          AssessmentText.number(delta), ConcentrationSection.percent(share), firing.isEmpty() ? "none" : firing);
    }
    t.print(out, "  ");
    out.println("  (parties' share: acquirers, targets and joint-venture partners after the deal; a deal without"
        + " recorded effects, or on operators without sites, changes no share)");
  }

  private static String rule(ThresholdRule r) {
    return r.id() + " (" + r.effect().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
  }

  private static double partiesShare(Partition p, List<String> parties) {
    double share = 0;
    for (String party : parties) {
      share += p.shareOf(party);
    }
    return Math.min(1.0, share);
  }
}
