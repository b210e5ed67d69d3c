package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

class DealScreeningTest {
  /** Four operators with sites of the given accelerator counts; a deal in which a acquires b. */
  private static Landscape market(long a, long b, long c, long d) {
    Landscape.Builder l = Landscape.builder().asOf(LocalDate.of(2025, 11, 20))
        .addOperators(Fixtures.op("nvidia", "US"))
        .addAccelerators(dev.sovai.model.accelerator.Accelerator.builder().id("gpu").vendor("nvidia").model("G").build());
    String[] ids = {"a", "b", "c", "d"};
    long[] n = {a, b, c, d};
    for (int i = 0; i < 4; i++) {
      l.addOperators(Fixtures.op(ids[i], "FR"));
      l.addSites(Site.builder().id("site-" + ids[i]).name(ids[i]).jurisdiction("FR").operator(ids[i])
          .status(SiteStatus.OPERATIONAL).addFleet(AcceleratorLot.of("gpu", n[i])).build());
    }
    return l.build();
  }

  private static Deal aAcquiresB() {
    return Deal.builder().id("a-acquires-b").title("a acquires b").kind(DealKind.ACQUISITION)
        .addParties(Party.of("a", PartyRole.ACQUIRER), Party.of("b", PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of("b", Stake.of("a", 1.0))).build()).build();
  }

  private static DealScreening screen(Landscape l, Deal d, Set<Dimension> dimensions, Basis b, Scope s,
      List<ThresholdProfile> thresholds) {
    return ConcentrationScorer.of(ConcentrationProfile.standard().withThresholds(thresholds))
        .screen(l, DealMeasure.of(d, dimensions, b, s));
  }

  private static List<String> ids(List<ThresholdRule> rules) {
    return rules.stream().map(ThresholdRule::id).collect(Collectors.toList());
  }

  @Test
  void fivePlusTenThroughTheWholePipelineIsNotAPresumption() {
    DealScreening s = screen(market(50, 100, 400, 450), aAcquiresB(),
        Set.of(Dimension.ULTIMATE_CONTROLLER, Dimension.OPERATOR), Basis.ACCELERATORS, Scope.operational(),
        List.of(ThresholdProfile.US_2023));
    DimensionScreening d = s.dimension(Dimension.ULTIMATE_CONTROLLER);
    assertEquals(100.0, d.deltaHhi(), 1e-9);
    assertEquals(100.0, d.formulaDeltaHhi().getAsDouble(), 1e-9);
    assertTrue(d.formulaConsistent());
    assertEquals(List.of("a", "b"), d.mergedHolders().orElseThrow());
    assertTrue(d.postHhi() > 1800);
    assertEquals(List.of(), ids(d.firing().get(ThresholdProfile.US_2023)));
    assertFalse(d.raisesConcern());
    // the operator dimension does not change: the sites keep their operators
    assertFalse(s.dimension(Dimension.OPERATOR).changed());
    assertEquals(0.0, s.dimension(Dimension.OPERATOR).deltaHhi(), 0.0);
  }

  @Test
  void fivePointOnePlusTenIsAPresumption() {
    DealScreening s = screen(market(51, 100, 399, 450), aAcquiresB(), Set.of(Dimension.ULTIMATE_CONTROLLER),
        Basis.ACCELERATORS, Scope.operational(), ThresholdProfile.presets());
    DimensionScreening d = s.dimension(Dimension.ULTIMATE_CONTROLLER);
    assertEquals(102.0, d.deltaHhi(), 1e-9);
    assertEquals(102.0, d.formulaDeltaHhi().getAsDouble(), 1e-9);
    assertEquals(List.of("us-2023-g1-hhi"), ids(d.firing().get(ThresholdProfile.US_2023)));
    assertEquals(List.of("eu-2004-p18-share", "eu-2004-p20-high"), ids(d.firing().get(ThresholdProfile.EU_2004)));
    assertEquals(0.151, d.partyShare(), 1e-12);
    Assessment a = s.toAssessment();
    assertEquals(102.0, a.metric("ultimateControllerDeltaHhi").orElseThrow().value(), 1e-9);
    assertTrue(a.findings().stream().anyMatch(f -> f.criterion().equals("us-2023-g1-hhi") && f.outcome() == Outcome.FAIL));
    assertThrows(IllegalArgumentException.class, () -> s.dimension(Dimension.OPERATOR));
  }

