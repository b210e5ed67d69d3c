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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * ({@link OwnershipGraph#controllers(String)}) once per operator, a columnar view of the sites ({@link SiteColumns}:
 * holder numbers, lot counts and accelerators) once, and its dated part (statuses, each basis's site figures) once
 * per date. So the scorer keeps one engine per landscape and reuses it across dimensions, bases, measures and dates.
 *
 * <p>The sites of a scope are weighed on a basis once ({@link SiteWeights}: the sites counted, their weights and
 * their lots' weights, what was left out and why), and the last weighing is kept, so the dimensions asked one after
 * the other on the same basis, scope and date share it. A partition is then one pass over the counted sites, each
 * holder resolved to its slot once per partition (an operator with one determined controller straight to that
 * controller's slot), primitive accumulation by slot: linear in sites plus lots. The site objects are read only
 * where the view holds no figure or holder, to say why (gaps), and for the dimensions the view does not cover
 * (facility owners, energy sources, owners of sites without an operator).
 *
 * <p>The class is long (over 600 lines) because it is one thing: the engine that turns one landscape and date into
 * partitions, with the per-site status, holder slots and basis weights every dimension shares; the columnar view
 * ({@link SiteColumns}), the weighing of a scope on a basis ({@link SiteWeights}), the partition's builder, the scorer,
 * the results and the thresholds live in their own classes.
 *
 * <p>Implementation Requirements: This class is thread-safe; results are immutable.
 */
final class LandscapeConcentration {
  /** How many individual gaps a result lists (all are counted). */
  static final int LISTED_GAPS = 100;

  private final Landscape landscape;
  private volatile OwnershipGraph graph;
  private final Map<String, ControllerShares> controlCache = new ConcurrentHashMap<>();
  private final Map<ControlGroup, ControllerShares> groupCache = new ConcurrentHashMap<>();
  /** The columnar view of the sites, built by the first partition. */
  private volatile SiteColumns columns;
  /**
   * Per operator number of the {@link #columns}, its {@link #controlOf} shares (null until first asked), so a
   * partition finds them by index instead of a hash look-up; as long as the view's operators, built with it.
   */
  private volatile AtomicReferenceArray<ControllerShares> controlByNumber;
  /** The last sites weighed ({@link #weightsOf}), shared by the dimensions of the same basis, scope and date. */
  private volatile SiteWeights lastWeights;
  /**
   * The dated part of the view ({@link SiteColumns.OnDate}: statuses, basis figures) on the last
   * {@link #STATUS_DATES} dates asked, the least recently used dropped first.
   */
  private final Map<LocalDate, SiteColumns.OnDate> statusCache = Collections.synchronizedMap(new StatusesByDate());

  /**
   * How many dates' site statuses are kept: enough for the dates one report or screening asks about, bounded so that
   * a series of dates (a trend asks one per step) does not keep an array of every site per date.
   */
  static final int STATUS_DATES = 8;

  /** A map that keeps the {@link #STATUS_DATES} most recently used dates. */
  private static final class StatusesByDate extends LinkedHashMap<LocalDate, SiteColumns.OnDate> {
    private static final long serialVersionUID = 1L;

    StatusesByDate() {
      super(16, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<LocalDate, SiteColumns.OnDate> eldest) {
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
   * The controller shares of the operator with a number in the {@link #columns} (those of {@link #controlOf} for its
   * identifier, the same object), kept by number.
   */
  private ControllerShares controlOf(int operator) {
    AtomicReferenceArray<ControllerShares> byNumber = controlByNumber;
    ControllerShares cs = byNumber.get(operator);
    if (cs == null) {
      cs = controlOf(columns.operators[operator]);
      byNumber.lazySet(operator, cs);
    }
    return cs;
  }

  /** The columnar view of the sites, built once. */
  private SiteColumns columns() {
    SiteColumns c = columns;
    if (c == null) {
      synchronized (this) {
        c = columns;
        if (c == null) {
          c = SiteColumns.of(landscape);
          controlByNumber = new AtomicReferenceArray<>(c.operators.length);
          columns = c;
        }
      }
    }
    return c;
  }

  /**
   * The dated part of the view (statuses of every site and lot); computed once per date while the date is among the
   * last {@link #STATUS_DATES} asked.
   */
  private SiteColumns.OnDate columnsOn(LocalDate date) {
    SiteColumns c = columns();
    return statusCache.computeIfAbsent(date, c::on);
  }

  /**
   * The sites of a scope weighed on a basis from a dated view: the last weighing if it answers the same question
   * (the dimensions of one basis and scope are asked one after the other), else a new one, which replaces it. One
   * weighing is kept, so memory stays bounded whatever is asked.
   */
  private SiteWeights weightsOf(SiteColumns.OnDate on, Basis basis, Scope scope) {
    SiteWeights w = lastWeights;
    if (w == null || !w.answers(on, basis, scope)) {
      w = SiteWeights.of(landscape, columns(), on, basis, scope);
      lastWeights = w;
    }
    return w;
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
    private final Partition.Builder partition;
    private final Map<String, String[]> examples = new HashMap<>();
    private final List<Gap> gaps = new ArrayList<>();
    private int gapCount;
    private int partlyUnknown;
    private boolean siteHadUnknown;
    private int defaulted;
    private boolean siteDefaulted;
    private final SiteColumns columns;
    /** The sites of the scope weighed on the basis, shared with the other dimensions of the same basis and scope. */
    private final SiteWeights weights;
    /** Partition slots plus one (0: not yet resolved) of the columns' operators, gateways, jurisdictions, vendors. */
    private final int[] operatorSlots;
    private final int[] gatewaySlots;
    private final int[] countrySlots;
    private final int[] vendorSlots;
    /** Per operator number, its controllers resolved to slots (null until its first site). */
    private final Resolved[] operatorResolved;
    /**
     * Per operator number, where a site's whole weight goes when it has one controller (or seat) with a known slot:
     * the slot plus one if the controller is determined (nothing else to record), minus the slot minus two if it is
     * undetermined (the operator itself, with a defaulted gap per site); 0 until resolved, -1 otherwise.
     */
    private final int[] soleSlot;

    Run(Measure measure, LocalDate date, ConcentrationProfile profile) {
      this.measure = measure;
      this.dimension = measure.dimension();
      this.basis = measure.basis();
      this.scope = measure.scope();
      this.date = date;
      this.profile = profile;
      this.columns = columns();
      this.weights = weightsOf(columnsOn(date), basis, scope);
      this.operatorSlots = new int[dimension == Dimension.OPERATOR ? columns.operators.length : 0];
      this.gatewaySlots = new int[dimension == Dimension.ACCESS_GATEWAY ? columns.gateways.length : 0];
      this.countrySlots = new int[dimension == Dimension.SITE_JURISDICTION ? columns.jurisdictions.length : 0];
      this.vendorSlots = new int[dimension == Dimension.ACCELERATOR_VENDOR ? columns.accelerators.length : 0];
      this.operatorResolved = new Resolved[dimension == Dimension.ULTIMATE_CONTROLLER
          || dimension == Dimension.CONTROLLING_JURISDICTION ? columns.operators.length : 0];
      this.soleSlot = new int[operatorResolved.length];
      this.partition = Partition.builder(expectedHolders());
    }

    /** About how many holders the partition will have, so that it need not grow while it is built. */
    private int expectedHolders() {
      switch (dimension) {
        case OPERATOR:
        case ULTIMATE_CONTROLLER:
          return columns.operators.length;
        case ACCESS_GATEWAY:
          return columns.gateways.length;
        case SITE_JURISDICTION:
          return columns.jurisdictions.length;
        case ACCELERATOR_VENDOR:
          return columns.accelerators.length;
        default:
          return 0;
      }
    }

    ConcentrationResult run() {
      SiteWeights w = weights;
      List<Site> sites = landscape.sites();
      int g = 0; // the next gap of the weighing, merged with this run's own in site order
      for (int c = 0; c < w.counted; c++) {
        int k = w.site[c];
        for (; g < w.gaps.length && w.gapSite[g] <= k; g++) {
          gap(w.gaps[g]);
        }
        Site s = sites.get(k); // only its reference: the site itself is read for what the columns do not hold
        siteHadUnknown = false;
        siteDefaulted = false;
        attribute(k, s, w.weight[c]);
        if (siteHadUnknown) {
          partlyUnknown++;
        }
        if (siteDefaulted && !siteHadUnknown) {
          defaulted++;
        }
      }
      for (; g < w.gaps.length; g++) {
        gap(w.gaps[g]);
      }
      gapCount += w.gapCount - w.gaps.length;
      spreadPending();
      return new ConcentrationResult(measure, date, profile, partition.build(), w.inScope, w.counted,
          new UnknownWeight(w.excluded, w.partlyUnknownWeight, w.lotsExcluded, w.acceleratorsUnknownWeight,
              w.unknownWeightSites),
          partlyUnknown, defaulted, gapCount, gaps, Collections.unmodifiableMap(examples), LandscapeConcentration.this);
    }

    /** Records a gap of the weighing. */
    private void gap(Gap gap) {
      gapCount++;
      if (gaps.size() < LISTED_GAPS) {
        gaps.add(gap);
      }
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

    /** Attributes the weight of the site at position k to its holders in the dimension. */
    private void attribute(int k, Site s, double w) {
      switch (dimension) {
        case OPERATOR:
          if (columns.operator[k] >= 0) {
            add(slotOf(operatorSlots, columns.operators, columns.operator[k]), w);
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
          controllers(k, s, w);
          break;
        case SITE_JURISDICTION: {
          int j = columns.jurisdiction[k];
          int slot = countrySlots[j] - 1;
          if (slot < 0) {
            slot = partition.slot(columns.jurisdictions[j].substring(0, 2));
            countrySlots[j] = slot + 1;
          }
          add(slot, w);
          break;
        }
        case ACCESS_GATEWAY:
          if (columns.gateway[k] >= 0) {
            add(slotOf(gatewaySlots, columns.gateways, columns.gateway[k]), w);
          } else {
            unknown(s, w, "accessGateway", () -> "neither gateway nor operator known: its share is kept as unknown");
          }
          break;
        case ENERGY_SOURCE:
          energy(s, w);
          break;
        case ACCELERATOR_VENDOR:
        case FAB_JURISDICTION:
          lots(k, s, w);
          break;
        default:
          throw new AssertionError(dimension);
      }
    }

    /**
     * The partition slot of holder number n of a column, resolved once per run: {@code slots[n]} holds the slot plus
     * one, 0 while not yet resolved.
     */
    private int slotOf(int[] slots, String[] holders, int n) {
      int slot = slots[n] - 1;
      if (slot < 0) {
        slot = partition.slot(holders[n]);
        slots[n] = slot + 1;
      }
      return slot;
    }

    /** Adds a weight (finite and ≥ 0, else an error as from {@link Partition.Builder#add}) to a slot. */
    private void add(int slot, double w) {
      partition.addChecked(slot, w);
    }

    /** Per operator, its controllers resolved to partition slots once per run (-1: weight to unknown). */
    private final Map<String, Resolved> controllerSlots = new HashMap<>();
    /** Per group ({@link ControllerShares#group}, compared by identity), its slots, once per run. */
    private final Map<Object, Slots> groupSlots = new HashMap<>();
    /** The large groups with weight pending, in the order of their first site. */
    private final List<Slots> pending = new ArrayList<>();

    private Resolved slotsOf(String op, Site s) {
      Resolved r = controllerSlots.get(op);
      if (r == null) {
        r = resolve(op, controlOf(op), s);
        controllerSlots.put(op, r);
      }
      return r;
    }

    /**
     * An operator's controllers resolved to partition slots: its group's slots if the run has them (flagged if this
     * operator is split or undetermined), else new slots for the group, each holder's example being this site and
     * operator.
     */
    private Resolved resolve(String op, ControllerShares cs, Site s) {
      Slots shared = groupSlots.get(cs.group);
      if (shared != null) {
        if ((cs.split || cs.undetermined) && !shared.flagged) {
          for (int i = 0; i < shared.at.length; i++) {
            if (shared.at[i] >= 0) {
              partition.flagAt(shared.at[i]);
            }
          }
          shared.flagged = true;
        }
        return new Resolved(cs, shared);
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
          partition.flagAt(slots[i]);
        }
        examples.putIfAbsent(holder, new String[] {s.id(), op, c});
      }
      Slots group = new Slots(slots, cs.fractions);
      group.flagged = cs.split || cs.undetermined;
      groupSlots.put(cs.group, group);
      return new Resolved(cs, group);
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
            partition.flagAt(g.at[i]);
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

    /** Attributes a site's weight to the controllers of its operator, else of its owners (split equally). */
    private void controllers(int k, Site s, double w) {
      int o = columns.operator[k];
      if (o >= 0) {
        int sole = soleSlot[o];
        if (sole > 0) {
          partition.addAt(sole - 1, w); // as below: w × a fraction of 1.0
          return;
        }
        if (sole < -1) { // as below for an undetermined operator, its own controller, seat known
          siteDefaulted = true; // nothing of this site is unknown yet
          undetermined(s, columns.operators[o]);
          partition.addAt(-sole - 2, w);
          return;
        }
        Resolved r = operatorResolved[o];
        if (r == null) {
          r = resolve(columns.operators[o], controlOf(o), s);
          operatorResolved[o] = r;
          ControllerShares cs = r.shares;
          boolean alone = r.slots.at.length == 1 && r.slots.at[0] >= 0 && cs.fractions[0] == 1.0;
          soleSlot[o] = !alone ? -1 : cs.undetermined ? -r.slots.at[0] - 2 : r.slots.at[0] + 1;
        }
        controllers(s, columns.operators[o], r, w, false);
        return;
      }
      List<String> subjects = s.owners();
      if (subjects.isEmpty()) {
        unknown(s, w, "operator", () -> "neither operator nor owner known: controller unknown, share kept as unknown");
        return;
      }
      double ws = w / subjects.size();
      for (String op : subjects) {
        controllers(s, op, slotsOf(op, s), ws, subjects.size() > 1);
      }
    }

    /** Attributes one subject's share ws of a site to its controllers; severalSubjects flags them. */
    private void controllers(Site s, String op, Resolved r, double ws, boolean severalSubjects) {
      int[] slots = r.slots.at;
      ControllerShares cs = r.shares;
      if (cs.undetermined) {
        if (!siteHadUnknown) {
          siteDefaulted = true;
        }
        undetermined(s, op);
      }
      if (slots.length > DEFERRED) {
        defer(s, cs, r.slots, ws, severalSubjects);
        return;
      }
      for (int i = 0; i < slots.length; i++) {
        double wc = ws * cs.fractions[i];
        if (slots[i] >= 0) {
          partition.addAt(slots[i], wc);
          if (severalSubjects) {
            partition.flagAt(slots[i]);
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

    /** Records the gap of a site whose operator's controller is undetermined (its weight goes to the operator). */
    private void undetermined(Site s, String op) {
      if (gaps.size() < LISTED_GAPS) {
        gap(s, "operator", GapTreatment.DEFAULTED, "controller of " + op + " undetermined (unlisted holders"
            + " of half or more of its votes could control it): attributed to " + op + " itself, flagged");
      } else {
        gapCount++;
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

    /** Attributes a site's weight to its lots' accelerators in proportion to their weights ({@code split}). */
    private void lots(int k, Site s, double w) {
      int from = columns.lotStart[k];
      int m = columns.lotStart[k + 1] - from;
      double[] split = weights.lotWeight;
      double sum = 0.0;
      for (int i = 0; i < m; i++) {
        sum += split[from + i];
      }
      if (sum <= 0.0) {
        Optional<String> measured = (basis == Basis.RMAX || basis == Basis.RPEAK)
            ? s.linpack().flatMap(LinpackMeasurement::accelerator) : Optional.empty();
        if (measured.isPresent()) {
          String id = measured.get();
          accelerator(s, landscape.accelerator(id).orElse(null), -1, w, "linpack.accelerator", () -> "accelerator " + id);
        } else {
          unknown(s, w, "fleet", () -> "no accelerator lot in scope to attribute the site's "
              + basis.unit() + " to: kept as unknown");
        }
        return;
      }
      for (int i = 0; i < m; i++) {
        if (split[from + i] <= 0.0) {
          continue;
        }
        double lw = w * split[from + i] / sum;
        int number = columns.lotAccelerator[from + i];
        int index = i;
        accelerator(s, number < 0 ? null : columns.accelerators[number], number, lw, "fleet.accelerator",
            () -> "lot " + index + ": chip " + SiteWeights.lotName(s.fleet().get(index)));
      }
    }

    /**
     * Attributes a weight to one accelerator's vendor or fab jurisdictions (unknown if it is not catalogued, null).
     * The accelerator's number in the columns (-1 if none) lets its vendor's slot be resolved once per run.
     */
    private void accelerator(Site s, Accelerator a, int number, double lw, String field, Supplier<String> what) {
      if (a == null) {
        unknown(s, lw, field, () -> what.get() + " not in the catalogue: vendor and fab unknown, share kept as unknown");
        return;
      }
      if (dimension == Dimension.ACCELERATOR_VENDOR) {
        if (number < 0) {
          partition.add(a.vendor(), lw);
        } else {
          int slot = vendorSlots[number] - 1;
          if (slot < 0) {
            slot = partition.slot(a.vendor());
            vendorSlots[number] = slot + 1;
          }
          add(slot, lw);
        }
        return;
      }
      Set<String> fabs = a.fabJurisdictions();
      if (fabs.isEmpty()) {
        String id = a.id();
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
  }
}
