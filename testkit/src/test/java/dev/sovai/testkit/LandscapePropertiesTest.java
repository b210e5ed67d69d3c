package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.landscape.InvalidLandscapeException;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.landscape.MergeRule;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.Site;

/** Merge and apply, as documented on Landscape. */
class LandscapePropertiesTest {
  private static final Gen<Landscape> LANDSCAPES = Landscapes.gen();

  /** Three landscapes drawn from the same identifier pools, so they define shared entities differently. */
  private static final Gen<List<Landscape>> TRIPLES = LANDSCAPES.list(3, 3);

  @Test
  void mergeIsIdempotent() {
    Property.forAll(LANDSCAPES).named("merge idempotent").verify(l -> {
      for (MergeRule rule : MergeRule.values()) {
        assertEquals(l, l.merge(l, rule), rule.name());
      }
      assertEquals(l, l.merge(Landscape.empty(l.asOf())));
      assertEquals(l, Landscape.empty(l.asOf()).merge(l));
    });
  }

  @Test
  void mergeIsAssociative() {
    Property.forAll(TRIPLES).named("merge associative").verify(t -> {
      Landscape a = t.get(0);
      Landscape b = t.get(1);
      Landscape c = t.get(2);
      for (MergeRule rule : List.of(MergeRule.OVERLAY_WINS, MergeRule.BASE_WINS)) {
        assertEquals(a.merge(b, rule).merge(c, rule), a.merge(b.merge(c, rule), rule), rule.name());
      }
    });
  }

  @Test
  void mergeKeepsTheWinnersDefinition() {
    Property.forAll(LANDSCAPES.list(2, 2)).named("merge winner").verify(p -> {
      Landscape base = p.get(0);
      Landscape overlay = p.get(1);
      Landscape over = base.merge(overlay, MergeRule.OVERLAY_WINS);
      Landscape under = base.merge(overlay, MergeRule.BASE_WINS);
      for (Site s : overlay.sites()) {
        assertEquals(Optional.of(s), over.site(s.id()));
        assertEquals(base.site(s.id()).orElse(s), under.site(s.id()).orElseThrow());
      }
      assertEquals(base.sites().size() + overlay.sites().stream().filter(s -> base.site(s.id()).isEmpty()).count(),
          over.sites().size());
      assertEquals(base.asOf().isAfter(overlay.asOf()) ? base.asOf() : overlay.asOf(), over.asOf());
    });
  }

  @Test
  void mergeFailsOnConflictListingEveryConflict() {
    Property.forAll(LANDSCAPES.list(2, 2)).named("merge conflicts").verify(p -> {
      Landscape a = p.get(0);
      Landscape b = p.get(1);
      long conflicts = b.sites().stream().filter(s -> a.site(s.id()).map(x -> !x.equals(s)).orElse(false)).count()
          + b.operators().stream().filter(o -> a.operator(o.id()).map(x -> !x.equals(o)).orElse(false)).count()
          + b.deals().stream().filter(d -> a.deal(d.id()).map(x -> !x.equals(d)).orElse(false)).count()
          + b.sources().stream().filter(s -> a.source(s.id()).map(x -> !x.equals(s)).orElse(false)).count()
          + b.accelerators().stream().filter(x -> a.accelerator(x.id()).map(y -> !y.equals(x)).orElse(false)).count()
          + b.jurisdictions().stream().filter(j -> a.jurisdiction(j.code()).map(y -> !y.equals(j)).orElse(false))
              .count();
      if (conflicts == 0) {
        assertEquals(a.merge(b), a.merge(b, MergeRule.FAIL_ON_CONFLICT));
      } else {
        InvalidLandscapeException e = assertThrows(InvalidLandscapeException.class,
            () -> a.merge(b, MergeRule.FAIL_ON_CONFLICT));
        assertEquals(conflicts, e.violations().size(), e::getMessage);
      }
    });
  }

