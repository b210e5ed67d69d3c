package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteCapacity;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlGroup;
import dev.sovai.scoring.ownership.OwnershipGraph;

/**
 * The concentration engine for one landscape, behind {@link ConcentrationScorer}: partitions of its capacity by any
 * {@link Dimension} on any {@link Basis} within a {@link Scope} on a date, with the coverage of each (what was left
 * out or unattributed, and why).
 *
 * <p>Work that does not depend on the question is done once and kept: the ownership look-through
 * ({@link OwnershipGraph#controllers(String)}) once per operator, the sites' statuses once per date. So the
 * scorer keeps one engine per landscape and reuses it across dimensions, measures and dates.
 *
 * <p>One pass over the sites per partition, primitive accumulation by holder: linear in sites plus lots.
 *
 * <p>The class is long (over 600 lines) because it is one thing: the engine that turns one landscape and date into
 * partitions, with the per-site status, holder slots and basis weights every dimension shares; the scorer, the
 * results and the thresholds live in their own classes.
 *
 * <p>Implementation Requirements: This class is thread-safe; results are immutable.
 */
final class LandscapeConcentration {
  /** How many individual gaps a result lists (all are counted). */
  static final int LISTED_GAPS = 100;

  /** Factor from TFLOPS (catalogue unit) to FLOP/s. */
  private static final double TERA = 1e12;

  private final Landscape landscape;
  private volatile OwnershipGraph graph;
  private final Map<String, ControllerShares> controlCache = new ConcurrentHashMap<>();
  private final Map<ControlGroup, ControllerShares> groupCache = new ConcurrentHashMap<>();
  /** The sites' statuses on the last {@link #STATUS_DATES} dates asked, the least recently used dropped first. */
  private final Map<LocalDate, SiteStatus[]> statusCache = Collections.synchronizedMap(new StatusesByDate());

  /**
   * How many dates' site statuses are kept: enough for the dates one report or screening asks about, bounded so that
   * a series of dates (a trend asks one per step) does not keep an array of every site per date.
   */
  static final int STATUS_DATES = 8;

  /** A map that keeps the {@link #STATUS_DATES} most recently used dates. */
  private static final class StatusesByDate extends LinkedHashMap<LocalDate, SiteStatus[]> {
    private static final long serialVersionUID = 1L;

    StatusesByDate() {
      super(16, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<LocalDate, SiteStatus[]> eldest) {
      return size() > STATUS_DATES;
    }
  }

  LandscapeConcentration(Landscape landscape) {
    this.landscape = Objects.requireNonNull(landscape, "landscape");
  }

  /** @return the landscape analysed, not null */
  Landscape landscape() {
    return landscape;
  }

  /**
   * Partitions the capacity of a measure's scope by its dimension on its basis.
   *
   * @param measure  what to measure, not null
   * @param asOf  the date of the sites' and lots' statuses, not null
   * @param profile  the profile the result's assessment tests, not null
   * @return the result with its partition, indices and coverage, not null
   */
  ConcentrationResult measure(Measure measure, LocalDate asOf, ConcentrationProfile profile) {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(profile, "profile");
    return new Run(measure, asOf, profile).run();
  }

  OwnershipGraph graph() {
    OwnershipGraph g = graph;
    if (g == null) {
      g = OwnershipGraph.of(landscape);
      graph = g;
    }
    return g;
  }

  ControllerShares controlOf(String operatorId) {
    return controlCache.computeIfAbsent(operatorId, id -> {
      Control control = graph().controllers(id);
      ControllerShares cs = ControllerShares.of(control, this, groupCache.get(control.group()));
      if (cs.group == control.group()) {
        groupCache.putIfAbsent(control.group(), cs);
      }
      return cs;
    });
  }

  /**
   * The status of every site on a date, in the landscape's site order; computed once per date while the date is among
   * the last {@link #STATUS_DATES} asked.
   */
  private SiteStatus[] statusesOn(LocalDate date) {
    return statusCache.computeIfAbsent(date, d -> {
      List<Site> sites = landscape.sites();
      SiteStatus[] out = new SiteStatus[sites.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = sites.get(i).statusOn(d);
      }
      return out;
    });
  }

