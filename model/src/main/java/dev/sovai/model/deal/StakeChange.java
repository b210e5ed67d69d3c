package dev.sovai.model.deal;

import org.immutables.value.Value;

import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;
import dev.sovai.model.operator.Stake;

/**
 * A deal's effect on one holding: after the deal, {@link #stake()}'s holder holds exactly that stake in
 * {@link #operator()}. An {@linkplain Stake#isEmpty() empty} stake means the holder sold out.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StakeChange {
  StakeChange() {}

  /** @return the identifier of the operator whose capital changes, not null */
  @Value.Parameter
  public abstract String operator();

  /** @return the holder's stake after the deal, not null */
  @Value.Parameter
  public abstract Stake stake();

  /**
   * Obtains a stake change.
   *
   * @param operatorId  the operator whose capital changes, not null
   * @param stake  the holder's stake after the deal, not null
   * @return the change, not null
   */
  public static StakeChange of(String operatorId, Stake stake) {
    return ImmutableStakeChange.of(operatorId, stake);
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> Require.slug("StakeChange", null, "operator", operator()));
    c.done();
  }
}
