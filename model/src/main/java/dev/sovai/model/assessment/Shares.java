package dev.sovai.model.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.ModelException;
import dev.sovai.model.internal.Require;

/**
 * The holder table behind a concentration figure, as data: what was measured (dimension, basis and its unit, scope,
 * date, and for a deal screening the stage), the weights known and unknown, the HHI with its bounds, and each
 * holder's weight and shares, largest first.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Shares {
  Shares() {}

  /** @return the dimension grouped by, in kebab case ({@code "ultimate-controller"}), not blank */
  public abstract String dimension();

  /** @return the basis measured, in kebab case ({@code "h100-equivalents"}), not blank */
  public abstract String basis();

  /** @return the unit of the weights ({@code "accelerators"}, {@code "MW"}, {@code "FLOP/s"}), not blank */
  public abstract String unit();

  /** @return the region of the scope (a bloc, country or subdivision code), or {@code "world"}, not blank */
  public abstract String region();

  /** @return the site statuses counted, in lower case ({@code "operational"}), not empty */
  public abstract List<String> statuses();

  /** @return the date the capacity was taken on, not null */
  public abstract LocalDate asOf();

  /** @return {@code "before"} or {@code "after"} for a deal screening's tables; empty otherwise */
  public abstract Optional<String> stage();

  /** @return all weight in scope, known plus unknown, in {@link #unit()}, finite and ≥ 0 */
  public abstract double totalWeight();

  /** @return the weight with no known holder, in {@link #unit()}, finite and ≥ 0 */
  public abstract double unknownWeight();

  /** @return HHI over the known holders (0–10,000 points); empty when no weight has a known holder */
  public abstract OptionalDouble hhi();

  /** @return the lowest HHI over every way the unknown weight could be held; present with unknown weight */
  public abstract OptionalDouble hhiLower();

  /** @return the highest HHI over every way the unknown weight could be held; present with unknown weight */
  public abstract OptionalDouble hhiUpper();

  /** @return the holders, largest weight first */
  public abstract List<HolderShare> holders();

  /** @return the weight with a known holder, {@code totalWeight() - unknownWeight()}, ≥ 0 */
  public double knownWeight() {
    return Math.max(0, totalWeight() - unknownWeight());
  }

  /** @return the share of all weight with no known holder, in [0, 1]; 0 when there is no weight */
  public double unknownShare() {
    return totalWeight() > 0 ? Math.min(1, unknownWeight() / totalWeight()) : 0;
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("Shares", null, "dimension", dimension());
    Require.notBlank("Shares", dimension(), "basis", basis());
    Require.notBlank("Shares", dimension(), "unit", unit());
    Require.notBlank("Shares", dimension(), "region", region());
    if (statuses().isEmpty()) {
      throw new ModelException("Shares", dimension(), "statuses", statuses(), "must not be empty");
    }
    Require.year("Shares", dimension(), "asOf", asOf());
    stage().ifPresent(s -> {
      if (!s.equals("before") && !s.equals("after")) {
        throw new ModelException("Shares", dimension(), "stage", s, "must be \"before\" or \"after\"");
      }
    });
    Require.nonNegative("Shares", dimension(), "totalWeight", totalWeight());
    Require.nonNegative("Shares", dimension(), "unknownWeight", unknownWeight());
    for (OptionalDouble h : List.of(hhi(), hhiLower(), hhiUpper())) {
      if (h.isPresent()) {
        Require.range("Shares", dimension(), "hhi", h.getAsDouble(), 0, 10_000);
      }
    }
  }

  /** The builder of {@link Shares}. */
  public static final class Builder extends ImmutableShares.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
