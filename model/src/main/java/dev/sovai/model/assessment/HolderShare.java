package dev.sovai.model.assessment;

import org.immutables.value.Value;

import dev.sovai.model.internal.Require;

/**
 * One holder's row of a {@link Shares} table: its weight in the table's unit and its share of all capacity in scope
 * (the unknown holder's part included) and of the capacity with a known holder (the base of HHI).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HolderShare {
  HolderShare() {}

  /** @return the holder (an operator id, a jurisdiction code, a vendor …), not blank */
  public abstract String holder();

  /** @return the weight held, in the table's unit, finite and ≥ 0 */
  public abstract double weight();

  /** @return the share of all capacity in scope, a fraction in [0, 1] */
  public abstract double shareOfAll();

  /** @return the share of the capacity with a known holder, a fraction in [0, 1] */
  public abstract double shareOfKnown();

  /**
   * @return true if the attribution is estimated (joint holders split, or an operator taken as its own controller
   *     because its controller is undetermined)
   */
  @Value.Default
  public boolean estimated() {
    return false;
  }

  /**
   * Obtains a row.
   *
   * @param holder  the holder, not blank
   * @param weight  the weight, finite and ≥ 0
   * @param shareOfAll  the share of all capacity, in [0, 1]
   * @param shareOfKnown  the share of known capacity, in [0, 1]
   * @param estimated  whether the attribution is estimated
   * @return the row, not null
   * @throws dev.sovai.model.ModelException if a value is out of range
   */
  public static HolderShare of(String holder, double weight, double shareOfAll, double shareOfKnown,
      boolean estimated) {
    return builder().holder(holder).weight(weight).shareOfAll(shareOfAll).shareOfKnown(shareOfKnown)
        .estimated(estimated).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("HolderShare", null, "holder", holder());
    Require.nonNegative("HolderShare", holder(), "weight", weight());
    Require.share("HolderShare", holder(), "shareOfAll", shareOfAll());
    Require.share("HolderShare", holder(), "shareOfKnown", shareOfKnown());
  }

  /** The builder of {@link HolderShare}. */
  public static final class Builder extends ImmutableHolderShare.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