  /**
   * The country of an operator's seat (registered office).
   *
   * @param operatorId  the operator, not null
   * @return the ISO 3166-1 country code, or null if the seat is not known
   */
  String seatCountry(String operatorId) {
    return landscape.operator(operatorId).flatMap(Operator::seat).map(s -> s.substring(0, 2)).orElse(null);
  }

  /**
   * The status of a lot on a date, capped by its site's: a lot of a site that is not operational has the site's
   * status; an operational lot whose date is still to come is under construction.
   */
  static SiteStatus lotStatus(SiteStatus siteStatus, AcceleratorLot lot, LocalDate date) {
    if (siteStatus != SiteStatus.OPERATIONAL) {
      return siteStatus;
    }
    if (lot.status() == SiteStatus.OPERATIONAL && lot.date().isPresent() && lot.date().get().earliest().isAfter(date)) {
      return SiteStatus.UNDER_CONSTRUCTION;
    }
    return lot.status();
  }

  /**
   * A group's controllers resolved to partition slots in one run, shared by every operator of the group
   * ({@link ControllerShares#group}).
   */
  private static final class Slots {
    /** The slot of each controller, -1 where its weight goes to the unknown part. */
    final int[] at;
    /** The indices of the controllers whose slot is -1. */
    final int[] unknownAt;
    final double[] fractions;
    /** Whether the holders were flagged (split, undetermined, or the site has several subjects). */
    boolean flagged;
    boolean flaggedShared;
    /** For a {@link #DEFERRED large} group: the weight of its sites so far, spread over the slots at the end. */
    double pending;
    boolean queued;

    Slots(int[] at, double[] fractions) {
      this.at = at;
      this.fractions = fractions;
      int unknown = 0;
      for (int slot : at) {
        unknown += slot < 0 ? 1 : 0;
      }
      unknownAt = new int[unknown];
      for (int i = 0, j = 0; i < at.length; i++) {
        if (at[i] < 0) {
          unknownAt[j++] = i;
        }
      }
    }
  }

  /**
   * A group with more controllers than this (a ring of mutual control, where every member controls every other) is
   * not spread over its controllers site by site: its sites' weight is summed and spread once at the end of the run,
   * so that a ring of n operators with a site on every tenth costs n, not n²/10. Smaller groups are spread per site
   * (the sums, and their rounding, are those of the site order).
   */
  static final int DEFERRED = 64;

  /** An operator's controller shares with their partition slots in one run. */
  private static final class Resolved {
    final ControllerShares shares;
    final Slots slots;

    Resolved(ControllerShares shares, Slots slots) {
      this.shares = shares;
      this.slots = slots;
    }
  }

  /** One computation of one partition. */
  private final class Run {
    private final Measure measure;
    private final Dimension dimension;
    private final Basis basis;
    private final Scope scope;
    private final LocalDate date;
    private final ConcentrationProfile profile;
    private final Partition.Builder partition = Partition.builder();
    private final Map<String, Boolean> regionCache = new HashMap<>();
    private final Map<String, String[]> examples = new HashMap<>();
    private final List<Gap> gaps = new ArrayList<>();
    private int gapCount;
    private int inScope;
    private int counted;
    private int excluded;
    private int lotsExcluded;
    /** Counted sites some of whose lots in scope have no figure on the basis (their known lots are counted). */
    private int partlyUnknownWeight;
    /** Accelerators in scope whose weight on the basis is unknown: at sites left out, or in lots left out. */
    private double acceleratorsUnknownWeight;
    /** The first sites left out because their weight is unknown (all are counted in {@code excluded}). */
    private final List<String> unknownWeightSites = new ArrayList<>();
    private boolean siteLotsLeftOut;
    private double inCount;
    private int partlyUnknown;
    private boolean siteHadUnknown;
    private int defaulted;
    private boolean siteDefaulted;
    private double[] split = new double[16];

