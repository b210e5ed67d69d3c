package dev.sovai.model.deal;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A deal's effect on one site: a new operator, new owners, or a new access gateway. Attributes left empty are
 * unchanged.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SiteChange {
  SiteChange() {}

  /** @return the site's identifier, not null */
  public abstract String site();

  /** @return the operator after the deal, if it changes */
  public abstract Optional<String> operator();

  /** @return the owners after the deal, if they change */
  public abstract Optional<List<String>> owners();

  /** @return the access gateway after the deal, if it changes */
  public abstract Optional<String> accessGateway();

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "SiteChange";
    c.check(() -> Require.slug(t, site(), "site", site()));
    c.check(() -> operator().ifPresent(v -> Require.slug(t, site(), "operator", v)));
    owners().ifPresent(v -> {
      c.check(() -> Require.slugs(t, site(), "owners", v));
      c.check(() -> Require.distinct(t, site(), "owners", v));
    });
    c.check(() -> accessGateway().ifPresent(v -> Require.slug(t, site(), "accessGateway", v)));
    if (operator().isEmpty() && owners().isEmpty() && accessGateway().isEmpty()) {
      c.add(new ModelException(t, site(), "operator", null, "or owners or accessGateway must change"));
    }
    c.done();
  }

  /** The builder of {@link SiteChange}. */
  public static final class Builder extends ImmutableSiteChange.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
