package dev.sovai.scoring.concentration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteCapacity;
import dev.sovai.model.site.SiteStatus;

/**
 * A columnar view of a landscape's sites for {@link LandscapeConcentration}: what every partition reads of a site, in
 * primitive arrays indexed by the site's position in {@link Landscape#sites()}, so that a partition is a pass over
 * arrays instead of a walk of the site objects, their lots and optional values. The holders (operators, access
 * gateways, jurisdictions, accelerators) are numbered once, so a partition resolves each to its slot once, not once
 * per site.
 *
 * <p>What does not depend on the date (holder numbers, lot counts and accelerators) is built once per analysis; what
 * does ({@link OnDate}: statuses, and each basis's site figure, built when a basis is first asked) is built per date
 * and kept by the engine for its last few dates only.
 *
 * <p>Sites whose figures are unknown keep {@code NaN} (weights) or -1 (holders) here; the engine then reads the site
 * itself to say why, so gaps are reported exactly as before.
 *
 * <p>Implementation Requirements: immutable once built, except the lazily built basis columns of {@link OnDate},
 * which are published safely; thread-safe.
 */
final class SiteColumns {
  /** Factor from TFLOPS (catalogue unit) to FLOP/s. */
  static final double TERA = 1e12;

  /** The number of sites. */
  final int size;
  /** Per site, its jurisdiction's number in {@link #jurisdictions}. */
  final int[] jurisdiction;
  /** The distinct jurisdictions of the sites (ISO 3166 codes). */
  final String[] jurisdictions;
  /** Per site, its operator's number in {@link #operators}, -1 if it has none. */
  final int[] operator;
  /** The distinct operators of the sites. */
  final String[] operators;
  /** Per site, the number in {@link #gateways} of its access gateway, else of its operator; -1 if neither. */
  final int[] gateway;
  /** The distinct access gateways (or operators standing for them). */
  final String[] gateways;
  /** Per site, where its lots begin in the lot columns; one more entry, the number of lots. */
  final int[] lotStart;
  /** Per lot, its number of accelerators. */
  final double[] lotCount;
  /** Per lot, its accelerator's number in {@link #accelerators}, -1 if it names none or one not in the catalogue. */
  final int[] lotAccelerator;
  /** The catalogued accelerators named by lots. */
  final Accelerator[] accelerators;
  /** Per accelerator, its H100 equivalent, NaN if unknown. */
  final double[] h100Factor;
  /** Per accelerator, its dense 16-bit peak in FLOP/s, NaN if unknown. */
  final double[] flopsFactor;

  private final Landscape landscape;

  private SiteColumns(Landscape landscape) {
    this.landscape = landscape;
    List<Site> sites = landscape.sites();
    size = sites.size();
    jurisdiction = new int[size];
    operator = new int[size];
    gateway = new int[size];
    lotStart = new int[size + 1];
    Numbering jurisdictionNumbers = new Numbering();
    Numbering operatorNumbers = new Numbering();
    Numbering gatewayNumbers = new Numbering();
    int lots = 0;
    for (int k = 0; k < size; k++) {
      Site s = sites.get(k);
      jurisdiction[k] = jurisdictionNumbers.of(s.jurisdiction());
      Optional<String> op = s.operator();
      operator[k] = op.isPresent() ? operatorNumbers.of(op.get()) : -1;
      Optional<String> door = s.accessGateway().or(() -> op);
      gateway[k] = door.isPresent() ? gatewayNumbers.of(door.get()) : -1;
      lotStart[k] = lots;
      lots += s.fleet().size();
    }
    lotStart[size] = lots;
    lotCount = new double[lots];
    lotAccelerator = new int[lots];
    Map<String, Integer> acceleratorNumbers = new HashMap<>();
    Numbering catalogued = new Numbering();
    for (int k = 0, j = 0; k < size; k++) {
      for (AcceleratorLot lot : sites.get(k).fleet()) {
        lotCount[j] = lot.count();
        lotAccelerator[j] = lot.accelerator().isEmpty() ? -1 : acceleratorNumbers.computeIfAbsent(
            lot.accelerator().get(), id -> landscape.accelerator(id).isPresent() ? catalogued.of(id) : -1);
        j++;
      }
    }
    String[] ids = catalogued.values();
    accelerators = new Accelerator[ids.length];
    h100Factor = new double[ids.length];
    flopsFactor = new double[ids.length];
    for (int a = 0; a < ids.length; a++) {
      accelerators[a] = landscape.accelerator(ids[a]).orElseThrow();
      h100Factor[a] = valueOrNaN(accelerators[a].h100Equivalent());
      OptionalDouble tflops = accelerators[a].denseBf16Tflops();
      flopsFactor[a] = tflops.isPresent() ? tflops.getAsDouble() * TERA : Double.NaN;
    }
    jurisdictions = jurisdictionNumbers.values();
    operators = operatorNumbers.values();
    gateways = gatewayNumbers.values();
  }

  /**
   * Builds the view of a landscape's sites (one walk of the sites and their lots).
   *
   * @param landscape  the landscape, not null
   * @return the view, not null
   */
  static SiteColumns of(Landscape landscape) {
    return new SiteColumns(landscape);
  }

  /**
   * Builds the dated part of the view (one walk of the sites and their lots).
   *
   * @param date  the date, not null
   * @return the statuses on that date, with basis columns built when asked, not null
   */
  OnDate on(LocalDate date) {
    return new OnDate(date);
  }

