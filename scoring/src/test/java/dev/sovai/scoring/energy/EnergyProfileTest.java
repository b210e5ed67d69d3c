package dev.sovai.scoring.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.operator.OperatorKind;

class EnergyProfileTest {
  static List<Reference> allReferences(EnergyProfile p) {
    List<Reference> refs = new ArrayList<>(List.of(p.loadFactor(), p.hoursPerYear(), p.systemOverhead(), p.computeRealisation(),
        p.pueUnknownOperator(), p.siteDemandShareFlag(), p.certificateGapFlag()));
    refs.addAll(p.pueByOperatorKind().values());
    refs.addAll(p.sourceIntensity().values());
    refs.addAll(p.embodied().references());
    for (ScoreComponent c : p.score()) {
      refs.addAll(List.of(c.best(), c.worst(), c.weight()));
    }
    RegulatoryRules r = p.rules();
    refs.addAll(List.of(r.gaiaxPueCool(), r.gaiaxPueWarm(), r.gaiaxWue(), r.enefgScopeMw(), r.enefgPueNew().limit()));
    for (List<DatedLimit> list : List.of(r.gaiaxRenewable(), r.enefgPueExisting(), r.enefgErfNew(), r.enefgRenewable())) {
      list.forEach(d -> refs.add(d.limit()));
    }
    return refs;
  }

  @Test
  void everyNumberOfTheDefaultProfileHasASourceAndAYear() {
    List<Reference> refs = allReferences(EnergyProfile.standard());
    assertTrue(refs.size() > 40, "all references collected: " + refs.size());
    for (Reference r : refs) {
      assertFalse(r.provenance().citation().isBlank(), r.toString());
      assertTrue(r.provenance().year() >= 2007 && r.provenance().year() <= 2026, r.toString());
    }
  }

  @Test
  void defaultPueByOperatorKindFollowsTheResearch() {
    EnergyProfile p = EnergyProfile.standard();
    assertEquals(1.15, p.pueDefault(OperatorKind.HYPERSCALER).value());
    assertEquals(1.3, p.pueDefault(OperatorKind.NEOCLOUD).value());
    assertEquals(1.3, p.pueDefault(OperatorKind.COLOCATION).value());
    assertEquals(1.54, p.pueDefault(null).value());
    assertEquals(2025, p.pueDefault(null).provenance().year());
    assertEquals(1.63, p.pueDefault(OperatorKind.TELECOM).value());
    assertEquals(1.34, p.systemOverhead().value());
    assertEquals("energy-eu-2025@1", p.label());
  }

  @Test
  void scoreComponentsAreMonotoneAndClamped() {
    for (ScoreComponent c : EnergyProfile.standard().score()) {
      double lo = Math.min(c.best().value(), c.worst().value());
      double hi = Math.max(c.best().value(), c.worst().value());
      double dir = Math.signum(c.best().value() - c.worst().value());
      double prev = c.score(c.worst().value() - dir * (hi - lo));
      assertEquals(0.0, prev, c.name());
      double step = (hi - lo) / 50;
      for (int i = 0; i <= 60; i++) {
        double x = c.worst().value() + dir * i * step;
        double s = c.score(x);
        assertTrue(s >= prev && s >= 0 && s <= 1, c.name() + " at " + x);
        prev = s;
      }
      assertEquals(1.0, prev, c.name());
    }
  }

  @Test
  void badProfilesAreRefusedNamingTheField() {
    EnergyProfile p = EnergyProfile.standard();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.withLoadFactor(Reference.of("load", 1.5, "fraction", "test", 2026)));
    assertTrue(e.getMessage().contains("loadFactor") && e.getMessage().contains("1.5"), e.getMessage());
    IllegalArgumentException k = assertThrows(IllegalArgumentException.class,
        () -> p.withSystemOverhead(Reference.of("k", 0.8, "1", "test", 2026)));
    assertTrue(k.getMessage().contains("systemOverhead"), k.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Reference.of("x", Double.NaN, "1", "test", 2026));
    assertThrows(IllegalArgumentException.class, () -> Reference.of("x", 1, "1", " ", 2026));
    assertThrows(IllegalArgumentException.class, () -> EmbodiedCarbon.perExaflop(Reference.of("x", 1, "kgCO2e", "t", 2026)));
    assertThrows(IllegalArgumentException.class, () -> p.withName("Not A Slug", 1));
  }

  @Test
  void theProjectsOwnFiguresAreMarkedAsEstimates() {
    EnergyProfile p = EnergyProfile.standard();
    assertTrue(p.loadFactor().provenance().estimated(), p.loadFactor().toString());
    assertTrue(p.score().get(0).weight().provenance().estimated());
    assertFalse(p.systemOverhead().provenance().estimated(), p.systemOverhead().toString());
    assertFalse(p.pueDefault(null).provenance().estimated());
    assertFalse(p.pueDefault(null).toString().contains("estimated"), "printed as before");
  }
}
