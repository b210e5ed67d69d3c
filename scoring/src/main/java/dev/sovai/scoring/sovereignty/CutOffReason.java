package dev.sovai.scoring.sovereignty;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Why an export-control regime sets a cut-off level above none for a lot of a site's accelerators: a decision as data,
 * with its sentence built from it ({@link #message()}).
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param kind  which rule of the regime applies, not null
 * @param regime  the regime's identifier, not null
 * @param regimeName  the regime's name, not null
 * @param level  the level this rule sets, not null
 * @param jurisdiction  the site's jurisdiction for {@link Kind#DESTINATION} and {@link Kind#TPP_CARVE_OUT}; the
 *     buyer's seat for {@link Kind#PARENT_IN_LISTED_COUNTRY}; not null
 * @param party  the accelerator's id for {@link Kind#TPP_CARVE_OUT}, the buyer's id for
 *     {@link Kind#PARENT_IN_LISTED_COUNTRY}, empty for {@link Kind#DESTINATION}
 * @param tpp  the accelerator's estimated Total Processing Performance for {@link Kind#TPP_CARVE_OUT}, else empty
 * @param tppThreshold  the regime's carve-out threshold for {@link Kind#TPP_CARVE_OUT}, else empty
 */
public record CutOffReason(Kind kind, String regime, String regimeName, CutOffLevel level, String jurisdiction,
    Optional<String> party, OptionalDouble tpp, OptionalDouble tppThreshold) {

  /** Which rule of a regime sets the level. */
  public enum Kind {
    /** The level the regime sets for the site's country as a destination. */
    DESTINATION,
    /**
     * The regime's case-by-case carve-out: a chip below its TPP threshold going to a listed destination needs only a
     * licence (re-exports stay presumed denied).
     */
    TPP_CARVE_OUT,
    /** The level the regime sets wherever the buyer (operator or ultimate controller) is seated in a listed country. */
    PARENT_IN_LISTED_COUNTRY;

    /** @return true for the rules that restrict the site's country as a destination (not the buyer's parent) */
    public boolean isDestination() {
      return this == DESTINATION || this == TPP_CARVE_OUT;
    }
  }

  /**
   * Checks the reason.
   *
   * @throws NullPointerException if an argument is null
   */
  public CutOffReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(regimeName, "regimeName");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(tpp, "tpp");
    Objects.requireNonNull(tppThreshold, "tppThreshold");
  }

  static CutOffReason destination(ExportControlRegime r, String jurisdiction, CutOffLevel level) {
    return new CutOffReason(Kind.DESTINATION, r.id(), r.name(), level, jurisdiction, Optional.empty(),
        OptionalDouble.empty(), OptionalDouble.empty());
  }

  static CutOffReason carveOut(ExportControlRegime r, String jurisdiction, String accelerator, double tpp,
      double threshold) {
    return new CutOffReason(Kind.TPP_CARVE_OUT, r.id(), r.name(), CutOffLevel.LICENCE_REQUIRED, jurisdiction,
        Optional.of(accelerator), OptionalDouble.of(tpp), OptionalDouble.of(threshold));
  }

  static CutOffReason parent(ExportControlRegime r, String buyer, String seat, CutOffLevel level) {
    return new CutOffReason(Kind.PARENT_IN_LISTED_COUNTRY, r.id(), r.name(), level, seat, Optional.of(buyer),
        OptionalDouble.empty(), OptionalDouble.empty());
  }

  /**
   * The reason in words, e.g. {@code "US AI Diffusion rule, tiers (90 FR 4544): destination PT → capped"}.
   *
   * @return the sentence, not null
   */
  public String message() {
    return switch (kind) {
      case DESTINATION -> regimeName + ": destination " + jurisdiction + " → " + Findings.name(level);
      case TPP_CARVE_OUT -> regimeName + ": " + party.orElseThrow() + " (TPP ≈ " + Math.round(tpp.orElseThrow()) + " < "
          + Math.round(tppThreshold.orElseThrow()) + ") to " + jurisdiction
          + " → case-by-case licence (re-exports stay presumed denied)";
      case PARENT_IN_LISTED_COUNTRY -> regimeName + ": buyer " + party.orElseThrow()
          + " (operator or its ultimate controller) is seated in " + jurisdiction + " → " + Findings.name(level);
    };
  }

  /** @return {@link #message()} */
  @Override
  public String toString() {
    return message();
  }
}
