package dev.sovai.scoring.csf;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.Confidence;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;

/**
 * Where a site stands on the CSF SOV-8.1 energy-efficiency ladder ({@link CsfCriterion#SOV_8_1}). This is the one
 * place the rule is decided; the sovereignty scorer's CSF view and the energy scorer's {@code csf-sov-8.1} mark both
 * report it.
 *
 * <p>The rule:
 * <ul>
 *   <li>Only a reported PUE places a site. A site without one is unknown: a default figure is never evidence.</li>
 *   <li>The site {@link #reached() reaches} the best rung whose strict PUE bound holds and whose condition is met.
 *       {@link CsfRung.Condition#EU_VERIFIED EU verification} is taken as a reported PUE of a site in the EU whose
 *       confidence is {@link Confidence#CONFIRMED confirmed}.</li>
 *   <li>A rung that needs an {@link CsfRung.Condition#ROADMAP improvement roadmap} (PUE &lt; 1.5, SEAL 4) is reached
 *       by its bound alone, but the model records no roadmaps: the answer is then unknown (SEAL 4 with a roadmap,
 *       {@link #withoutRoadmap()} without one). Unknown never counts as good: it earns no points and leaves the
 *       SEAL floor an upper bound.</li>
 *   <li>Otherwise the answer is the reached rung: SEAL 4 passes, a lower SEAL fails (it caps the SEAL).</li>
 * </ul>
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param pue  the site's reported PUE (dimensionless, ≥ 1), empty if not reported
 * @param reached  the best rung the reported PUE reaches, counting a roadmap rung as reached; empty if not reported
 * @param withoutRoadmap  the best rung it reaches without a roadmap; empty if not reported
 */
public record PueRating(OptionalDouble pue, Optional<CsfRung> reached, Optional<CsfRung> withoutRoadmap) {
  /** The bloc whose sites can be EU-verified. */
  public static final String EU_BLOC = "EU";

  /**
   * Checks the rating.
   *
   * @throws NullPointerException if an argument is null
   */
  public PueRating {
    Objects.requireNonNull(pue, "pue");
    Objects.requireNonNull(reached, "reached");
    Objects.requireNonNull(withoutRoadmap, "withoutRoadmap");
  }

  /**
   * Rates a site of a landscape.
   *
   * @param landscape  the landscape that says which bloc the site's jurisdiction belongs to, not null
   * @param site  the site, not null
   * @return the rating, not null
   */
  public static PueRating of(Landscape landscape, Site site) {
    if (site.pue().isEmpty()) {
      return new PueRating(OptionalDouble.empty(), Optional.empty(), Optional.empty());
    }
    double pue = site.pue().getAsDouble();
    boolean verified = landscape.isIn(site.jurisdiction(), EU_BLOC) && site.confidence() == Confidence.CONFIRMED;
    return new PueRating(site.pue(), best(pue, verified, true), best(pue, verified, false));
  }

  /**
   * The rung a PUE figure would reach, a roadmap rung included; for saying what a default figure would give.
   *
   * @param pue  the PUE, dimensionless
   * @param euVerified  whether the figure counts as EU-verified
   * @return the best rung reached, empty only for a figure no rung accepts
   */
  public static Optional<CsfRung> rungFor(double pue, boolean euVerified) {
    return best(pue, euVerified, true);
  }

  private static Optional<CsfRung> best(double pue, boolean verified, boolean roadmap) {
    CsfRung best = null;
    for (CsfRung r : CsfCriterion.SOV_8_1.rungs()) {
      boolean below = r.pueBelow().isEmpty() || pue < r.pueBelow().getAsDouble();
      boolean met = switch (r.condition()) {
        case NONE -> true;
        case ROADMAP -> roadmap;
        case EU_VERIFIED -> verified;
      };
      if (below && met) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** @return true if a reported PUE places the site on a rung that needs nothing the model lacks */
  public boolean isAnswered() {
    return reached.isPresent() && reached.get().condition() != CsfRung.Condition.ROADMAP;
  }

  /** @return the rung the site is on, empty if unknown (no reported PUE, or a roadmap would decide) */
  public Optional<CsfRung> answer() {
    return isAnswered() ? reached : Optional.empty();
  }

  /** @return {@link Outcome#PASS} on a SEAL 4 rung, {@link Outcome#FAIL} below, {@link Outcome#UNKNOWN} if unanswered */
  public Outcome outcome() {
    if (!isAnswered()) {
      return Outcome.UNKNOWN;
    }
    return reached.get().seal() >= 4 ? Outcome.PASS : Outcome.FAIL;
  }
}
