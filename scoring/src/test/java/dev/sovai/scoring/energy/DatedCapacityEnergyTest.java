package dev.sovai.scoring.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.sovai.model.PartialDate;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.Site;

/** The energy scorer takes the power of the capacity step in force on the as-of date. */
class DatedCapacityEnergyTest {
  private static final EnergyScorer SCORER = EnergyScorer.of(EnergyProfile.standard());

  private static double value(SiteEnergy e, EnergyQuantity q) {
    return e.quantities().get(q).value();
  }

  @Test
  void powerFollowsTheStepInForce() {
    // the B200 site (10,000 GPUs, PUE 1.3) with two steps: 13 MW facility power from 2025-06, 8 MW IT from 2026
    Site s = Site.builder().from(Fixtures.blackwellSite("FR"))
        .addCapacitySteps(CapacityStep.builder().date(PartialDate.ofMonth(2025, 6)).facilityPowerMw(13).build())
        .addCapacitySteps(CapacityStep.builder().date(PartialDate.ofYear(2026)).itPowerMw(8).build()).build();
    Landscape l = Fixtures.base().addSites(s).build();

    SiteEnergy before = SCORER.site(l, s.id(), LocalDate.of(2025, 6, 29));
    assertTrue(before.quantities().get(EnergyQuantity.IT_POWER_MW).defaulted(), "before the first step: the fleet");

    SiteEnergy mid = SCORER.site(l, s.id(), LocalDate.of(2025, 7, 1));
    assertEquals(13.0, value(mid, EnergyQuantity.FACILITY_POWER_MW), "the step's facility power as reported");
    assertFalse(mid.quantities().get(EnergyQuantity.FACILITY_POWER_MW).defaulted());
    assertEquals(10.0, value(mid, EnergyQuantity.IT_POWER_MW), 1e-9, "13 MW ÷ reported PUE 1.3");
    assertFalse(mid.quantities().get(EnergyQuantity.IT_POWER_MW).defaulted());

    SiteEnergy later = SCORER.site(l, s.id(), LocalDate.of(2027, 1, 1));
    assertEquals(8.0, value(later, EnergyQuantity.IT_POWER_MW));
    assertEquals(8.0 * 1.3, value(later, EnergyQuantity.FACILITY_POWER_MW), 1e-9);

    EnergyAggregate total = SCORER.landscape(l, LocalDate.of(2027, 1, 1));
    assertEquals(8.0 * 1.3, total.quantities().get(EnergyQuantity.FACILITY_POWER_MW).value(), 1e-9,
        "the landscape's totals use the step in force too");
  }
}
