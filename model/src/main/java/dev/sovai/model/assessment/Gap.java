package dev.sovai.model.assessment;

import org.immutables.value.Value;

import dev.sovai.model.internal.Require;

/**
 * One missing fact and how it was treated: {@code site:nscale-sines pue — defaulted to 1.3 (new AI build)}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Gap {
  Gap() {}

  /** @return the entity the fact belongs to, not null */
  public abstract EntityRef subject();

  /** @return the missing attribute, as named in the model ({@code "pue"}), not blank */
  public abstract String field();

  /** @return how it was treated, not null */
  public abstract GapTreatment treatment();

  /** @return the treatment in words (the default used and its source), not blank */
  public abstract String detail();

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("Gap", null, "field", field());
    Require.notBlank("Gap", null, "detail", detail());
  }

  /** The builder of {@link Gap}. */
  public static final class Builder extends ImmutableGap.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
