package dev.sovai.model.assessment;

import java.util.List;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;

/**
 * What a result was computed from: how many of the facts it needs were known, and each gap with its treatment.
 * A result with gaps says so; unknown never silently counts as good.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coverage {
  Coverage() {}

  /** @return the number of facts the scorer needed, ≥ 0 */
  public abstract int needed();

  /** @return the number of those that were known, in [0, needed] */
  public abstract int known();

  /** @return the missing facts and how each was treated */
  public abstract List<Gap> gaps();

  /** @return {@code known / needed} in [0, 1]; 1 when nothing was needed */
  public double ratio() {
    return needed() == 0 ? 1.0 : (double) known() / needed();
  }

  /** @return true if every needed fact was known */
  public boolean isComplete() {
    return known() == needed();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (needed() < 0) {
      throw new ModelException("Coverage", null, "needed", needed(), "must be ≥ 0");
    }
    if (known() < 0 || known() > needed()) {
      throw new ModelException("Coverage", null, "known", known(), "must be in [0, needed=" + needed() + "]");
    }
  }

  /** The builder of {@link Coverage}. */
  public static final class Builder extends ImmutableCoverage.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
