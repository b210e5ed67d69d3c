/**
 * The neutral form of a scoring result: an {@link dev.sovai.model.assessment.Assessment} of one subject by one
 * scorer and profile, with its metrics (value and unit), its {@link dev.sovai.model.assessment.Finding findings}
 * (criterion, outcome, the chain of entities that decided it, sources, a sentence for a person) and its
 * {@link dev.sovai.model.assessment.Coverage coverage} (what was missing and how it was treated). Scorers produce
 * it; the io module reads and writes it; neither has to know the other.
 */
@SovaiStyle
package dev.sovai.model.assessment;

import dev.sovai.model.style.SovaiStyle;
