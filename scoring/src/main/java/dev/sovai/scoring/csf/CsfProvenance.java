package dev.sovai.scoring.csf;

import dev.sovai.model.Provenance;

/** Where the catalogue's figures come from; one constant per document. */
final class CsfProvenance {
  /** The June 2026 calculator, through its two public transcriptions. */
  static final Provenance CALCULATOR = Provenance.of("European Commission, Cloud Sovereignty Framework Implementation"
      + " Guidance, Annex sovereignty assessment calculator (1 June 2026), as transcribed by SUSE/csf-self-assessment"
      + " and flavienbwk/cloud-sovereignty-score", 2026);
  /** The October 2025 framework document. */
  static final Provenance V1_2_1 = Provenance.of("European Commission DG DIGIT, Cloud Sovereignty Framework v1.2.1"
      + " (October 2025), as cited by MISP taxonomy 'sov'", 2025);
  /** Points of rungs the transcriptions do not give: {@code maximum × SEAL / 4}. */
  static final Provenance POINTS_BY_SEAL = Provenance.estimated("sovai assumption: the calculator's points for this"
      + " rung were not transcribed, maximum points × SEAL / 4 is used", 2026);
  /** SOV-7.1, whose middle rungs the transcriptions disagree on. */
  static final Provenance CERTIFICATION_READING = Provenance.estimated("sovai reading of the calculator's SOV-7.1"
      + " ladder (the transcriptions disagree on the middle rungs): SecNumCloud or EUCS SEAL 4, BSI C5 SEAL 3,"
      + " ISO/IEC 27001 SEAL 2; points maximum × SEAL / 4", 2026);

  private CsfProvenance() {}

  /** A rung of the June 2026 calculator. */
  static CsfRung calculator(String label, int seal, double points) {
    return CsfRung.of(label, seal, points, CALCULATOR);
  }

  /** A rung whose points are {@code maximum × SEAL / 4}. */
  static CsfRung bySeal(String label, int seal, double maxPoints, Provenance provenance) {
    return CsfRung.of(label, seal, maxPoints * seal / 4.0, provenance);
  }

  /** A SOV-8.1 rung: a strict PUE bound (or none), a condition, points and SEAL of the calculator. */
  static CsfRung pue(String label, Double below, CsfRung.Condition condition, int seal, double points) {
    return new CsfRung(label, seal, java.util.OptionalDouble.of(points),
        below == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(below), condition, CALCULATOR);
  }
}
