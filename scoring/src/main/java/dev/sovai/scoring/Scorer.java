package dev.sovai.scoring;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.UnknownEntityException;
import java.time.LocalDate;

/**
 * The shape every sovai scorer shares. A scorer is made from its profile ({@code XScorer.of(profile)}), holds
 * nothing else, and is asked about a landscape, a subject and an as-of date, always in that order:
 *
 * <pre>{@code
 * SovereigntyScorer.of(SovereigntyProfile.standard()).site(landscape, "nscale-sines", asOf)
 * EnergyScorer.of(EnergyProfile.standard()).site(landscape, "nscale-sines", asOf)
 * ConcentrationScorer.of(ConcentrationProfile.standard()).measure(landscape, measure, asOf)
 * }</pre>
 *
 * Each method also has a form without the date, which means the landscape's own {@link Landscape#asOf()}.
 * Unknown identifiers throw {@link UnknownEntityException}. Results implement {@link ScoringResult}.
 *
 * <p>Implementation Requirements: Implementations are immutable and thread-safe; they may keep work derived from
 * the last landscape asked about (an ownership graph), but never a reference that keeps a landscape alive once
 * the caller has dropped it.
 *
 * @param <P>  the profile type
 * @param <L>  the type of the whole-landscape result
 */
public interface Scorer<P, L extends ScoringResult> {
  /** @return the profile this scorer was made from, not null */
  P profile();

  /**
   * Scores the whole landscape as of a date.
   *
   * @param landscape  the landscape, not null
   * @param asOf  the date, not null
   * @return the result, not null
   */
  L landscape(Landscape landscape, LocalDate asOf);

  /**
   * Scores the whole landscape as of its own date.
   *
   * @param landscape  the landscape, not null
   * @return the result, not null
   */
  default L landscape(Landscape landscape) {
    return landscape(landscape, landscape.asOf());
  }
}
