package dev.sovai.model.operator;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A certification held by an operator, with its level or version, scope and validity.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Certification implements Cited {
  Certification() {}

  /** @return the scheme, not null */
  public abstract CertificationScheme scheme();

  /** @return the level or version ({@code "3.2"}, {@code "label-3"}, {@code "type-2"}), if any */
  public abstract Optional<String> level();

  /** @return what the certification covers (a service, a region), if stated */
  public abstract Optional<String> scope();

  /** @return when it was granted, if known */
  public abstract Optional<PartialDate> validFrom();

  /** @return when it expires, if known */
  public abstract Optional<PartialDate> validUntil();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /**
   * Whether the certification is valid on a date (unknown bounds count as open).
   *
   * @param date  the date, not null
   * @return true if valid on that date
   */
  public boolean isValidOn(LocalDate date) {
    return validFrom().map(f -> !f.earliest().isAfter(date)).orElse(true)
        && validUntil().map(u -> !u.latest().isBefore(date)).orElse(true);
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> level().ifPresent(v -> Require.notBlank("Certification", null, "level", v)));
    c.check(() -> scope().ifPresent(v -> Require.notBlank("Certification", null, "scope", v)));
    c.check(() -> Require.slugs("Certification", null, "sources", sources()));
    if (validFrom().isPresent() && validUntil().isPresent() && validFrom().get().isCertainlyAfter(validUntil().get())) {
      c.add(new ModelException("Certification", null, "validUntil", validUntil().get(),
          "must not be before validFrom " + validFrom().get()));
    }
    c.done();
  }

  /** The builder of {@link Certification}. */
  public static final class Builder extends ImmutableCertification.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
