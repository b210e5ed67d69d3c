package dev.sovai.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import org.immutables.value.Value;

import dev.sovai.model.internal.Checks;
import dev.sovai.model.style.SovaiStyle;

/**
 * An amount of money in an ISO 4217 currency: a deal's value, a funding round, a hardware cost.
 *
 * <p>The amount is a non-negative {@link BigDecimal}, never a double, with at most
 * {@value Bounds#MAX_MONEY_INTEGER_DIGITS} digits before the point and {@value Bounds#MAX_MONEY_FRACTION_DIGITS}
 * after it (trailing zeros aside), written with at most {@value Bounds#MAX_MONEY_WRITTEN_DIGITS} digits. These
 * bounds are checked on the number's representation before any arithmetic, so a hostile amount such as
 * {@code 1E-99999999} is refused at once. It is normalised on construction (trailing zeros stripped, never a
 * negative scale), so {@code 1150000000}, {@code 1150000000.00} and {@code 1.15E+9} are the same value and print
 * as {@code 1150000000}.
 *
 * <p>The currency is an ISO 4217 currency: the codes of ISO 4217 that are not currencies (XXX, XTS, the precious
 * metals XAU, XAG, XPT, XPD, the units of account XDR, XSU, XUA, XBA–XBD) are refused.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
@SovaiStyle
public abstract class Money {
  /**
   * The ISO 4217 codes beginning with X that are currencies in circulation (the CFA francs, the East Caribbean
   * dollar, the CFP franc, the Caribbean guilder). Every other X code is refused: XXX (no currency), XTS (testing),
   * XAU, XAG, XPT, XPD (precious metals), XDR, XSU, XUA and the bond-market units XBA to XBD.
   */
  private static final java.util.Set<String> CIRCULATING_X_CODES = java.util.Set.of("XAF", "XOF", "XCD", "XPF", "XCG");

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
   * @throws ModelException if the amount is negative or out of bounds
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
    Objects.requireNonNull(currencyCode, "currencyCode");
    // both parts are checked, so that a bad currency does not hide a bad amount
    BigDecimal[] value = new BigDecimal[1];
    Currency[] currency = new Currency[1];
    Checks c = new Checks();
    c.check(() -> value[0] = decimal(amount));
    if (value[0] != null) {
      c.check(() -> normalized(value[0]));
    }
    c.check(() -> currency[0] = currency(currencyCode));
    c.done();
    return of(value[0], currency[0]);
  }

  private static BigDecimal decimal(String amount) {
    try {
      if (amount.length() > 64) {
        throw new NumberFormatException();
      }
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new ModelException("Money", null, "amount", amount, "must be a decimal number");
    }
  }

  /**
   * Looks up an ISO 4217 currency.
   *
   * @param code  the three-letter code, not null
   * @return the currency, not null
   * @throws ModelException if the code is not an ISO 4217 currency, or is one of the codes of ISO 4217 that name
   *     no currency (XXX, XTS, precious metals, units of account)
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "code");
    try {
      if (code.length() != 3 || !code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException();
      }
      Currency c = Currency.getInstance(code);
      if (code.charAt(0) == 'X' && !CIRCULATING_X_CODES.contains(code)) {
        throw new ModelException("Money", null, "currency", code, "must be a currency: " + code
            + " is an ISO 4217 code for no currency, a test, a precious metal or a unit of account");
      }
      return c;
    } catch (IllegalArgumentException e) {
      if (e instanceof ModelException) {
        throw e;
      }
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
    BigDecimal n = normalized(amount());
    return n.equals(amount()) ? this : ImmutableMoney.of(n, currency());
  }

  /**
   * @param a  an amount
   * @return the amount normalised: trailing zeros stripped, never a negative scale, zero as {@code 0}
   * @throws ModelException if it is out of bounds or negative
   */
  private static BigDecimal normalized(BigDecimal a) {
    if (a.signum() == 0) {
      return BigDecimal.ZERO;
    }
    // bounds first, on the representation only (precision and scale are fields): no arithmetic and no formatting
    // of an amount before it is known to be small, so "1E-99999999" or "1E+999999999" cost nothing
    long integerDigits = (long) a.precision() - a.scale();
    long trailingZerosAtMost = a.precision() - 1L;
    if (a.precision() > Bounds.MAX_MONEY_WRITTEN_DIGITS || integerDigits > Bounds.MAX_MONEY_INTEGER_DIGITS
        || (long) a.scale() - trailingZerosAtMost > Bounds.MAX_MONEY_FRACTION_DIGITS) {
      throw outOfBounds(a);
    }
    BigDecimal n = a.stripTrailingZeros(); // at most MAX_MONEY_WRITTEN_DIGITS divisions
    if (n.scale() > Bounds.MAX_MONEY_FRACTION_DIGITS) {
      throw outOfBounds(a);
    }
    if (n.scale() < 0) {
      n = n.setScale(0); // at most MAX_MONEY_INTEGER_DIGITS zeros
    }
    if (n.signum() < 0) {
      throw new ModelException("Money", null, "amount", n.toPlainString(), "must be ≥ 0");
    }
    return n;
  }

  private static ModelException outOfBounds(BigDecimal a) {
    String text = a.unscaledValue().bitLength() > 400 ? "a number of " + a.precision() + " digits" : a.toString();
    return new ModelException("Money", null, "amount", text, "must have at most " + Bounds.MAX_MONEY_INTEGER_DIGITS
        + " digits before and " + Bounds.MAX_MONEY_FRACTION_DIGITS + " after the point");
  }

  /** @return the amount in plain notation followed by the currency code, e.g. {@code "1150000000 USD"} */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + currency().getCurrencyCode();
  }
}
