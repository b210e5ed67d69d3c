package dev.sovai.model.jurisdiction;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A jurisdiction's EU GDPR adequacy status, with the date of the decision and its scope. Adequacy settles the
 * transfer question only; it never makes a foreign jurisdiction sovereign.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Adequacy implements Cited {
  Adequacy() {}

  /** @return the status, not null */
  public abstract AdequacyStatus status();

  /** @return the date of the decision in force, if any */
  public abstract Optional<PartialDate> decided();

  /** @return the scope of a partial decision in words (e.g. "organisations certified under the EU-US DPF") */
  public abstract Optional<String> scope();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> Require.slugs("Adequacy", null, "sources", sources()));
    c.check(() -> scope().ifPresent(s -> Require.notBlank("Adequacy", null, "scope", s)));
    c.done();
  }

  /** The builder of {@link Adequacy}. */
  public static final class Builder extends ImmutableAdequacy.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
