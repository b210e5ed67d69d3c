package dev.sovai.model.landscape;

import java.util.Objects;

import dev.sovai.model.operator.Stake;

/**
 * A stake seen from its holder: the operator held and the stake in it.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Holding {
  private final String operator;
  private final Stake stake;

  Holding(String operator, Stake stake) {
    this.operator = operator;
    this.stake = stake;
  }

  /** @return the identifier of the operator held, not null */
  public String operator() {
    return operator;
  }

  /** @return the stake, whose holder is the one asked about, not null */
  public Stake stake() {
    return stake;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Holding && operator.equals(((Holding) o).operator) && stake.equals(((Holding) o).stake);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operator, stake);
  }

  @Override
  public String toString() {
    return stake.holder() + " holds " + stake.capitalShare() + " of " + operator;
  }
}
