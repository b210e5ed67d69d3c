package dev.sovai.scoring.sovereignty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import dev.sovai.model.accelerator.Accelerator;
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
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/** Properties over generated landscapes (tries: -Dsovai.tries, rerun one case: -Dsovai.seed). */
class SovereigntyPropertiesTest {
  private static final SovereigntyProfile PROFILE = SovereigntyProfile.EU_DEFAULT;

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
    double room = Math.min(1 - target.listedCapitalShare(), 1 - target.listedVotingShare());
    Operator after = target.withStake(Stake.of("zz-foreign", Math.max(0, room)));
    return Landscape.builder().from(l).addJurisdictions(j).addOperators(foreign).build().withOperator(after);
  }

  @Test
  void addingAForeignStakeNeverLowersExposure() {
    Property.forAll(Landscapes.gen()).named("foreign stake monotone").verify(l -> {
      Random pick = new Random(l.hashCode());
      SovereigntyScorer scorer = SovereigntyScorer.of(l, PROFILE);
      int tried = 0;
      for (Site s : l.sites()) {
        if (tried == 3) {
          break;
        }
        if (s.operator().isEmpty()) {
          continue;
        }
        Operator target = l.operator(s.operator().get()).orElseThrow();
        if (target.listedCapitalShare() > 1 - 1e-6 || target.listedVotingShare() > 1 - 1e-6 || pick.nextInt(3) == 0) {
          continue;
        }
        tried++;
        SiteSovereignty before = scorer.site(s.id());
        Landscape l2 = withForeignStake(l, target);
        SiteSovereignty after = SovereigntyScorer.of(l2, PROFILE).site(s.id());
        assertTrue(after.laws().containsAll(before.laws()), s.id() + ": " + before.laws() + " → " + after.laws());
        assertTrue(after.exposures().size() >= before.exposures().size(), s.id());
        assertTrue(after.cutOff().level().compareTo(before.cutOff().level()) >= 0, s.id());
        for (int i = 0; i < before.secNumCloud().size(); i++) {
          assertTrue(after.secNumCloud().get(i).totalOutside() >= before.secNumCloud().get(i).totalOutside() - 1e-9,
              s.id() + " " + before.secNumCloud().get(i).provider());
        }
      }
    });
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
      SovereigntyScorer original = SovereigntyScorer.of(l, PROFILE);
      SovereigntyScorer renamedScorer = SovereigntyScorer.of(renamed(l, rename), PROFILE);
      for (Site s : l.sites()) {
        String a = summary(original.site(s.id()), UnaryOperator.identity());
        String b = summary(renamedScorer.site(rename.apply(s.id())), unrename);
        assertEquals(a, b, s.id());
      }
    });
  }

  @Test
  void orderOfInputListsChangesNothing() {
    Property.forAll(Landscapes.gen()).named("order").verify(l -> {
      Random random = new Random(l.sites().size() * 31L + l.operators().size());
      List<Site> sites = new ArrayList<>();
      for (Site s : l.sites()) {
        List<String> owners = new ArrayList<>(s.owners());
        List<String> tenants = new ArrayList<>(s.tenants());
        List<dev.sovai.model.site.AcceleratorLot> fleet = new ArrayList<>(s.fleet());
        Collections.shuffle(owners, random);
        Collections.shuffle(tenants, random);
        Collections.shuffle(fleet, random);
        sites.add(Site.builder().from(s).owners(owners).tenants(tenants).fleet(fleet).build());
      }
      Collections.shuffle(sites, random);
      List<Operator> ops = new ArrayList<>(l.operators());
      Collections.shuffle(ops, random);
      Landscape shuffled = Landscape.builder().from(l).operators(ops).sites(sites).build();
      SovereigntyScorer one = SovereigntyScorer.of(l, PROFILE);
      SovereigntyScorer two = SovereigntyScorer.of(shuffled, PROFILE);
      for (Site s : l.sites()) {
        assertEquals(summary(one.site(s.id()), UnaryOperator.identity()),
            summary(two.site(s.id()), UnaryOperator.identity()), s.id());
      }
      LandscapeSovereignty a = one.landscape();
      LandscapeSovereignty b = two.landscape();
      assertEquals(a.byLaw().keySet(), b.byLaw().keySet());
      assertEquals(a.home().accelerators(), b.home().accelerators());
      assertEquals(a.home().h100Equivalents(), b.home().h100Equivalents(), 1e-6);
    });
  }

  @Test
  void everyResultConvertsToAnAssessment() {
    Property.forAll(Landscapes.gen()).named("assessment").verify(l -> {
      SovereigntyScorer s = SovereigntyScorer.of(l, PROFILE);
      for (Site site : l.sites()) {
        SiteSovereignty r = s.site(site.id());
        assertEquals(r.findings(), r.toAssessment().findings());
        assertTrue(r.explain().startsWith("site " + site.id()));
      }
      for (Operator o : l.operators()) {
        assertEquals("sovereignty", s.operator(o.id()).toAssessment().scorer());
      }
      LandscapeSovereignty ls = s.landscape();
      assertTrue(ls.exposedToAny().h100Equivalents() <= ls.home().h100Equivalents() + 1e-6);
      ls.byLaw().values().forEach(c -> assertTrue(c.accelerators() <= ls.exposedToAny().accelerators()));
      ls.toAssessment();
    });
  }
}
