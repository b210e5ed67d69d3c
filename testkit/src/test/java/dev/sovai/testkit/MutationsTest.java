package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every single-rule mutation is rejected, naming the type and field (or entity and field path) it broke. */
class MutationsTest {

  @TestFactory
  List<DynamicTest> everyMutatorIsRejectedNamingItsField() {
    return Mutators.all().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> Property.forAll(e.getValue()).named(e.getKey())
            .maxSize(20).verify(Mutation::assertRejected)))
        .collect(Collectors.toList());
  }

  @Test
  void anyMutatorIsRejected() {
    Property.forAll(Mutators.any()).named("any mutation").verify(Mutation::assertRejected);
  }

  @Test
  void thereIsAMutatorForEachRuleTheBriefNames() {
    for (String name : List.of("lot-negative-count", "stake-capital-share-out-of-range", "site-bad-slug",
        "site-bad-jurisdiction", "site-pue-below-1", "coordinates-latitude-91", "deal-closed-before-announced",
        "operator-capital-sum-1.1", "dangling-site-operator", "duplicate-site-id")) {
      assertTrue(Mutators.all().containsKey(name), name);
    }
  }
}
