package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.Site;

/** The code of the README section on property-based testing, compiled and run here so it cannot rot. */
class ReadmeExampleTest {
  // README:begin
  @Test
  void everyStakeHolderIsAnOperator() {
    Property.forAll(Landscapes.gen())                 // valid landscapes, growing with the size
        .named("stake holders resolve")
        .verify(l -> l.operators().forEach(o -> o.stakes().forEach(s ->
            assertTrue(l.operator(s.holder()).isPresent(), s.holder()))));
  }

  @Test
  void applyingADealKeepsStakeSumsAtMostOne() {
    Gen<Landscape> after = Landscapes.gen().flatMap(l -> Landscapes.deal(l).map(l::apply));
    Property.forAll(after).tries(100).check(l -> l.operators().stream()
        .allMatch(o -> o.listedCapitalShare() <= 1 + Operator.SHARE_SUM_TOLERANCE));
  }

  @Test
  void everySingleRuleMutationIsRejected() {
    // e.g. "pue 0.9" must be rejected by Site, naming the field "pue"
    Property.forAll(Mutators.any()).verify(Mutation::assertRejected);
  }

  @ParameterizedTest                                   // no runner: any engine that has a seed
  @ValueSource(longs = {1, 2, 3, 42})
  void sitesRebuildEqual(long seed) {
    Site site = Models.site().sample(seed, 10);
    assertEquals(site, Site.builder().from(site).build());
  }

  @Test
  void aLargeLandscapeForBenchmarks() {
    Landscape big = Landscapes.generate(42, 10_000, 200); // benchmarks: (42, 1_000_000, 10_000)
    assertEquals(10_000, big.sites().size());
  }
  // README:end
}
