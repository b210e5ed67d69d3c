package dev.sovai.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import dev.sovai.model.DatePrecision;
import dev.sovai.model.ModelException;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CertificationScheme;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.EnergySource;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;

/**
 * Mutators: generators of {@link Mutation}s, each of which starts from a generated valid value and breaks exactly
 * one rule of the model (a negative count, a share of 1.2, a bad slug, a bad ISO code, a PUE of 0.9, a latitude of
 * 91, a deal closed before it was announced, stakes summing to 1.1, a dangling reference, a duplicate
 * identifier…). Each names the type and field (or, for landscape rules, the entity and field path) the model's
 * rejection must name; {@link Mutation#assertRejected()} checks it.
 *
 * <pre>{@code
 * Property.forAll(Mutators.any()).verify(Mutation::assertRejected);
 * }</pre>
 *
 * <p>Implementation Requirements: every generator returned is stateless and thread-safe.
 */
public final class Mutators {
  private static final Map<String, Gen<Mutation>> ALL = build();

  private Mutators() {}

  /**
   * All mutators by name ({@code "lot-negative-count"}, {@code "dangling-site-operator"} …), in a stable order.
   *
   * @return an unmodifiable map of name to mutator, not null
   */
  public static Map<String, Gen<Mutation>> all() {
    return ALL;
  }

  /**
   * A mutator that picks one of {@link #all()} uniformly.
   *
   * @return the generator, not null
   */
  public static Gen<Mutation> any() {
    return Gen.choose(List.copyOf(ALL.values()));
  }

