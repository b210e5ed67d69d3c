package dev.sovai.model.operator;

import java.util.ArrayList;
import java.util.Comparator;
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
 * An organisation of the landscape: it may run or own sites, hold stakes in other operators, make chips,
 * invest. Where it is seated (registered office, central administration, main establishment), who holds its
 * capital and votes ({@link #stakes()}, sorted by holder), what the unlisted remainder is, its links to a state
 * and its certifications.
 *
 * <p>Stakes in one operator sum to at most 1 on capital and on votes; a holder appears at most once; an
 * operator does not hold itself. Cross-holdings (A holds B, B holds A) are valid.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Operator implements Cited {
  /** Tolerance on share sums, for figures rounded in the sources. */
  public static final double SHARE_SUM_TOLERANCE = 1e-9;

  Operator() {}

  /** @return the identifier, a slug unique among operators, not null */
  public abstract String id();

  /** @return the name, not blank */
  public abstract String name();

  /** @return the kind of organisation, not null */
  public abstract OperatorKind kind();

  /** @return the jurisdiction of the registered office (where it is incorporated), if known */
  public abstract Optional<String> seat();

  /** @return the jurisdiction of its central administration, if known (defaults to nothing, not to the seat) */
  public abstract Optional<String> centralAdministration();

  /** @return the jurisdiction of its main establishment, if known */
  public abstract Optional<String> mainEstablishment();

  /** @return jurisdictions where it has operations or a notable presence, beyond its seat */
  public abstract Set<String> operationsIn();

  /** @return its shareholders, sorted by holder, at most one stake per holder */
  public abstract List<Stake> stakes();

  /** @return what the capital not listed in {@link #stakes()} is; {@link Remainder#UNKNOWN} by default */
  @Value.Default
  public Remainder remainder() {
    return Remainder.UNKNOWN;
  }

  /** @return links to states beyond the stakes */
  public abstract List<StateLink> stateLinks();

  /** @return its certifications */
  public abstract List<Certification> certifications();

  /**
   * @return its declared answers to criteria of the EU Cloud Sovereignty Framework, at most one per criterion, in
   *     document order; empty if it declared none
   */
  public abstract List<CsfDeclaration> csfDeclarations();

  /** @return free-text notes, if any */
  public abstract Optional<String> notes();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /** @return the sum of listed capital shares, in [0, 1] */
  public double listedCapitalShare() {
    return stakes().stream().mapToDouble(Stake::capitalShare).sum();
  }

  /** @return the sum of listed voting shares, in [0, 1] */
  public double listedVotingShare() {
    return stakes().stream().mapToDouble(Stake::effectiveVotingShare).sum();
  }

  /** @return the unlisted part of the capital, {@code 1 − listedCapitalShare()}, in [0, 1] */
  public double unlistedCapitalShare() {
    return Math.max(0.0, 1.0 - listedCapitalShare());
  }

  /**
   * Finds the stake of a holder.
   *
   * @param holderId  the holder's identifier, not null
   * @return the stake, or empty if the holder holds none
   */
  public Optional<Stake> stakeOf(String holderId) {
    return stakes().stream().filter(s -> s.holder().equals(holderId)).findFirst();
  }

  /**
   * Returns a copy where a holder's stake is replaced (or added); an {@linkplain Stake#isEmpty() empty} stake
   * removes it.
   *
   * @param stake  the new stake of its holder, not null
   * @return the operator after the change, not null
   * @throws ModelException if the stakes would then sum to more than 1
   */
  public Operator withStake(Stake stake) {
    List<Stake> next = new ArrayList<>();
    for (Stake s : stakes()) {
      if (!s.holder().equals(stake.holder())) {
        next.add(s);
      }
    }
    if (!stake.isEmpty()) {
      next.add(stake);
    }
    return builder().from(this).stakes(next).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Operator check() {
    Checks c = new Checks();
    String t = "Operator";
    c.check(() -> Require.slug(t, id(), "id", id()));
    c.check(() -> Require.notBlank(t, id(), "name", name()));
    c.check(() -> seat().ifPresent(v -> Require.jurisdiction(t, id(), "seat", v)));
    c.check(() -> centralAdministration().ifPresent(v -> Require.jurisdiction(t, id(), "centralAdministration", v)));
    c.check(() -> mainEstablishment().ifPresent(v -> Require.jurisdiction(t, id(), "mainEstablishment", v)));
    c.check(() -> Require.jurisdictions(t, id(), "operationsIn", operationsIn()));
    c.check(() -> Require.distinct(t, id(), "stakes.holder", stakes().stream().map(Stake::holder).toList()));
    for (Stake s : stakes()) {
      if (s.holder().equals(id())) {
        c.add(new ModelException(t, id(), "stakes.holder", s.holder(), "must not be the operator itself"));
      }
    }
    double capital = listedCapitalShare();
    if (capital > 1.0 + SHARE_SUM_TOLERANCE) {
      c.add(new ModelException(t, id(), "stakes.capitalShare", capital, "must sum to at most 1"));
    }
    double votes = listedVotingShare();
    boolean votesAreCapital = stakes().stream().noneMatch(s -> s.votingShare().isPresent());
    if (votes > 1.0 + SHARE_SUM_TOLERANCE && !(votesAreCapital && capital > 1.0 + SHARE_SUM_TOLERANCE)) {
      c.add(new ModelException(t, id(), "stakes.votingShare", votes, "must sum to at most 1"));
    }
    c.check(() -> Require.distinct(t, id(), "csfDeclarations.criterion",
        csfDeclarations().stream().map(CsfDeclaration::criterion).toList()));
    c.check(() -> notes().ifPresent(v -> Require.notBlank(t, id(), "notes", v)));
    c.check(() -> Require.slugs(t, id(), "sources", sources()));
    c.done();
    for (int i = 1; i < stakes().size(); i++) {
      if (stakes().get(i - 1).holder().compareTo(stakes().get(i).holder()) > 0) {
        List<Stake> sorted = new ArrayList<>(stakes());
        sorted.sort(Comparator.comparing(Stake::holder));
        return builder().from(this).stakes(sorted).build();
      }
    }
    return this;
  }

  /** The builder of {@link Operator}. */
  public static final class Builder extends ImmutableOperator.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
