package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteCapacity;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/**
 * The engine reads the sites through a columnar view ({@link SiteColumns}) built once per analysis and date; its
 * partitions equal, to the last bit, those of a naive computation that walks the site objects in order and adds
 * each weight to its holder by name. Over the testkit's generated landscapes (the runner prints the seed of a
 * failure; rerun it with {@code -Dsovai.seed=<seed>}), on more dates than the engine keeps, each asked twice, so
 * that views dropped and built again are compared too.
 */
class ColumnarViewPropertiesTest {
  private static final List<Dimension> DIMENSIONS = List.of(Dimension.OPERATOR, Dimension.SITE_JURISDICTION,
      Dimension.ACCESS_GATEWAY, Dimension.ACCELERATOR_VENDOR);
  private static final List<Basis> BASES = List.of(Basis.SITES, Basis.ACCELERATORS, Basis.IT_MW);

  @Test
  void columnarPartitionsEqualANaiveWalkOfTheSites() {
    Property.forAll(Landscapes.gen()).named("columnar view = naive walk of the sites").tries(60).verify(l -> {
      ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
      List<Scope> scopes = List.of(Scope.operational(), Scope.operational().withPipeline(),
          Scope.operational().withPipeline().withRegion("EU"));
      List<LocalDate> dates = new ArrayList<>();
      for (int i = 0; i <= LandscapeConcentration.STATUS_DATES + 2; i++) {
        dates.add(l.asOf().minusMonths(5L * i));
      }
      for (int round = 0; round < 2; round++) {
        for (LocalDate date : dates) {
          for (Scope scope : scopes) {
            for (Basis basis : BASES) {
              for (Dimension dimension : DIMENSIONS) {
                ConcentrationResult r = scorer.measure(l, Measure.of(dimension, basis, scope), date);
                Naive n = new Naive(l, dimension, basis, scope, date);
                String where = dimension + "/" + basis + "/" + scope + " on " + date + " (round " + round + ")";
                assertEquals(n.partition.build(), r.partition(), where + ": partition");
                assertEquals(n.inScope, r.sitesInScope(), where + ": sites in scope");
                assertEquals(n.counted, r.sitesCounted(), where + ": sites counted");
              }
            }
          }
        }
      }
    });
  }

  /** The partition computed site by site from the site objects, as the engine once did. */
  private static final class Naive {
    final Partition.Builder partition = Partition.builder();
    int inScope;
    int counted;

    Naive(Landscape l, Dimension dimension, Basis basis, Scope scope, LocalDate date) {
      Set<SiteStatus> statuses = scope.statuses();
      for (Site s : l.sites()) {
        SiteStatus st = s.statusOn(date);
        if (!statuses.contains(st) || scope.region().isPresent() && !l.isIn(s.jurisdiction(), scope.region().get())) {
          continue;
        }
        inScope++;
        List<AcceleratorLot> fleet = s.fleet();
        double[] split = new double[fleet.size()];
        double inCount = 0.0;
        for (int i = 0; i < split.length; i++) {
          AcceleratorLot lot = fleet.get(i);
          split[i] = statuses.contains(LandscapeConcentration.lotStatus(st, lot, date)) ? lot.count() : 0.0;
          inCount += split[i];
        }
        double w = weight(s, basis, date, inCount, fleet.isEmpty());
        if (Double.isNaN(w) || w <= 0.0) {
          continue;
        }
        counted++;
        attribute(l, s, dimension, w, split);
      }
    }

    private static double weight(Site s, Basis basis, LocalDate date, double inCount, boolean noFleet) {
      switch (basis) {
        case SITES:
          return 1.0;
        case ACCELERATORS:
          return noFleet ? Double.NaN : inCount;
        case IT_MW: {
          if (s.capacitySteps().isEmpty()) {
            return s.itCapacityMw().isPresent() ? s.itCapacityMw().getAsDouble() : Double.NaN;
          }
          SiteCapacity c = s.capacityOn(date);
          if (c.itPowerMw().isPresent()) {
            return c.itPowerMw().getAsDouble();
          }
          return c.facilityPowerMw().isPresent() && s.pue().isPresent()
              ? c.facilityPowerMw().getAsDouble() / s.pue().getAsDouble() : Double.NaN;
        }
        default:
          throw new AssertionError(basis);
      }
    }

    private void attribute(Landscape l, Site s, Dimension dimension, double w, double[] split) {
      switch (dimension) {
        case OPERATOR:
          add(s.operator(), w);
          break;
        case SITE_JURISDICTION:
          partition.add(s.jurisdiction().substring(0, 2), w);
          break;
        case ACCESS_GATEWAY:
          add(s.accessGateway().or(s::operator), w);
          break;
        case ACCELERATOR_VENDOR: {
          double sum = 0.0;
          for (double x : split) {
            sum += x;
          }
          if (sum <= 0.0) {
            partition.addUnknown(w);
            break;
          }
          for (int i = 0; i < split.length; i++) {
            if (split[i] > 0.0) {
              add(s.fleet().get(i).accelerator().flatMap(l::accelerator).map(Accelerator::vendor), w * split[i] / sum);
            }
          }
          break;
        }
        default:
          throw new AssertionError(dimension);
      }
    }

    private void add(Optional<String> holder, double w) {
      if (holder.isPresent()) {
        partition.add(holder.get(), w);
      } else {
        partition.addUnknown(w);
      }
    }
  }
}
