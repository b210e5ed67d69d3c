package dev.sovai.model.operator;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.immutables.value.Value;

import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A holding of one organisation (the holder) in an operator: its share of the capital and of the votes, and
 * the control rights attached to it (a veto over strategic decisions, the right to appoint a board majority).
 * A stake is listed on the operator that is held ({@link Operator#stakes()}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Stake implements Cited {
  Stake() {}

  /** @return the identifier of the holding operator, a slug, not null */
  public abstract String holder();

  /** @return the share of the capital, a fraction in [0, 1] */
  public abstract double capitalShare();

  /** @return the share of the votes in [0, 1] when it differs from or is known apart from the capital */
  public abstract OptionalDouble votingShare();

  /** @return the share of the votes: {@link #votingShare()} if stated, else {@link #capitalShare()} */
  public double effectiveVotingShare() {
    return votingShare().orElse(capitalShare());
  }

  /** @return true if the holder can veto strategic decisions (budget, business plan, senior management) */
  @Value.Default
  public boolean veto() {
    return false;
  }

  /** @return true if the holder can appoint a majority of the board */
  @Value.Default
  public boolean appointsBoardMajority() {
    return false;
  }

  /** @return the date the stake is known at, if given */
  public abstract Optional<PartialDate> asOf();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /**
   * Whether this stake carries nothing: no capital, no votes, no control rights. Applying a deal that sets a
   * stake to nothing removes it.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return capitalShare() == 0.0 && effectiveVotingShare() == 0.0 && !veto() && !appointsBoardMajority();
  }

  /**
   * Obtains a plain stake: capital and votes equal, no special rights.
   *
   * @param holder  the holder's identifier, not null
   * @param share  the share of capital and votes in [0, 1]
   * @return the stake, not null
   */
  public static Stake of(String holder, double share) {
    return builder().holder(holder).capitalShare(share).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    String t = "Stake";
    c.check(() -> Require.slug(t, holder(), "holder", holder()));
    c.check(() -> Require.share(t, holder(), "capitalShare", capitalShare()));
    c.check(() -> votingShare().ifPresent(v -> Require.share(t, holder(), "votingShare", v)));
    c.check(() -> Require.slugs(t, holder(), "sources", sources()));
    c.done();
  }

  /** The builder of {@link Stake}. */
  public static final class Builder extends ImmutableStake.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