  @Test
  void jointControlBoughtOutIsACombinationOfTwoControllers() {
    DealScreening s = screen(Fixtures.landscape(), Fixtures.buyOut(),
        Set.of(Dimension.ULTIMATE_CONTROLLER, Dimension.CONTROLLING_JURISDICTION), Basis.ACCELERATORS,
        Scope.operational(), ThresholdProfile.presets());
    DimensionScreening d = s.dimension(Dimension.ULTIMATE_CONTROLLER);
    assertEquals(7812.5, d.preHhi(), 1e-9);
    assertEquals(10_000.0, d.postHhi(), 1e-9);
    assertEquals(2187.5, d.formulaDeltaHhi().getAsDouble(), 1e-9);
    assertEquals(2187.5, d.deltaHhi(), 1e-9);
    assertEquals(List.of("us-2023-g1-hhi", "us-2023-g1-share"), ids(d.firing().get(ThresholdProfile.US_2023)));
    assertEquals(List.of("us-2010-high-presumption"), ids(d.firing().get(ThresholdProfile.US_2010)));
    assertEquals(List.of("de-gwb-18-4"), ids(d.firing().get(ThresholdProfile.DE_GWB)));
    assertEquals(List.of("hyper"), d.gainers());
    assertEquals(List.of("state-cn"), d.losers());
    DimensionScreening j = s.dimension(Dimension.CONTROLLING_JURISDICTION);
    assertEquals(List.of("US"), j.gainers());
    assertTrue(s.landscapeAfter().deal("hyper-buys-jv").isPresent());
  }

  @Test
  void partialTransferHasNoTextbookFormula() {
    Deal half = Deal.builder().id("a-buys-half-of-b").title("a buys 60 % of b").kind(DealKind.EQUITY_INVESTMENT)
        .addParties(Party.of("a", PartyRole.INVESTOR), Party.of("b", PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of("b", Stake.of("a", 0.6))).build()).build();
    DimensionScreening d = screen(market(50, 100, 400, 450), half, Set.of(Dimension.ULTIMATE_CONTROLLER),
        Basis.ACCELERATORS, Scope.operational(), List.of(ThresholdProfile.US_2023)).dimension(Dimension.ULTIMATE_CONTROLLER);
    // 60 % gives a sole control: the same combination as a full acquisition
    assertEquals(100.0, d.deltaHhi(), 1e-9);
    Deal minority = Deal.builder().id("a-buys-30-of-b").title("a buys 30 % of b").kind(DealKind.EQUITY_INVESTMENT)
        .addParties(Party.of("a", PartyRole.INVESTOR), Party.of("b", PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of("b", Stake.of("a", 0.3))).build()).build();
    DimensionScreening m = screen(market(50, 100, 400, 450), minority, Set.of(Dimension.ULTIMATE_CONTROLLER),
        Basis.ACCELERATORS, Scope.operational(), List.of(ThresholdProfile.US_2023)).dimension(Dimension.ULTIMATE_CONTROLLER);
    assertFalse(m.changed());
    assertTrue(m.formulaDeltaHhi().isEmpty());
  }

  /** A deal in which a buys all of a company the landscape knows but records no site of. */
  private static Deal aAcquiresShell(String shell) {
    return Deal.builder().id("a-acquires-" + shell).title("a acquires " + shell).kind(DealKind.ACQUISITION)
        .addParties(Party.of("a", PartyRole.ACQUIRER), Party.of(shell, PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of(shell, Stake.of("a", 1.0))).build()).build();
  }