    Run(Measure measure, LocalDate date, ConcentrationProfile profile) {
      this.measure = measure;
      this.dimension = measure.dimension();
      this.basis = measure.basis();
      this.scope = measure.scope();
      this.date = date;
      this.profile = profile;
    }

    ConcentrationResult run() {
      String region = scope.region().orElse(null);
      Set<SiteStatus> statuses = scope.statuses();
      SiteStatus[] status = statusesOn(date);
      List<Site> sites = landscape.sites();
      for (int k = 0; k < status.length; k++) {
        SiteStatus st = status[k];
        if (!statuses.contains(st)) {
          continue;
        }
        Site s = sites.get(k);
        if (region != null && !regionCache.computeIfAbsent(s.jurisdiction(), j -> landscape.isIn(j, region))) {
          continue;
        }
        inScope++;
        siteLotsLeftOut = false;
        double w = weigh(s, st, statuses);
        if (Double.isNaN(w)) {
          excluded++;
          if (unknownWeightSites.size() < LISTED_GAPS) {
            unknownWeightSites.add(s.id());
          }
          if (!siteLotsLeftOut) {
            acceleratorsUnknownWeight += inCount; // lots left out added theirs already
          }
          continue;
        }
        if (siteLotsLeftOut) {
          partlyUnknownWeight++;
        }
        if (w <= 0.0) {
          continue;
        }
        counted++;
        siteHadUnknown = false;
        siteDefaulted = false;
        attribute(s, w);
        if (siteHadUnknown) {
          partlyUnknown++;
        }
        if (siteDefaulted && !siteHadUnknown) {
          defaulted++;
        }
      }
      spreadPending();
      return new ConcentrationResult(measure, date, profile, partition.build(), inScope, counted,
          new UnknownWeight(excluded, partlyUnknownWeight, lotsExcluded, acceleratorsUnknownWeight, unknownWeightSites),
          partlyUnknown, defaulted, gapCount, gaps, Collections.unmodifiableMap(examples), LandscapeConcentration.this);
    }

    /** The site's weight on the basis (NaN if it cannot be known), filling {@code split} with lot weights. */
    private double weigh(Site s, SiteStatus st, Set<SiteStatus> statuses) {
      List<AcceleratorLot> fleet = s.fleet();
      int m = fleet.size();
      if (split.length < m) {
        split = new double[Math.max(m, split.length * 2)];
      }
      inCount = 0.0;
      double allCount = 0.0;
      for (int i = 0; i < m; i++) {
        AcceleratorLot lot = fleet.get(i);
        allCount += lot.count();
        split[i] = statuses.contains(lotStatus(st, lot, date)) ? lot.count() : 0.0;
        inCount += split[i];
      }
      switch (basis) {
        case SITES:
          return 1.0;
        case IT_MW:
          return itPower(s);
        case FACILITY_MW:
          return facilityPower(s);
        case RMAX:
          if (s.linpack().isEmpty()) {
            return exclude(s, "linpack", () -> "no FP64 Linpack measurement: site left out of the Rmax basis");
          }
          return s.linpack().get().rmaxTflops();
        case RPEAK: {
          OptionalDouble rpeak = s.linpack().map(LinpackMeasurement::rpeakTflops).orElse(OptionalDouble.empty());
          if (rpeak.isEmpty()) {
            return exclude(s, "linpack.rpeakTflops", () -> "no FP64 Linpack Rpeak: site left out of the Rpeak basis");
          }
          return rpeak.getAsDouble();
        }
        case ACCELERATORS:
          if (m == 0) {
            return exclude(s, "fleet", () -> "no accelerator lot reported: site left out of the accelerator basis");
          }
          return inCount;
        case H100_EQUIVALENTS:
          return fleetWeight(s, fleet, m, inCount, allCount,
              s.capacitySteps().isEmpty() ? s.reportedH100Equivalents() : s.capacityOn(date).h100Equivalents(),
              "reportedH100Equivalents");
        case PEAK_DENSE_16BIT_FLOPS:
          return fleetWeight(s, fleet, m, inCount, allCount, s.reportedDense16BitFlops(), "reportedDense16BitFlops");
        default:
          throw new AssertionError(basis);
      }
    }

