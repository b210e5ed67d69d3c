package dev.sovai.model.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.internal.Require;

/**
 * The result of one scorer for one subject (a site, an operator, a landscape) on one date under one profile,
 * in a neutral form that explains itself: metrics with units, findings, and coverage.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {
  Assessment() {}

  /** @return the scorer's name ({@code "sovereignty"}, {@code "energy"}, {@code "concentration"}), not blank */
  public abstract String scorer();

  /** @return the subject assessed, not null */
  public abstract EntityRef subject();

  /** @return the profile's name and version ({@code "eu-default@1"}), not blank */
  public abstract String profile();

  /** @return the date the assessment is as of, not null */
  public abstract LocalDate asOf();

  /** @return a 0–100 headline derived from the metrics, if the scorer defines one (never a replacement for them) */
  public abstract Optional<Double> headline();

  /** @return the metrics */
  public abstract List<Metric> metrics();

  /** @return the findings, most important first */
  public abstract List<Finding> findings();

  /**
   * @return the holder tables behind the result's concentration figures, as data (a concentration assessment has
   *     one, a deal screening one before and one after per dimension it measured); empty for other scorers
   */
  public abstract List<Shares> shares();

  /**
   * @return who holds and controls the operators the result is about, as data (a sovereignty assessment of an
   *     operator has one); empty for other results
   */
  public abstract List<Ownership> ownership();

  /** @return what the result was computed from, not null */
  public abstract Coverage coverage();

  /**
   * Finds a metric by name.
   *
   * @param name  the metric's name, not null
   * @return the metric, or empty
   */
  public Optional<Metric> metric(String name) {
    return metrics().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.notBlank("Assessment", null, "scorer", scorer());
    Require.notBlank("Assessment", null, "profile", profile());
    headline().ifPresent(h -> Require.range("Assessment", null, "headline", h, 0, 100));
    Require.year("Assessment", null, "asOf", asOf());
  }

  /** The builder of {@link Assessment}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
