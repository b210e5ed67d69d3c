package dev.sovai.scoring.sovereignty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.ownership.Holder;
import dev.sovai.scoring.ownership.HolderKind;
import dev.sovai.scoring.ownership.OwnershipGraph;
import dev.sovai.scoring.ownership.UltimateOwnership;
import dev.sovai.testkit.Gen;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/** Properties over generated landscapes (tries: -Dsovai.tries, rerun one case: -Dsovai.seed). */
class SovereigntyPropertiesTest {
  private static final SovereigntyProfile PROFILE = SovereigntyProfile.standard();
  private static final SovereigntyScorer SCORER = SovereigntyScorer.of(PROFILE);

  @Test
  void integratedOwnershipSumsToAtMostOneAndEqualsDirectStakesWithoutIndirectPaths() {
    Property.forAll(Landscapes.gen()).named("integrated ownership").verify(l -> {
      OwnershipGraph g = OwnershipGraph.of(l);
      for (Operator o : l.operators()) {
        UltimateOwnership u = g.ultimateHolders(o.id());
        assertTrue(u.totalCapital() <= 1 + 1e-9 && u.totalVotes() <= 1 + 1e-9, o.id() + ": " + u);
        assertEquals(1.0, u.totalCapital() + u.unresolvedCapital(), 1e-9, o.id() + ": " + u);
        boolean direct = !o.stakes().isEmpty() && o.stakes().stream().allMatch(s -> g.isTop(s.holder()));
        if (direct) {
          for (Stake s : o.stakes()) {
            assertEquals(s.capitalShare(), u.capitalOf(Holder.operator(s.holder())), 1e-12, o.id() + " " + s);
            assertEquals(s.effectiveVotingShare(), u.votesOf(Holder.operator(s.holder())), 1e-12, o.id() + " " + s);
          }
          double rest = u.capitalOfKind(HolderKind.UNKNOWN) + u.capitalOfKind(HolderKind.FREE_FLOAT);
          assertEquals(o.unlistedCapitalShare() <= g.tolerance() ? 0 : o.unlistedCapitalShare(), rest, 1e-12, o.id());
        }
      }
    });
  }

  @Test
  void wholeLandscapeSolveAgreesWithPerOperatorLookThrough() {
    Property.forAll(Landscapes.gen()).named("integrated = ultimateHolders").verify(l -> {
      OwnershipGraph g = OwnershipGraph.of(l);
      dev.sovai.scoring.ownership.IntegratedOwnership all = g.integrated(Holder::toString);
      for (Operator o : l.operators()) {
        UltimateOwnership u = g.ultimateHolders(o.id());
        for (Map.Entry<Holder, Double> e : u.capital().entrySet()) {
          assertEquals(e.getValue(), all.capitalOf(o.id(), e.getKey().toString()), 1e-9, o.id() + " " + e.getKey());
        }
        for (Map.Entry<Holder, Double> e : u.votes().entrySet()) {
          assertEquals(e.getValue(), all.votesOf(o.id(), e.getKey().toString()), 1e-9, o.id() + " " + e.getKey());
        }
        double sum = all.capital(o.id()).values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(sum <= 1 + 1e-9, o.id() + " sums to " + sum);
      }
    });
  }

  private static final List<String> FOREIGN_CODES = List.of("KP", "IR", "RU", "SG", "IN", "BR", "ZA", "MX");

  /** Adds a foreign jurisdiction with a law, an operator seated there, and gives it the unlisted rest of one operator. */
  private static Landscape withForeignStake(Landscape l, Operator target) {
    String code = FOREIGN_CODES.stream().filter(c -> l.jurisdiction(c).isEmpty()).findFirst().orElseThrow();
    Jurisdiction j = Jurisdiction.builder().code(code).name("Foreign " + code)
        .addLaws(ExtraterritorialLaw.builder().id("test-law").name("Test law")
            .addReach(ReachRule.INCORPORATED_IN, ReachRule.CONTROLLED_FROM).build()).build();
    Operator foreign = Operator.builder().id("zz-foreign").name("Foreign holder").kind(OperatorKind.INVESTOR)
        .seat(code).build();
    Operator after = target.withStake(Stake.of("zz-foreign", Math.max(0, room(target))));
    return Landscape.builder().from(l).addJurisdictions(j).addOperators(foreign).build().withOperator(after);
  }

