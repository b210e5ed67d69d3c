/**
 * Sovereignty scoring: which foreign laws reach a site (lawful-access risk) and whether its accelerators can be
 * cut off by a foreign export decision (cut-off risk) — two separate axes — and the views of the frameworks built
 * from the same facts: ANSSI SecNumCloud 3.2 §19.6 a–c and e, Gaia-X Label 3 (P5.1.2, P5.1.4, P5.1.5) and the EU Cloud
 * Sovereignty Framework (SOV-1 … SOV-8, SEAL floor, weighted score). Per site, per operator and capacity-weighted
 * for a landscape; every result explains itself and converts to an {@link dev.sovai.model.assessment.Assessment}.
 *
 * <p>Start from {@link dev.sovai.scoring.sovereignty.SovereigntyScorer#of(SovereigntyProfile)} with
 * {@link dev.sovai.scoring.sovereignty.SovereigntyProfile#standard()}; profiles and their presets are data
 * ({@link dev.sovai.scoring.sovereignty.SovereigntyProfile}, {@link dev.sovai.scoring.sovereignty.SecNumCloudThresholds},
 * {@link dev.sovai.scoring.sovereignty.ExportControlRegime}, and the CSF catalogue in {@link dev.sovai.scoring.csf}).
 */
package dev.sovai.scoring.sovereignty;
