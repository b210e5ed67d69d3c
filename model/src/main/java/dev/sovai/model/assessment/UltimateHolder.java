package dev.sovai.model.assessment;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Require;

/**
 * One ultimate holder of an operator, looked through every chain of stakes: its share of the operator's capital and
 * of its votes.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UltimateHolder {
  UltimateHolder() {}

  /**
   * @return the holder: an operator's identifier, or for capital nobody listed {@code "free-float of X"},
   *     {@code "unknown of X"}, {@code "circular of X"}; not blank
   */
  public abstract String holder();

  /** @return {@code operator}, {@code free-float}, {@code unknown} or {@code circular}, not blank */
  public abstract String kind();

  /** @return the look-through share of the operator's capital, a fraction in [0, 1] */
  public abstract double capital();

  /** @return the look-through share of the operator's votes, a fraction in [0, 1] */
  public abstract double votes();

  /**
   * Obtains a holder.
   *
   * @param holder  the holder, not blank
   * @param kind  its kind, one of {@code operator}, {@code free-float}, {@code unknown}, {@code circular}
   * @param capital  the share of capital, in [0, 1]
   * @param votes  the share of votes, in [0, 1]
   * @return the holder, not null
   * @throws ModelException if a value is out of range
   */
  public static UltimateHolder of(String holder, String kind, double capital, double votes) {
    return builder().holder(holder).kind(kind).capital(capital).votes(votes).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("UltimateHolder", null, "holder", holder());
    if (!java.util.List.of("operator", "free-float", "unknown", "circular").contains(kind())) {
      throw new ModelException("UltimateHolder", holder(), "kind", kind(),
          "must be operator, free-float, unknown or circular");
    }
    Require.share("UltimateHolder", holder(), "capital", capital());
    Require.share("UltimateHolder", holder(), "votes", votes());
  }

  /** The builder of {@link UltimateHolder}. */
  public static final class Builder extends ImmutableUltimateHolder.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
