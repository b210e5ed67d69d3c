/**
 * Concentration risk: a general {@link dev.sovai.scoring.concentration.ConcentrationIndex} (HHI, normalised HHI,
 * equivalent number, CR-k, Shannon entropy, largest share, with bounds for an unknown remainder) over any
 * {@link dev.sovai.scoring.concentration.Partition}; partitions of a landscape's capacity by
 * {@link dev.sovai.scoring.concentration.Dimension} and {@link dev.sovai.scoring.concentration.Basis} within a
 * {@link dev.sovai.scoring.concentration.Scope}; regulators' {@link dev.sovai.scoring.concentration.ThresholdProfile
 * threshold profiles} as data; deal screening; foreign dependence; withdrawal scenarios (a holder stops supplying).
 * Start with {@link dev.sovai.scoring.concentration.ConcentrationScorer#of} and
 * {@link dev.sovai.scoring.concentration.ConcentrationProfile#standard()}, and ask about a
 * {@link dev.sovai.scoring.concentration.Measure}.
 *
 * <p>Shares are fractions in [0, 1]; HHI is on the regulators' 0–10,000 scale unless a name says otherwise
 * ({@code h} is the same index on fractions, 0–1).
 */
package dev.sovai.scoring.concentration;
