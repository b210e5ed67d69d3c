package dev.sovai.model.assessment;

import java.util.List;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Require;

/**
 * Who holds and who controls an operator, as data: the kind of control (decisive influence in the sense of EU
 * Merger Regulation 139/2004), the ultimate controllers, and each ultimate holder's look-through share of capital
 * and votes.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ownership {
  /** The kinds of control, as written. */
  public static final List<String> CONTROL_KINDS = List.of("sole", "negative", "joint", "circular", "none");

  Ownership() {}

  /** @return the operator held and controlled, not blank */
  public abstract String operator();

  /**
   * @return {@code sole} (one controller with positive control: a majority of votes or of the board),
   *     {@code negative} (one controller whose control rests on a veto or an equal split only), {@code joint}
   *     (several controllers must agree), {@code circular} (a ring of mutual control) or {@code none} (no other
   *     organisation controls it on the listed stakes); not blank
   */
  public abstract String control();

  /**
   * @return false if, for the operator or one of its controllers, no listed holder has control but an unlisted
   *     one could: the control kind then rests on incomplete stakes
   */
  public abstract boolean determined();

  /**
   * The most controllers, and the most holders, an ownership lists: a ring of n operators that control each other has
   * n ultimate controllers for each member, which listed in full at every site would grow with the square of the
   * landscape. {@link #controllerCount()} and {@link #holderCount()} say how many there are.
   */
  public static final int LISTED = 100;

  /**
   * @return the ultimate controllers, sorted, at most {@link #LISTED} (the first in that order); the operator itself
   *     when no one else controls it
   */
  public abstract List<String> controllers();

  /** @return how many ultimate controllers there are: the size of {@link #controllers()}, or more when it is cut */
  @Value.Default
  public int controllerCount() {
    return controllers().size();
  }

  /**
   * @return the ultimate holders with their look-through shares, in holder order: all of them, or when there are
   *     more than {@link #LISTED}, the {@value #LISTED} with the largest share of capital or votes
   */
  public abstract List<UltimateHolder> holders();

  /** @return how many ultimate holders there are: the size of {@link #holders()}, or more when it is cut */
  @Value.Default
  public int holderCount() {
    return holders().size();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("Ownership", null, "operator", operator());
    if (!CONTROL_KINDS.contains(control())) {
      throw new ModelException("Ownership", operator(), "control", control(),
          "must be one of " + String.join(", ", CONTROL_KINDS));
    }
    if (controllerCount() < controllers().size()) {
      throw new ModelException("Ownership", operator(), "controllerCount", controllerCount(),
          "must be at least the " + controllers().size() + " controllers listed");
    }
    if (holderCount() < holders().size()) {
      throw new ModelException("Ownership", operator(), "holderCount", holderCount(),
          "must be at least the " + holders().size() + " holders listed");
    }
  }

  /** The builder of {@link Ownership}. */
  public static final class Builder extends ImmutableOwnership.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
