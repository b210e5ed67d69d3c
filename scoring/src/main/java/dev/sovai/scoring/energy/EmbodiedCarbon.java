package dev.sovai.scoring.energy;

import java.util.Objects;
import java.util.Optional;

/**
 * How the embodied (manufacturing) carbon of the accelerators is added to the carbon per unit of compute, the
 * {@code M} of the SCI form {@code (E·I + M) / R} (ISO/IEC 21031:2024). Three options:
 * <ul>
 *   <li>{@link #none()}: operational carbon only (the default profile);</li>
 *   <li>{@link #perExaflop(Reference)}: a vendor's embodied intensity in gCO2e per EFLOP of compute (NVIDIA's
 *       product carbon footprints: {@link #NVIDIA_HGX_B200}, {@link #NVIDIA_HGX_H100});</li>
 *   <li>{@link #perAccelerator(Reference, Reference)}: total embodied kgCO2e per accelerator spread linearly
 *       over a lifetime in years ({@code M = TE × TiR / EL}).</li>
 * </ul>
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EmbodiedCarbon {
  /** Embodied intensity of an HGX B200 system, FP16 basis. */
  public static final Reference NVIDIA_HGX_B200 = Reference.of("embodied carbon per EFLOP, HGX B200", 0.50, "gCO2e/EFLOP",
      "NVIDIA product carbon footprint summary, NVIDIA developer blog (FP16 basis) [S]", 2025);
  /** Embodied intensity of an HGX H100 system, FP16 basis. */
  public static final Reference NVIDIA_HGX_H100 = Reference.of("embodied carbon per EFLOP, HGX H100", 0.66, "gCO2e/EFLOP",
      "NVIDIA product carbon footprint summary, NVIDIA developer blog (FP16 basis) [S]", 2025);
  /** Embodied carbon of one A100 with a share of its host. */
  public static final Reference A100_WITH_HOST_SHARE = Reference.of("embodied carbon per A100 incl. host share", 318, "kgCO2e",
      "Chien et al., HotCarbon '23 [S]", 2023);
  /** Hardware lifetime used by Cloud Carbon Footprint. */
  public static final Reference LIFETIME_CCF = Reference.of("hardware lifetime (Cloud Carbon Footprint)", 4, "yr",
      "Cloud Carbon Footprint, EmbodiedEmissions.md", 2023);
  /** Hardware lifetime of Boavizta's cloud archetypes. */
  public static final Reference LIFETIME_BOAVIZTA_CLOUD = Reference.of("hardware lifetime (Boavizta cloud archetypes)", 6,
      "yr", "Boavizta API documentation (52,560 h)", 2024);

  private static final EmbodiedCarbon NONE = new EmbodiedCarbon(null, null, null);

  private final Reference perExaflop;
  private final Reference perAccelerator;
  private final Reference lifetime;

  private EmbodiedCarbon(Reference perExaflop, Reference perAccelerator, Reference lifetime) {
    this.perExaflop = perExaflop;
    this.perAccelerator = perAccelerator;
    this.lifetime = lifetime;
  }

  /** @return the option that leaves embodied carbon out, not null */
  public static EmbodiedCarbon none() {
    return NONE;
  }

  /**
   * Obtains the option that charges a fixed embodied intensity per EFLOP of dense compute delivered.
   *
   * @param gramsPerExaflop  the intensity in gCO2e/EFLOP, ≥ 0, not null
   * @return the option, not null
   * @throws IllegalArgumentException if the reference is negative or not in gCO2e/EFLOP
   */
  public static EmbodiedCarbon perExaflop(Reference gramsPerExaflop) {
    Objects.requireNonNull(gramsPerExaflop, "gramsPerExaflop");
    requireUnit(gramsPerExaflop, "gCO2e/EFLOP");
    if (gramsPerExaflop.value() < 0) {
      throw new IllegalArgumentException("embodied gCO2e/EFLOP must be ≥ 0, was " + gramsPerExaflop.value());
    }
    return new EmbodiedCarbon(gramsPerExaflop, null, null);
  }

  /**
   * Obtains the option that spreads a total embodied carbon per accelerator over a lifetime.
   *
   * @param kgPerAccelerator  embodied kgCO2e of one accelerator (with its share of the host), ≥ 0, not null
   * @param lifetimeYears  the lifetime in years, &gt; 0, not null
   * @return the option, not null
   * @throws IllegalArgumentException if a value is out of range or a unit is not kgCO2e / yr
   */
  public static EmbodiedCarbon perAccelerator(Reference kgPerAccelerator, Reference lifetimeYears) {
    Objects.requireNonNull(kgPerAccelerator, "kgPerAccelerator");
    Objects.requireNonNull(lifetimeYears, "lifetimeYears");
    requireUnit(kgPerAccelerator, "kgCO2e");
    requireUnit(lifetimeYears, "yr");
    if (kgPerAccelerator.value() < 0) {
      throw new IllegalArgumentException("embodied kgCO2e per accelerator must be ≥ 0, was " + kgPerAccelerator.value());
    }
    if (lifetimeYears.value() <= 0) {
      throw new IllegalArgumentException("lifetime must be > 0 years, was " + lifetimeYears.value());
    }
    return new EmbodiedCarbon(null, kgPerAccelerator, lifetimeYears);
  }

  private static void requireUnit(Reference r, String unit) {
    if (!r.unit().equals(unit)) {
      throw new IllegalArgumentException("embodied reference \"" + r.name() + "\" must be in " + unit + ", was " + r.unit());
    }
  }

  /** @return true unless this is {@link #none()} */
  public boolean isIncluded() {
    return perExaflop != null || perAccelerator != null;
  }

  /** @return the references this option uses (empty for none), not null */
  public java.util.List<Reference> references() {
    if (perExaflop != null) {
      return java.util.List.of(perExaflop);
    }
    return perAccelerator == null ? java.util.List.of() : java.util.List.of(perAccelerator, lifetime);
  }

  /** @return the intensity per EFLOP, if this option uses one */
  public Optional<Reference> gramsPerExaflop() {
    return Optional.ofNullable(perExaflop);
  }

  /**
   * The embodied carbon charged to one PFLOP-hour of dense compute.
   *
   * @param annualPflopHours  the compute delivered in a year, in PFLOP·h, &gt; 0
   * @param accelerators  the number of accelerators that deliver it, ≥ 0
   * @return gCO2e per PFLOP·h, ≥ 0; 0 for {@link #none()}
   */
  public double gramsPerPflopHour(double annualPflopHours, double accelerators) {
    if (perExaflop != null) {
      // 1 PFLOP·h = 10^15 FLOP/s × 3600 s = 3.6 × 10^18 FLOP = 3.6 EFLOP (unit conversion, not a reference number)
      return perExaflop.value() * 3.6;
    }
    if (perAccelerator != null) {
      double gramsPerYear = accelerators * perAccelerator.value() * 1000.0 / lifetime.value();
      return gramsPerYear / annualPflopHours;
    }
    return 0;
  }

  /** @return a description of the option for people */
  @Override
  public String toString() {
    if (perExaflop != null) {
      return "embodied " + perExaflop;
    }
    if (perAccelerator != null) {
      return "embodied " + perAccelerator + " over " + lifetime;
    }
    return "embodied carbon not included";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmbodiedCarbon && Objects.equals(((EmbodiedCarbon) o).perExaflop, perExaflop)
        && Objects.equals(((EmbodiedCarbon) o).perAccelerator, perAccelerator)
        && Objects.equals(((EmbodiedCarbon) o).lifetime, lifetime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(perExaflop, perAccelerator, lifetime);
  }
}
