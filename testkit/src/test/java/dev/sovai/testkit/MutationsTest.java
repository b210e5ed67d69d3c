package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
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

  @Test
  void assertRejectedFailsWhenTheModelAcceptsOrNamesAnotherField() {
    Mutation accepted = Mutation.ofElement("nothing wrong", "Money", "amount", "1",
        () -> dev.sovai.model.Money.of("1", "EUR"));
    assertThrows(AssertionError.class, accepted::assertRejected);
    Mutation otherField = Mutation.ofElement("bad currency named as amount", "Money", "amount", "1",
        () -> dev.sovai.model.Money.of("1", "usd"));
    AssertionError e = assertThrows(AssertionError.class, otherField::assertRejected);
    assertTrue(e.getMessage().contains("Money.currency"), e.getMessage());
    Mutation otherException = Mutation.ofElement("not a model error", "Money", "amount", "1", () -> {
      throw new IllegalStateException("amount");
    });
    assertThrows(AssertionError.class, otherException::assertRejected);
    Mutation wrongEntity = Mutation.ofLandscape("dangling operator on another site", "other-site", "operator",
        "l", () -> dev.sovai.model.landscape.Landscape.builder().asOf(java.time.LocalDate.of(2025, 1, 1))
            .addSites(dev.sovai.model.site.Site.builder().id("s").name("S").jurisdiction("FR")
                .status(dev.sovai.model.site.SiteStatus.OPERATIONAL).operator("ghost").build())
            .build());
    AssertionError w = assertThrows(AssertionError.class, wrongEntity::assertRejected);
    assertTrue(w.getMessage().contains("expected a violation on other-site operator"), w.getMessage());
    assertTrue(wrongEntity.attempt().isPresent());
    assertEquals(Optional.of("other-site"), wrongEntity.entityId());
  }
}
