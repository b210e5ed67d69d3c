package dev.sovai.scoring;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.UnknownEntityException;
import java.time.LocalDate;

/**
 * A {@link Scorer} that also scores one site and one operator (the sovereignty and energy scorers).
 *
 * @param <P>  the profile type
 * @param <S>  the type of a site's result
 * @param <O>  the type of an operator's result
 * @param <L>  the type of the whole-landscape result
 */
public interface EntityScorer<P, S extends ScoringResult, O extends ScoringResult, L extends ScoringResult>
    extends Scorer<P, L> {
  /**
   * Scores one site as of a date.
   *
   * @param landscape  the landscape, not null
   * @param siteId  the site's identifier, not null
   * @param asOf  the date, not null
   * @return the result, not null
   * @throws UnknownEntityException if the landscape has no such site
   */
  S site(Landscape landscape, String siteId, LocalDate asOf);

  /**
   * Scores one site as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param siteId  the site's identifier, not null
   * @return the result, not null
   * @throws UnknownEntityException if the landscape has no such site
   */
  default S site(Landscape landscape, String siteId) {
    return site(landscape, siteId, landscape.asOf());
  }

  /**
   * Scores one operator as of a date.
   *
   * @param landscape  the landscape, not null
   * @param operatorId  the operator's identifier, not null
   * @param asOf  the date, not null
   * @return the result, not null
   * @throws UnknownEntityException if the landscape has no such operator
   */
  O operator(Landscape landscape, String operatorId, LocalDate asOf);

  /**
   * Scores one operator as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param operatorId  the operator's identifier, not null
   * @return the result, not null
   * @throws UnknownEntityException if the landscape has no such operator
   */
  default O operator(Landscape landscape, String operatorId) {
    return operator(landscape, operatorId, landscape.asOf());
  }
}
