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
import dev.sovai.scoring.HomeBloc;

class DependenceAndCutOffTest {
  private final LandscapeConcentration lc = LandscapeConcentration.of(Fixtures.landscape());

  @Test
  void euCapacityControlledFromTheUsAboveTheCrmaBenchmark() {
    ForeignDependence f = ForeignDependence.of(lc, HomeBloc.EU, Basis.ACCELERATORS, Scope.operational(),
        DependenceBenchmark.EU_CRMA_2024);
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
  }

  @Test
  void benchmarkCeilingIsNotExceededAtExactly65Percent() {
    assertFalse(DependenceBenchmark.EU_CRMA_2024.exceededBy(0.65));
    assertTrue(DependenceBenchmark.EU_CRMA_2024.exceededBy(0.650001));
  }

  @Test
  void homeCountryHasNoThirdCountryWhenItControlsItself() {
    ForeignDependence us = ForeignDependence.of(lc, HomeBloc.of("US"), Basis.ACCELERATORS, Scope.operational(),
        DependenceBenchmark.EU_CRMA_2024);
    assertTrue(us.country().isEmpty());
    assertEquals(Outcome.PASS, us.outcome());
  }

  @Test
  void cutOffsByScope() {
    List<CutOffImpact> nv = CutOffImpact.of(lc, CutOff.vendor("nvidia"), Basis.ACCELERATORS,
        List.of(Scope.operational(), Scope.in("EU"), Scope.in("DE")));
    assertEquals(3000.0, nv.get(0).lostWeight(), 0.0);
    assertEquals(0.75, nv.get(0).lostShare(), 1e-12);
    assertEquals(3000.0 / 4500, nv.get(0).lostShareLower(), 1e-12);
    assertEquals(3500.0 / 4500, nv.get(0).lostShareUpper(), 1e-12);
    assertEquals(1000.0, nv.get(1).lostWeight(), 0.0);
    assertEquals(0.0, nv.get(2).lostWeight(), 0.0);
    assertEquals(3500.0, CutOffImpact.of(lc, CutOff.controllersIn("US"), Basis.ACCELERATORS,
        List.of(Scope.operational())).get(0).lostWeight(), 0.0);
    CutOffImpact gate = CutOffImpact.of(lc, CutOff.gateway("gate"), Basis.ACCELERATORS, List.of(Scope.in("FR"))).get(0);
    assertEquals(1.0, gate.lostShare(), 1e-12);
    assertEquals(1000.0 / 1500, gate.lostShareLower(), 1e-12);
    Assessment a = CutOffImpact.toAssessment(nv);
    assertEquals(3, a.findings().size());
  }

  @Test
  void singlePointsOfFailureAboveAThreshold() {
    List<CutOffImpact> spof = CutOffImpact.singlePointsOfFailure(lc, Dimension.ACCESS_GATEWAY, Basis.ACCELERATORS,
        Scope.operational(), 0.4);
    assertEquals(1, spof.size());
    assertEquals("hyper", spof.get(0).cutOff().holder());
    assertEquals(0, CutOffImpact.singlePointsOfFailure(lc, Dimension.ACCESS_GATEWAY, Basis.ACCELERATORS,
        Scope.operational(), 0.5).size());
    assertThrows(IllegalArgumentException.class, () -> CutOffImpact.singlePointsOfFailure(lc,
        Dimension.ACCESS_GATEWAY, Basis.ACCELERATORS, Scope.operational(), 0));
  }
}