  /** A generated landscape and the sites whose operator gets a foreign stake, drawn with the property's randomness. */
  private record StakeCase(Landscape landscape, List<String> sites) {}

  private static Gen<StakeCase> stakeCases() {
    return Landscapes.gen().flatMap(l -> (random, size) -> {
      List<String> candidates = new ArrayList<>();
      for (Site s : l.sites()) {
        Operator target = s.operator().flatMap(l::operator).orElse(null);
        if (target != null && room(target) > 1e-6) {
          candidates.add(s.id());
        }
      }
      List<String> picked = new ArrayList<>();
      while (!candidates.isEmpty() && picked.size() < 3) {
        picked.add(candidates.remove(random.nextInt(candidates.size())));
      }
      return new StakeCase(l, picked);
    });
  }

  private static double room(Operator target) {
    return Math.min(1 - target.listedCapitalShare(), 1 - target.listedVotingShare());
  }

  @Test
  void addingAForeignStakeNeverLowersExposure() {
    AtomicInteger landscapes = new AtomicInteger();
    AtomicInteger exercised = new AtomicInteger();
    Property.forAll(stakeCases()).named("foreign stake monotone").verify(c -> {
      landscapes.incrementAndGet();
      Landscape l = c.landscape();
      for (String siteId : c.sites()) {
        Operator target = l.operator(l.site(siteId).orElseThrow().operator().orElseThrow()).orElseThrow();
        SiteSovereignty before = SCORER.site(l, siteId);
        Landscape l2 = withForeignStake(l, target);
        assertTrue(l2.operator(target.id()).orElseThrow().stakeOf("zz-foreign").isPresent(), siteId);
        SiteSovereignty after = SCORER.site(l2, siteId);
        exercised.incrementAndGet();
        assertTrue(after.laws().containsAll(before.laws()), siteId + ": " + before.laws() + " → " + after.laws());
        assertTrue(after.exposures().size() >= before.exposures().size(), siteId);
        assertTrue(after.cutOff().level().compareTo(before.cutOff().level()) >= 0, siteId);
        for (int i = 0; i < before.secNumCloud().size(); i++) {
          assertTrue(after.secNumCloud().get(i).totalOutside() >= before.secNumCloud().get(i).totalOutside() - 1e-9,
              siteId + " " + before.secNumCloud().get(i).provider());
        }
      }
    });
    // the property is only worth its name if stakes were really added: at least one site per two landscapes
    assertTrue(exercised.get() * 2 >= landscapes.get(), exercised + " stake additions over " + landscapes + " landscapes");
  }

  /** A summary of a site result that does not depend on identifiers' spelling or list order. */
  private static String summary(SiteSovereignty r, UnaryOperator<String> unname) {
    List<String> paths = new ArrayList<>();
    for (Exposure e : r.exposures()) {
      paths.add(e.lawKey() + "/" + e.role() + "/" + unname.apply(e.entity()) + "/" + unname.apply(e.reached()) + "/"
          + e.rule());
    }
    Collections.sort(paths);
    List<String> snc = new ArrayList<>();
    for (SecNumCloudView v : r.secNumCloud()) {
      snc.add(unname.apply(v.provider()) + ":" + v.seat() + v.ownership() + round(v.largestOutside())
          + "/" + round(v.totalOutside()) + "/" + round(v.unknownShare()));
    }
    Collections.sort(snc);
    List<String> gx = new ArrayList<>();
    for (GaiaXView v : r.gaiaX()) {
      gx.add(unname.apply(v.provider()) + ":" + v.seat() + v.control() + v.dataLocation());
    }
    Collections.sort(gx);
    Map<String, String> scores = new TreeMap<>();
    r.csf().sealScores().forEach((k, v) -> scores.put(k, round(v)));
    r.csf().pointsScores().forEach((k, v) -> scores.put("p" + k, round(v)));
    return paths + " " + r.cutOff().level() + r.cutOff().foreignDependencies() + " " + snc + " " + gx + " "
        + r.csf().seal() + r.csf().grades() + scores + " " + r.coverage().known() + "/" + r.coverage().needed();
  }

