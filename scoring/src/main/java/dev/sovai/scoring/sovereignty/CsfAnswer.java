package dev.sovai.scoring.sovereignty;

import java.util.Objects;
import java.util.OptionalInt;

import dev.sovai.model.assessment.Finding;
import dev.sovai.scoring.csf.CsfCriterion;

/**
 * The answer to one CSF criterion: the rung chosen (or unknown), its SEAL tag and points, and the finding.
 * An unknown answer has no SEAL, earns 0 points, keeps its attainable points and is excluded from the floor.
 *
 * @param criterion  the criterion, not null
 * @param seal  the rung's SEAL tag in [0, 4], empty if unknown
 * @param points  the points earned, in [0, criterion.maxPoints()]
 * @param rung  the rung in words, or why it is unknown, not null
 * @param finding  the finding, not null
 */
public record CsfAnswer(CsfCriterion criterion, OptionalInt seal, double points, String rung, Finding finding) {
  /** Validates. */
  public CsfAnswer {
    Objects.requireNonNull(criterion, "criterion");
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
  }

  /** @return true if the landscape could answer it */
  public boolean isAnswered() {
    return seal.isPresent();
  }
}
