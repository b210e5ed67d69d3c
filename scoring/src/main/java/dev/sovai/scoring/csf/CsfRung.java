package dev.sovai.scoring.csf;

import java.util.Objects;
import java.util.OptionalDouble;

import dev.sovai.model.Provenance;

/**
 * One rung of a criterion's ladder in the EU Cloud Sovereignty Framework calculator: its wording, the SEAL tag it
 * supports, the points it earns, and, for SOV-8.1, the strict PUE bound and the extra condition it requires.
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param label  the rung as the framework words it, not blank
 * @param seal  the SEAL tag the rung supports, in [0, 4]
 * @param points  the points the rung earns, ≥ 0; empty where the calculator's figure was not transcribed
 * @param pueBelow  the rung's strict upper bound on PUE (dimensionless, &gt; 1) for SOV-8.1, empty otherwise
 * @param condition  what the rung requires beyond its bound, not null
 * @param provenance  where the SEAL tag and points come from, not null
 */
public record CsfRung(String label, int seal, OptionalDouble points, OptionalDouble pueBelow, Condition condition,
    Provenance provenance) {

  /** What a rung requires beyond the facts its criterion is answered from. */
  public enum Condition {
    /** Nothing more. */
    NONE,
    /** An improvement roadmap (SOV-8.1); the model does not record one, so such a rung is never taken as reached. */
    ROADMAP,
    /**
     * Verification in the EU (SOV-8.1); taken as a reported PUE of a site in the EU whose facts are
     * {@link dev.sovai.model.Confidence#CONFIRMED confirmed}.
     */
    EU_VERIFIED
  }

  /**
   * Checks the rung.
   *
   * @throws IllegalArgumentException if the label is blank, the SEAL tag is outside [0, 4], the points are negative
   *     or the PUE bound is not above 1
   * @throws NullPointerException if an argument is null
   */
  public CsfRung {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(pueBelow, "pueBelow");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(provenance, "provenance");
    if (label.isBlank()) {
      throw new IllegalArgumentException("CSF rung label must not be blank");
    }
    if (seal < 0 || seal > 4) {
      throw new IllegalArgumentException("CSF rung \"" + label + "\": SEAL must be in [0, 4], was " + seal);
    }
    if (points.isPresent() && !(points.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("CSF rung \"" + label + "\": points must be ≥ 0, was " + points.getAsDouble());
    }
    if (pueBelow.isPresent() && !(pueBelow.getAsDouble() > 1)) {
      throw new IllegalArgumentException("CSF rung \"" + label + "\": PUE bound must be > 1, was " + pueBelow.getAsDouble());
    }
  }

  /**
   * Obtains a rung with points and no PUE bound.
   *
   * @param label  the rung's wording, not blank
   * @param seal  the SEAL tag, in [0, 4]
   * @param points  the points, ≥ 0
   * @param provenance  where the figures come from, not null
   * @return the rung, not null
   */
  public static CsfRung of(String label, int seal, double points, Provenance provenance) {
    return new CsfRung(label, seal, OptionalDouble.of(points), OptionalDouble.empty(), Condition.NONE, provenance);
  }

  /**
   * The points this rung earns, for a rung whose points are known.
   *
   * @return the points, ≥ 0
   * @throws IllegalStateException if the calculator's points for this rung were not transcribed
   */
  public double earned() {
    if (points.isEmpty()) {
      throw new IllegalStateException("CSF rung \"" + label + "\" has no transcribed points");
    }
    return points.getAsDouble();
  }
}
