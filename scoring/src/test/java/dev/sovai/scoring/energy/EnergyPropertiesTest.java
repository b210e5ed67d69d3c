package dev.sovai.scoring.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.Site;
import dev.sovai.testkit.Gen;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/**
 * Properties over generated landscapes ({@code testkit}); {@code -Dsovai.tries=N} and {@code -Dsovai.seed=S}
 * control the runs, a failure prints its seed.
 */
class EnergyPropertiesTest {
  private static final EnergyScorer SCORER = EnergyScorer.of(EnergyProfile.standard());
  private static final double EPS = 1e-9;

  /** A landscape, a factor and a seed for shuffles, shown on failure. */
  record Case(Landscape landscape, double factor, long shuffleSeed) {}

  private static Gen<Case> cases(double minFactor, double maxFactor) {
    Gen<Landscape> landscapes = Landscapes.gen();
    return (r, size) -> new Case(landscapes.generate(r, size), minFactor + (maxFactor - minFactor) * r.nextDouble(), r.nextLong());
  }

  private static Landscape mapSites(Landscape l, UnaryOperator<Site> f) {
    List<Site> sites = new ArrayList<>();
    for (Site s : l.sites()) {
      sites.add(f.apply(s));
    }
    return Landscape.builder().from(l).sites(sites).build();
  }

  private static boolean notMore(OptionalDouble lower, OptionalDouble higher) {
    if (lower.isEmpty() || higher.isEmpty()) {
      return lower.isEmpty() == higher.isEmpty();
    }
    return lower.getAsDouble() <= higher.getAsDouble() * (1 + EPS) + EPS;
  }

  @Test
  void everyGeneratedLandscapeIsScoredWithConsistentResults() {
    Property.forAll(Landscapes.gen()).named("energy results are well formed").verify(l -> {
      EnergyAggregate all = SCORER.landscape(l);
      for (SiteEnergy s : all.sites()) {
        assertTrue(s.energyScore() >= 0 && s.energyScore() <= s.energyScoreUpper() && s.energyScoreUpper() <= 100, s.explain());
        assertTrue(s.value(EnergyQuantity.PUE).getAsDouble() >= 1, s.explain());
        var a = s.toAssessment();
        assertTrue(a.coverage().known() <= a.coverage().needed());
        assertEquals(s.marks().size(), a.findings().stream().filter(f -> f.criterion().startsWith("csf-")
            || f.criterion().startsWith("gaiax-") || f.criterion().startsWith("enefg-")).count());
      }
      all.toAssessment();
    });
  }

  @Test
  void lowerGridIntensityNeverWorsensCarbon() {
    Property.forAll(cases(0.0, 1.0)).named("lower grid intensity never worsens carbon").verify(c -> {
      Landscape l = c.landscape();
      List<Jurisdiction> cleaner = new ArrayList<>();
      for (Jurisdiction j : l.jurisdictions()) {
        if (j.grid().isPresent()) {
          GridProfile g = j.grid().get();
          cleaner.add(Jurisdiction.builder().from(j).grid(GridProfile.builder().from(g)
              .carbonIntensityGramsPerKwh(g.carbonIntensityGramsPerKwh() * c.factor()).build()).build());
        } else {
          cleaner.add(j);
        }
      }
      Landscape l2 = Landscape.builder().from(l).jurisdictions(cleaner).build();
      for (Site site : l.sites()) {
        SiteEnergy before = SCORER.site(l, site.id());
        SiteEnergy after = SCORER.site(l2, site.id());
        for (EnergyQuantity q : List.of(EnergyQuantity.GRID_INTENSITY, EnergyQuantity.LOCATION_CARBON_TONNES, EnergyQuantity.CUE,
            EnergyQuantity.MARKET_INTENSITY, EnergyQuantity.MARKET_CARBON_TONNES, EnergyQuantity.OPERATIONAL_CARBON_PER_PFLOP_HOUR,
            EnergyQuantity.SCI_PER_PFLOP_HOUR)) {
          assertTrue(notMore(after.value(q), before.value(q)), q + " of " + site.id() + ": " + after.value(q) + " > " + before.value(q));
        }
        assertTrue(after.energyScore() >= before.energyScore() - EPS, "score of " + site.id());
        assertTrue(after.energyScoreUpper() >= before.energyScoreUpper() - EPS, "upper score of " + site.id());
      }
      assertTrue(notMore(SCORER.landscape(l2).value(EnergyQuantity.LOCATION_CARBON_TONNES),
          SCORER.landscape(l).value(EnergyQuantity.LOCATION_CARBON_TONNES)), "landscape tCO2e");
    });
  }

