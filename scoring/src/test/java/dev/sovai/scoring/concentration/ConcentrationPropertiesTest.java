package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.Gen;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/** Properties of the indices over the testkit's generated landscapes and deals (sovai.tries, sovai.seed). */
class ConcentrationPropertiesTest {
  private static final ConcentrationScorer SCORER = ConcentrationScorer.of(ConcentrationProfile.standard());

  private static final double TOL = 1e-6;
  private static final List<Scope> SCOPES = List.of(Scope.operational(), Scope.operational().withPipeline());

  /** Every index law that must hold for any partition. */
  static void indexLaws(Partition p, String where) {
    ConcentrationIndex i = p.index();
    assertTrue(i.hhiLower() <= i.hhiUpper() + TOL, where + ": HHI lower ≤ upper");
    assertTrue(i.crLower(4) <= i.crUpper(4) + TOL, where + ": CR4 lower ≤ upper");
    if (i.isEmpty()) {
      return;
    }
    int n = i.holderCount();
    double hhi = i.hhi();
    assertTrue(hhi >= 10_000.0 / n - TOL && hhi <= 10_000.0 + TOL, where + ": HHI " + hhi + " in [10000/" + n + ", 10000]");
    assertTrue(i.equivalentNumber() >= 1 - TOL && i.equivalentNumber() <= n + TOL, where + ": N_eq in [1, N]");
    assertTrue(i.shannonEffectiveNumber() >= 1 - TOL && i.shannonEffectiveNumber() <= n + TOL, where + ": exp(H) in [1, N]");
    assertTrue(i.normalisedHhi() >= 0 && i.normalisedHhi() <= 1, where + ": normalised in [0, 1]");
    assertTrue(i.hhiLower() <= hhi + TOL && hhi <= i.hhiUpper() + TOL, where + ": lower ≤ HHI ≤ upper");
    assertTrue(i.largestShareLower() <= i.largestShare() + TOL && i.largestShare() <= i.largestShareUpper() + TOL,
        where + ": largest share within bounds");
    assertTrue(i.equivalentNumberLower() <= i.equivalentNumber() + TOL
        && i.equivalentNumber() <= i.equivalentNumberUpper() + TOL, where + ": N_eq within bounds");
    assertTrue(i.shannonEntropyLower() <= i.shannonEntropy() + TOL, where + ": entropy lower bound");
    assertTrue(i.cr(1) <= i.cr(4) + TOL && i.cr(4) <= 1 + TOL, where + ": CR1 ≤ CR4 ≤ 1");
  }

