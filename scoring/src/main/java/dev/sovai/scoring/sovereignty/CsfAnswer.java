package dev.sovai.scoring.sovereignty;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import dev.sovai.model.assessment.Finding;
import dev.sovai.model.csf.CsfCatalogue;
import dev.sovai.scoring.lazy.Lazy;

/**
 * The answer to one criterion of the CSF calculator's catalogue: what it rests on, the rung chosen (or unknown), its
 * SEAL tag and points, and the finding. An unknown answer has no SEAL, earns 0 points, keeps its attainable points and
 * is excluded from the floor.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe. The words of a derived answer's finding are
 * built when it is first read ({@link #finding()}); equality, hash code and string are those of a record of the six
 * components.
 */
public final class CsfAnswer {
  private final CsfCatalogue.Criterion criterion;
  private final CsfEvidence evidence;
  private final OptionalInt seal;
  private final double points;
  private final String rung;
  /** The finding, built when first read; null if there is none. */
  private final Lazy<Finding> finding;

  /**
   * Obtains an answer.
   *
   * @param criterion  the catalogue's criterion, not null
   * @param evidence  what the answer rests on, not null; {@link CsfEvidence#UNKNOWN} exactly when {@code seal} is empty
   * @param seal  the rung's SEAL tag in [0, 4], empty if unknown
   * @param points  the points earned, in [0, criterion.maxPoints()]; 0 if unknown
   * @param rung  the rung in words, or why it is unknown, not null
   * @param finding  the finding; empty for a criterion sovai does not derive from facts that the provider did not
   *     declare (those are summed up in the site's {@code csf-evidence} finding), not null
   * @throws IllegalArgumentException if the SEAL or points are out of range, or the evidence disagrees with the SEAL
   * @throws NullPointerException if an argument is null
   */
  public CsfAnswer(CsfCatalogue.Criterion criterion, CsfEvidence evidence, OptionalInt seal, double points, String rung,
      Optional<Finding> finding) {
    this(criterion, evidence, seal, points, rung, Objects.requireNonNull(finding, "finding").map(Lazy::built)
        .orElse(null));
  }

  /**
   * An answer whose finding is built when first read, or now if {@code eager}.
   *
   * @param finding  builds the finding, not null
   */
  static CsfAnswer withFindingLater(CsfCatalogue.Criterion criterion, CsfEvidence evidence, OptionalInt seal,
      double points, String rung, boolean eager, Supplier<Finding> finding) {
    return new CsfAnswer(criterion, evidence, seal, points, rung, Lazy.of(eager, finding));
  }

  private CsfAnswer(CsfCatalogue.Criterion criterion, CsfEvidence evidence, OptionalInt seal, double points, String rung,
      Lazy<Finding> finding) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(seal, "seal");
    Objects.requireNonNull(rung, "rung");
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
    this.criterion = criterion;
    this.evidence = evidence;
    this.seal = seal;
    this.points = points;
    this.rung = rung;
    this.finding = finding;
  }

  /** @return the catalogue's criterion, not null */
  public CsfCatalogue.Criterion criterion() {
    return criterion;
  }

  /** @return what the answer rests on, not null; {@link CsfEvidence#UNKNOWN} exactly when {@link #seal()} is empty */
  public CsfEvidence evidence() {
    return evidence;
  }

  /** @return the rung's SEAL tag in [0, 4], empty if unknown */
  public OptionalInt seal() {
    return seal;
  }

  /** @return the points earned, in [0, criterion.maxPoints()]; 0 if unknown */
  public double points() {
    return points;
  }

  /** @return the rung in words, or why it is unknown, not null */
  public String rung() {
    return rung;
  }

  /**
   * @return the finding (built when first read); empty for a criterion sovai does not derive from facts that the
   *     provider did not declare (those are summed up in the site's {@code csf-evidence} finding), not null
   */
  public Optional<Finding> finding() {
    return finding == null ? Optional.empty() : Optional.of(finding.get());
  }

  /** @return the finding as it is held, built or not; null if there is none */
  Lazy<Finding> findingLater() {
    return finding;
  }

  /** @return true if the criterion was answered (derived or declared) */
  public boolean isAnswered() {
    return seal.isPresent();
  }

  /**
   * Two answers are equal if their six components are, as for a record.
   *
   * @param o  another object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CsfAnswer a && criterion.equals(a.criterion) && evidence == a.evidence
        && seal.equals(a.seal) && Double.compare(points, a.points) == 0 && rung.equals(a.rung)
        && finding().equals(a.finding());
  }

  @Override
  public int hashCode() {
    int h = criterion.hashCode();
    h = 31 * h + evidence.hashCode();
    h = 31 * h + seal.hashCode();
    h = 31 * h + Double.hashCode(points);
    h = 31 * h + rung.hashCode();
    return 31 * h + finding().hashCode();
  }

  /** @return the six components, as for a record */
  @Override
  public String toString() {
    return "CsfAnswer[criterion=" + criterion + ", evidence=" + evidence + ", seal=" + seal + ", points=" + points
        + ", rung=" + rung + ", finding=" + finding() + "]";
  }
}