  private static String round(double v) {
    return String.format(Locale.ROOT, "%.8f", v + 0.0);
  }

  private static Landscape renamed(Landscape l, UnaryOperator<String> name) {
    List<Operator> ops = new ArrayList<>();
    for (Operator o : l.operators()) {
      List<Stake> stakes = new ArrayList<>();
      for (Stake s : o.stakes()) {
        stakes.add(Stake.builder().from(s).holder(name.apply(s.holder())).build());
      }
      ops.add(Operator.builder().from(o).id(name.apply(o.id())).stakes(stakes).build());
    }
    List<Accelerator> accs = new ArrayList<>();
    for (Accelerator a : l.accelerators()) {
      accs.add(Accelerator.builder().from(a).vendor(name.apply(a.vendor())).build());
    }
    List<Site> sites = new ArrayList<>();
    for (Site s : l.sites()) {
      Site.Builder b = Site.builder().from(s).id(name.apply(s.id())).energy(java.util.Optional.empty())
          .owners(s.owners().stream().map(name).toList()).tenants(s.tenants().stream().map(name).toList());
      s.operator().ifPresent(o -> b.operator(name.apply(o)));
      s.accessGateway().ifPresent(o -> b.accessGateway(name.apply(o)));
      sites.add(b.build());
    }
    return Landscape.builder().from(l).operators(ops).accelerators(accs).sites(sites).deals(List.of()).build();
  }

  @Test
  void renamingIdsChangesNothing() {
    UnaryOperator<String> rename = id -> "x" + new StringBuilder(id).reverse();
    UnaryOperator<String> unrename = id -> new StringBuilder(id.substring(1)).reverse().toString();
    Property.forAll(Landscapes.gen()).named("renaming").verify(l -> {
      Landscape renamed = renamed(l, rename);
      for (Site s : l.sites()) {
        String a = summary(SCORER.site(l, s.id()), UnaryOperator.identity());
        String b = summary(SCORER.site(renamed, rename.apply(s.id())), unrename);
        assertEquals(a, b, s.id());
      }
    });
  }

  /**
   * A generated landscape and a copy whose lists the landscape keeps in their given order (a site's owners, tenants,
   * fleet and locations; an operator's operations and certifications) are shuffled with the property's randomness.
   * Entity lists and stakes are not shuffled: the landscape and the operator sort them, so their order never reaches a
   * scorer.
   */
  private record Reordered(Landscape original, Landscape shuffled) {}

