package dev.sovai.testkit;

import dev.sovai.model.DatePrecision;
import dev.sovai.model.ModelException;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Holding;
import dev.sovai.model.landscape.InvalidLandscapeException;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.landscape.Violation;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of the model's values checked over the testkit's generated values: what holds for every money amount,
 * partial date, operator, site and landscape the generators make. The model's own unit tests live in the model
 * module; these stay here because they need the generators, which depend on the model.
 */
class GeneratedModelPropertiesTest {
  @Test
  void navigationAgreesWithTheEntities() {
    Property.forAll(Landscapes.gen()).named("navigation").verify(l -> {
      for (Operator o : l.operators()) {
        assertEquals(o.stakes(), l.stakesIn(o.id()));
        for (Stake s : o.stakes()) {
          assertTrue(l.holdingsOf(s.holder()).stream().anyMatch(h -> h.operator().equals(o.id())
              && h.stake().equals(s)));
        }
        List<Holding> holdings = l.holdingsOf(o.id());
        for (int i = 1; i < holdings.size(); i++) {
          assertTrue(holdings.get(i - 1).operator().compareTo(holdings.get(i).operator()) < 0);
        }
        assertEquals(l.sites().stream().filter(s -> s.operator().equals(Optional.of(o.id()))).toList(),
            l.sitesOperatedBy(o.id()));
        assertEquals(l.sites().stream().filter(s -> s.effectiveOwners().contains(o.id())).toList(),
            l.sitesOwnedBy(o.id()));
        assertEquals(l.deals().stream().filter(d -> d.parties().stream().anyMatch(p -> p.operator().equals(o.id())))
            .toList(), l.dealsOfParty(o.id()));
      }
      for (Site s : l.sites()) {
        assertEquals(Optional.of(s), l.site(s.id()));
        assertEquals(l.deals().stream().filter(d -> d.sites().contains(s.id())
            || d.effects().sites().stream().anyMatch(c -> c.site().equals(s.id()))).toList(), l.dealsOfSite(s.id()));
      }
    });
  }

  @Test
  void moneyNormalisationIsCanonical() {
    Property.forAll(Models.money()).named("money normalisation").verify(m -> {
      BigDecimal a = m.amount();
      assertTrue(a.scale() >= 0 && a.signum() >= 0, m::toString);
      assertTrue(a.signum() == 0 ? a.scale() == 0 : a.stripTrailingZeros().scale() == a.scale()
          || a.stripTrailingZeros().scale() < 0, m::toString);
      assertEquals(m, Money.of(a.setScale(a.scale() + 3), m.currency()));
      assertEquals(m, Money.of(a.toString(), m.currency().getCurrencyCode()));
      assertEquals(m, Money.of(m.toString().split(" ")[0], m.toString().split(" ")[1]));
    });
  }

  @Test
  void withStakeSetsExactlyThatStake() {
    Gen<Object[]> cases = Models.operator().flatMap(o -> Models.slug().map(h -> new Object[] {o, h}));
    Property.forAll(cases).named("withStake").verify(c -> {
      Operator o = (Operator) c[0];
      String holder = (String) c[1];
      if (holder.equals(o.id())) {
        return;
      }
      double others = o.stakes().stream().filter(s -> !s.holder().equals(holder))
          .mapToDouble(Stake::capitalShare).sum();
      double otherVotes = o.stakes().stream().filter(s -> !s.holder().equals(holder))
          .mapToDouble(Stake::effectiveVotingShare).sum();
      double room = Math.max(0, Math.min(1 - others, 1 - otherVotes));
      Stake s = Stake.of(holder, Math.floor(room * 1000) / 1000);
      Operator after = o.withStake(s);
      assertEquals(s.isEmpty() ? Optional.empty() : Optional.of(s), after.stakeOf(holder));
      assertEquals(o.stakes().stream().filter(x -> !x.holder().equals(holder)).toList(),
          after.stakes().stream().filter(x -> !x.holder().equals(holder)).toList());
      Stake current = o.stakeOf(holder).orElse(Stake.of(holder, 0));
      if (!current.isEmpty() || o.stakeOf(holder).isEmpty()) {
        assertEquals(o, o.withStake(current), "setting the stake a holder has changes nothing");
      }
    });
  }

  @Test
  void partialDateOrderIsConsistentWithEqualsAndWithCertainOrder() {
    Property.forAll(Models.partialDate().list(2, 2)).named("partial date order").verify(p -> {
      PartialDate a = p.get(0);
      PartialDate b = p.get(1);
      assertEquals(a.equals(b), a.compareTo(b) == 0);
      assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
      if (a.isCertainlyAfter(b)) {
        assertTrue(a.compareTo(b) > 0);
        assertFalse(b.isCertainlyAfter(a));
      }
      assertFalse(a.earliest().isAfter(a.latest()));
      assertEquals(a, PartialDate.parse(a.toString()));
      assertEquals(a, Models.coarsen(a.earliest(), a.precision()));
      assertEquals(a, Models.coarsen(a.latest(), a.precision()));
    });
  }

  @Test
  void statusOnIsDecommissionedOnceTheDateHasPassed() {
    Property.forAll(Models.site()).named("statusOn after decommissioning").verify(s -> {
      s.decommissioned().ifPresent(d ->
          assertEquals(SiteStatus.DECOMMISSIONED, s.statusOn(d.latest().plusDays(1)), s::toString));
      if (s.decommissioned().isEmpty() && s.status() != SiteStatus.CANCELLED
          && s.status() != SiteStatus.DECOMMISSIONED) {
        s.operationalFrom().ifPresent(d -> assertEquals(SiteStatus.OPERATIONAL, s.statusOn(d.latest())));
      }
    });
  }
}
