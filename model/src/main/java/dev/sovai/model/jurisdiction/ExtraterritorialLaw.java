package dev.sovai.model.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A law by which a jurisdiction can compel organisations to hand over data or assist its agencies wherever
 * the data is held (US CLOUD Act, FISA § 702, China's National Intelligence Law art. 7), with the rules by
 * which it reaches an organisation and the period it is in force.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExtraterritorialLaw implements Cited {
  ExtraterritorialLaw() {}

  /** @return the identifier, a slug unique among the laws of its jurisdiction (e.g. {@code "us-cloud-act"}) */
  public abstract String id();

  /** @return the name of the law, not blank */
  public abstract String name();

  /** @return the rules by which the law reaches an organisation, not empty */
  public abstract Set<ReachRule> reach();

  /** @return when the law took effect, if known */
  public abstract Optional<PartialDate> effectiveFrom();

  /**
   * @return when the law ceases (a sunset or a repeal), if any; the end is certain only if the law is
   *     {@link Confidence#CONFIRMED} (see {@link #isUncertainOn(LocalDate)})
   */
  public abstract Optional<PartialDate> effectiveUntil();

  /** @return a one-line summary of what the law allows, if given */
  public abstract Optional<String> summary();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /**
   * Whether the law is in force on a date: from the earliest day of {@link #effectiveFrom()} (unknown start:
   * in force) to before the earliest day of {@link #effectiveUntil()}.
   *
   * @param date  the date, not null
   * @return true if in force on that date
   */
  public boolean isInForceOn(LocalDate date) {
    boolean started = effectiveFrom().map(f -> !f.earliest().isAfter(date)).orElse(true);
    boolean ended = effectiveUntil().map(u -> !u.earliest().isAfter(date)).orElse(false);
    return started && !ended;
  }

  /**
   * Whether the end of the law is certain: it has an {@link #effectiveUntil()} and the law is
   * {@link Confidence#CONFIRMED} (a repeal or a sunset read in an official record). An end that is only reported or
   * estimated (an authorisation expected to run out, a lapse whose effects continue) is uncertain.
   *
   * @return true if the law has an end and that end is confirmed
   */
  public boolean isEndCertain() {
    return effectiveUntil().isPresent() && confidence() == Confidence.CONFIRMED;
  }

  /**
   * Whether the law's reach is uncertain on a date: the date is on or after the earliest day of an
   * {@link #effectiveUntil()} that is not certain ({@link #isEndCertain()}). Such a law is not in force by
   * {@link #isInForceOn(LocalDate)}, but whether it still reaches anyone is unknown: it may have been reauthorised or
   * may still be applied, so a scorer answers "unknown", never "not reached".
   *
   * @param date  the date, not null
   * @return true if an uncertain end has passed on that date
   */
  public boolean isUncertainOn(LocalDate date) {
    return effectiveUntil().isPresent() && !isEndCertain() && !effectiveUntil().get().earliest().isAfter(date);
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> Require.slug("ExtraterritorialLaw", id(), "id", id()));
    c.check(() -> Require.notBlank("ExtraterritorialLaw", id(), "name", name()));
    c.check(() -> Require.slugs("ExtraterritorialLaw", id(), "sources", sources()));
    if (reach().isEmpty()) {
      c.add(new ModelException("ExtraterritorialLaw", id(), "reach", reach(), "must name at least one reach rule"));
    }
    if (effectiveFrom().isPresent() && effectiveUntil().isPresent()
        && effectiveFrom().get().isCertainlyAfter(effectiveUntil().get())) {
      c.add(new ModelException("ExtraterritorialLaw", id(), "effectiveUntil", effectiveUntil().get(),
          "must not be before effectiveFrom " + effectiveFrom().get()));
    }
    c.done();
  }

  /** The builder of {@link ExtraterritorialLaw}. */
  public static final class Builder extends ImmutableExtraterritorialLaw.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
