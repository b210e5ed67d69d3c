package dev.sovai.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.immutables.value.Value;

import dev.sovai.model.style.SovaiStyle;

/**
 * An amount of money in an ISO 4217 currency: a deal's value, a funding round, a hardware cost.
 *
 * <p>The amount is a non-negative {@link BigDecimal}, never a double. It is normalised on construction
 * (trailing zeros stripped, never a negative scale), so {@code 1150000000}, {@code 1150000000.00} and
 * {@code 1.15E+9} are the same value and print as {@code 1150000000}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
@SovaiStyle
public abstract class Money {
  Money() {}

  /** @return the amount, ≥ 0, normalised, not null */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** @return the ISO 4217 currency, not null */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Obtains an amount of money.
   *
   * @param amount  the amount, ≥ 0, not null
   * @param currency  the currency, not null
   * @return the money, not null
   * @throws ModelException if the amount is negative
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return ImmutableMoney.of(amount, currency);
  }

  /**
   * Obtains an amount of money from its text forms.
   *
   * @param amount  a plain decimal number such as {@code "1150000000"} or {@code "1.5E9"}, not null
   * @param currencyCode  an ISO 4217 code such as {@code "USD"}, not null
   * @return the money, not null
   * @throws ModelException if the amount is not a number or negative, or the currency is unknown
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal value;
    try {
      if (amount.length() > 64) {
        throw new NumberFormatException();
      }
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new ModelException("Money", null, "amount", amount, "must be a decimal number");
    }
    return of(value, currency(currencyCode));
  }

  /**
   * Looks up an ISO 4217 currency.
   *
   * @param code  the three-letter code, not null
   * @return the currency, not null
   * @throws ModelException if the code is not an ISO 4217 currency
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "code");
    try {
      if (code.length() != 3 || !code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException();
      }
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new ModelException("Money", null, "currency", code, "must be an ISO 4217 currency code");
    }
  }

  /**
   * Returns a copy with another amount.
   *
   * @param newAmount  the amount, ≥ 0, not null
   * @return the money, not null
   */
  public Money withAmount(BigDecimal newAmount) {
    return of(newAmount, currency());
  }

  @Value.Check
  Money normalize() {
    BigDecimal a = amount();
    if (a.signum() < 0) {
      throw new ModelException("Money", null, "amount", a.toPlainString(), "must be ≥ 0");
    }
    if (a.signum() == 0) {
      return a.equals(BigDecimal.ZERO) ? this : ImmutableMoney.of(BigDecimal.ZERO, currency());
    }
    // the number of digits before the point of a non-zero value does not depend on how it is written
    BigDecimal n = a;
    if (a.precision() - a.scale() > 30) {
      n = null;
    } else if (a.scale() > 30) {
      try {
        n = a.setScale(30, RoundingMode.UNNECESSARY); // trailing zeros beyond 30 decimals are harmless
      } catch (ArithmeticException e) {
        n = null;
      }
    }
    if (n == null) {
      throw new ModelException("Money", null, "amount", a.toString(), "must have at most 30 digits before and after the point");
    }
    n = n.stripTrailingZeros();
    if (n.scale() < 0) {
      n = n.setScale(0);
    }
    return n.equals(a) ? this : ImmutableMoney.of(n, currency());
  }

  /** @return the amount in plain notation followed by the currency code, e.g. {@code "1150000000 USD"} */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
