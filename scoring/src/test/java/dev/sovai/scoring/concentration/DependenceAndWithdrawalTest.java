package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.HomeBloc;

class DependenceAndWithdrawalTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());
  private final Landscape landscape = Fixtures.landscape();

  private List<WithdrawalImpact> impacts(Withdrawal w, List<Scope> scopes) {
    return SCORER.withdrawal(landscape, WithdrawalMeasure.of(w, Basis.ACCELERATORS, scopes)).impacts();
  }

  @Test
  void euCapacityControlledFromTheUsAboveTheCrmaBenchmark() {
    ForeignDependence f = SCORER.dependence(landscape, DependenceMeasure.of(HomeBloc.EU, Basis.ACCELERATORS,
        Scope.operational()));
    assertEquals(DependenceBenchmark.EU_CRMA_2024, f.benchmark());
    assertEquals("US", f.country().orElseThrow());
    assertEquals(0.75, f.share(), 1e-12);
    assertEquals(0.6, f.shareLower(), 1e-12);
    assertEquals(0.8, f.shareUpper(), 1e-12);
    assertEquals(1.0, f.foreignShare(), 1e-12);
    assertEquals(Map.of("hyper", 1500.0), f.controllers());
    assertEquals("seat in jurisdiction:US", f.chain().get(f.chain().size() - 1).toString());
    assertEquals(Outcome.FAIL, f.outcome());
    Assessment a = f.toAssessment();
    assertEquals(0.75, a.metric("singleThirdCountryShare").orElseThrow().value(), 1e-12);
    assertEquals("ref-eu-crma-2024", a.findings().get(0).sources().get(0));
    assertEquals("eu-crma-2024-single-country@2024", a.profile());
    assertTrue(f.explain().contains(a.findings().get(0).message()), f.explain());
  }

  @Test
  void benchmarkCeilingIsNotExceededAtExactly65Percent() {
    assertFalse(DependenceBenchmark.EU_CRMA_2024.exceededBy(0.65));
    assertTrue(DependenceBenchmark.EU_CRMA_2024.exceededBy(0.650001));
  }

  @Test
  void homeCountryHasNoThirdCountryWhenItControlsItself() {
    ForeignDependence us = SCORER.dependence(landscape, DependenceMeasure.of(HomeBloc.of("US"), Basis.ACCELERATORS,
        Scope.operational()));
    assertTrue(us.country().isEmpty());
    assertEquals(Outcome.PASS, us.outcome());
  }

  @Test
  void withdrawalsByScope() {
    List<WithdrawalImpact> nv = impacts(Withdrawal.vendor("nvidia"),
        List.of(Scope.operational(), Scope.in("EU"), Scope.in("DE")));
    assertEquals(3000.0, nv.get(0).lostWeight(), 0.0);
    assertEquals(0.75, nv.get(0).lostShare(), 1e-12);
    assertEquals(3000.0 / 4500, nv.get(0).lostShareLower(), 1e-12);
    assertEquals(3500.0 / 4500, nv.get(0).lostShareUpper(), 1e-12);
    assertEquals(1000.0, nv.get(1).lostWeight(), 0.0);
    assertEquals(0.0, nv.get(2).lostWeight(), 0.0);
    assertEquals(3500.0, impacts(Withdrawal.controllersIn("US"), List.of(Scope.operational())).get(0).lostWeight(), 0.0);
    WithdrawalImpact gate = impacts(Withdrawal.gateway("gate"), List.of(Scope.in("FR"))).get(0);
    assertEquals(1.0, gate.lostShare(), 1e-12);
    assertEquals(1000.0 / 1500, gate.lostShareLower(), 1e-12);
    WithdrawalResult r = SCORER.withdrawal(landscape, WithdrawalMeasure.of(Withdrawal.vendor("nvidia"),
        Basis.ACCELERATORS, List.of(Scope.operational(), Scope.in("EU"), Scope.in("DE"))));
    Assessment a = r.toAssessment();
    assertEquals(3, a.findings().size());
    assertEquals("cut-off", a.profile());
    assertEquals("cut-off-accelerator-vendor", a.findings().get(0).criterion());
    assertEquals(0.75, a.metric("lostShare1").orElseThrow().value(), 1e-12);
    assertThrows(IllegalArgumentException.class,
        () -> WithdrawalMeasure.of(Withdrawal.vendor("nvidia"), Basis.ACCELERATORS, List.of()));
  }

  @Test
  void singlePointsOfFailureAboveAThreshold() {
    Measure gateways = Measure.of(Dimension.ACCESS_GATEWAY, Basis.ACCELERATORS, Scope.operational());
    List<WithdrawalImpact> spof = SCORER.singlePointsOfFailure(landscape, gateways, 0.4);
    assertEquals(1, spof.size());
    assertEquals("hyper", spof.get(0).withdrawal().holder());
    assertEquals(0, SCORER.singlePointsOfFailure(landscape, gateways, 0.5).size());
    assertThrows(IllegalArgumentException.class, () -> SCORER.singlePointsOfFailure(landscape, gateways, 0));
  }
}