    /** IT power in force on the date, from facility power ÷ reported PUE when a step gives only that; or NaN. */
    private double itPower(Site s) {
      if (s.capacitySteps().isEmpty()) {
        if (s.itCapacityMw().isEmpty()) {
          return exclude(s, "itCapacityMw", () -> "IT capacity not reported: site left out of the MW basis");
        }
        return s.itCapacityMw().getAsDouble();
      }
      SiteCapacity c = s.capacityOn(date);
      if (c.itPowerMw().isPresent()) {
        return c.itPowerMw().getAsDouble();
      }
      if (c.facilityPowerMw().isPresent() && s.pue().isPresent()) {
        return c.facilityPowerMw().getAsDouble() / s.pue().getAsDouble();
      }
      return exclude(s, "itCapacityMw", () -> c.facilityPowerMw().isPresent()
          ? "only facility power in force on " + date + " and no reported PUE: site left out of the IT MW basis"
          : "no IT power in force on " + date + ": site left out of the MW basis");
    }

    /** Facility power in force on the date, else IT power × reported PUE; or NaN. */
    private double facilityPower(Site s) {
      SiteCapacity c = s.capacitySteps().isEmpty() ? null : s.capacityOn(date);
      if (c != null && c.facilityPowerMw().isPresent()) {
        return c.facilityPowerMw().getAsDouble();
      }
      OptionalDouble it = c == null ? s.itCapacityMw() : c.itPowerMw();
      if (it.isPresent() && s.pue().isPresent()) {
        return it.getAsDouble() * s.pue().getAsDouble();
      }
      return exclude(s, "facilityPowerMw", () -> it.isPresent()
          ? "IT power known but no reported PUE: site left out of the facility MW basis"
          : "no facility or IT power in force on " + date + ": site left out of the facility MW basis");
    }

    private double fleetWeight(Site s, List<AcceleratorLot> fleet, int m, double inCount, double allCount,
        OptionalDouble reported, String field) {
      if (reported.isPresent()) {
        boolean allFactors = true;
        for (int i = 0; i < m; i++) {
          if (split[i] > 0.0 && Double.isNaN(factor(fleet.get(i)))) {
            allFactors = false;
          }
        }
        if (allFactors) {
          for (int i = 0; i < m; i++) {
            split[i] = split[i] > 0.0 ? split[i] * factor(fleet.get(i)) : 0.0;
          }
        }
        if (m == 0) {
          return reported.getAsDouble();
        }
        return allCount == 0.0 ? 0.0 : reported.getAsDouble() * inCount / allCount;
      }
      if (m == 0) {
        return exclude(s, field, () -> "no fleet and no reported figure: site left out of the " + basis.unit() + " basis");
      }
      double w = 0.0;
      boolean missing = false;
      for (int i = 0; i < m; i++) {
        if (split[i] > 0.0) {
          double f = factor(fleet.get(i));
          if (Double.isNaN(f)) {
            missing = true;
            lotsExcluded++;
            siteLotsLeftOut = true;
            acceleratorsUnknownWeight += split[i];
            int lot = i;
            gap(s, "fleet.accelerator", GapTreatment.EXCLUDED, () -> "lot " + lot + " (" + lotName(fleet.get(lot))
                + ") has no catalogue figure for the " + basis.unit() + " basis: lot left out");
            split[i] = 0.0;
          } else {
            split[i] *= f;
            w += split[i];
          }
        }
      }
      if (missing && w == 0.0) {
        return Double.NaN; // the lot gaps say why
      }
      return w;
    }

