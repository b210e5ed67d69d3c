package dev.sovai.examples;

import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Stake;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationIndex;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.LandscapeConcentration;
import dev.sovai.scoring.concentration.Scope;
import dev.sovai.scoring.concentration.Situation;
import dev.sovai.scoring.concentration.ThresholdProfile;
import dev.sovai.scoring.concentration.ThresholdRule;

/**
 * Screens a deal on the seed landscape: a <em>hypothetical</em> acquisition of Nebius by Nscale (no source
 * reports one; it only shows the mechanics: the two own the UK Blackwell deployment jointly). The deal is applied to the landscape, and the concentration of
 * accelerator capacity by ultimate controller is compared before and after, against the US 2023 merger
 * guidelines' presumptions. The README shows this class; a test runs it.
 */
public final class ScreenDealExample {
  private ScreenDealExample() {}

  /**
   * Screens the hypothetical deal.
   *
   * @return the change in HHI by ultimate controller, in points
   */
  public static double screen() {
    // README:begin screen-deal
    Landscape before = SeedLandscape.load();
    Deal deal = Deal.builder().id("hypothetical-nscale-nebius").title("Hypothetical: Nscale acquires Nebius")
        .kind(DealKind.ACQUISITION)
        .addParties(Party.of("nscale", PartyRole.ACQUIRER), Party.of("nebius", PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of("nebius", Stake.of("nscale", 1.0))).build())
        .build();
    Landscape after = before.apply(deal);

    Scope scope = Scope.operational().withPipeline().withAsOf(before.asOf());   // announced capacity counts too
    ConcentrationIndex pre = LandscapeConcentration.of(before)
        .measure(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS, scope).index();
    ConcentrationIndex post = LandscapeConcentration.of(after)
        .measure(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS, scope).index();
    double delta = post.hhi() - pre.hhi();
    Situation situation = Situation.ofDeal(post.hhi(), delta, post.largestShare());
    System.out.printf("HHI by ultimate controller: %.0f -> %.0f (delta %.0f)%n", pre.hhi(), post.hhi(), delta);
    for (ThresholdRule rule : ThresholdProfile.US_2023.firing(situation)) {
      System.out.println("fires: " + rule.id() + " - " + rule.text());
    }
    // README:end screen-deal
    return delta;
  }

  /**
   * Prints the screening.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    screen();
  }
}
