package dev.sovai.scoring;

import dev.sovai.model.assessment.Assessment;

/**
 * What every scorer returns, whatever it scores: a result that converts to the neutral {@link Assessment}
 * (findings, metrics, coverage) and explains itself in sentences a person can read.
 *
 * <p>Explanations are built when asked for: a result keeps what was decided, and {@link #explain()} and
 * {@link #toAssessment()} turn it into text and findings on demand.
 *
 * <p>Implementation Requirements: Implementations are immutable and thread-safe.
 */
public interface ScoringResult {
  /**
   * Converts the result to the neutral assessment form that the io module writes as JSON.
   *
   * @return the assessment, not null
   */
  Assessment toAssessment();

  /**
   * Explains the result for a person: the headline, each finding with the entities that decided it, and what
   * was unknown.
   *
   * @return several lines of text, not null
   */
  String explain();
}
