package dev.sovai.scoring.ownership;

import java.util.Objects;

/**
 * One link of a chain of control: a controller has decisive influence over a controlled operator on a basis,
 * holding a share of its votes.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ControlLink {
  private final String controlled;
  private final String controller;
  private final ControlBasis basis;
  private final double votingShare;

  private ControlLink(String controlled, String controller, ControlBasis basis, double votingShare) {
    this.controlled = Objects.requireNonNull(controlled, "controlled");
    this.controller = Objects.requireNonNull(controller, "controller");
    this.basis = Objects.requireNonNull(basis, "basis");
    if (!(votingShare >= 0.0 && votingShare <= 1.0 + 1e-9)) {
      throw new IllegalArgumentException("votingShare must be in [0, 1], was " + votingShare);
    }
    this.votingShare = votingShare;
  }

  /**
   * Obtains a link.
   *
   * @param controlled  the controlled operator's identifier, not null
   * @param controller  the controlling operator's identifier, not null
   * @param basis  the right that confers control, not null
   * @param votingShare  the controller's direct share of the votes, in [0, 1]
   * @return the link, not null
   * @throws IllegalArgumentException if the share is out of range
   */
  public static ControlLink of(String controlled, String controller, ControlBasis basis, double votingShare) {
    return new ControlLink(controlled, controller, basis, votingShare);
  }

  /** @return the identifier of the controlled operator, not null */
  public String controlled() {
    return controlled;
  }

  /** @return the identifier of the controlling operator, not null */
  public String controller() {
    return controller;
  }

  /** @return the right that confers control, not null */
  public ControlBasis basis() {
    return basis;
  }

  /** @return the controller's direct share of the controlled operator's votes, in [0, 1] */
  public double votingShare() {
    return votingShare;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ControlLink)) {
      return false;
    }
    ControlLink l = (ControlLink) o;
    return controlled.equals(l.controlled) && controller.equals(l.controller) && basis == l.basis
        && Double.compare(votingShare, l.votingShare) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(controlled, controller, basis, votingShare);
  }

  /** @return {@code "b controls a (majority_of_votes, 60 % of votes)"} */
  @Override
  public String toString() {
    return controller + " controls " + controlled + " (" + basis.name().toLowerCase(java.util.Locale.ROOT) + ", "
        + Math.round(votingShare * 10000) / 100.0 + " % of votes)";
  }
}