  @Test
  void scalingAFleetScalesEnergyLinearly() {
    Property.forAll(cases(2, 6)).named("scaling a fleet scales energy linearly").verify(c -> {
      long m = (long) Math.floor(c.factor());
      // power from the fleet only: no reported IT capacity and no dated capacity step
      UnaryOperator<Site> fleetOnly = s -> Site.builder().from(s).itCapacityMw(OptionalDouble.empty())
          .capacitySteps(List.of()).build();
      Landscape base = mapSites(c.landscape(), fleetOnly);
      Landscape scaled = mapSites(base, s -> {
        List<AcceleratorLot> lots = new ArrayList<>();
        for (AcceleratorLot lot : s.fleet()) {
          lots.add(AcceleratorLot.builder().from(lot).count(lot.count() * m).build());
        }
        return Site.builder().from(s).fleet(lots).build();
      });
      for (Site site : base.sites()) {
        SiteEnergy one = SCORER.site(base, site.id());
        SiteEnergy many = SCORER.site(scaled, site.id());
        for (EnergyQuantity q : List.of(EnergyQuantity.IT_POWER_MW, EnergyQuantity.FACILITY_POWER_MW, EnergyQuantity.ANNUAL_ENERGY_MWH,
            EnergyQuantity.LOCATION_CARBON_TONNES, EnergyQuantity.MARKET_CARBON_TONNES, EnergyQuantity.ANNUAL_WATER_M3, EnergyQuantity.DENSE_BF16_PFLOPS)) {
          assertEquals(one.value(q).isPresent(), many.value(q).isPresent(), q.metricName());
          if (one.value(q).isPresent()) {
            double expected = m * one.value(q).getAsDouble();
            assertEquals(expected, many.value(q).getAsDouble(), Math.abs(expected) * 1e-9 + 1e-300, q + " of " + site.id() + " × " + m);
          }
        }
        for (EnergyQuantity q : List.of(EnergyQuantity.CUE, EnergyQuantity.BF16_PER_KW_METER, EnergyQuantity.OPERATIONAL_CARBON_PER_PFLOP_HOUR)) {
          if (one.value(q).isPresent() && many.value(q).isPresent()) {
            double expected = one.value(q).getAsDouble();
            assertEquals(expected, many.value(q).getAsDouble(), Math.abs(expected) * 1e-9 + 1e-300, q + " is intensive");
          }
        }
      }
    });
  }

  @Test
  void resultsDoNotDependOnListOrder() {
    Property.forAll(cases(0, 1)).named("results independent of list order").verify(c -> {
      Random random = new Random(c.shuffleSeed());
      Landscape l = c.landscape();
      Landscape shuffled = mapSites(l, s -> {
        List<AcceleratorLot> lots = new ArrayList<>(s.fleet());
        Collections.shuffle(lots, random);
        Site.Builder b = Site.builder().from(s).fleet(lots);
        if (s.energy().isPresent()) {
          EnergySupply e = s.energy().get();
          var purchases = new ArrayList<>(e.purchases());
          var onSite = new ArrayList<>(e.onSite());
          Collections.shuffle(purchases, random);
          Collections.shuffle(onSite, random);
          b.energy(EnergySupply.builder().from(e).purchases(purchases).onSite(onSite).build());
        }
        return b.build();
      });
      assertEquals(SCORER.landscape(l).toAssessment(), SCORER.landscape(shuffled).toAssessment());
      for (Site s : l.sites()) {
        assertEquals(SCORER.site(l, s.id()).toAssessment(), SCORER.site(shuffled, s.id()).toAssessment(), s.id());
      }
    });
  }
}
