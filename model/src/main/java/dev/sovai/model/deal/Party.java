package dev.sovai.model.deal;

import org.immutables.value.Value;

import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * An operator taking part in a deal, and its role.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {
  Party() {}

  /** @return the operator's identifier, not null */
  @Value.Parameter
  public abstract String operator();

  /** @return its role, not null */
  @Value.Parameter
  public abstract PartyRole role();

  /**
   * Obtains a party.
   *
   * @param operatorId  the operator's identifier, not null
   * @param role  its role, not null
   * @return the party, not null
   */
  public static Party of(String operatorId, PartyRole role) {
    return ImmutableParty.of(operatorId, role);
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> Require.slug("Party", null, "operator", operator()));
    c.done();
  }
}