  private static Map<String, Gen<Mutation>> build() {
    Map<String, Gen<Mutation>> m = new LinkedHashMap<>();
    Models.Refs any = Models.Refs.any();
    Gen<String> badSlug = Gen.oneOf("", "Nscale", "start campus", "-leading", "a_b", "é", "x".repeat(65), "a.b");
    Gen<String> badCode = Gen.oneOf("", "XX", "FRA", "fr", "US-", "ZZ-TX", "US-TEXAS", "U1", "us-tx", "EU");
    Gen<Double> badShare = Gen.oneOf(1.2, 1.0000001, -0.1, Double.NaN, Double.POSITIVE_INFINITY);

    // ---- small values
    m.put("money-negative", (r, s) -> {
      Money money = Models.money().generate(r, s);
      BigDecimal bad = money.amount().negate().subtract(BigDecimal.ONE);
      return Mutation.ofElement("amount " + bad + " is negative", "Money", "amount", money,
          () -> Money.of(bad, money.currency()));
    });
    m.put("money-bad-currency", (r, s) -> {
      String code = Gen.oneOf("usd", "EURO", "XYZ", "", "US").generate(r, s);
      return Mutation.ofElement("currency " + code + " is not ISO 4217", "Money", "currency", code,
          () -> Money.of("1", code));
    });
    m.put("partial-date-month-13", (r, s) -> {
      int month = r.nextBoolean() ? 13 : 0;
      return Mutation.ofElement("month " + month, "PartialDate", "month", month,
          () -> PartialDate.ofMonth(2025, month));
    });
    m.put("partial-date-quarter-5", (r, s) -> {
      int q = r.nextBoolean() ? 5 : 0;
      return Mutation.ofElement("quarter " + q, "PartialDate", "quarter", q, () -> PartialDate.ofQuarter(2025, q));
    });
    m.put("partial-date-year-0", (r, s) -> {
      int y = r.nextBoolean() ? 0 : 10_000;
      return Mutation.ofElement("year " + y, "PartialDate", "year", y, () -> PartialDate.ofYear(y));
    });
    m.put("partial-date-bad-text", (r, s) -> {
      String t = Gen.oneOf("2025/06", "25", "2025-Q5", "2025-6", "June 2025", "").generate(r, s);
      return Mutation.ofElement("text \"" + t + "\"", "PartialDate", "text", t, () -> PartialDate.parse(t));
    });
    m.put("coordinates-latitude-91", (r, s) -> {
      double lat = Gen.oneOf(91.0, -90.5, Double.NaN, 1e9).generate(r, s);
      return Mutation.ofElement("latitude " + lat, "Coordinates", "latitude", lat, () -> Coordinates.of(lat, 0));
    });
    m.put("coordinates-longitude-181", (r, s) -> {
      double lon = Gen.oneOf(181.0, -180.01, Double.NaN).generate(r, s);
      return Mutation.ofElement("longitude " + lon, "Coordinates", "longitude", lon,
          () -> Coordinates.of(45, lon));
    });

    // ---- sources, jurisdictions, accelerators
    m.put("source-bad-slug", element(Models.source(), badSlug, "Source", "id",
        (v, bad) -> Source.builder().from(v).id(bad).build()));
    m.put("source-bad-language", element(Models.source(), Gen.oneOf("FR", "fra", "f", "français"), "Source",
        "language", (v, bad) -> Source.builder().from(v).language(bad).build()));
    m.put("source-relative-url", element(Models.source(), Gen.oneOf("/relative/path", "example.org/x"), "Source",
        "url", (v, bad) -> Source.builder().from(v).url(URI.create(bad)).build()));
    m.put("source-blank-title", element(Models.source(), Gen.oneOf("", " ", "\t\n"), "Source", "title",
        (v, bad) -> Source.builder().from(v).title(bad).build()));
    m.put("jurisdiction-bad-code", element(Models.jurisdiction(any), badCode, "Jurisdiction", "code",
        (v, bad) -> Jurisdiction.builder().from(v).code(bad).build()));
    m.put("jurisdiction-lower-case-bloc", element(Models.jurisdiction(any), Gen.oneOf("eu", "E U", ""),
        "Jurisdiction", "blocs", (v, bad) -> Jurisdiction.builder().from(v).addBlocs(bad).build()));
    m.put("law-without-reach", element(Models.law("us-cloud-act", any), Gen.constant(""), "ExtraterritorialLaw",
        "reach", (v, bad) -> ExtraterritorialLaw.builder().from(v).reach(Set.of()).build()));
    m.put("grid-renewable-plus-nuclear-over-1", (r, s) -> {
      GridProfile g = Models.grid(any).generate(r, s);
      double renewable = 0.3 + r.nextInt(60) / 100.0;
      double nuclear = 1.0 - renewable + 0.01 + r.nextInt(5) / 100.0;
      return Mutation.ofElement("renewable " + renewable + " + nuclear " + nuclear + " > 1", "GridProfile",
          "nuclearShare", g,
          () -> GridProfile.builder().from(g).renewableShare(renewable).nuclearShare(nuclear).build());
    });
    m.put("grid-negative-carbon", element(Models.grid(any), Gen.oneOf(-1.0, -0.001, Double.NaN), "GridProfile",
        "carbonIntensityGramsPerKwh",
        (v, bad) -> GridProfile.builder().from(v).carbonIntensityGramsPerKwh(bad).build()));
    m.put("accelerator-zero-power", element(Models.accelerator(), Gen.oneOf(0.0, -700.0, Double.NaN),
        "Accelerator", "boardPowerWatts",
        (v, bad) -> Accelerator.builder().from(v).boardPowerWatts(bad).build()));

    // ---- beyond the bounds of dev.sovai.model.Bounds
    m.put("money-huge-exponent", (r, s) -> {
      String amount = Gen.oneOf("1E-99999999", "-1E+999999999", "1E+30", "0." + "0".repeat(30) + "1").generate(r, s);
      return Mutation.ofElement("amount " + amount + " is beyond the bounds", "Money", "amount", amount,
          () -> Money.of(amount, "EUR"));
    });
    m.put("money-no-currency", (r, s) -> {
      String code = Gen.oneOf("XXX", "XTS", "XAU", "XDR").generate(r, s);
      return Mutation.ofElement("currency " + code + " names no currency", "Money", "currency", code,
          () -> Money.of("1", code));
    });
    m.put("lot-count-beyond-bound", element(Models.lot(any),
        Gen.longs(dev.sovai.model.Bounds.MAX_ACCELERATORS_PER_LOT + 1, Long.MAX_VALUE - 1), "AcceleratorLot", "count",
        (v, bad) -> AcceleratorLot.builder().from(v).count(bad).build()));
    m.put("site-pue-above-10", element(Models.site(), Gen.oneOf(10.000001, 11.0, 1e300, Double.POSITIVE_INFINITY),
        "Site", "pue", (v, bad) -> Site.builder().from(v).pue(bad).build()));
    m.put("site-capacity-beyond-bound", element(Models.site(), Gen.oneOf(100_000.001, 1e9, Double.MAX_VALUE),
        "Site", "itCapacityMw", (v, bad) -> Site.builder().from(v).itCapacityMw(bad).build()));
    m.put("accelerator-power-beyond-bound", element(Models.accelerator(), Gen.oneOf(100_000.5, 1e12), "Accelerator",
        "boardPowerWatts", (v, bad) -> Accelerator.builder().from(v).boardPowerWatts(bad).build()));
    m.put("grid-carbon-beyond-bound", element(Models.grid(any), Gen.oneOf(2_000.01, 1e6), "GridProfile",
        "carbonIntensityGramsPerKwh",
        (v, bad) -> GridProfile.builder().from(v).carbonIntensityGramsPerKwh(bad).build()));

    // ---- operators and stakes
    m.put("stake-capital-share-out-of-range", element(stake(), badShare, "Stake", "capitalShare",
        (v, bad) -> Stake.builder().from(v).capitalShare(bad).build()));
    m.put("stake-voting-share-out-of-range", element(stake(), badShare, "Stake", "votingShare",
        (v, bad) -> Stake.builder().from(v).votingShare(bad).build()));
    m.put("stake-bad-holder-slug", element(stake(), badSlug, "Stake", "holder",
        (v, bad) -> Stake.builder().from(v).holder(bad).build()));
    m.put("operator-bad-slug", element(Models.operator(), badSlug, "Operator", "id",
        (v, bad) -> Operator.builder().from(v).id(bad).build()));
    m.put("operator-bad-seat", element(Models.operator(), badCode, "Operator", "seat",
        (v, bad) -> Operator.builder().from(v).seat(bad).build()));
    m.put("operator-capital-sum-1.1", (r, s) -> {
      Operator o = Models.operator().generate(r, s);
      double each = (1.1 - o.listedCapitalShare()) / 2;
      List<Stake> stakes = new ArrayList<>(o.stakes());
      stakes.add(Stake.builder().holder("zz-extra-1").capitalShare(each).votingShare(0).build());
      stakes.add(Stake.builder().holder("zz-extra-2").capitalShare(each).votingShare(0).build());
      return Mutation.ofElement("capital shares sum to 1.1", "Operator", "stakes.capitalShare", o,
          () -> Operator.builder().from(o).stakes(stakes).build());
    });
    m.put("operator-voting-sum-1.1", (r, s) -> {
      Operator o = Models.operator().generate(r, s);
      double each = (1.1 - o.listedVotingShare()) / 2;
      List<Stake> stakes = new ArrayList<>(o.stakes());
      stakes.add(Stake.builder().holder("zz-extra-1").capitalShare(0).votingShare(each).build());
      stakes.add(Stake.builder().holder("zz-extra-2").capitalShare(0).votingShare(each).build());
      return Mutation.ofElement("voting shares sum to 1.1", "Operator", "stakes.votingShare", o,
          () -> Operator.builder().from(o).stakes(stakes).build());
    });
    m.put("operator-holds-itself", (r, s) -> {
      Operator o = Models.operator().generate(r, s);
      return Mutation.ofElement("holds itself", "Operator", "stakes.holder", o,
          () -> Operator.builder().from(o).addStakes(Stake.of(o.id(), 0.0)).build());
    });
    m.put("operator-duplicate-holder", (r, s) -> {
      Operator o = Models.operator().generate(r, s);
      String extra = o.id().equals("extra-holder") ? "extra-holder-2" : "extra-holder";
      Operator held = o.stakes().isEmpty() ? o.withStake(Stake.of(extra, 0.1)) : o;
      String holder = held.stakes().get(r.nextInt(held.stakes().size())).holder();
      return Mutation.ofElement("holder " + holder + " listed twice", "Operator", "stakes.holder", held,
          () -> Operator.builder().from(held).addStakes(Stake.of(holder, 0.0)).build());
    });

    // ---- sites
    m.put("lot-negative-count", element(Models.lot(any), Gen.longs(Long.MIN_VALUE, -1), "AcceleratorLot", "count",
        (v, bad) -> AcceleratorLot.builder().from(v).count(bad).build()));
    m.put("lot-without-model", (r, s) -> {
      long count = r.nextInt(1000);
      return Mutation.ofElement("neither accelerator nor reportedModel", "AcceleratorLot", "accelerator", count,
          () -> AcceleratorLot.builder().count(count).build());
    });
    m.put("site-bad-slug", element(Models.site(), badSlug, "Site", "id",
        (v, bad) -> Site.builder().from(v).id(bad).build()));
    m.put("site-bad-jurisdiction", element(Models.site(), badCode, "Site", "jurisdiction",
        (v, bad) -> Site.builder().from(v).jurisdiction(bad).build()));
    m.put("site-pue-below-1", element(Models.site(), Gen.oneOf(0.9, 0.0, -1.0, 0.999999, Double.NaN), "Site",
        "pue", (v, bad) -> Site.builder().from(v).pue(bad).build()));
    m.put("site-negative-capacity", element(Models.site(), Gen.oneOf(-1.0, -0.5, Double.NEGATIVE_INFINITY),
        "Site", "itCapacityMw", (v, bad) -> Site.builder().from(v).itCapacityMw(bad).build()));
    m.put("site-duplicate-owner", (r, s) -> {
      Site site = Models.site().generate(r, s);
      String owner = site.effectiveOwners().isEmpty() ? "op-1" : site.effectiveOwners().get(0);
      return Mutation.ofElement("owner " + owner + " listed twice", "Site", "owners", site,
          () -> Site.builder().from(site).owners(List.of(owner, owner)).build());
    });
    m.put("site-operational-before-announced", (r, s) -> {
      Site site = Models.site().generate(r, s);
      PartialDate[] d = outOfOrder(r, s);
      return Mutation.ofElement("operational " + d[0] + " before announced " + d[1], "Site", "operationalFrom",
          site, () -> Site.builder().from(site).announced(d[1]).operationalFrom(d[0])
              .decommissioned(Optional.empty()).build());
    });
    m.put("site-decommissioned-before-operational", (r, s) -> {
      Site site = Models.site().generate(r, s);
      PartialDate[] d = outOfOrder(r, s);
      return Mutation.ofElement("decommissioned " + d[0] + " before operational " + d[1], "Site",
          "decommissioned", site, () -> Site.builder().from(site).announced(Optional.empty())
              .operationalFrom(d[1]).decommissioned(d[0]).build());
    });
    m.put("energy-shares-over-1", (r, s) -> {
      EnergySupply e = Models.energy(any).generate(r, s);
      double a = 0.5 + r.nextInt(50) / 100.0;
      double b = 1.0 - a + 0.01;
      return Mutation.ofElement("purchase " + a + " + on-site " + b + " > 1", "EnergySupply", "purchases.share",
          e, () -> EnergySupply.builder().from(e)
              .purchases(List.of(PowerPurchase.builder().source(EnergySource.WIND).share(a)
                  .build()))
              .onSite(List.of(OnSiteGeneration.builder().source(EnergySource.SOLAR).share(b)
                  .build()))
              .build());
    });
    m.put("energy-ref-out-of-range", element(Models.energy(any), badShare, "EnergySupply", "reportedRef",
        (v, bad) -> EnergySupply.builder().from(v).reportedRef(bad).build()));

    // ---- deals
    m.put("deal-closed-before-announced", (r, s) -> {
      Deal deal = Models.deal().generate(r, s);
      PartialDate[] d = outOfOrder(r, s);
      return Mutation.ofElement("closed " + d[0] + " before announced " + d[1], "Deal", "closed", deal,
          () -> Deal.builder().from(deal).announced(d[1]).closed(d[0]).build());
    });
    m.put("deal-without-parties", element(Models.deal(), Gen.constant(""), "Deal", "parties",
        (v, bad) -> Deal.builder().from(v).parties(List.of()).build()));
    m.put("deal-bad-slug", element(Models.deal(), badSlug, "Deal", "id",
        (v, bad) -> Deal.builder().from(v).id(bad).build()));
    m.put("deal-effect-self-holding", (r, s) -> {
      String id = Models.slug().generate(r, s);
      return Mutation.ofElement(id + " holds itself", "DealEffects", "stakes.holder", id,
          () -> DealEffects.builder().addStakes(StakeChange.of(id, Stake.of(id, 0.5))).build());
    });
    m.put("site-change-without-change", (r, s) -> {
      String id = Models.slug().generate(r, s);
      return Mutation.ofElement("changes nothing on " + id, "SiteChange", "operator", id,
          () -> SiteChange.builder().site(id).build());
    });

    // ---- whole landscapes
    Gen<Landscape> landscapes = Landscapes.gen();
    m.put("dangling-site-operator", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      return Mutation.ofLandscape("site operator names no operator", site.id(), "operator", l,
          () -> replaceSite(l, Site.builder().from(site).operator("ghost-operator").build()));
    }));
    m.put("dangling-site-owner", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      List<String> owners = new ArrayList<>(site.owners());
      owners.add("ghost-owner");
      return Mutation.ofLandscape("site owner names no operator", site.id(), "owners/" + (owners.size() - 1), l,
          () -> replaceSite(l, Site.builder().from(site).owners(owners).build()));
    }));
    m.put("dangling-fleet-accelerator", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      return Mutation.ofLandscape("fleet lot names no accelerator", site.id(),
          "fleet/" + site.fleet().size() + "/accelerator", l, () -> replaceSite(l,
              Site.builder().from(site).addFleet(AcceleratorLot.of("ghost-accelerator", 8)).build()));
    }));
    m.put("dangling-source", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      return Mutation.ofLandscape("site cites no source", site.id(), "sources/" + site.sources().size(), l,
          () -> replaceSite(l, Site.builder().from(site).addSources("ghost-source").build()));
    }));
    m.put("dangling-stake-holder", onLandscape(landscapes, (l, r) -> {
      Operator o = l.operators().get(r.nextInt(l.operators().size()));
      Operator mutated = o.withStake(Stake.builder().holder("ghost-holder").capitalShare(0).veto(true).build());
      int index = mutated.stakes().indexOf(mutated.stakeOf("ghost-holder").orElseThrow());
      return Mutation.ofLandscape("stake holder names no operator", o.id(), "stakes/" + index + "/holder", l,
          () -> Landscape.builder().from(l).operators(replace(l.operators(), mutated, Operator::id)).build());
    }));
    m.put("dangling-accelerator-vendor", onLandscape(landscapes, (l, r) -> {
      Accelerator a = l.accelerators().get(r.nextInt(l.accelerators().size()));
      Accelerator mutated = Accelerator.builder().from(a).vendor("ghost-vendor").build();
      return Mutation.ofLandscape("accelerator vendor names no operator", a.id(), "vendor", l,
          () -> Landscape.builder().from(l).accelerators(replace(l.accelerators(), mutated, Accelerator::id))
              .build());
    }));
    m.put("dangling-deal-party", onLandscape(landscapes, (l, r) -> {
      Deal d = l.deals().get(r.nextInt(l.deals().size()));
      Deal mutated = Deal.builder().from(d).addParties(Party.of("ghost-party", PartyRole.INVESTOR)).build();
      return Mutation.ofLandscape("deal party names no operator", d.id(),
          "parties/" + d.parties().size() + "/operator", l,
          () -> Landscape.builder().from(l).deals(replace(l.deals(), mutated, Deal::id)).build());
    }));
    m.put("duplicate-site-id", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      Site twin = Site.builder().from(site).name(site.name() + " (twin)").build();
      return Mutation.ofLandscape("two sites share an id", site.id(), "id", l,
          () -> Landscape.builder().from(l).addSites(twin).build());
    }));
    m.put("duplicate-operator-id", onLandscape(landscapes, (l, r) -> {
      Operator o = l.operators().get(r.nextInt(l.operators().size()));
      Operator twin = Operator.builder().from(o).name(o.name() + " (twin)").build();
      return Mutation.ofLandscape("two operators share an id", o.id(), "id", l,
          () -> Landscape.builder().from(l).addOperators(twin).build());
    }));

    // ---- more element rules
    m.put("certification-until-before-from", (r, s) -> {
      PartialDate[] d = outOfOrder(r, s);
      return Mutation.ofElement("valid until " + d[0] + " before valid from " + d[1], "Certification",
          "validUntil", d[1], () -> Certification.builder().scheme(CertificationScheme.SECNUMCLOUD)
              .validFrom(d[1]).validUntil(d[0]).build());
    });
    m.put("law-until-before-from", (r, s) -> {
      ExtraterritorialLaw law = Models.law("cn-nil-art7", any).generate(r, s);
      PartialDate[] d = outOfOrder(r, s);
      return Mutation.ofElement("in force until " + d[0] + " before " + d[1], "ExtraterritorialLaw",
          "effectiveUntil", law, () -> ExtraterritorialLaw.builder().from(law).effectiveFrom(d[1])
              .effectiveUntil(d[0]).build());
    });
    m.put("jurisdiction-duplicate-law", (r, s) -> {
      Jurisdiction j = Models.jurisdiction(any).generate(r, s);
      ExtraterritorialLaw law = Models.law("us-cloud-act", any).generate(r, s);
      return Mutation.ofElement("law us-cloud-act listed twice", "Jurisdiction", "laws", j,
          () -> Jurisdiction.builder().from(j).laws(List.of(law, law)).build());
    });
    m.put("grid-year-out-of-range", element(Models.grid(any), Gen.oneOf(1989, 2101, 0, -2025), "GridProfile",
        "year", (v, bad) -> GridProfile.builder().from(v).year(bad).build()));
    m.put("energy-negative-wue", element(Models.energy(any), Gen.oneOf(-0.1, -5.0, Double.NaN), "EnergySupply",
        "wueLitresPerKwh", (v, bad) -> EnergySupply.builder().from(v).wueLitresPerKwh(bad).build()));
    m.put("site-duplicate-tenant", (r, s) -> {
      Site site = Models.site().generate(r, s);
      return Mutation.ofElement("tenant listed twice", "Site", "tenants", site,
          () -> Site.builder().from(site).tenants(List.of("microsoft", "microsoft")).build());
    });
    m.put("site-bad-source-slug", element(Models.site(), badSlug, "Site", "sources",
        (v, bad) -> Site.builder().from(v).addSources(bad).build()));
    m.put("deal-duplicate-site", (r, s) -> {
      Deal deal = Models.deal().generate(r, s);
      return Mutation.ofElement("site listed twice", "Deal", "sites", deal,
          () -> Deal.builder().from(deal).sites(List.of("sines", "sines")).build());
    });
    m.put("deal-duplicate-party", (r, s) -> {
      Deal deal = Models.deal().generate(r, s);
      Party p = deal.parties().get(0);
      return Mutation.ofElement("party " + p + " listed twice", "Deal", "parties", deal,
          () -> Deal.builder().from(deal).addParties(p).build());
    });

    // ---- more landscape rules
    m.put("dangling-site-gateway", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      return Mutation.ofLandscape("access gateway names no operator", site.id(), "accessGateway", l,
          () -> replaceSite(l, Site.builder().from(site).accessGateway("ghost-gateway").build()));
    }));
    m.put("dangling-site-tenant", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      return Mutation.ofLandscape("tenant names no operator", site.id(), "tenants/" + site.tenants().size(), l,
          () -> replaceSite(l, Site.builder().from(site).addTenants("ghost-tenant").build()));
    }));
    m.put("dangling-ppa-supplier", onLandscape(landscapes, (l, r) -> {
      Site site = l.sites().get(r.nextInt(l.sites().size()));
      EnergySupply.Builder e = EnergySupply.builder();
      site.energy().ifPresent(e::from);
      int index = site.energy().map(x -> x.purchases().size()).orElse(0);
      EnergySupply energy = e.addPurchases(PowerPurchase.builder().source(EnergySource.HYDRO)
          .supplier("ghost-supplier").build()).build();
      return Mutation.ofLandscape("PPA supplier names no operator", site.id(),
          "energy/purchases/" + index + "/supplier", l,
          () -> replaceSite(l, Site.builder().from(site).energy(energy).build()));
    }));
    m.put("dangling-deal-site", onLandscape(landscapes, (l, r) -> {
      Deal d = l.deals().get(r.nextInt(l.deals().size()));
      Deal mutated = Deal.builder().from(d).addSites("ghost-site").build();
      return Mutation.ofLandscape("deal covers no site of the landscape", d.id(), "sites/" + d.sites().size(), l,
          () -> Landscape.builder().from(l).deals(replace(l.deals(), mutated, Deal::id)).build());
    }));
    m.put("dangling-effect-operator", onLandscape(landscapes, (l, r) -> {
      Deal d = l.deals().get(r.nextInt(l.deals().size()));
      String holder = l.operators().get(r.nextInt(l.operators().size())).id();
      DealEffects effects = DealEffects.builder().from(d.effects())
          .addStakes(StakeChange.of("ghost-operator", Stake.of(holder, 0.1))).build();
      Deal mutated = Deal.builder().from(d).effects(effects).build();
      return Mutation.ofLandscape("stake change in no operator of the landscape", d.id(),
          "effects/stakes/" + d.effects().stakes().size() + "/operator", l,
          () -> Landscape.builder().from(l).deals(replace(l.deals(), mutated, Deal::id)).build());
    }));
    m.put("duplicate-deal-id", onLandscape(landscapes, (l, r) -> {
      Deal d = l.deals().get(r.nextInt(l.deals().size()));
      Deal twin = Deal.builder().from(d).title(d.title() + " (twin)").build();
      return Mutation.ofLandscape("two deals share an id", d.id(), "id", l,
          () -> Landscape.builder().from(l).addDeals(twin).build());
    }));
    m.put("duplicate-source-id", onLandscape(landscapes, (l, r) -> {
      Source src = l.sources().get(r.nextInt(l.sources().size()));
      Source twin = Source.builder().from(src).title(src.title() + " (twin)").build();
      return Mutation.ofLandscape("two sources share an id", src.id(), "id", l,
          () -> Landscape.builder().from(l).addSources(twin).build());
    }));
    return Collections.unmodifiableMap(m);
  }

  /** A mutator that replaces one attribute of a generated valid value by a bad one. */
  private static <T, B> Gen<Mutation> element(Gen<T> valid, Gen<B> bad, String type, String field,
      Rebuild<T, B> rebuild) {
    return (r, s) -> {
      T v = valid.generate(r, s);
      B b = bad.generate(r, s);
      return Mutation.ofElement(field + " " + ModelException.describe(b), type, field, v, () -> rebuild.build(v, b));
    };
  }

  /** Rebuilds a value with one bad attribute. */
  @FunctionalInterface
  private interface Rebuild<T, B> {
    Object build(T valid, B bad);
  }

  /** Makes a landscape mutation from a generated landscape. */
  @FunctionalInterface
  private interface LandscapeMutator {
    Mutation mutate(Landscape valid, RandomGenerator random);
  }

  private static Gen<Mutation> onLandscape(Gen<Landscape> landscapes, LandscapeMutator mutator) {
    return (r, s) -> mutator.mutate(landscapes.generate(r, s), r);
  }

  private static Gen<Stake> stake() {
    return (r, s) -> Models.stakes(List.of(Models.slug().generate(r, s)), Models.Refs.any()).generate(r, s).get(0);
  }

  /** Two dates, the first certainly before the second (different years). */
  private static PartialDate[] outOfOrder(RandomGenerator r, int size) {
    DatePrecision[] p = DatePrecision.values();
    int year = 2000 + r.nextInt(30);
    LocalDate early = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    LocalDate late = LocalDate.of(year + 1 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
    return new PartialDate[] {Models.coarsen(early, p[r.nextInt(p.length)]),
        Models.coarsen(late, p[r.nextInt(p.length)])};
  }

  private static Landscape replaceSite(Landscape l, Site site) {
    return Landscape.builder().from(l).sites(replace(l.sites(), site, Site::id)).build();
  }

  private static <T> List<T> replace(List<T> list, T item, Function<T, String> id) {
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      out.add(id.apply(t).equals(id.apply(item)) ? item : t);
    }
    return out;
  }
}
