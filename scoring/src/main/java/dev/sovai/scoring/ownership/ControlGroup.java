package dev.sovai.scoring.ownership;

import java.util.List;
import java.util.Objects;

/**
 * What every operator of one strongly connected component of control shares: its ultimate controllers, whether they
 * form a ring, and the undetermined operators on the way (an operator whose control only leads on to one component,
 * such as a link of a long chain, shares that component's group).
 *
 * <p>An {@link OwnershipGraph} hands out one instance per component answer, so a scorer that derives something from
 * the ultimate controllers alone (their seats, whether any is outside a bloc, their shares of a site) can compute it
 * once per group and keep it by the group's identity: {@link #equals(Object)} is identity, deliberately, because
 * comparing the controller lists of a ring of n operators would cost n each time. Two groups with equal lists from
 * different graphs (or built by {@link Control#of}) are different keys.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ControlGroup {
  private final List<String> controllers;
  private final boolean circular;
  private final List<String> undetermined;

  ControlGroup(List<String> controllers, boolean circular, List<String> undetermined) {
    this.controllers = List.copyOf(Objects.requireNonNull(controllers, "controllers"));
    this.circular = circular;
    this.undetermined = List.copyOf(Objects.requireNonNull(undetermined, "undetermined"));
  }

  /** @return the identifiers of the ultimate controllers, sorted, not null (the same list as {@link Control#controllers()}) */
  public List<String> controllers() {
    return controllers;
  }

  /** @return true if the ultimate controllers include a ring of mutual control ({@link ControlKind#CIRCULAR}) */
  public boolean isCircular() {
    return circular;
  }

  /** @return the operators on the way whose control unlisted holders could hold, sorted, possibly empty */
  public List<String> undetermined() {
    return undetermined;
  }

  @Override
  public String toString() {
    return "ControlGroup[" + controllers.size() + " controllers" + (circular ? ", circular" : "") + "]";
  }
}
