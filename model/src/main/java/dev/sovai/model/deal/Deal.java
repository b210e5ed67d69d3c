package dev.sovai.model.deal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;
import dev.sovai.model.site.AcceleratorLot;

/**
 * A deal between operators: an acquisition, an investment, a joint venture, a partnership, a hardware supply,
 * a capacity contract, a financing or a public funding commitment.
 *
 * <p>It names its {@link #parties()} with their roles, its dates and value, the sites and accelerator
 * quantities it covers, and its {@link #effects()}: the stake and site changes that applying it to a landscape
 * makes ({@code Landscape#apply(Deal)}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deal implements Cited {
  Deal() {}

  /** @return the identifier, a slug unique among deals, not null */
  public abstract String id();

  /** @return a short title, not blank */
  public abstract String title();

  /** @return the kind of deal, not null */
  public abstract DealKind kind();

  /** @return the parties with their roles, at least one, an operator at most once per role */
  public abstract List<Party> parties();

  /** @return the status; {@link DealStatus#ANNOUNCED} by default */
  @Value.Default
  public DealStatus status() {
    return DealStatus.ANNOUNCED;
  }

  /** @return when it was announced, if known */
  public abstract Optional<PartialDate> announced();

  /** @return when it closed (or is expected to), if known; not before {@link #announced()} */
  public abstract Optional<PartialDate> closed();

  /** @return the value of the deal, if disclosed */
  public abstract Optional<Money> value();

  /** @return identifiers of the sites the deal covers */
  public abstract List<String> sites();

  /** @return accelerator quantities the deal covers (a supply or capacity contract), not tied to one site */
  public abstract List<AcceleratorLot> accelerators();

  /** @return what applying the deal changes; none by default */
  @Value.Default
  public DealEffects effects() {
    return DealEffects.none();
  }

  /** @return free-text notes, if any */
  public abstract Optional<String> notes();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /**
   * The parties with a role.
   *
   * @param role  the role, not null
   * @return their operator identifiers in order, possibly empty
   */
  public List<String> partiesWithRole(PartyRole role) {
    return parties().stream().filter(p -> p.role() == role).map(Party::operator).collect(Collectors.toList());
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "Deal";
    c.check(() -> Require.slug(t, id(), "id", id()));
    c.check(() -> Require.notBlank(t, id(), "title", title()));
    if (parties().isEmpty()) {
      c.add(new ModelException(t, id(), "parties", parties(), "must name at least one party"));
    }
    c.check(() -> Require.distinct(t, id(), "parties", parties()));
    c.check(() -> Require.slugs(t, id(), "sites", sites()));
    c.check(() -> Require.distinct(t, id(), "sites", sites()));
    c.check(() -> notes().ifPresent(v -> Require.notBlank(t, id(), "notes", v)));
    c.check(() -> Require.slugs(t, id(), "sources", sources()));
    if (announced().isPresent() && closed().isPresent() && announced().get().isCertainlyAfter(closed().get())) {
      c.add(new ModelException(t, id(), "closed", closed().get(), "must not be before announced " + announced().get()));
    }
    c.done();
  }

  /** The builder of {@link Deal}. */
  public static final class Builder extends ImmutableDeal.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