  /** The factor of an accelerator on a fleet basis ({@code H100_EQUIVALENTS} or peak FLOP/s); NaN if unknown. */
  double factor(Basis basis, int accelerator) {
    if (accelerator < 0) {
      return Double.NaN;
    }
    return basis == Basis.H100_EQUIVALENTS ? h100Factor[accelerator] : flopsFactor[accelerator];
  }

  /**
   * IT power in force on a date: the site's own figure if it has no capacity steps, else the step's IT power, else
   * the step's facility power ÷ reported PUE.
   *
   * @return MW, or NaN if it cannot be known
   */
  static double itPowerMw(Site s, LocalDate date) {
    if (s.capacitySteps().isEmpty()) {
      return valueOrNaN(s.itCapacityMw());
    }
    SiteCapacity c = s.capacityOn(date);
    if (c.itPowerMw().isPresent()) {
      return c.itPowerMw().getAsDouble();
    }
    if (c.facilityPowerMw().isPresent() && s.pue().isPresent()) {
      return c.facilityPowerMw().getAsDouble() / s.pue().getAsDouble();
    }
    return Double.NaN;
  }

  /**
   * Facility power in force on a date, else IT power × reported PUE.
   *
   * @return MW, or NaN if it cannot be known
   */
  static double facilityPowerMw(Site s, LocalDate date) {
    SiteCapacity c = s.capacitySteps().isEmpty() ? null : s.capacityOn(date);
    if (c != null && c.facilityPowerMw().isPresent()) {
      return c.facilityPowerMw().getAsDouble();
    }
    OptionalDouble it = c == null ? s.itCapacityMw() : c.itPowerMw();
    if (it.isPresent() && s.pue().isPresent()) {
      return it.getAsDouble() * s.pue().getAsDouble();
    }
    return Double.NaN;
  }

  /**
   * The H100 equivalents a site reports for a date: its capacity step's if it has steps, else its own figure.
   *
   * @return the figure, or NaN if not reported
   */
  static double reportedH100Equivalents(Site s, LocalDate date) {
    return valueOrNaN(s.capacitySteps().isEmpty() ? s.reportedH100Equivalents()
        : s.capacityOn(date).h100Equivalents());
  }

  private static double valueOrNaN(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : Double.NaN;
  }

  /** The sites' site figure on a basis for a date (NaN where unknown); null for bases weighed by lots or sites. */
  private double[] siteFigures(Basis basis, LocalDate date) {
    List<Site> sites = landscape.sites();
    double[] out = new double[size];
    for (int k = 0; k < size; k++) {
      Site s = sites.get(k);
      switch (basis) {
        case IT_MW:
          out[k] = itPowerMw(s, date);
          break;
        case FACILITY_MW:
          out[k] = facilityPowerMw(s, date);
          break;
        case RMAX:
          out[k] = s.linpack().isPresent() ? s.linpack().get().rmaxTflops() : Double.NaN;
          break;
        case RPEAK:
          out[k] = valueOrNaN(s.linpack().map(LinpackMeasurement::rpeakTflops).orElse(OptionalDouble.empty()));
          break;
        case H100_EQUIVALENTS:
          out[k] = reportedH100Equivalents(s, date);
          break;
        case PEAK_DENSE_16BIT_FLOPS:
          out[k] = valueOrNaN(s.reportedDense16BitFlops());
          break;
        default:
          return null;
      }
    }
    return out;
  }

  /**
   * The part of the view that depends on the date: each site's status and each lot's (capped by its site's), as
   * {@link SiteStatus#ordinal()}, and per basis the site's own figure, built the first time the basis is asked.
   */
  final class OnDate {
    /** The date. */
    final LocalDate date;
    /** Per site, the ordinal of its status on the date. */
    final byte[] status;
    /** Per lot, the ordinal of its status on the date ({@link LandscapeConcentration#lotStatus}). */
    final byte[] lotStatus;
    private final double[][] figures = new double[Basis.values().length][];

    private OnDate(LocalDate date) {
      this.date = date;
      List<Site> sites = landscape.sites();
      status = new byte[size];
      lotStatus = new byte[lotStart[size]];
      for (int k = 0, j = 0; k < size; k++) {
        Site s = sites.get(k);
        SiteStatus st = s.statusOn(date);
        status[k] = (byte) st.ordinal();
        for (AcceleratorLot lot : s.fleet()) {
          lotStatus[j++] = (byte) LandscapeConcentration.lotStatus(st, lot, date).ordinal();
        }
      }
    }

    /**
     * The sites' own figures on a basis (MW, TFLOPS, H100 equivalents or FLOP/s as the basis says), NaN where
     * unknown; built once per basis.
     *
     * @param basis  a basis weighed by a site figure (not {@code SITES} or {@code ACCELERATORS}), not null
     * @return one figure per site, not null
     */
    synchronized double[] figures(Basis basis) {
      double[] f = figures[basis.ordinal()];
      if (f == null) {
        f = siteFigures(basis, date);
        figures[basis.ordinal()] = f;
      }
      return f;
    }
  }

  /** Numbers distinct strings in the order first seen. */
  private static final class Numbering {
    private final Map<String, Integer> numbers = new HashMap<>();

    int of(String value) {
      Integer n = numbers.get(value);
      if (n == null) {
        n = numbers.size();
        numbers.put(value, n);
      }
      return n;
    }

    String[] values() {
      String[] out = new String[numbers.size()];
      numbers.forEach((v, n) -> out[n] = v);
      return out;
    }
  }
}
