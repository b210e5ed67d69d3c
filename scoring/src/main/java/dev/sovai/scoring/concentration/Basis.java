package dev.sovai.scoring.concentration;

/**
 * What capacity is measured in. Shares differ a great deal by basis, so every result states its basis.
 *
 * <p>Only accelerator lots whose status is in the scope count (a lot of a site that is not yet operational has
 * the site's status). Where a site reports a figure (H100 equivalents, 16-bit FLOP/s) it is used, scaled by the
 * fraction of the fleet's accelerators in scope; otherwise the figure is computed from the fleet and the
 * catalogue. A quantity that cannot be known (no IT capacity, a chip without a catalogue figure, an empty fleet)
 * is left out and reported as a coverage gap.
 */
public enum Basis {
  /** Number of accelerators (GPUs or equivalent packages) in lots in scope. Unit {@code "accelerators"}. */
  ACCELERATORS("accelerators"),
  /**
   * H100 equivalents: the figure in force on the date where given ({@code Site.capacityOn(date).h100Equivalents()}:
   * the latest capacity step's, else {@code Site.reportedH100Equivalents}), else
   * {@code Σ count × Accelerator.h100Equivalent}. Unit {@code "H100e"}.
   */
  H100_EQUIVALENTS("H100e"),
  /**
   * IT power in MW in force on the date ({@code Site.capacityOn(date).itPowerMw()}: the latest capacity step's, else
   * {@code Site.itCapacityMw}); a step that gives only facility power counts as facility power ÷ the site's reported
   * PUE, and without a reported PUE the site is left out. Split over lots by accelerator count. Unit {@code "MW"}.
   */
  IT_MW("MW"),
  /**
   * Facility power in MW in force on the date ({@code Site.capacityOn(date).facilityPowerMw()}), else the IT power in
   * force × the site's reported PUE; without either the site is left out (no PUE is assumed). Split over lots by
   * accelerator count. Unit {@code "MW"}.
   */
  FACILITY_MW("MW"),
  /** Number of sites (one per site), split over lots by accelerator count. Unit {@code "sites"}. */
  SITES("sites"),
  /**
   * Peak dense 16-bit FLOP/s: {@code Site.reportedDense16BitFlops} where given, else
   * {@code Σ count × Accelerator.denseBf16Tflops × 10¹²}. Unit {@code "FLOP/s"}.
   */
  PEAK_DENSE_16BIT_FLOPS("FLOP/s"),
  /**
   * Measured FP64 Linpack performance, TOP500's Rmax, in TFLOP/s ({@code Site.linpack().rmaxTflops()}); a site
   * without a measurement is left out. Split over lots by accelerator count; a site without lots counts for the
   * accelerator its measurement names ({@code LinpackMeasurement.accelerator}) in the vendor and fab dimensions.
   * Unit {@code "TFLOP/s"}.
   */
  RMAX("TFLOP/s"),
  /**
   * Theoretical peak FP64 performance, TOP500's Rpeak, in TFLOP/s ({@code Site.linpack().rpeakTflops()}); otherwise as
   * {@link #RMAX}. Unit {@code "TFLOP/s"}.
   */
  RPEAK("TFLOP/s");

  private final String unit;

  Basis(String unit) {
    this.unit = unit;
  }

  /** @return the unit of the weights, not null */
  public String unit() {
    return unit;
  }
}
