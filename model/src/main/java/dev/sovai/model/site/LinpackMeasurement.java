package dev.sovai.model.site;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A system's FP64 performance on the High-Performance Linpack benchmark, as the TOP500 list publishes it: the
 * measured {@link #rmaxTflops() Rmax}, the theoretical {@link #rpeakTflops() Rpeak}, the accelerator the system
 * uses (a catalogue reference, with no count: the list gives accelerator cores, not chips) and the list edition.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LinpackMeasurement implements Cited {
  LinpackMeasurement() {}

  /**
   * @return the measured FP64 Linpack performance (Rmax) in TFLOP/s, in [0, 1e12]
   *     ({@link Bounds#MAX_SITE_LINPACK_TFLOPS})
   */
  public abstract double rmaxTflops();

  /**
   * @return the theoretical peak FP64 performance (Rpeak) in TFLOP/s, in [0, 1e12]
   *     ({@link Bounds#MAX_SITE_LINPACK_TFLOPS}) and not below {@link #rmaxTflops()}, if given
   */
  public abstract OptionalDouble rpeakTflops();

  /** @return the catalogue identifier of the system's accelerator, if it has one and it is known */
  public abstract Optional<String> accelerator();

  /** @return the list edition that published the figures (a month, for the TOP500 list), if known */
  public abstract Optional<PartialDate> list();

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
    String t = "LinpackMeasurement";
    c.check(() -> Require.nonNegative(t, null, "rmaxTflops", rmaxTflops()));
    c.check(() -> Require.atMost(t, null, "rmaxTflops", rmaxTflops(), Bounds.MAX_SITE_LINPACK_TFLOPS));
    c.check(() -> rpeakTflops().ifPresent(v -> Require.nonNegative(t, null, "rpeakTflops", v)));
    c.check(() -> rpeakTflops()
        .ifPresent(v -> Require.atMost(t, null, "rpeakTflops", v, Bounds.MAX_SITE_LINPACK_TFLOPS)));
    if (rpeakTflops().isPresent() && rpeakTflops().getAsDouble() < rmaxTflops()) {
      c.add(new ModelException(t, null, "rpeakTflops", rpeakTflops().getAsDouble(),
          "must not be below rmaxTflops " + rmaxTflops()));
    }
    c.check(() -> accelerator().ifPresent(v -> Require.slug(t, null, "accelerator", v)));
    c.check(() -> Require.slugs(t, null, "sources", sources()));
    c.done();
  }

  /** The builder of {@link LinpackMeasurement}. */
  public static final class Builder extends ImmutableLinpackMeasurement.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
