package dev.sovai.model.deal;

import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
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
    String t = "SiteChange";
    Require.slug(t, site(), "site", site());
    operator().ifPresent(v -> Require.slug(t, site(), "operator", v));
    owners().ifPresent(v -> {
      Require.slugs(t, site(), "owners", v);
      Require.distinct(t, site(), "owners", v);
    });
    accessGateway().ifPresent(v -> Require.slug(t, site(), "accessGateway", v));
    if (operator().isEmpty() && owners().isEmpty() && accessGateway().isEmpty()) {
      throw new ModelException(t, site(), "operator", null, "or owners or accessGateway must change");
    }
  }

  /** The builder of {@link SiteChange}. */
  public static final class Builder extends ImmutableSiteChange.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
