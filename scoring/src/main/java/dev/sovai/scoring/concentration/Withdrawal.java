package dev.sovai.scoring.concentration;

import java.util.Locale;
import java.util.Objects;

/**
 * A withdrawal scenario: one holder of one dimension stops supplying — a vendor stops shipping or supporting its
 * accelerators, a jurisdiction's controllers are cut off (sanctions, an extraterritorial order), an access gateway
 * closes. The capacity lost is that holder's weight on the dimension ({@link WithdrawalImpact}).
 *
 * <p>Not to be confused with the sovereignty scorer's export-control cut-off risk, which rates a site; this is a
 * what-if on the concentration partition. Its findings keep the criterion {@code "cut-off-<dimension>"} and read
 * {@code "cut-off of <dimension> <holder>"}, as before the type was named.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Withdrawal {
  private final Dimension dimension;
  private final String holder;

  private Withdrawal(Dimension dimension, String holder) {
    this.dimension = Objects.requireNonNull(dimension, "dimension");
    this.holder = ThresholdRule.requireText(holder, "holder");
  }

  /**
   * A withdrawal of any holder of any dimension.
   *
   * @param dimension  the dimension, not null
   * @param holder  the holder's key on that dimension (an operator id, a country code, an energy source), not blank
   * @return the scenario, not null
   * @throws IllegalArgumentException if the holder is blank
   */
  public static Withdrawal of(Dimension dimension, String holder) {
    return new Withdrawal(dimension, holder);
  }

  /**
   * The accelerators of one vendor are lost.
   *
   * @param vendorId  the vendor's operator id ({@code "nvidia"}), not blank
   * @return the scenario, not null
   */
  public static Withdrawal vendor(String vendorId) {
    return new Withdrawal(Dimension.ACCELERATOR_VENDOR, vendorId);
  }

  /**
   * The capacity whose ultimate controllers are seated in one country is lost.
   *
   * @param country  an ISO 3166-1 country code ({@code "US"}), not blank
   * @return the scenario, not null
   */
  public static Withdrawal controllersIn(String country) {
    return new Withdrawal(Dimension.CONTROLLING_JURISDICTION, country);
  }

  /**
   * The capacity behind one access gateway (or run by that operator where no gateway is named) is lost.
   *
   * @param gatewayId  the gateway's operator id, not blank
   * @return the scenario, not null
   */
  public static Withdrawal gateway(String gatewayId) {
    return new Withdrawal(Dimension.ACCESS_GATEWAY, gatewayId);
  }

  /** @return the dimension, not null */
  public Dimension dimension() {
    return dimension;
  }

  /** @return the holder that withdraws, not blank */
  public String holder() {
    return holder;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Withdrawal && ((Withdrawal) o).dimension == dimension && ((Withdrawal) o).holder.equals(holder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, holder);
  }

  @Override
  public String toString() {
    return "cut-off of " + dimension.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + holder;
  }
}
