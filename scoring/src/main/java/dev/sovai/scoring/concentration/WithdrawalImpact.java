package dev.sovai.scoring.concentration;

import java.util.Locale;
import java.util.Objects;

/**
 * The capacity a {@link Withdrawal} removes from one scope, one part of a {@link WithdrawalResult}: the holder's
 * weight, and its share of the scope's capacity — at least its weight over all capacity counted, at most that plus all capacity whose holder on the
 * dimension is unknown; the value is over the capacity with a known holder.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class WithdrawalImpact {
  private final Withdrawal withdrawal;
  private final ConcentrationResult result;

  /**
   * Obtains the impact of a withdrawal on the scope of a result.
   *
   * @param withdrawal  the scenario, not null
   * @param result  the partition of the scope by the scenario's dimension, not null
   */
  WithdrawalImpact(Withdrawal withdrawal, ConcentrationResult result) {
    this.withdrawal = Objects.requireNonNull(withdrawal, "withdrawal");
    this.result = Objects.requireNonNull(result, "result");
  }

  /** @return the scenario, not null */
  public Withdrawal withdrawal() {
    return withdrawal;
  }

  /** @return the scope, not null */
  public Scope scope() {
    return result.scope();
  }

  /** @return the partition the impact was read from, not null */
  public ConcentrationResult result() {
    return result;
  }

  /** @return the capacity lost, in the basis's unit, ≥ 0 */
  public double lostWeight() {
    return result.partition().weightOf(withdrawal.holder());
  }

  /** @return the scope's capacity counted (known and unknown holders), in the basis's unit, ≥ 0 */
  public double totalWeight() {
    return result.partition().totalWeight();
  }

  /** @return the share lost of the capacity with a known holder, in [0, 1]; 0 if there is none */
  public double lostShare() {
    double k = result.partition().knownWeight();
    return k == 0.0 ? 0.0 : lostWeight() / k;
  }

  /** @return the lower bound of the share lost (over all capacity counted), in [0, 1] */
  public double lostShareLower() {
    double t = totalWeight();
    return t == 0.0 ? 0.0 : lostWeight() / t;
  }

  /** @return the upper bound of the share lost (the unknown part lost too), in [0, 1] */
  public double lostShareUpper() {
    double t = totalWeight();
    return t == 0.0 ? 0.0 : (lostWeight() + result.partition().unknownWeight()) / t;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s in %s: %.4g %s (%.1f %%)", withdrawal, scope(), lostWeight(),
        result.basis().unit(), lostShare() * 100);
  }
}
