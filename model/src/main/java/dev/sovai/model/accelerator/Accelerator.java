package dev.sovai.model.accelerator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A catalogue entry for one accelerator model (one GPU or AI-chip package as counted in a fleet).
 *
 * <p>Performance figures are dense (no sparsity) peak TFLOPS per package; power is the board (TDP/TBP)
 * power of one package in watts. The H100-equivalent factor is the package's dense 16-bit performance relative
 * to an NVIDIA H100 SXM, as Epoch AI counts it.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Accelerator implements Cited {
  Accelerator() {}

  /** @return the identifier, a slug unique in the catalogue ({@code "nvidia-h100-sxm"}), not null */
  public abstract String id();

  /** @return the vendor's operator identifier ({@code "nvidia"}), not null */
  public abstract String vendor();

  /** @return the model name as the vendor writes it ({@code "H100 SXM"}), not blank */
  public abstract String model();

  /** @return board power of one package in W, in (0, {@value Bounds#MAX_BOARD_POWER_WATTS}], if known */
  public abstract OptionalDouble boardPowerWatts();

  /** @return dense BF16 peak performance in TFLOPS, in [0, {@value Bounds#MAX_TFLOPS}], if known */
  public abstract OptionalDouble denseBf16Tflops();

  /**
   * @return dense FP8 peak performance in TFLOPS, in [0, {@value Bounds#MAX_TFLOPS}], if the chip supports FP8 and it
   *     is known
   */
  public abstract OptionalDouble denseFp8Tflops();

  /**
   * @return dense 16-bit performance relative to one H100 SXM, in [0, {@value Bounds#MAX_H100_EQUIVALENT}], if known
   */
  public abstract OptionalDouble h100Equivalent();

  /** @return jurisdictions where the chip (logic die) is fabricated, empty if unknown */
  public abstract Set<String> fabJurisdictions();

  /** @return when the model was released or first shipped, if known */
  public abstract Optional<PartialDate> released();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "Accelerator";
    c.check(() -> Require.slug(t, id(), "id", id()));
    c.check(() -> Require.slug(t, id(), "vendor", vendor()));
    c.check(() -> Require.notBlank(t, id(), "model", model()));
    c.check(() -> boardPowerWatts().ifPresent(v -> Require.positive(t, id(), "boardPowerWatts", v)));
    c.check(() -> boardPowerWatts()
        .ifPresent(v -> Require.atMost(t, id(), "boardPowerWatts", v, Bounds.MAX_BOARD_POWER_WATTS)));
    c.check(() -> denseBf16Tflops().ifPresent(v -> Require.nonNegative(t, id(), "denseBf16Tflops", v)));
    c.check(() -> denseBf16Tflops().ifPresent(v -> Require.atMost(t, id(), "denseBf16Tflops", v, Bounds.MAX_TFLOPS)));
    c.check(() -> denseFp8Tflops().ifPresent(v -> Require.nonNegative(t, id(), "denseFp8Tflops", v)));
    c.check(() -> denseFp8Tflops().ifPresent(v -> Require.atMost(t, id(), "denseFp8Tflops", v, Bounds.MAX_TFLOPS)));
    c.check(() -> h100Equivalent().ifPresent(v -> Require.nonNegative(t, id(), "h100Equivalent", v)));
    c.check(() -> h100Equivalent()
        .ifPresent(v -> Require.atMost(t, id(), "h100Equivalent", v, Bounds.MAX_H100_EQUIVALENT)));
    c.check(() -> Require.jurisdictions(t, id(), "fabJurisdictions", fabJurisdictions()));
    c.check(() -> Require.slugs(t, id(), "sources", sources()));
    c.done();
  }

  /** The builder of {@link Accelerator}. */
  public static final class Builder extends ImmutableAccelerator.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