    private double factor(AcceleratorLot lot) {
      Optional<Accelerator> a = lot.accelerator().flatMap(landscape::accelerator);
      if (a.isEmpty()) {
        return Double.NaN;
      }
      OptionalDouble f = basis == Basis.H100_EQUIVALENTS ? a.get().h100Equivalent() : a.get().denseBf16Tflops();
      if (f.isEmpty()) {
        return Double.NaN;
      }
      return basis == Basis.H100_EQUIVALENTS ? f.getAsDouble() : f.getAsDouble() * TERA;
    }

    private double exclude(Site s, String field, Supplier<String> detail) {
      gap(s, field, GapTreatment.EXCLUDED, detail);
      return Double.NaN;
    }

    private void gap(Site s, String field, GapTreatment treatment, String detail) {
      gapCount++;
      if (gaps.size() < LISTED_GAPS) {
        gaps.add(Gap.builder().subject(EntityRef.of(EntityKind.SITE, s.id())).field(field).treatment(treatment)
            .detail(detail).build());
      }
    }

    /** Records a gap whose detail is only built if it is listed (millions of sites may have one). */
    private void gap(Site s, String field, GapTreatment treatment, Supplier<String> detail) {
      if (gaps.size() < LISTED_GAPS) {
        gap(s, field, treatment, detail.get());
      } else {
        gapCount++;
      }
    }

    private void unknown(Site s, double w, String field, Supplier<String> detail) {
      partition.addUnknown(w);
      siteHadUnknown = true;
      gap(s, field, GapTreatment.BOUNDED, detail);
    }

    private void attribute(Site s, double w) {
      switch (dimension) {
        case OPERATOR:
          if (s.operator().isPresent()) {
            partition.add(s.operator().get(), w);
          } else {
            unknown(s, w, "operator", () -> "operator not known: its share is kept as unknown");
          }
          break;
        case FACILITY_OWNER: {
          List<String> owners = s.effectiveOwners();
          if (owners.isEmpty()) {
            unknown(s, w, "owners", () -> "neither owner nor operator known: its share is kept as unknown");
          }
          for (String o : owners) {
            partition.add(o, w / owners.size());
            if (owners.size() > 1) {
              partition.flag(o);
            }
          }
          break;
        }
        case ULTIMATE_CONTROLLER:
        case CONTROLLING_JURISDICTION:
          controllers(s, w);
          break;
        case SITE_JURISDICTION:
          partition.add(s.jurisdiction().substring(0, 2), w);
          break;
        case ACCESS_GATEWAY: {
          Optional<String> door = s.accessGateway().or(s::operator);
          if (door.isPresent()) {
            partition.add(door.get(), w);
          } else {
            unknown(s, w, "accessGateway", () -> "neither gateway nor operator known: its share is kept as unknown");
          }
          break;
        }
        case ENERGY_SOURCE:
          energy(s, w);
          break;
        case ACCELERATOR_VENDOR:
        case FAB_JURISDICTION:
          lots(s, w);
          break;
        default:
          throw new AssertionError(dimension);
      }
    }

    /** Per operator, its controllers resolved to partition slots once per run (-1: weight to unknown). */
    private final Map<String, Resolved> controllerSlots = new HashMap<>();
    /** Per group ({@link ControllerShares#group}, compared by identity), its slots, once per run. */
    private final Map<Object, Slots> groupSlots = new HashMap<>();
    /** The large groups with weight pending, in the order of their first site. */
    private final List<Slots> pending = new ArrayList<>();

