package dev.sovai.scoring.ownership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who ultimately controls an operator by decisive influence, and through which chains.
 *
 * <p>{@link #direct()} lists the links from the operator to its direct controllers; {@link #controllers()} the
 * ultimate controllers (sorted identifiers); {@link #chains()} one shortest chain of control from the operator to
 * each ultimate controller, in the order of {@link #controllers()}. An operator that nobody controls is its own
 * ultimate controller with kind {@link ControlKind#NONE} and one empty chain.
 *
 * <p>{@link #undetermined()} lists the operators on the way (the operator itself or one of its controllers) that
 * the listed stakes give no one control over although the unknown, unlisted part of their votes is large enough (at
 * least half) that an unlisted holder could control them — including an operator with no listed stakes whose
 * remainder is {@link dev.sovai.model.operator.Remainder#UNKNOWN unknown}, of whose holders nothing is known (declare
 * a listed company's remainder as free float to say it is widely held); {@link #isDetermined()} is true when there
 * are none.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Control {
  /** How many controllers {@link #toString()} names. */
  private static final int LISTED = 20;
  private final String operator;
  private final ControlKind kind;
  private final List<ControlLink> direct;
  private final List<String> controllers;
  private final List<List<ControlLink>> chains;
  private final List<String> undetermined;
  private final ControlGroup group;

  private Control(String operator, ControlKind kind, List<ControlLink> direct, ControlGroup group,
      List<List<ControlLink>> chains, boolean copyChains) {
    this.operator = Objects.requireNonNull(operator, "operator");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.direct = List.copyOf(direct);
    this.group = Objects.requireNonNull(group, "group");
    this.controllers = group.controllers();
    if (copyChains) {
      List<List<ControlLink>> c = new ArrayList<>();
      for (List<ControlLink> chain : chains) {
        c.add(List.copyOf(chain));
      }
      this.chains = Collections.unmodifiableList(c);
    } else {
      this.chains = chains;
    }
    this.undetermined = group.undetermined();
    if (this.controllers.isEmpty()) {
      throw new IllegalArgumentException("control of " + operator + " must name at least one controller");
    }
    if (this.chains.size() != this.controllers.size()) {
      throw new IllegalArgumentException("control of " + operator + " must have one chain per controller, had "
          + this.chains.size() + " for " + this.controllers);
    }
  }

  /**
   * Obtains a control result.
   *
   * @param operator  the operator's identifier, not null
   * @param kind  how it is ultimately controlled, not null
   * @param direct  the links to its direct controllers, empty for {@link ControlKind#NONE}, not null
   * @param controllers  the ultimate controllers, sorted, not empty
   * @param chains  one chain per ultimate controller, same order, not null
   * @param undetermined  the operators on the way whose control an unlisted holder could hold, sorted, not null
   * @return the result, not null
   * @throws IllegalArgumentException if there is no controller or the chains do not match the controllers
   */
  public static Control of(String operator, ControlKind kind, List<ControlLink> direct, List<String> controllers,
      List<List<ControlLink>> chains, List<String> undetermined) {
    return new Control(operator, kind, direct, new ControlGroup(controllers, kind == ControlKind.CIRCULAR,
        undetermined), chains, true);
  }

  /**
   * A control whose chains are an unmodifiable view built when read (by {@link ControlGraph}): the chains of a ring
   * of n operators hold n²/2 links in all, so they are never built unless someone reads them.
   */
  static Control withChains(String operator, ControlKind kind, List<ControlLink> direct, ControlGroup group,
      List<List<ControlLink>> chains) {
    return new Control(operator, kind, direct, group, chains, false);
  }

  /** @return the identifier of the operator whose control this is, not null */
  public String operator() {
    return operator;
  }

  /** @return how the operator is ultimately controlled, not null */
  public ControlKind kind() {
    return kind;
  }

  /** @return the links from the operator to its direct controllers, possibly empty */
  public List<ControlLink> direct() {
    return direct;
  }

  /**
   * @return what the operator shares with every member of its strongly connected component of control (the
   *     ultimate controllers and undetermined operators), one instance per component answer of an
   *     {@link OwnershipGraph}: the key for anything derived from the controllers alone, not null
   */
  public ControlGroup group() {
    return group;
  }

  /** @return the identifiers of the ultimate controllers, sorted, never empty (the operator itself if uncontrolled) */
  public List<String> controllers() {
    return controllers;
  }

  /**
   * @return one shortest chain of control per ultimate controller, in the order of {@link #controllers()}; each chain
   *     is built when read, in time proportional to its length (what the operator reaches is walked once, on the first
   *     read)
   */
  public List<List<ControlLink>> chains() {
    return chains;
  }

  /**
   * The chain of control to one ultimate controller.
   *
   * @param controllerId  the controller's identifier, not null
   * @return the links from the operator up to that controller (empty if it is the operator itself), or empty if
   *     it is not an ultimate controller
   */
  public Optional<List<ControlLink>> chainTo(String controllerId) {
    int i = controllers.indexOf(controllerId);
    return i < 0 ? Optional.empty() : Optional.of(chains.get(i));
  }

  /**
   * Whether the control is sole negative control: one controller, whose decisive influence over the operator rests
   * on a veto or an equal split of the votes only, not on a majority of votes or of the board ("negative" sole
   * control in EU merger control).
   *
   * @return true for sole control whose direct links are all {@link ControlBasis#VETO} or
   *     {@link ControlBasis#EQUAL_SPLIT}
   */
  public boolean isNegative() {
    return kind == ControlKind.SOLE && !direct.isEmpty()
        && direct.stream().allMatch(l -> l.basis() == ControlBasis.VETO || l.basis() == ControlBasis.EQUAL_SPLIT);
  }

  /** @return true if someone other than the operator itself controls it */
  public boolean isControlled() {
    return kind != ControlKind.NONE;
  }

  /** @return false if, for the operator or one of its controllers, no listed holder has control but an unlisted one could */
  public boolean isDetermined() {
    return undetermined.isEmpty();
  }

  /** @return the operators on the way whose control an unknown, unlisted holder could hold, sorted, possibly empty */
  public List<String> undetermined() {
    return undetermined;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Control)) {
      return false;
    }
    Control c = (Control) o;
    return operator.equals(c.operator) && kind == c.kind && direct.equals(c.direct)
        && controllers.equals(c.controllers) && chains.equals(c.chains) && undetermined.equals(c.undetermined);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, kind, direct, controllers, chains, undetermined);
  }

  /** The first {@value #LISTED} identifiers and how many more: a ring's controllers are every member. */
  private static String listed(List<String> ids) {
    if (ids.size() <= LISTED) {
      return ids.toString();
    }
    return "[" + String.join(", ", ids.subList(0, LISTED)) + ", … and " + (ids.size() - LISTED) + " more]";
  }

  /**
   * @return {@code "a: sole control by [b]"}, with {@code " (undetermined: …)"} where unknown holders could control;
   *     at most {@value #LISTED} controllers are named, then how many more
   */
  @Override
  public String toString() {
    return operator + ": " + kind.name().toLowerCase(java.util.Locale.ROOT) + " control by " + listed(controllers)
        + (undetermined.isEmpty() ? "" : " (undetermined: unknown holders could control " + undetermined + ")");
  }
}
