package dev.sovai.model;

import java.net.URI;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;
import dev.sovai.model.style.SovaiStyle;

/**
 * Where a fact comes from: an article, a press release, a dataset, a regulation.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
@SovaiStyle
public abstract class Source {
  Source() {}

  /** @return the identifier, a slug unique among the landscape's sources, not null */
  public abstract String id();

  /** @return the title as published, not blank */
  public abstract String title();

  /** @return the publisher (newspaper, agency, company), if known */
  public abstract Optional<String> publisher();

  /** @return the address of the source, absolute ({@code http}, {@code https} or {@code urn}), if any */
  public abstract Optional<URI> url();

  /** @return the publication date, possibly partial, if known */
  public abstract Optional<PartialDate> published();

  /** @return the language as an ISO 639-1 code ({@code "fr"}, {@code "en"}), if known */
  public abstract Optional<String> language();

  /** @return the licence the source is published under, such as {@code "CC BY 4.0"}, if relevant */
  public abstract Optional<String> licence();

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> Require.slug("Source", id(), "id", id()));
    c.check(() -> Require.notBlank("Source", id(), "title", title()));
    c.check(() -> publisher().ifPresent(p -> Require.notBlank("Source", id(), "publisher", p)));
    c.check(() -> licence().ifPresent(p -> Require.notBlank("Source", id(), "licence", p)));
    url().ifPresent(u -> {
      if (!u.isAbsolute()) {
        c.add(new ModelException("Source", id(), "url", u.toString(), "must be an absolute URI"));
      }
    });
    language().ifPresent(l -> {
      if (!l.matches("[a-z]{2}")) {
        c.add(new ModelException("Source", id(), "language", l, "must be an ISO 639-1 code such as \"fr\""));
      }
    });
    c.done();
  }

  /** The builder of {@link Source}. */
  public static final class Builder extends ImmutableSource.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
