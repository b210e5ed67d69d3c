package dev.sovai.scoring.sovereignty;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import dev.sovai.model.assessment.Finding;
import dev.sovai.model.csf.CsfCatalogue;

/**
 * The answer to one criterion of the CSF calculator's catalogue: what it rests on, the rung chosen (or unknown), its
 * SEAL tag and points, and the finding. An unknown answer has no SEAL, earns 0 points, keeps its attainable points and
 * is excluded from the floor.
 *
 * @param criterion  the catalogue's criterion, not null
 * @param evidence  what the answer rests on, not null; {@link CsfEvidence#UNKNOWN} exactly when {@code seal} is empty
 * @param seal  the rung's SEAL tag in [0, 4], empty if unknown
 * @param points  the points earned, in [0, criterion.maxPoints()]; 0 if unknown
 * @param rung  the rung in words, or why it is unknown, not null
 * @param finding  the finding; empty for a criterion sovai does not derive from facts that the provider did not
 *     declare (those are summed up in the site's {@code csf-evidence} finding), not null
 */
public record CsfAnswer(CsfCatalogue.Criterion criterion, CsfEvidence evidence, OptionalInt seal, double points,
    String rung, Optional<Finding> finding) {
  /**
   * Validates.
   *
   * @throws IllegalArgumentException if the SEAL or points are out of range, or the evidence disagrees with the SEAL
   * @throws NullPointerException if an argument is null
   */
  public CsfAnswer {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(seal, "seal");
    Objects.requireNonNull(rung, "rung");
    Objects.requireNonNull(finding, "finding");
    if (seal.isPresent() && (seal.getAsInt() < 0 || seal.getAsInt() > 4)) {
      throw new IllegalArgumentException(criterion.code() + ": SEAL must be in [0, 4], was " + seal.getAsInt());
    }
    if (!(points >= 0 && points <= criterion.maxPoints() + 1e-9)) {
      throw new IllegalArgumentException(criterion.code() + ": points must be in [0, " + criterion.maxPoints()
          + "], was " + points);
    }
    if (seal.isPresent() == (evidence == CsfEvidence.UNKNOWN)) {
      throw new IllegalArgumentException(criterion.code() + ": evidence " + evidence + " with SEAL " + seal);
    }
  }

  /** @return true if the criterion was answered (derived or declared) */
  public boolean isAnswered() {
    return seal.isPresent();
  }
}