  private static <T> List<T> shuffled(java.util.Collection<T> list, RandomGenerator random) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, random.nextInt(i + 1));
    }
    return copy;
  }

  private static Gen<Reordered> reordered() {
    return Landscapes.gen().flatMap(l -> (random, size) -> {
      List<Site> sites = new ArrayList<>();
      for (Site s : l.sites()) {
        sites.add(Site.builder().from(s).owners(shuffled(s.owners(), random)).tenants(shuffled(s.tenants(), random))
            .fleet(shuffled(s.fleet(), random)).dataLocations(shuffled(s.dataLocations(), random))
            .administrationLocations(shuffled(s.administrationLocations(), random))
            .supportLocations(shuffled(s.supportLocations(), random)).build());
      }
      List<Operator> ops = new ArrayList<>();
      for (Operator o : l.operators()) {
        ops.add(Operator.builder().from(o).operationsIn(shuffled(o.operationsIn(), random))
            .certifications(shuffled(o.certifications(), random)).build());
      }
      return new Reordered(l, Landscape.builder().from(l).operators(ops).sites(sites).build());
    });
  }

  /** The lists of a landscape whose order is kept, in a form that compares order. */
  private static String orderedLists(Landscape l) {
    StringBuilder b = new StringBuilder();
    for (Site s : l.sites()) {
      b.append(s.owners()).append(s.tenants()).append(s.fleet()).append(List.copyOf(s.dataLocations()))
          .append(List.copyOf(s.administrationLocations())).append(List.copyOf(s.supportLocations()));
    }
    for (Operator o : l.operators()) {
      b.append(List.copyOf(o.operationsIn())).append(o.certifications());
    }
    return b.toString();
  }

  @Test
  void orderOfInputListsChangesNothing() {
    AtomicInteger landscapes = new AtomicInteger();
    AtomicInteger reorderedCount = new AtomicInteger();
    Property.forAll(reordered()).named("order").verify(c -> {
      landscapes.incrementAndGet();
      Landscape l = c.original();
      Landscape shuffled = c.shuffled();
      if (!orderedLists(l).equals(orderedLists(shuffled))) {
        reorderedCount.incrementAndGet();
      }
      for (Site s : l.sites()) {
        SiteSovereignty a = SCORER.site(l, s.id());
        SiteSovereignty b = SCORER.site(shuffled, s.id());
        assertEquals(summary(a, UnaryOperator.identity()), summary(b, UnaryOperator.identity()), s.id());
        assertEquals(new java.util.HashSet<>(a.findings()), new java.util.HashSet<>(b.findings()), s.id());
      }
      LandscapeSovereignty a = SCORER.landscape(l);
      LandscapeSovereignty b = SCORER.landscape(shuffled);
      assertEquals(a.byLaw().keySet(), b.byLaw().keySet());
      assertEquals(a.home().accelerators(), b.home().accelerators());
      assertEquals(a.home().h100Equivalents(), b.home().h100Equivalents(), 1e-6);
      assertEquals(a.byCutOffLevel().keySet(), b.byCutOffLevel().keySet());
    });
    // the scorer must really have been shown other orders, in most landscapes
    assertTrue(reorderedCount.get() * 2 >= landscapes.get(), reorderedCount + " reordered of " + landscapes);
  }

  @Test
  void everyResultConvertsToAnAssessment() {
    Property.forAll(Landscapes.gen()).named("assessment").verify(l -> {
      for (Site site : l.sites()) {
        SiteSovereignty r = SCORER.site(l, site.id());
        Assessment a = r.toAssessment();
        assertEquals("sovereignty", a.scorer());
        assertEquals(EntityRef.of(EntityKind.SITE, site.id()), a.subject());
        assertEquals(l.asOf(), a.asOf());
        assertEquals(PROFILE.label(), a.profile());
        assertEquals(r.findings(), a.findings());
        assertEquals(r.coverage(), a.coverage());
        // the count found; a lower bound (value unknown) while the lawful-access axis lacks facts
        Metric laws = a.metric("foreignLaws").orElseThrow();
        assertEquals(r.lawfulAccessGaps().isEmpty(), laws.isKnown(), laws.toString());
        assertEquals(r.laws().size(), laws.isKnown() ? laws.value() : laws.lower().getAsDouble(), 0);
        assertEquals(r.cutOff().isKnown(), a.metric("cutOffLevel").orElseThrow().isKnown());
        assertTrue(r.explain().startsWith("site " + site.id()));
      }
      for (Operator o : l.operators()) {
        OperatorSovereignty r = SCORER.operator(l, o.id());
        Assessment a = r.toAssessment();
        assertEquals("sovereignty", a.scorer());
        assertEquals(EntityRef.of(EntityKind.OPERATOR, o.id()), a.subject());
        assertEquals(r.findings(), a.findings());
        assertEquals(r.coverage(), a.coverage());
        assertTrue(r.explain().startsWith("operator " + o.id()));
      }
      LandscapeSovereignty ls = SCORER.landscape(l);
      assertTrue(ls.exposedToAny().h100Equivalents() <= ls.home().h100Equivalents() + 1e-6);
      ls.byLaw().values().forEach(c -> assertTrue(c.accelerators() <= ls.exposedToAny().accelerators()));
      Assessment a = ls.toAssessment();
      assertEquals("sovereignty", a.scorer());
      assertEquals(EntityKind.LANDSCAPE, a.subject().kind());
      assertEquals(ls.findings(), a.findings());
      assertEquals(ls.coverage(), a.coverage());
      assertEquals(ls.home().accelerators(), a.metric("homeAccelerators").orElseThrow().value(), 0);
      assertEquals(ls.home().h100Equivalents(), a.metric("homeH100Equivalents").orElseThrow().value(), 1e-9);
      assertTrue(ls.explain().startsWith("landscape"));
    });
  }
}
