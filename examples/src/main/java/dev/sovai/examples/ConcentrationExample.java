package dev.sovai.examples;

import java.util.EnumSet;

import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.DealMeasure;
import dev.sovai.scoring.concentration.DependenceMeasure;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.seed.SeedLandscape;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Stake;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationIndex;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.DealScreening;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.DimensionScreening;
import dev.sovai.scoring.concentration.ForeignDependence;
import dev.sovai.scoring.concentration.Scope;

/**
 * The concentration of the seed landscape's accelerator pipeline by ultimate controller, the EU's dependence on
 * one third country, and the screening of deals: the seeds' Aligned Data Centers acquisition, and a
 * <em>hypothetical</em> acquisition of Nebius by Nscale (no source reports one) that shows the mechanics. The
 * README shows the marked regions; a test runs them.
 */
public final class ConcentrationExample {
  private ConcentrationExample() {}

  /**
   * Measures the concentration by ultimate controller and prints it with the findings of the threshold profiles.
   *
   * @return the result, not null
   */
  public static ConcentrationResult byController() {
    // README:begin concentration-by-controller
    Landscape seeds = SeedLandscape.load();
    ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());  // US, EU, DE thresholds
    Scope pipeline = Scope.operational().withPipeline();          // announced and under-construction capacity too
    ConcentrationResult r = scorer.measure(seeds, Measure.of(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS,
        pipeline));                                                // as of the landscape's date
    ConcentrationIndex i = r.index();
    System.out.printf("HHI %.0f [%.0f, %.0f], equivalent number %.2f, CR4 %.3f; %d of %d sites counted,"
        + " %d of them through an operator whose controller is undetermined%n", i.hhi(), i.hhiLower(), i.hhiUpper(),
        i.equivalentNumber(), i.cr(4), r.sitesCounted(), r.sitesInScope(), r.sitesDefaulted());
    for (Finding f : r.toAssessment().findings()) {
      System.out.println(f.outcome() + " " + f.criterion() + ": " + f.message());
    }
    ForeignDependence eu = scorer.dependence(seeds, DependenceMeasure.of(HomeBloc.EU, Basis.ACCELERATORS, pipeline));
    System.out.println(eu.toAssessment().findings().get(0).message() + " -> " + eu.outcome());
    // README:end concentration-by-controller
    return r;
  }

  /**
   * Screens the seeds' Aligned acquisition and a hypothetical Nscale–Nebius deal.
   *
   * @return the screening of the hypothetical deal, not null
   */
  public static DealScreening screen() {
    // README:begin screen-deal-concentration
    Landscape seeds = SeedLandscape.load();
    Scope pipeline = Scope.operational().withPipeline();
    EnumSet<Dimension> dims = EnumSet.of(Dimension.ULTIMATE_CONTROLLER, Dimension.CONTROLLING_JURISDICTION);
    Deal aligned = seeds.deal("aligned-acquisition").orElseThrow();     // from the seeds: changes no site we know
    Deal hypothetical = Deal.builder().id("hypothetical-nscale-nebius").title("Hypothetical: Nscale acquires Nebius")
        .kind(DealKind.ACQUISITION)
        .addParties(Party.of("nscale", PartyRole.ACQUIRER), Party.of("nebius", PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of("nebius", Stake.of("nscale", 1.0))).build())
        .build();
    ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
    DealScreening last = null;
    for (Deal deal : new Deal[] {aligned, hypothetical}) {
      last = scorer.screen(seeds, DealMeasure.of(deal, dims, Basis.ACCELERATORS, pipeline));
      for (DimensionScreening d : last.dimensions()) {
        System.out.printf("%s by %s: HHI %.1f -> %.1f (delta %.1f, 2*sa*sb %s)%n", deal.id(), d.dimension(),
            d.preHhi(), d.postHhi(), d.deltaHhi(),
            d.formulaDeltaHhi().isPresent() ? String.format("%.1f", d.formulaDeltaHhi().getAsDouble()) : "n/a");
        d.firing().forEach((profile, rules) -> rules.forEach(rule ->
            System.out.println("  " + profile.id() + " " + rule.id() + " (" + rule.effect() + "): " + rule.text())));
      }
    }
    // README:end screen-deal-concentration
    return last;
  }

  /**
   * Prints both.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    byController();
    screen();
  }
}
