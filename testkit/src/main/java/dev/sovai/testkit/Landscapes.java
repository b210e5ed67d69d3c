package dev.sovai.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import dev.sovai.model.DatePrecision;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * Generators of whole, valid landscapes, of deals whose effects keep a landscape valid when applied, and a fast
 * generator of large landscapes for benchmarks.
 *
 * <p>A generated landscape at size {@code n} has 1 to about {@code n/4 + 1} sources, up to {@code n/2 + 1}
 * declared jurisdictions (countries and ISO 3166-2 subdivisions, with blocs, laws and grid profiles), 2 to
 * {@code n + 2} operators whose stakes sum to at most 1 on capital and on votes (with voting shares apart from
 * capital, vetoes, board rights, unknown and free-float remainders, and — one time in two — a cross-holding
 * cycle), 1 to {@code n/5 + 1} accelerators, 1 to {@code n + 1} sites (month-, quarter-, year- and day-precision
 * dates in order; unknown chips kept by {@code reportedModel}), and 1 to {@code n/3 + 1} deals whose effects are
 * valid against the landscape. Every reference resolves. Identifiers come from small pools ({@code op-3},
 * {@code site-12}), so two generated landscapes share identifiers with different definitions: what
 * {@link Landscape#merge(Landscape)} properties need.
 *
 * <p>Implementation Requirements: every generator returned is stateless and thread-safe.
 */
public final class Landscapes {
  private static final List<String> OPERATOR_NAMES = List.of("op", "nscale", "microsoft", "start-campus",
      "0-holding", "a", "fluidstack", "mgx");

  private Landscapes() {}

  /**
   * Valid landscapes whose size grows with the generator's size (see the class description).
   *
   * @return the generator, not null
   */
  public static Gen<Landscape> gen() {
    return Landscapes::generate;
  }

  private static Landscape generate(RandomGenerator r, int size) {
    List<String> sourceIds = ids("src", 1 + r.nextInt(1 + size / 4));
    Models.Refs sourceRefs = Models.Refs.of(List.of(), List.of(), List.of(), sourceIds);
    Landscape.Builder b = Landscape.builder().asOf(Models.localDate().generate(r, size));
    for (String id : sourceIds) {
      b.addSources(Models.source(id).generate(r, size));
    }
    Set<String> codes = new LinkedHashSet<>();
    int nj = 1 + r.nextInt(1 + size / 2);
    Gen<String> code = Models.jurisdictionCode();
    for (int i = 0; i < nj; i++) {
      String c = code.generate(r, size);
      codes.add(c);
      if (c.length() > 2 && r.nextBoolean()) {
        codes.add(c.substring(0, 2));
      }
    }
    for (String c : codes) {
      b.addJurisdictions(Models.jurisdiction(c, sourceRefs).generate(r, size));
    }
    int no = 2 + r.nextInt(1 + size);
    List<String> opIds = new ArrayList<>(no);
    for (int i = 0; i < no; i++) {
      opIds.add(OPERATOR_NAMES.get(r.nextInt(OPERATOR_NAMES.size())) + "-" + i);
    }
    List<String> accIds = ids("acc", 1 + r.nextInt(1 + size / 5));
    Models.Refs refs = Models.Refs.of(opIds, List.of(), accIds, sourceIds);
    List<Set<String>> holders = holders(r, opIds);
    for (int i = 0; i < no; i++) {
      b.addOperators(Models.operator(opIds.get(i), new ArrayList<>(holders.get(i)), refs).generate(r, size));
    }
    for (String id : accIds) {
      b.addAccelerators(Models.accelerator(id, opIds.get(r.nextInt(no)), refs).generate(r, size));
    }
    List<String> siteIds = ids("site", 1 + r.nextInt(1 + size));
    for (String id : siteIds) {
      b.addSites(Models.site(id, refs).generate(r, size));
    }
    Landscape withoutDeals = b.build();
    int nd = 1 + r.nextInt(1 + size / 3);
    List<Deal> deals = new ArrayList<>(nd);
    for (int i = 0; i < nd; i++) {
      deals.add(deal(withoutDeals, "deal-" + i).generate(r, size));
    }
    return Landscape.builder().from(withoutDeals).deals(deals).build();
  }

  private static List<String> ids(String prefix, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(prefix + "-" + i);
    }
    return out;
  }

  /** Up to 3 distinct holders per operator, never itself; one time in two a 2- or 3-operator cycle. */
  private static List<Set<String>> holders(RandomGenerator r, List<String> opIds) {
    int n = opIds.size();
    List<Set<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Set<String> h = new LinkedHashSet<>();
      int k = r.nextInt(4);
      for (int j = 0; j < k; j++) {
        int other = r.nextInt(n);
        if (other != i) {
          h.add(opIds.get(other));
        }
      }
      out.add(h);
    }
    if (r.nextBoolean()) {
      int a = r.nextInt(n);
      int b = (a + 1 + r.nextInt(n - 1)) % n;
      out.get(a).add(opIds.get(b));
      if (n > 2 && r.nextBoolean()) {
        int c = r.nextInt(n);
        if (c != a && c != b) {
          out.get(b).add(opIds.get(c));
          out.get(c).add(opIds.get(a));
          return out;
        }
      }
      out.get(b).add(opIds.get(a));
    }
    return out;
  }

  /**
   * Deals for a landscape, with a fresh identifier, whose references resolve in it and whose effects keep it
   * valid when applied ({@link Landscape#apply(Deal)}): 0 to 2 stake changes on distinct operators, each within
   * the room the other holders leave on capital and on votes (sell-outs included), and 0 to 2 site changes.
   *
   * @param landscape  the landscape the deal is for, with at least one operator, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the landscape has no operator
   */
  public static Gen<Deal> deal(Landscape landscape) {
    if (landscape.operators().isEmpty()) {
      throw new IllegalArgumentException("a deal needs at least one operator in the landscape");
    }
    return (r, size) -> {
      String id = "deal-new-" + Integer.toUnsignedString(r.nextInt(), 36);
      while (landscape.deal(id).isPresent()) {
        id = id + "-x";
      }
      return deal(landscape, id).generate(r, size);
    };
  }

  /**
   * Deals with a given identifier for a landscape; see {@link #deal(Landscape)}.
   *
   * @param landscape  the landscape, with at least one operator, not null
   * @param id  the deal's identifier, a slug, not null
   * @return the generator, not null
   */
  public static Gen<Deal> deal(Landscape landscape, String id) {
    List<String> opIds = landscape.operators().stream().map(Operator::id).toList();
    List<String> siteIds = landscape.sites().stream().map(Site::id).toList();
    List<String> accIds = landscape.accelerators().stream().map(Accelerator::id).toList();
    List<String> srcIds = landscape.sources().stream().map(Source::id).toList();
    Models.Refs refs = Models.Refs.of(opIds, siteIds, accIds, srcIds);
    Gen<String> name = Models.name();
    Gen<List<PartialDate>> dates = Models.orderedDates(2);
    Gen<Money> money = Models.money();
    Gen<AcceleratorLot> lot = Models.lot(refs);
    return (r, size) -> {
      Deal.Builder b = Models.deal(id, refs, r, size, name, dates, money, lot);
      DealEffects.Builder e = DealEffects.builder();
      Set<Party> extra = new LinkedHashSet<>();
      if (opIds.size() >= 2) {
        Set<String> targets = new LinkedHashSet<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          targets.add(opIds.get(r.nextInt(opIds.size())));
        }
        for (String target : targets) {
          String holder = opIds.get(r.nextInt(opIds.size()));
          if (holder.equals(target)) {
            continue;
          }
          Stake stake = stakeWithin(r, landscape.operator(target).orElseThrow(), holder, refs);
          e.addStakes(StakeChange.of(target, stake));
          extra.add(Party.of(target, PartyRole.TARGET));
          extra.add(Party.of(holder, stake.isEmpty() ? PartyRole.SELLER : PartyRole.ACQUIRER));
        }
      }
      if (!siteIds.isEmpty()) {
        Set<String> sites = new LinkedHashSet<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          sites.add(siteIds.get(r.nextInt(siteIds.size())));
        }
        for (String site : sites) {
          SiteChange.Builder c = SiteChange.builder().site(site);
          int what = 1 + r.nextInt(7);
          if ((what & 1) != 0) {
            c.operator(opIds.get(r.nextInt(opIds.size())));
          }
          if ((what & 2) != 0) {
            c.owners(refs.operators(r, 2));
          }
          if ((what & 4) != 0) {
            c.accessGateway(opIds.get(r.nextInt(opIds.size())));
          }
          e.addSites(c.build());
        }
      }
      DealEffects effects = e.build();
      if (!effects.isEmpty()) {
        Set<Party> parties = new LinkedHashSet<>();
        b.build().parties().forEach(parties::add);
        parties.addAll(extra);
        b.parties(parties).effects(effects);
        if (!effects.stakes().isEmpty() && r.nextBoolean()) {
          b.kind(r.nextBoolean() ? DealKind.ACQUISITION : DealKind.EQUITY_INVESTMENT);
        }
      }
      return b.build();
    };
  }

  /** A stake of {@code holder} in {@code target} that fits beside the other holders' stakes. */
  private static Stake stakeWithin(RandomGenerator r, Operator target, String holder, Models.Refs refs) {
    double otherCapital = 0;
    double otherVotes = 0;
    for (Stake s : target.stakes()) {
      if (!s.holder().equals(holder)) {
        otherCapital += s.capitalShare();
        otherVotes += s.effectiveVotingShare();
      }
    }
    double capitalRoom = Math.max(0.0, 1.0 - otherCapital);
    double voteRoom = Math.max(0.0, 1.0 - otherVotes);
    if (r.nextInt(5) == 0) {
      return Stake.of(holder, 0.0);
    }
    double capital = floor4(capitalRoom * (r.nextInt(3) == 0 ? 1.0 : r.nextDouble()));
    Stake.Builder b = Stake.builder().holder(holder).capitalShare(capital);
    if (capital > voteRoom || r.nextInt(3) == 0) {
      b.votingShare(floor4(voteRoom * r.nextDouble()));
    }
    if (r.nextInt(4) == 0) {
      b.veto(true);
    }
    if (r.nextInt(5) == 0) {
      b.appointsBoardMajority(true);
    }
    refs.source(r).ifPresent(b::addSources);
    return b.build();
  }

  /** {@code prefix} and {@code i} zero-padded to the width of {@code n - 1}, so that ids sort as numbers. */
  private static String padded(String prefix, int i, int n) {
    String digits = Integer.toString(i);
    int width = Integer.toString(Math.max(0, n - 1)).length();
    StringBuilder sb = new StringBuilder(prefix.length() + width).append(prefix);
    for (int k = digits.length(); k < width; k++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  private static double floor4(double v) {
    return Math.floor(v * 10_000) / 10_000;
  }

  // -----------------------------------------------------------------------------------------------------------
  // large landscapes

  /**
   * Generates a large valid landscape quickly, for benchmarks: exactly {@code sites} sites and
   * {@code operators} operators, 8 accelerators, 30 declared jurisdictions (countries and subdivisions, with
   * grids and blocs), 16 sources and about one deal per 100 sites. Operators hold stakes in one another (up to 2
   * holders each, with cross-holding pairs); sites have one fleet lot each (one in eight an unknown chip known
   * only by {@code reportedModel}), dates in order at mixed precisions (month precision included), capacity,
   * PUE and jurisdictions including subdivisions. Immutable parts are shared between sites to keep memory low:
   * a million sites take about 260 MB of heap. The same arguments always give the same landscape.
   *
   * @param seed  the seed, any value
   * @param sites  the number of sites, in [0, 10 000 000]
   * @param operators  the number of operators, in [2, 10 000 000]
   * @return the landscape, not null
   * @throws IllegalArgumentException if a count is out of range
   */
  public static Landscape generate(long seed, int sites, int operators) {
    if (sites < 0 || sites > 10_000_000) {
      throw new IllegalArgumentException("sites must be in [0, 10000000], was " + sites);
    }
    if (operators < 2 || operators > 10_000_000) {
      throw new IllegalArgumentException("operators must be in [2, 10000000], was " + operators);
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<String> sourceIds = ids("src", 16);
    List<Source> sources = new ArrayList<>();
    for (String id : sourceIds) {
      sources.add(Source.builder().id(id).title("Source " + id).build());
    }
    List<String> codes = new ArrayList<>(List.of("FR", "DE", "PT", "US", "CN", "GB", "NL", "IE", "ES", "IT",
        "NO", "SE", "FI", "AE", "SA", "JP", "KR", "TW", "IN", "CA"));
    codes.addAll(List.of("US-TX", "US-VA", "US-AZ", "DE-BY", "FR-IDF", "PT-15", "ES-CT", "CN-GD", "AE-DU",
        "CA-QC"));
    Models.Refs sourceRefs = Models.Refs.of(List.of(), List.of(), List.of(), sourceIds);
    List<Jurisdiction> jurisdictions = new ArrayList<>();
    for (String c : codes) {
      jurisdictions.add(Models.jurisdiction(c, sourceRefs).generate(r, 4));
    }
    String[] opIds = new String[operators];
    for (int i = 0; i < operators; i++) {
      opIds[i] = padded("op-", i, operators);
    }
    OperatorKind[] kinds = OperatorKind.values();
    List<Operator> ops = new ArrayList<>(operators);
    List<String> seatPool = codes;
    for (int i = 0; i < operators; i++) {
      Operator.Builder b = Operator.builder().id(opIds[i]).name(opIds[i]).kind(kinds[i % kinds.length]);
      b.seat(seatPool.get(r.nextInt(seatPool.size())));
      Map<String, Stake> stakes = new LinkedHashMap<>();
      if (i % 10 == 0 && i + 1 < operators) {
        stakes.put(opIds[i + 1], Stake.of(opIds[i + 1], 0.25)); // cross-holding with the next one
      } else if (i % 10 == 1) {
        stakes.put(opIds[i - 1], Stake.of(opIds[i - 1], 0.3));
      }
      if (r.nextInt(3) == 0) {
        int h = r.nextInt(operators);
        if (h != i && !stakes.containsKey(opIds[h])) {
          Stake.Builder s = Stake.builder().holder(opIds[h]).capitalShare(floor4(r.nextDouble() * 0.7));
          if (r.nextInt(4) == 0) {
            s.votingShare(floor4(r.nextDouble() * 0.7)).veto(r.nextBoolean());
          }
          stakes.put(opIds[h], s.build());
        }
      }
      b.stakes(stakes.values());
      if (r.nextInt(4) == 0) {
        b.remainder(Remainder.FREE_FLOAT);
      }
      ops.add(b.build());
    }
    List<Accelerator> accelerators = new ArrayList<>();
    List<String> accIds = List.of("acc-a100", "acc-b200", "acc-gb200", "acc-h100", "acc-h200", "acc-mi300x",
        "acc-mi355x", "acc-rtx6000");
    for (int i = 0; i < accIds.size(); i++) {
      accelerators.add(Accelerator.builder().id(accIds.get(i)).vendor(opIds[i % 2]).model(accIds.get(i))
          .boardPowerWatts(400 + 100 * i).h100Equivalent(0.3 + 0.4 * i).build());
    }
    AcceleratorLot[] lots = new AcceleratorLot[64];
    for (int i = 0; i < lots.length; i++) {
      AcceleratorLot.Builder l = AcceleratorLot.builder().count(1 + r.nextInt(20_000));
      if (i % 8 == 7) {
        l.reportedModel("Ascend 910C");
      } else {
        l.accelerator(accIds.get(i % accIds.size()));
      }
      if (i % 3 == 0) {
        l.status(SiteStatus.UNDER_CONSTRUCTION).date(PartialDate.ofMonth(2026, 1 + i % 12));
      }
      lots[i] = l.build();
    }
    PartialDate[] dates = new PartialDate[256];
    long day0 = LocalDate.of(2015, 1, 1).toEpochDay();
    DatePrecision[] precisions = DatePrecision.values();
    for (int i = 0; i < dates.length; i++) {
      dates[i] = Models.coarsen(LocalDate.ofEpochDay(day0 + i * 20L), precisions[i % precisions.length]);
    }
    Coordinates[] places = new Coordinates[128];
    for (int i = 0; i < places.length; i++) {
      places[i] = Coordinates.of(-60 + r.nextDouble() * 130, -180 + r.nextDouble() * 360);
    }
    SiteStatus[] statuses = SiteStatus.values();
    List<Site> siteList = new ArrayList<>(sites);
    List<String> someSiteIds = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      String id = padded("site-", i, sites);
      int a = r.nextInt(dates.length);
      int o = a + r.nextInt(dates.length - a);
      Site.Builder s = Site.builder().id(id).name(id).jurisdiction(codes.get(r.nextInt(codes.size())))
          .operator(opIds[r.nextInt(operators)]).status(statuses[r.nextInt(statuses.length)])
          .announced(dates[a]).operationalFrom(dates[o]).addFleet(lots[r.nextInt(lots.length)])
          .itCapacityMw(r.nextInt(2000) / 10.0).pue(1.0 + r.nextInt(80) / 100.0);
      if (r.nextInt(4) == 0) {
        s.coordinates(places[r.nextInt(places.length)]);
      }
      if (r.nextInt(8) == 0) {
        s.addSources(sourceIds.get(r.nextInt(sourceIds.size())));
      }
      siteList.add(s.build());
      if (i % 100 == 0) {
        someSiteIds.add(id);
      }
    }
    List<Deal> deals = new ArrayList<>();
    DealKind[] dealKinds = DealKind.values();
    for (int i = 0; i < someSiteIds.size(); i++) {
      String buyer = opIds[r.nextInt(operators)];
      String seller = opIds[r.nextInt(operators)];
      Deal.Builder d = Deal.builder().id(padded("deal-", i, someSiteIds.size())).title("Deal " + i)
          .kind(dealKinds[i % dealKinds.length]).addParties(Party.of(buyer, PartyRole.CUSTOMER))
          .addSites(someSiteIds.get(i)).announced(dates[i % dates.length]);
      if (!seller.equals(buyer)) {
        d.addParties(Party.of(seller, PartyRole.SUPPLIER));
      }
      if (i % 2 == 0) {
        d.value(Money.of(String.valueOf(1_000_000L * (1 + r.nextInt(5000))), "EUR"));
      }
      if (i % 5 == 0) {
        d.effects(DealEffects.builder()
            .addSites(SiteChange.builder().site(someSiteIds.get(i)).operator(buyer).build()).build());
      }
      deals.add(d.build());
    }
    return Landscape.builder().asOf(LocalDate.of(2025, 11, 20)).jurisdictions(jurisdictions).operators(ops)
        .accelerators(accelerators).sites(siteList).deals(deals).sources(sources).build();
  }
}
