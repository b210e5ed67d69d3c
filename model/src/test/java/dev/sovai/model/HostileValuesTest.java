package dev.sovai.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.landscape.InvalidLandscapeException;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/** Values from outside that once cost unbounded time or memory, or slipped through, refused by the model itself. */
class HostileValuesTest {
  @Test
  void moneyWithHugeExponentsIsRefusedBeforeAnyArithmetic() {
    for (String amount : List.of("1E-99999999", "-1E+999999999", "1E+2147483647", "9E-2147483647")) {
      ModelException e = assertThrows(ModelException.class, () -> Money.of(amount, "EUR"), amount);
      assertEquals("amount", e.field());
      assertEquals("must have at most 30 digits before and 30 after the point", e.problem());
    }
    // built from a BigDecimal of a huge unscaled value, the message does not print all its digits
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(5_000), -3);
    ModelException e = assertThrows(ModelException.class, () -> Money.of(huge, Currency.getInstance("EUR")));
    assertEquals("a number of 5001 digits", e.value());
    // a negative amount within the bounds is refused for its sign, in plain digits
    assertEquals("-5", assertThrows(ModelException.class, () -> Money.of("-5", "EUR")).value());
    assertEquals("-0.5", assertThrows(ModelException.class, () -> Money.of("-5E-1", "EUR")).value());
  }

  @Test
  void codesOfNoCurrencyAreNotCurrencies() {
    for (String code : List.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA")) {
      ModelException e = assertThrows(ModelException.class, () -> Money.currency(code), code);
      assertEquals("currency", e.field());
      assertTrue(e.getMessage().contains(code), e.getMessage());
    }
    for (String code : List.of("XAF", "XOF", "XCD", "XPF", "EUR", "USD")) {
      assertEquals(code, Money.currency(code).getCurrencyCode());
    }
  }

  @Test
  void yearsRunFrom0001To9999() {
    assertEquals("0001", PartialDate.ofYear(1).toString());
    assertEquals("0999-06", PartialDate.parse("0999-06").toString());
    assertEquals("9999-12-31", PartialDate.parse("9999-12-31").toString());
    assertThrows(ModelException.class, () -> PartialDate.parse("0000"));
    assertThrows(ModelException.class, () -> PartialDate.ofYear(10_000));
    ModelException day = assertThrows(ModelException.class, () -> PartialDate.parse("2025-02-30"));
    assertEquals("is not a calendar date: 2025-02 has days 1 to 28", day.problem());
    assertEquals("asOf", assertThrows(ModelException.class,
        () -> Landscape.empty(LocalDate.of(10_000, 1, 1))).field());
    assertEquals("asOf", assertThrows(ModelException.class,
        () -> Landscape.empty(LocalDate.of(0, 12, 31))).field());
    assertDoesNotThrow(() -> Landscape.empty(LocalDate.of(1, 1, 1)));
  }

  @Test
  void countsAreBoundedAndTheirSumsChecked() {
    assertThrows(ModelException.class, () -> AcceleratorLot.of("h100", Long.MAX_VALUE));
    assertThrows(ModelException.class, () -> AcceleratorLot.of("h100", Bounds.MAX_ACCELERATORS_PER_LOT + 1));
    List<AcceleratorLot> lots = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      lots.add(AcceleratorLot.of("h100", Bounds.MAX_ACCELERATORS_PER_LOT));
    }
    Site s = Site.builder().id("s").name("S").jurisdiction("FR").status(SiteStatus.OPERATIONAL).fleet(lots).build();
    assertEquals(1000 * Bounds.MAX_ACCELERATORS_PER_LOT, s.acceleratorCount());
  }

  @Test
  void aDealMoving300PercentOfACompanyCannotApply() {
    Landscape l = Landscape.builder().asOf(LocalDate.of(2025, 11, 20))
        .addOperators(op("acme"), op("b1"), op("b2"), op("b3")).build();
    Deal grab = Deal.builder().id("grab").title("Grab").kind(DealKind.ACQUISITION)
        .addParties(Party.of("b1", PartyRole.ACQUIRER))
        .effects(DealEffects.builder().addStakes(StakeChange.of("acme", Stake.of("b1", 1.0)),
            StakeChange.of("acme", Stake.of("b2", 1.0)), StakeChange.of("acme", Stake.of("b3", 1.0))).build())
        .build();
    InvalidLandscapeException e = assertThrows(InvalidLandscapeException.class, () -> l.apply(grab));
    assertEquals(1, e.violations().size());
    assertEquals("effects/stakes/2/stake", e.violations().get(0).field());
    assertEquals("cannot apply: after it, acme's stakes.capitalShare must sum to at most 1",
        e.violations().get(0).problem());
    // a landscape may hold it (merging can make one), and says which of its deals cannot apply
    Landscape holding = Landscape.builder().from(l).addDeals(grab).build();
    assertEquals(e.violations(), holding.dealViolations());
    // many changes to one operator apply at once: linear in the changes
    DealEffects.Builder many = DealEffects.builder();
    List<Operator> holders = new ArrayList<>(l.operators());
    for (int i = 0; i < 5_000; i++) {
      holders.add(op(String.format("h%05d", i)));
      many.addStakes(StakeChange.of("acme", Stake.of(String.format("h%05d", i), 0.0001)));
    }
    Landscape big = Landscape.builder().asOf(l.asOf()).operators(holders).build();
    Landscape after = big.apply(Deal.builder().from(grab).effects(many.build()).build());
    assertEquals(5_000, after.operator("acme").orElseThrow().stakes().size());
  }

  private static Operator op(String id) {
    return Operator.builder().id(id).name(id.toUpperCase(java.util.Locale.ROOT)).kind(OperatorKind.OTHER).build();
  }
}
