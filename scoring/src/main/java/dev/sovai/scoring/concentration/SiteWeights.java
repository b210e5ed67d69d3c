package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * The sites of a {@link Scope} weighed on a {@link Basis} on a date, from the columnar view ({@link SiteColumns}):
 * what every dimension of the same basis and scope shares, so that a partition by any dimension is a pass over the
 * counted sites only, attributing weights computed once.
 *
 * <p>Holds, in site order, the sites counted (positive weight) with their weights, each lot's weight (the lot's
 * accelerators in scope, times its catalogue factor on fleet bases), the tallies of what was left out because its
 * weight is unknown, and the gaps that say why (the first {@link LandscapeConcentration#LISTED_GAPS}, each with its
 * site's position, and the count of all). A partition merges these gaps with its own in site order, so its gaps
 * are those of a single walk of the sites.
 *
 * <p>Implementation Requirements: immutable once built; thread-safe.
 */
final class SiteWeights {
  /** The dated view the weights were taken from (compared by identity). */
  final SiteColumns.OnDate on;
  /** The basis weighed. */
  final Basis basis;
  /** The scope weighed. */
  final Scope scope;
  /** Sites in the scope's region with a status in scope. */
  final int inScope;
  /** Sites in scope whose weight is unknown. */
  final int excluded;
  /** Counted sites some of whose lots in scope have no figure on the basis. */
  final int partlyUnknownWeight;
  /** Lots left out because their chip has no catalogue figure. */
  final int lotsExcluded;
  /** Accelerators in scope whose weight is unknown. */
  final double acceleratorsUnknownWeight;
  /** The first sites left out because their weight is unknown. */
  final List<String> unknownWeightSites;
  /** The number of counted sites (positive weight). */
  final int counted;
  /** Per counted site, its position in {@link Landscape#sites()}, ascending. */
  final int[] site;
  /** Per counted site, its weight (finite and &gt; 0, or as computed: checked when attributed). */
  final double[] weight;
  /** Per lot of a counted site (lot columns of {@link SiteColumns}), its weight; 0 for lots out of scope. */
  final double[] lotWeight;
  /** The number of gaps of the weighing. */
  final int gapCount;
  /** The first gaps of the weighing, in site order. */
  final Gap[] gaps;
  /** Per gap of {@link #gaps}, the position of its site. */
  final int[] gapSite;

  private SiteWeights(Weighing w) {
    this.on = w.on;
    this.basis = w.basis;
    this.scope = w.scope;
    this.inScope = w.inScope;
    this.excluded = w.excluded;
    this.partlyUnknownWeight = w.partlyUnknownWeight;
    this.lotsExcluded = w.lotsExcluded;
    this.acceleratorsUnknownWeight = w.acceleratorsUnknownWeight;
    this.unknownWeightSites = List.copyOf(w.unknownWeightSites);
    this.counted = w.counted;
    this.site = Arrays.copyOf(w.site, w.counted);
    this.weight = Arrays.copyOf(w.weight, w.counted);
    this.lotWeight = w.lotWeight;
    this.gapCount = w.gapCount;
    this.gaps = w.gaps.toArray(new Gap[0]);
    this.gapSite = Arrays.copyOf(w.gapSite, w.gaps.size());
  }

  /**
   * Weighs the sites of a scope on a basis (one pass over the view's arrays; the site objects are read only to say
   * why a weight is unknown).
   *
   * @param landscape  the landscape of the view, not null
   * @param columns  the view, not null
   * @param on  its dated part, not null
   * @param basis  the basis, not null
   * @param scope  the scope, not null
   * @return the weights, not null
   */
  static SiteWeights of(Landscape landscape, SiteColumns columns, SiteColumns.OnDate on, Basis basis, Scope scope) {
    return new SiteWeights(new Weighing(landscape, columns, on, basis, scope).run());
  }

  /** Whether these are the weights of a scope on a basis from a dated view (the same instance). */
  boolean answers(SiteColumns.OnDate date, Basis b, Scope s) {
    return on == date && basis == b && scope.equals(s);
  }

  /** The name of a lot's chip for gaps: its catalogue id, else its reported model, else "?". */
  static String lotName(AcceleratorLot lot) {
    return lot.accelerator().orElseGet(() -> lot.reportedModel().orElse("?"));
  }

  /** The one walk of the sites that weighs them. */
  private static final class Weighing {
    private final Landscape landscape;
    private final SiteColumns columns;
    private final SiteColumns.OnDate on;
    private final Basis basis;
    private final Scope scope;
    private final LocalDate date;
    private final boolean[] inStatus = new boolean[SiteStatus.values().length];
    /** The sites' own figures on the basis (NaN where unknown), or null for bases weighed by lots or sites. */
    private final double[] figures;
    private int inScope;
    private int excluded;
    private int partlyUnknownWeight;
    private int lotsExcluded;
    private double acceleratorsUnknownWeight;
    private final List<String> unknownWeightSites = new ArrayList<>();
    private int counted;
    private int[] site = new int[16];
    private double[] weight = new double[16];
    private final double[] lotWeight;
    private int gapCount;
    private final List<Gap> gaps = new ArrayList<>();
    private final int[] gapSite = new int[LandscapeConcentration.LISTED_GAPS];
    private boolean siteLotsLeftOut;
    private double inCount;
    /** The position of the site being weighed. */
    private int current;

    Weighing(Landscape landscape, SiteColumns columns, SiteColumns.OnDate on, Basis basis, Scope scope) {
      this.landscape = landscape;
      this.columns = columns;
      this.on = on;
      this.basis = Objects.requireNonNull(basis, "basis");
      this.scope = Objects.requireNonNull(scope, "scope");
      this.date = on.date;
      for (SiteStatus st : scope.statuses()) {
        inStatus[st.ordinal()] = true;
      }
      this.figures = basis == Basis.SITES || basis == Basis.ACCELERATORS ? null : on.figures(basis);
      this.lotWeight = new double[columns.lotStart[columns.size]];
    }

    Weighing run() {
      String region = scope.region().orElse(null);
      /* per jurisdiction number: 0 not yet known, 1 in the region, 2 not */
      byte[] inRegion = new byte[columns.jurisdictions.length];
      byte[] status = on.status;
      List<Site> sites = landscape.sites();
      for (int k = 0; k < status.length; k++) {
        if (!inStatus[status[k]]) {
          continue;
        }
        if (region != null) {
          int j = columns.jurisdiction[k];
          if (inRegion[j] == 0) {
            inRegion[j] = landscape.isIn(columns.jurisdictions[j], region) ? (byte) 1 : (byte) 2;
          }
          if (inRegion[j] != 1) {
            continue;
          }
        }
        Site s = sites.get(k); // only its reference: the site itself is read for what the columns do not hold
        current = k;
        inScope++;
        siteLotsLeftOut = false;
        double w = weigh(k, s);
        if (Double.isNaN(w)) {
          excluded++;
          if (unknownWeightSites.size() < LandscapeConcentration.LISTED_GAPS) {
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
        if (counted == site.length) {
          site = Arrays.copyOf(site, counted * 2);
          weight = Arrays.copyOf(weight, counted * 2);
        }
        site[counted] = k;
        weight[counted] = w;
        counted++;
      }
      return this;
    }

    /** Whether a figure is known (not NaN). */
    private boolean known(double figure) {
      return !Double.isNaN(figure);
    }

    /**
     * The weight on the basis of the site at position k (NaN if it cannot be known), filling {@code lotWeight} with
     * its lots' weights; read from the columns, and from the site only to say why a weight is unknown.
     */
    private double weigh(int k, Site s) {
      int from = columns.lotStart[k];
      int m = columns.lotStart[k + 1] - from;
      double[] split = lotWeight;
      inCount = 0.0;
      double allCount = 0.0;
      for (int i = from; i < from + m; i++) {
        double count = columns.lotCount[i];
        allCount += count;
        split[i] = inStatus[on.lotStatus[i]] ? count : 0.0;
        inCount += split[i];
      }
      switch (basis) {
        case SITES:
          return 1.0;
        case IT_MW:
          return known(figures[k]) ? figures[k] : unknownItPower(s);
        case FACILITY_MW:
          return known(figures[k]) ? figures[k] : unknownFacilityPower(s);
        case RMAX:
          return known(figures[k]) ? figures[k]
              : exclude(s, "linpack", () -> "no FP64 Linpack measurement: site left out of the Rmax basis");
        case RPEAK:
          return known(figures[k]) ? figures[k]
              : exclude(s, "linpack.rpeakTflops", () -> "no FP64 Linpack Rpeak: site left out of the Rpeak basis");
        case ACCELERATORS:
          if (m == 0) {
            return exclude(s, "fleet", () -> "no accelerator lot reported: site left out of the accelerator basis");
          }
          return inCount;
        case H100_EQUIVALENTS:
          return fleetWeight(s, from, m, inCount, allCount, figures[k], "reportedH100Equivalents");
        case PEAK_DENSE_16BIT_FLOPS:
          return fleetWeight(s, from, m, inCount, allCount, figures[k], "reportedDense16BitFlops");
        default:
          throw new AssertionError(basis);
      }
    }

    /** Records why a site's IT power on the date is unknown ({@link SiteColumns#itPowerMw}). */
    private double unknownItPower(Site s) {
      if (s.capacitySteps().isEmpty()) {
        return exclude(s, "itCapacityMw", () -> "IT capacity not reported: site left out of the MW basis");
      }
      boolean facility = s.capacityOn(date).facilityPowerMw().isPresent();
      return exclude(s, "itCapacityMw", () -> facility
          ? "only facility power in force on " + date + " and no reported PUE: site left out of the IT MW basis"
          : "no IT power in force on " + date + ": site left out of the MW basis");
    }

    /** Records why a site's facility power on the date is unknown ({@link SiteColumns#facilityPowerMw}). */
    private double unknownFacilityPower(Site s) {
      boolean it = (s.capacitySteps().isEmpty() ? s.itCapacityMw() : s.capacityOn(date).itPowerMw()).isPresent();
      return exclude(s, "facilityPowerMw", () -> it
          ? "IT power known but no reported PUE: site left out of the facility MW basis"
          : "no facility or IT power in force on " + date + ": site left out of the facility MW basis");
    }

    /**
     * The weight of a site on a fleet basis: its reported figure (NaN if none) for the part of its lots in scope, else
     * the sum of its lots' accelerators times their catalogue factors.
     */
    private double fleetWeight(Site s, int from, int m, double inCount, double allCount, double reported,
        String field) {
      double[] split = lotWeight;
      if (known(reported)) {
        boolean allFactors = true;
        for (int i = from; i < from + m; i++) {
          if (split[i] > 0.0 && Double.isNaN(factor(i))) {
            allFactors = false;
          }
        }
        if (allFactors) {
          for (int i = from; i < from + m; i++) {
            split[i] = split[i] > 0.0 ? split[i] * factor(i) : 0.0;
          }
        }
        if (m == 0) {
          return reported;
        }
        return allCount == 0.0 ? 0.0 : reported * inCount / allCount;
      }
      if (m == 0) {
        return exclude(s, field, () -> "no fleet and no reported figure: site left out of the " + basis.unit() + " basis");
      }
      double w = 0.0;
      boolean missing = false;
      for (int i = 0; i < m; i++) {
        if (split[from + i] > 0.0) {
          double f = factor(from + i);
          if (Double.isNaN(f)) {
            missing = true;
            lotsExcluded++;
            siteLotsLeftOut = true;
            acceleratorsUnknownWeight += split[from + i];
            int lot = i;
            gap(s, "fleet.accelerator", () -> "lot " + lot + " (" + lotName(s.fleet().get(lot))
                + ") has no catalogue figure for the " + basis.unit() + " basis: lot left out");
            split[from + i] = 0.0;
          } else {
            split[from + i] *= f;
            w += split[from + i];
          }
        }
      }
      if (missing && w == 0.0) {
        return Double.NaN; // the lot gaps say why
      }
      return w;
    }

    /** The catalogue factor of the lot at position j of the lot columns on the basis, NaN if unknown. */
    private double factor(int j) {
      return columns.factor(basis, columns.lotAccelerator[j]);
    }

    private double exclude(Site s, String field, Supplier<String> detail) {
      gap(s, field, detail);
      return Double.NaN;
    }

    /** Records a gap (a weight left out) whose detail is only built if it is listed. */
    private void gap(Site s, String field, Supplier<String> detail) {
      if (gaps.size() < LandscapeConcentration.LISTED_GAPS) {
        gapSite[gaps.size()] = current;
        gaps.add(Gap.builder().subject(EntityRef.of(EntityKind.SITE, s.id())).field(field)
            .treatment(GapTreatment.EXCLUDED).detail(detail.get()).build());
      }
      gapCount++;
    }
  }
}
