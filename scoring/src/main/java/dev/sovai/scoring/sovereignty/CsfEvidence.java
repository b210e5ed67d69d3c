package dev.sovai.scoring.sovereignty;

/**
 * What a CSF answer rests on. An answer derived from the landscape's facts wins over a declared one where both exist;
 * an unknown criterion earns no points, keeps its attainable points and stays out of the SEAL floor.
 */
public enum CsfEvidence {
  /** Derived by sovai from the landscape's facts (the rules of {@link dev.sovai.scoring.csf.CsfCriterion}). */
  DERIVED,
  /** Declared by the provider ({@link dev.sovai.model.operator.CsfDeclaration}) and not checked against facts. */
  DECLARED,
  /** Neither derived nor declared. */
  UNKNOWN
}