  private static final Set<Dimension> OWNERSHIP = Set.of(Dimension.OPERATOR, Dimension.FACILITY_OWNER,
      Dimension.ULTIMATE_CONTROLLER, Dimension.CONTROLLING_JURISDICTION, Dimension.ACCESS_GATEWAY);

  @Test
  void aTargetWithoutCapacityIsSaidNotMeasuredAsZero() {
    Landscape l = Landscape.builder().from(market(50, 100, 400, 450)).addOperators(Fixtures.op("shell", "US")).build();
    DealScreening s = screen(l, aAcquiresShell("shell"), OWNERSHIP, Basis.ACCELERATORS, Scope.operational(),
        List.of(ThresholdProfile.US_2023));
    assertFalse(s.movesCapacity());
    assertTrue(s.targetsHoldNoCapacity());
    assertEquals(Set.of("shell"), s.targets());
    assertEquals(0.0, s.heldByTargets(), 0.0);
    Assessment a = s.toAssessment();
    List<dev.sovai.model.assessment.Finding> said = a.findings().stream()
        .filter(f -> f.criterion().equals(DealScreening.CAPACITY_CRITERION)).collect(Collectors.toList());
    assertEquals(1, said.size());
    assertEquals(Outcome.UNKNOWN, said.get(0).outcome());
    assertTrue(said.get(0).message().startsWith("The deal moves no capacity in this landscape: shell operates, owns or"
        + " gives access to no capacity counted on accelerators"), said.get(0).message());
    // five dimensions measured, the deal's own capacity unknown
    assertEquals(6, a.coverage().needed());
    assertEquals(5, a.coverage().known());
  }

  @Test
  void aTargetWhoseCapacityStaysWithItsHoldersIsSaidSo() {
    // a buys 10 % of b: b keeps operating its 100 accelerators and no control changes
    Deal minority = Deal.builder().id("a-buys-into-b").title("a buys 10 % of b").kind(DealKind.EQUITY_INVESTMENT)
        .addParties(Party.of("a", PartyRole.INVESTOR), Party.of("b", PartyRole.TARGET))
        .effects(DealEffects.builder().addStakes(StakeChange.of("b", Stake.of("a", 0.1))).build()).build();
    DealScreening s = screen(market(50, 100, 400, 450), minority, OWNERSHIP, Basis.ACCELERATORS, Scope.operational(),
        List.of(ThresholdProfile.US_2023));
    assertFalse(s.movesCapacity());
    assertFalse(s.targetsHoldNoCapacity());
    assertEquals(100.0, s.heldByTargets(), 0.0);
    Assessment a = s.toAssessment();
    dev.sovai.model.assessment.Finding said = a.findings().stream()
        .filter(f -> f.criterion().equals(DealScreening.CAPACITY_CRITERION)).findFirst().orElseThrow();
    assertEquals(Outcome.INFO, said.outcome());
    assertTrue(said.message().contains("the 100 accelerators held through b stay with the same holders"),
        said.message());
    assertEquals(a.coverage().needed(), a.coverage().known());
  }

  @Test
  void aDealThatMovesCapacityNeedsNoCapacityFinding() {
    DealScreening s = screen(market(50, 100, 400, 450), aAcquiresB(), OWNERSHIP, Basis.ACCELERATORS,
        Scope.operational(), List.of(ThresholdProfile.US_2023));
    assertTrue(s.movesCapacity());
    assertFalse(s.targetsHoldNoCapacity());
    assertEquals(100.0, s.heldByTargets(), 0.0);
    Assessment a = s.toAssessment();
    assertTrue(a.findings().stream().noneMatch(f -> f.criterion().equals(DealScreening.CAPACITY_CRITERION)));
    assertEquals(6, a.coverage().needed());
    assertEquals(6, a.coverage().known());
  }
}
