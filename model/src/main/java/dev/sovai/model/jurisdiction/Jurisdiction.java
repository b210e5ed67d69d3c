package dev.sovai.model.jurisdiction;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A country (ISO 3166-1 alpha-2, {@code "FR"}) or a subdivision of one (ISO 3166-2, {@code "US-TX"}) with the
 * facts the scorers need: the blocs it belongs to, its GDPR adequacy status, the extraterritorial laws it
 * enacts and its electricity grid.
 *
 * <p>The code is the identifier: other entities refer to a jurisdiction by its code. A subdivision's parent
 * is the country in the first two letters of its code; facts missing on a subdivision are looked up on its
 * parent (see {@code Landscape#jurisdictionFacts}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Jurisdiction implements Cited {
  /** The European Union. */
  public static final String EU = "EU";
  /** The European Economic Area (the EU plus Iceland, Liechtenstein and Norway). */
  public static final String EEA = "EEA";

  Jurisdiction() {}

  /** @return the ISO 3166-1 alpha-2 or ISO 3166-2 code, upper case, not null */
  public abstract String code();

  /** @return the English short name, not blank */
  public abstract String name();

  /**
   * @return the blocs the jurisdiction belongs to, as upper-case codes ({@link #EU}, {@link #EEA}, {@code "EFTA"},
   *     {@code "GCC"} …); a subdivision with no blocs of its own inherits its parent's
   */
  public abstract Set<String> blocs();

  /** @return the EU GDPR adequacy status, if known */
  public abstract Optional<Adequacy> adequacy();

  /** @return the extraterritorial laws this jurisdiction enacts, possibly empty */
  public abstract List<ExtraterritorialLaw> laws();

  /** @return the grid profile, if known; a subdivision's overrides its parent's */
  public abstract Optional<GridProfile> grid();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /** @return the parent country's code for a subdivision ({@code "US"} for {@code "US-TX"}), else empty */
  @Value.Derived
  public Optional<String> parentCode() {
    return code().length() > 2 ? Optional.of(code().substring(0, 2)) : Optional.empty();
  }

  /** @return the country this code belongs to: its parent for a subdivision, else itself */
  public String countryCode() {
    return code().substring(0, 2);
  }

  /**
   * Whether the jurisdiction belongs to a bloc (by its own blocs only; see the landscape for inheritance).
   *
   * @param bloc  the bloc code, not null
   * @return true if listed
   */
  public boolean isIn(String bloc) {
    return blocs().contains(bloc);
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a text is a valid jurisdiction code: an ISO 3166-1 alpha-2 country or an ISO 3166-2 subdivision
   * of one.
   *
   * @param code  the text, may be null
   * @return true if valid
   */
  public static boolean isValidCode(String code) {
    return Require.isJurisdictionCode(code);
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "Jurisdiction";
    c.check(() -> Require.jurisdiction(t, code(), "code", code()));
    c.check(() -> Require.notBlank(t, code(), "name", name()));
    for (String b : blocs()) {
      if (!b.matches("[A-Z][A-Z0-9_-]{0,15}")) {
        c.add(new ModelException(t, code(), "blocs", b, "must be an upper-case bloc code such as \"EU\""));
      }
    }
    c.check(() -> Require.distinct(t, code(), "laws", laws().stream().map(ExtraterritorialLaw::id).toList()));
    c.check(() -> Require.slugs(t, code(), "sources", sources()));
    c.done();
  }

  /** The builder of {@link Jurisdiction}. */
  public static final class Builder extends ImmutableJurisdiction.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
