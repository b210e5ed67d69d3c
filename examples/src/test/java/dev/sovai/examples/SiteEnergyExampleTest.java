package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyQuantity;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.energy.SiteEnergy;

class SiteEnergyExampleTest {
  @Test
  void reportsTheSiteWithItsDefaults() {
    SiteEnergy e = EnergyScorer.of(EnergyProfile.standard()).site(SiteEnergyExample.build(), "example-b200-de");
    // 10,000 × 1 kW × 1.34 × 1.3 (neocloud default) × 8,760 h × 0.7 = 106,819.44 MWh; × 344 g = 36,745.9 t
    assertEquals(106_819.44, e.annualEnergyMwh().getAsDouble(), 1e-6);
    assertEquals(36_745.88736, e.locationCarbonTonnesPerYear().getAsDouble(), 1e-6);
    // market: 50 % wind at 11 g, 50 % grid at 344 g = 177.5 g
    assertEquals(177.5, e.value(EnergyQuantity.MARKET_INTENSITY).getAsDouble(), 1e-9);
    String report = e.explain();
    assertTrue(report.contains("[default]"), report);
    assertTrue(report.contains("defaulted pue"), report);
  }
}