    private Resolved slotsOf(String op, Site s) {
      Resolved r = controllerSlots.get(op);
      if (r != null) {
        return r;
      }
      ControllerShares cs = controlOf(op);
      Slots shared = groupSlots.get(cs.group);
      if (shared != null) {
        if ((cs.split || cs.undetermined) && !shared.flagged) {
          for (int i = 0; i < shared.at.length; i++) {
            if (shared.at[i] >= 0) {
              partition.flag(holder(cs, i));
            }
          }
          shared.flagged = true;
        }
        r = new Resolved(cs, shared);
        controllerSlots.put(op, r);
        return r;
      }
      int[] slots = new int[cs.controllers.length];
      for (int i = 0; i < slots.length; i++) {
        String c = cs.controllers[i];
        String holder = dimension == Dimension.ULTIMATE_CONTROLLER ? c : cs.seats[i];
        if (holder == null) {
          slots[i] = -1;
          continue;
        }
        slots[i] = partition.slot(holder);
        if (cs.split || cs.undetermined) {
          partition.flag(holder);
        }
        examples.putIfAbsent(holder, new String[] {s.id(), op, c});
      }
      Slots group = new Slots(slots, cs.fractions);
      group.flagged = cs.split || cs.undetermined;
      groupSlots.put(cs.group, group);
      r = new Resolved(cs, group);
      controllerSlots.put(op, r);
      return r;
    }

    private String holder(ControllerShares cs, int i) {
      return dimension == Dimension.ULTIMATE_CONTROLLER ? cs.controllers[i] : cs.seats[i];
    }

    /** Adds a large group's share of one site: its weight now, its spread over the slots in {@link #spreadPending}. */
    private void defer(Site s, ControllerShares cs, Slots g, double ws, boolean severalSubjects) {
      if (!g.queued) {
        g.queued = true;
        pending.add(g);
      }
      g.pending += ws;
      if (severalSubjects && !g.flaggedShared) {
        for (int i = 0; i < g.at.length; i++) {
          if (g.at[i] >= 0) {
            partition.flag(holder(cs, i));
          }
        }
        g.flaggedShared = true;
      }
      if (g.unknownAt.length > 0) {
        siteHadUnknown = true;
        for (int k = 0; k < g.unknownAt.length; k++) {
          if (gaps.size() >= LISTED_GAPS) {
            gapCount += g.unknownAt.length - k;
            break;
          }
          String c = cs.controllers[g.unknownAt[k]];
          gap(s, "seat", GapTreatment.BOUNDED, () -> "seat of controller " + c + " not known: its share is kept as unknown");
        }
      }
    }

    /** Spreads the weight pending on large groups over their slots. */
    private void spreadPending() {
      for (Slots g : pending) {
        for (int i = 0; i < g.at.length; i++) {
          double wc = g.pending * g.fractions[i];
          if (g.at[i] >= 0) {
            partition.addAt(g.at[i], wc);
          } else {
            partition.addUnknown(wc);
          }
        }
      }
      pending.clear();
    }

    private void controllers(Site s, double w) {
      List<String> subjects = s.operator().isPresent() ? List.of(s.operator().get()) : s.owners();
      if (subjects.isEmpty()) {
        unknown(s, w, "operator", () -> "neither operator nor owner known: controller unknown, share kept as unknown");
        return;
      }
      double ws = w / subjects.size();
      for (String op : subjects) {
        Resolved r = slotsOf(op, s);
        int[] slots = r.slots.at;
        ControllerShares cs = r.shares;
        if (cs.undetermined) {
          if (!siteHadUnknown) {
            siteDefaulted = true;
          }
          if (gaps.size() < LISTED_GAPS) {
            gap(s, "operator", GapTreatment.DEFAULTED, "controller of " + op + " undetermined (unlisted holders"
                + " of half or more of its votes could control it): attributed to " + op + " itself, flagged");
          } else {
            gapCount++;
          }
        }
        if (slots.length > DEFERRED) {
          defer(s, cs, r.slots, ws, subjects.size() > 1);
          continue;
        }
        for (int i = 0; i < slots.length; i++) {
          double wc = ws * cs.fractions[i];
          if (slots[i] >= 0) {
            partition.addAt(slots[i], wc);
            if (subjects.size() > 1) {
              partition.flag(dimension == Dimension.ULTIMATE_CONTROLLER ? cs.controllers[i] : cs.seats[i]);
            }
          } else {
            String c = cs.controllers[i];
            partition.addUnknown(wc);
            siteHadUnknown = true;
            gap(s, "seat", GapTreatment.BOUNDED, () -> "seat of controller " + c
                + " not known: its share is kept as unknown");
          }
        }
      }
    }

