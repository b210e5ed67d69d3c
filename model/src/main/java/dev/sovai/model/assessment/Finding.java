package dev.sovai.model.assessment;

import java.util.List;

import org.immutables.value.Value;

import dev.sovai.model.internal.Require;

/**
 * One criterion's result, explained: the criterion (with the framework clause it implements), the outcome,
 * the chain of entities that decided it (site → operator → holder → seat → law), the sources of the facts
 * used, and a sentence a person can read.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** @return the criterion's identifier, such as {@code "secnumcloud-19.6-b"} or {@code "csf-sov-2"}, not blank */
  public abstract String criterion();

  /** @return the outcome, not null */
  public abstract Outcome outcome();

  /** @return one sentence for a person, not blank */
  public abstract String message();

  /** @return the chain of entities that decided the outcome, first the subject */
  public abstract List<EntityRef> chain();

  /** @return identifiers of the sources of the facts used */
  public abstract List<String> sources();

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("Finding", null, "criterion", criterion());
    Require.notBlank("Finding", null, "message", message());
  }

  /** The builder of {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
