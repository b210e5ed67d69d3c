package dev.sovai.model.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sovai.model.ModelException;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;

class OperatorTest {
  private static final Operator START_CAMPUS = Operator.builder().id("start-campus").name("Start Campus")
      .kind(OperatorKind.COLOCATION).seat("PT")
      .addStakes(Stake.of("davidson-kempner", 0.6), Stake.of("pioneer-point", 0.3))
      .build();

  @Test
  void withStakeAddsReplacesAndRemoves() {
    Operator added = START_CAMPUS.withStake(Stake.of("nscale", 0.1));
    assertEquals(List.of("davidson-kempner", "nscale", "pioneer-point"),
        added.stakes().stream().map(Stake::holder).toList(), "kept sorted by holder");
    assertEquals(1.0, added.listedCapitalShare(), 1e-12);
    assertEquals(0.0, added.unlistedCapitalShare(), 1e-12);

    Operator replaced = START_CAMPUS.withStake(Stake.builder().holder("pioneer-point").capitalShare(0.4)
        .votingShare(0.2).veto(true).build());
    assertEquals(0.4, replaced.stakeOf("pioneer-point").orElseThrow().capitalShare());
    assertEquals(0.8, replaced.listedVotingShare(), 1e-12);
    assertEquals(2, replaced.stakes().size());

    Operator sold = START_CAMPUS.withStake(Stake.of("davidson-kempner", 0.0));
    assertEquals(Optional.empty(), sold.stakeOf("davidson-kempner"));
    Operator rightOnly = START_CAMPUS.withStake(Stake.builder().holder("state").capitalShare(0).veto(true).build());
    assertTrue(rightOnly.stakeOf("state").isPresent(), "a veto alone is not an empty stake");

    assertEquals(2, START_CAMPUS.stakes().size(), "the original is unchanged");
  }

  @Test
  void withStakeRejectsSumsOverOneAndSelfHolding() {
    ModelException e = assertThrows(ModelException.class, () -> START_CAMPUS.withStake(Stake.of("nscale", 0.2)));
    assertEquals("stakes.capitalShare", e.field());
    assertEquals("start-campus", e.entityId());
    ModelException votes = assertThrows(ModelException.class, () -> START_CAMPUS.withStake(
        Stake.builder().holder("nscale").capitalShare(0.0).votingShare(0.2).build()));
    assertEquals("stakes.votingShare", votes.field());
    ModelException self = assertThrows(ModelException.class,
        () -> START_CAMPUS.withStake(Stake.of("start-campus", 0.05)));
    assertEquals("stakes.holder", self.field());
  }
}
