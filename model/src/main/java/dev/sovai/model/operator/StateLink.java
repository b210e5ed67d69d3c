package dev.sovai.model.operator;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A link between an operator and a state, beyond what its stakes show (e.g. a fund's chair is a member of a
 * ruling family).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StateLink implements Cited {
  StateLink() {}

  /** @return the state's jurisdiction code, not null */
  public abstract String jurisdiction();

  /** @return the nature of the link, not null */
  public abstract StateLinkKind kind();

  /** @return the link in words, if given */
  public abstract Optional<String> description();

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
    c.check(() -> Require.jurisdiction("StateLink", null, "jurisdiction", jurisdiction()));
    c.check(() -> description().ifPresent(v -> Require.notBlank("StateLink", null, "description", v)));
    c.check(() -> Require.slugs("StateLink", null, "sources", sources()));
    c.done();
  }

  /** The builder of {@link StateLink}. */
  public static final class Builder extends ImmutableStateLink.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
