package dev.sovai.cli.render.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Scope;
import dev.sovai.testkit.Landscapes;

/** The trend against a hand computation over the same sites, and the dates of a series. */
class ConcentrationTrendTest {
  private static final Landscape LANDSCAPE = Landscapes.generate(17, 500, 100);

  @Test
  void pointsOfTheSeriesMatchAHandComputationOverTheOperationalSites() {
    List<LocalDate> dates = ConcentrationTrend.dates(LocalDate.of(2018, 1, 1), LocalDate.of(2032, 1, 1),
        ConcentrationTrend.Step.YEAR);
    ConcentrationTrend t = ConcentrationTrend.measure(LANDSCAPE, Dimension.SITE_JURISDICTION, Basis.SITES,
        Scope.operational(), dates);
    int nonTrivial = 0;
    for (TrendPoint p : t.points()) {
      Map<String, Double> byCountry = new TreeMap<>();
      double total = 0;
      for (Site s : LANDSCAPE.sites()) {
        if (s.statusOn(p.date()) != SiteStatus.OPERATIONAL) {
          continue;   // operational on the date: its dates decide, decommissioned sites drop out
        }
        String country = s.jurisdiction().split("-")[0];
        byCountry.merge(country, 1.0, Double::sum);
        total++;
      }
      assertEquals(total, p.totalWeight(), 0.0, p.date().toString());
      assertEquals(0.0, p.unknownShare(), 0.0);
      double hhi = 0;
      for (Map.Entry<String, Double> e : byCountry.entrySet()) {
        double share = e.getValue() / total;
        assertEquals(share, p.shares().get(e.getKey()), 1e-12, p.date() + " " + e.getKey());
        hhi += (100 * share) * (100 * share);
      }
      assertEquals(byCountry.size(), p.shares().size());
      if (total > 0) {
        assertEquals(hhi, p.hhi().getAsDouble(), 1e-6, p.date().toString());
        assertEquals(10_000 / hhi, p.metric("equivalentNumber").orElseThrow().value(), 1e-9);
        nonTrivial++;
      } else {
        assertTrue(p.hhi().isEmpty());
      }
    }
    assertTrue(nonTrivial >= 5, "dates with operational sites: " + nonTrivial);
    assertTrue(t.points().get(0).totalWeight() < t.points().get(t.points().size() - 1).totalWeight()
        || t.points().get(0).totalWeight() > 0, "the series moves");
  }

  @Test
  void aQuarterlySeriesIncludesItsLastDateAndNothingBeyond() {
    assertEquals(List.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 7, 31)),
        ConcentrationTrend.dates(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 8, 15), ConcentrationTrend.Step.QUARTER));
    assertEquals(List.of(LocalDate.of(2020, 1, 1)),
        ConcentrationTrend.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), ConcentrationTrend.Step.YEAR));
  }

  @Test
  void aBackwardOrOverlongSeriesIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ConcentrationTrend.dates(LocalDate.of(2020, 1, 1),
        LocalDate.of(2019, 1, 1), ConcentrationTrend.Step.YEAR));
    assertThrows(IllegalArgumentException.class, () -> ConcentrationTrend.dates(LocalDate.of(1, 1, 1),
        LocalDate.of(9999, 1, 1), ConcentrationTrend.Step.QUARTER));
  }
}
