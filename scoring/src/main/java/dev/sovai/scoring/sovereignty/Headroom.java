package dev.sovai.scoring.sovereignty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.assessment.Metric;

/**
 * How far the shares held from outside a bloc stay below a SecNumCloud §19.6 b threshold, as a fraction
 * ({@code threshold − share}, negative when breached). When holders of unknown seat could be outside the bloc the
 * headroom is unknown: it lies in {@code [lower, upper]} (the unknown holdings counted outside, then inside) and
 * {@link #unknownBecause()} says why; it is never the full threshold.
 *
 * @param lower  the smallest the headroom can be, in fractions (threshold − share with the unknown holdings outside)
 * @param upper  the largest the headroom can be, in fractions (threshold − the share known to be outside), at least
 *     {@code lower}
 * @param unknownBecause  why the headroom is unknown, empty if it is known ({@code lower == upper}), not null
 */
public record Headroom(double lower, double upper, Optional<String> unknownBecause) {
  /** Validates. */
  public Headroom {
    Objects.requireNonNull(unknownBecause, "unknownBecause");
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("headroom lower bound " + lower + " must not exceed upper bound " + upper);
    }
  }

  /**
   * A known headroom.
   *
   * @param value  threshold − share, in fractions
   * @return the headroom, not null
   */
  static Headroom known(double value) {
    return new Headroom(value, value, Optional.empty());
  }

  /** @return the headroom if it is known, in fractions; empty if unknown */
  public OptionalDouble value() {
    return unknownBecause.isPresent() ? OptionalDouble.empty() : OptionalDouble.of(upper);
  }

  /**
   * The smallest headroom over several providers: known only if all are known; else unknown within the smallest
   * bounds, with the reasons of the unknown ones.
   *
   * @param all  the headrooms, not empty
   * @return the smallest, not null
   */
  static Headroom smallest(List<Headroom> all) {
    double lo = Double.POSITIVE_INFINITY;
    double up = Double.POSITIVE_INFINITY;
    List<String> why = new ArrayList<>();
    for (Headroom h : all) {
      lo = Math.min(lo, h.lower);
      up = Math.min(up, h.upper);
      h.unknownBecause.ifPresent(why::add);
    }
    return why.isEmpty() ? known(up) : new Headroom(lo, up, Optional.of(String.join("; ", why)));
  }

  /**
   * The headroom as a metric in fractions: its value if known, else an unknown metric with its reason and bounds.
   *
   * @param name  the metric's name, not blank
   * @return the metric, not null
   */
  Metric metric(String name) {
    if (unknownBecause.isEmpty()) {
      return Metric.of(name, upper, "fraction");
    }
    return Metric.builder().name(name).unit("fraction").unknownBecause(unknownBecause.get()).lower(lower).upper(upper)
        .build();
  }
}
