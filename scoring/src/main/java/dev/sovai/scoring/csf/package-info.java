/**
 * The EU Cloud Sovereignty Framework as data: its objectives ({@link dev.sovai.scoring.csf.CsfObjective}), the
 * criteria sovai answers with their ladders of rungs, SEAL tags and points ({@link dev.sovai.scoring.csf.CsfCriterion},
 * {@link dev.sovai.scoring.csf.CsfRung}), both weight presets ({@link dev.sovai.scoring.csf.CsfWeights}), each figure
 * with its {@link dev.sovai.model.Provenance}, and the rules more than one scorer applies
 * ({@link dev.sovai.scoring.csf.PueRating} for SOV-8.1). The sovereignty and energy scorers read the framework only
 * from here.
 */
package dev.sovai.scoring.csf;