  @Test
  void applyingADealKeepsTheLandscapeValidAndMakesItsChanges() {
    Gen<Landscape[]> beforeAndAfter = LANDSCAPES.flatMap(l -> Landscapes.deal(l).map(d -> {
      Landscape after = l.apply(d);
      return new Landscape[] {l, after, Landscape.builder().from(after).build()};
    }));
    Property.forAll(LANDSCAPES.flatMap(l -> Landscapes.deal(l).map(d -> new Object[] {l, d})))
        .named("apply(deal)").verify(pair -> {
          Landscape before = (Landscape) pair[0];
          Deal deal = (Deal) pair[1];
          Landscape copy = Landscape.builder().from(before).build();
          Landscape after = before.apply(deal);
          assertEquals(copy, before, "apply must not modify the landscape");
          assertEquals(after, Landscape.builder().from(after).build());
          assertEquals(Optional.of(deal), after.deal(deal.id()));
          for (StakeChange c : deal.effects().stakes()) {
            Optional<Stake> now = after.operator(c.operator()).orElseThrow().stakeOf(c.stake().holder());
            assertEquals(c.stake().isEmpty() ? Optional.empty() : Optional.of(c.stake()), now);
          }
          for (SiteChange c : deal.effects().sites()) {
            Site s = after.site(c.site()).orElseThrow();
            c.operator().ifPresent(o -> assertEquals(Optional.of(o), s.operator()));
            c.owners().ifPresent(o -> assertEquals(o, s.owners()));
            c.accessGateway().ifPresent(g -> assertEquals(Optional.of(g), s.accessGateway()));
          }
          assertEquals(after, after.apply(deal), "applying a deal twice changes nothing more");
          assertEquals(before.sites().size(), after.sites().size());
          assertEquals(before.operators().size(), after.operators().size());
        });
    Property.forAll(beforeAndAfter).tries(20).verify(x -> assertEquals(x[1], x[2]));
  }

  /** A statistic over fixed seeds (not the runner: it must not depend on sovai.seed or sovai.tries). */
  @Test
  void generatedDealsChangeSomethingOften() {
    Gen<Deal> deals = LANDSCAPES.flatMap(Landscapes::deal);
    int withEffects = 0;
    for (long seed = 0; seed < 200; seed++) {
      if (!deals.sample(seed, (int) (seed % 50)).effects().isEmpty()) {
        withEffects++;
      }
    }
    assertTrue(withEffects > 50, withEffects + " of 200 deals with effects");
  }

  @Test
  void landscapesHaveTheFeaturesTheyPromise() {
    int[] features = new int[7];
    for (long seed = 0; seed < 200; seed++) {
      Landscape l = LANDSCAPES.sample(seed, (int) (seed % 50));
      if (l.operators().stream().anyMatch(o -> o.stakes().stream()
          .anyMatch(s -> l.holdingsOf(o.id()).stream().anyMatch(h -> h.operator().equals(s.holder()))))) {
        features[0]++; // a two-operator cross-holding
      }
      if (l.sites().stream().anyMatch(s -> s.jurisdiction().length() > 2)) {
        features[1]++; // a site in a subdivision
      }
      if (l.sites().stream().anyMatch(s -> s.announced().map(d -> d.precision()
          == dev.sovai.model.DatePrecision.MONTH).orElse(false))) {
        features[2]++;
      }
      if (l.operators().stream().anyMatch(o -> o.remainder() == dev.sovai.model.operator.Remainder.UNKNOWN
          && o.unlistedCapitalShare() > 0)) {
        features[3]++;
      }
      if (l.sites().stream().flatMap(s -> s.fleet().stream()).anyMatch(x -> x.accelerator().isEmpty())) {
        features[4]++; // an unknown chip
      }
      if (l.jurisdictions().stream().anyMatch(j -> j.parentCode().isPresent())) {
        features[5]++; // a declared subdivision
      }
      if (l.jurisdictions().stream().anyMatch(j -> !j.laws().isEmpty())
          && l.jurisdictions().stream().anyMatch(j -> j.grid().isPresent())) {
        features[6]++; // laws and grids
      }
    }
    for (int i = 0; i < features.length; i++) {
      assertTrue(features[i] > 20, "feature " + i + " seen " + features[i] + " times");
    }
    assertFalse(LANDSCAPES.sample(1, 0).sites().isEmpty());
  }
}