    private void energy(Site s, double w) {
      if (s.energy().isEmpty()) {
        unknown(s, w, "energy", () -> "energy supply not reported: its share is kept as unknown");
        return;
      }
      EnergySupply e = s.energy().get();
      double covered = 0.0;
      boolean missingShare = false;
      for (PowerPurchase p : e.purchases()) {
        if (p.share().isPresent()) {
          partition.add(p.source().name().toLowerCase(Locale.ROOT), w * p.share().getAsDouble());
          covered += p.share().getAsDouble();
        } else {
          missingShare = true;
        }
      }
      for (OnSiteGeneration g : e.onSite()) {
        if (g.share().isPresent()) {
          partition.add(g.source().name().toLowerCase(Locale.ROOT), w * g.share().getAsDouble());
          covered += g.share().getAsDouble();
        } else {
          missingShare = true;
        }
      }
      double rest = Math.max(0.0, 1.0 - covered);
      if (rest > 0.0) {
        if (missingShare) {
          unknown(s, w * rest, "energy.purchases.share", () -> "a PPA or on-site source has no reported share: the"
              + " uncovered part is kept as unknown");
        } else if (e.gridConnected()) {
          partition.add("grid", w * rest);
        } else {
          unknown(s, w * rest, "energy", () -> "off-grid site whose sources cover less than all consumption: the rest"
              + " is kept as unknown");
        }
      }
    }

    private void lots(Site s, double w) {
      List<AcceleratorLot> fleet = s.fleet();
      double sum = 0.0;
      for (int i = 0; i < fleet.size(); i++) {
        sum += split[i];
      }
      if (sum <= 0.0) {
        Optional<String> measured = (basis == Basis.RMAX || basis == Basis.RPEAK)
            ? s.linpack().flatMap(LinpackMeasurement::accelerator) : Optional.empty();
        if (measured.isPresent()) {
          String id = measured.get();
          accelerator(s, landscape.accelerator(id), w, "linpack.accelerator", () -> "accelerator " + id);
        } else {
          unknown(s, w, "fleet", () -> "no accelerator lot in scope to attribute the site's "
              + basis.unit() + " to: kept as unknown");
        }
        return;
      }
      for (int i = 0; i < fleet.size(); i++) {
        if (split[i] <= 0.0) {
          continue;
        }
        double lw = w * split[i] / sum;
        AcceleratorLot lot = fleet.get(i);
        int index = i;
        accelerator(s, lot.accelerator().flatMap(landscape::accelerator), lw, "fleet.accelerator",
            () -> "lot " + index + ": chip " + lotName(lot));
      }
    }

    /** Attributes a weight to one accelerator's vendor or fab jurisdictions (unknown if it is not catalogued). */
    private void accelerator(Site s, Optional<Accelerator> a, double lw, String field, Supplier<String> what) {
      if (a.isEmpty()) {
        unknown(s, lw, field, () -> what.get() + " not in the catalogue: vendor and fab unknown, share kept as unknown");
        return;
      }
      if (dimension == Dimension.ACCELERATOR_VENDOR) {
        partition.add(a.get().vendor(), lw);
        return;
      }
      Set<String> fabs = a.get().fabJurisdictions();
      if (fabs.isEmpty()) {
        String id = a.get().id();
        unknown(s, lw, field, () -> "fab jurisdiction of " + id + " not known: share kept as unknown");
        return;
      }
      for (String f : fabs) {
        partition.add(f, lw / fabs.size());
        if (fabs.size() > 1) {
          partition.flag(f);
        }
      }
    }

    private String lotName(AcceleratorLot lot) {
      return lot.accelerator().orElseGet(() -> lot.reportedModel().orElse("?"));
    }
  }
}
