/**
 * The EU Cloud Sovereignty Framework as reference data: the calculator's catalogue of 48 criteria with their ladders
 * of rungs, points and SEAL tags ({@link dev.sovai.model.csf.CsfCatalogue}). A provider's declared answers to these
 * criteria are {@link dev.sovai.model.operator.CsfDeclaration}s of its operator; the scoring rules live in the
 * scoring module.
 */
package dev.sovai.model.csf;
