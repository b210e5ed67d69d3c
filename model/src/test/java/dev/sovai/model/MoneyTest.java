package dev.sovai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import dev.sovai.model.ModelException;
import dev.sovai.model.Money;

class MoneyTest {

  @Test
  void normalisesEqualAmountsToOneValue() {
    Money m = Money.of("1150000000", "USD");
    assertEquals(m, Money.of("1150000000.00", "USD"));
    assertEquals(m, Money.of("1.15E+9", "USD"));
    assertEquals(m, Money.of(new BigDecimal("115E7"), Currency.getInstance("USD")));
    assertEquals("1150000000 USD", m.toString());
    assertEquals(0, m.amount().scale());
    assertEquals("0 EUR", Money.of("0.000", "EUR").toString());
    assertEquals(new BigDecimal("12.5"), Money.of("12.50", "EUR").amount());
    assertEquals(Money.of("7", "EUR"), Money.of("1", "EUR").withAmount(new BigDecimal("7.00")));
  }

  @Test
  void rejectsBadAmountsAndCurrenciesNamingTheField() {
    assertField("amount", () -> Money.of("-1", "EUR"));
    assertField("amount", () -> Money.of("one", "EUR"));
    assertField("amount", () -> Money.of("1" + "0".repeat(31), "EUR"));
    assertField("currency", () -> Money.of("1", "usd"));
    assertField("currency", () -> Money.of("1", "XYZ"));
    assertField("currency", () -> Money.of("1", "EURO"));
    ModelException e = assertThrows(ModelException.class, () -> Money.of("-5", "EUR"));
    assertTrue(e.getMessage().contains("-5"), e.getMessage());
  }

  @Test
  void trailingZerosBeyondThirtyDecimalsAreTheSameValue() {
    assertEquals(Money.of("1", "EUR"), Money.of("1." + "0".repeat(40), "EUR"));
    assertEquals(Money.of("0", "EUR"), Money.of("0." + "0".repeat(40), "EUR"));
    assertEquals(Money.of("0", "EUR"), Money.of(new BigDecimal("0E+40"), Currency.getInstance("EUR")));
    assertEquals(Money.of("0", "EUR"), Money.of(new BigDecimal("0E-400"), Currency.getInstance("EUR")));
    assertEquals(Money.of("1" + "0".repeat(29), "EUR"), Money.of("1E+29", "EUR"));
    assertField("amount", () -> Money.of("0." + "0".repeat(30) + "1", "EUR"));
    assertField("amount", () -> Money.of("1E+30", "EUR"));
    assertField("amount", () -> Money.of(new BigDecimal("1E+999999999"), Currency.getInstance("EUR")));
    assertField("amount", () -> Money.of(new BigDecimal("1E-999999999"), Currency.getInstance("EUR")));
  }

  private static void assertField(String field, Runnable r) {
    ModelException e = assertThrows(ModelException.class, r::run);
    assertEquals("Money", e.typeName());
    assertEquals(field, e.field(), e.getMessage());
  }
}