  /** Renaming and reordering holders change nothing; merging two holders never lowers HHI. */
  static void invariances(Partition p, Random random, String where) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(p.asMap().entrySet());
    Collections.shuffle(entries, random);
    Partition.Builder reordered = Partition.builder();
    Partition.Builder renamed = Partition.builder();
    for (Map.Entry<String, Double> e : entries) {
      reordered.add(e.getKey(), e.getValue());
      renamed.add("renamed~" + new StringBuilder(e.getKey()).reverse(), e.getValue());
      if (p.flagged().contains(e.getKey())) {
        reordered.flag(e.getKey());
      }
    }
    reordered.addUnknown(p.unknownWeight());
    renamed.addUnknown(p.unknownWeight());
    assertEquals(p, reordered.build(), where + ": reordering");
    ConcentrationIndex a = p.index();
    ConcentrationIndex b = renamed.build().index();
    assertEquals(a.hhiLower(), b.hhiLower(), TOL, where + ": renaming");
    assertEquals(a.hhiUpper(), b.hhiUpper(), TOL, where + ": renaming");
    if (!a.isEmpty()) {
      assertEquals(a.hhi(), b.hhi(), TOL, where + ": renaming");
      assertEquals(a.shannonEntropy(), b.shannonEntropy(), TOL, where + ": renaming");
      assertEquals(a.cr(4), b.cr(4), TOL, where + ": renaming");
    }
    if (p.size() >= 2) {
      int x = random.nextInt(p.size());
      int y = (x + 1 + random.nextInt(p.size() - 1)) % p.size();
      Partition merged = p.combine(p.holder(x), p.holder(y), p.holder(x));
      ConcentrationIndex m = merged.index();
      assertTrue(m.hhi() >= a.hhi() - TOL, where + ": merging " + p.holder(x) + " and " + p.holder(y) + " lowered HHI");
      assertTrue(m.hhiLower() >= a.hhiLower() - TOL && m.hhiUpper() >= a.hhiUpper() - TOL, where + ": merging bounds");
      double formula = 2 * a.h() * 0 + 2 * (p.weight(x) / p.knownWeight()) * (p.weight(y) / p.knownWeight()) * 10_000;
      assertEquals(formula, m.hhi() - a.hhi(), 1e-6 * Math.max(1, formula), where + ": ΔHHI = 2·s_a·s_b");
    }
  }

  @Test
  void indicesOverGeneratedLandscapesOnEveryDimensionAndBasis() {
    Property.forAll(Landscapes.gen()).named("concentration index laws over generated landscapes").verify(l -> {
      Random random = new Random(l.hashCode());
      for (Scope s : SCOPES) {
        for (Dimension d : Dimension.values()) {
          for (Basis b : Basis.values()) {
            ConcentrationResult r = SCORER.measure(l, Measure.of(d, b, s));
            String where = d + "/" + b + "/" + s;
            indexLaws(r.partition(), where);
            invariances(r.partition(), random, where);
            assertTrue(r.sitesCounted() + r.sitesExcluded() <= r.sitesInScope(), where + ": coverage counts");
            if (!r.index().isEmpty()) {
              Assessment a = r.toAssessment();
              assertEquals(r.index().hhi(), a.metric("hhi").orElseThrow().value(), where + ": assessment HHI");
              assertEquals(r.sitesInScope(), a.coverage().needed(), where + ": assessment coverage");
            }
          }
        }
      }
    });
  }

  @Test
  void indicesOverSeededRandomPartitions() {
    Gen<Partition> partitions = (random, size) -> {
      Partition.Builder b = Partition.builder();
      int n = random.nextInt(size + 2);
      for (int i = 0; i < n; i++) {
        double w = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextDouble() * Math.pow(10, random.nextInt(7));
        b.add("h" + random.nextInt(size + 3), w);
      }
      if (random.nextBoolean()) {
        b.addUnknown(random.nextDouble() * 100);
      }
      return b.build();
    };
    Property.forAll(partitions).named("index laws over random partitions").maxSize(200).verify(p -> {
      indexLaws(p, p.toString());
      invariances(p, new Random(p.hashCode()), p.toString());
    });
  }

  @Test
  void dealScreeningAgreesWithTheTextbookFormulaWhereItApplies() {
    Gen<Object[]> landscapeAndDeal = (random, size) -> {
      Landscape l = Landscapes.gen().generate(random, size);
      Deal d = Landscapes.deal(l).generate(random, size);
      return new Object[] {l, d};
    };
    Property.forAll(landscapeAndDeal).named("deal screening ΔHHI").verify(pair -> {
      Landscape l = (Landscape) pair[0];
      Deal d = (Deal) pair[1];
      DealScreening s = SCORER.screen(l, DealMeasure.of(d, EnumSet.allOf(Dimension.class), Basis.ACCELERATORS,
          Scope.operational().withPipeline()));
      for (DimensionScreening x : s.dimensions()) {
        if (!x.measurable()) {
          assertTrue(x.firing().values().stream().allMatch(List::isEmpty), x.dimension() + ": unmeasurable, no rule");
          continue;
        }
        assertTrue(x.formulaConsistent(), () -> x.dimension() + ": formula " + x.formulaDeltaHhi() + " vs " + x.deltaHhi());
        if (x.mergedHolders().isPresent()) {
          assertTrue(x.deltaHhi() >= -TOL, x.dimension() + ": a combination of two holders never lowers HHI");
        }
        if (!x.changed()) {
          assertTrue(x.firing().values().stream().allMatch(List::isEmpty), x.dimension() + ": no change, no rule");
        }
      }
      Assessment a = s.toAssessment();
      assertEquals(Dimension.values().length + 1, a.coverage().needed(),
          "one coverage unit per dimension screened, and one for the capacity the deal moves");
      assertEquals(s.dimensions().stream().filter(DimensionScreening::measurable).count()
          + (s.targetsHoldNoCapacity() ? 0 : 1), a.coverage().known(),
          "measurable dimensions are the known ones, and the capacity moved unless the targets hold none here");
      if (s.movesCapacity() && d.effects().sites().isEmpty()) {
        // only stakes change: what moves is held through the targets
        assertTrue(s.heldByTargets() > 0, "capacity moved, so the targets " + s.targets() + " hold some");
      }
      assertEquals(!s.movesCapacity() && !d.effects().isEmpty() && s.heldByTargets() <= 0, s.targetsHoldNoCapacity());
      assertEquals(!s.movesCapacity(),
          a.findings().stream().anyMatch(f -> f.criterion().equals(DealScreening.CAPACITY_CRITERION)),
          "the capacity finding says why exactly when no dimension changes");
    });
  }
}
