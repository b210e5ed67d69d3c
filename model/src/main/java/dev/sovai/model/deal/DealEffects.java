package dev.sovai.model.deal;

import java.util.List;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * What a deal changes in the landscape when applied: stakes and site roles. A deal that changes nothing
 * structural (a partnership, a supply contract) has empty effects.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DealEffects {
  DealEffects() {}

  /** @return the stake changes, at most one per (operator, holder) */
  public abstract List<StakeChange> stakes();

  /** @return the site changes, at most one per site */
  public abstract List<SiteChange> sites();

  /** @return true if the deal changes nothing structural */
  public boolean isEmpty() {
    return stakes().isEmpty() && sites().isEmpty();
  }

  /** @return effects that change nothing, not null */
  public static DealEffects none() {
    return builder().build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> Require.distinct("DealEffects", null, "stakes",
        stakes().stream().map(s -> s.operator() + " <- " + s.stake().holder()).toList()));
    c.check(() -> Require.distinct("DealEffects", null, "sites", sites().stream().map(SiteChange::site).toList()));
    for (StakeChange change : stakes()) {
      if (change.operator().equals(change.stake().holder())) {
        c.add(new ModelException("DealEffects", null, "stakes.holder", change.stake().holder(),
            "must not be the operator itself"));
      }
    }
    c.done();
  }

  /** The builder of {@link DealEffects}. */
  public static final class Builder extends ImmutableDealEffects.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
