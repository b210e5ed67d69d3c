package dev.sovai.scoring.sovereignty;

/**
 * An amount of compute capacity: sites, accelerators, H100 equivalents and IT MW, with what was missing.
 *
 * @param sites  the number of sites, ≥ 0
 * @param accelerators  the number of accelerators in lots that are not cancelled or decommissioned, ≥ 0
 * @param h100Equivalents  those accelerators in H100 equivalents, ≥ 0 (lots of an unknown model or factor count 0)
 * @param itMw  the IT capacity in MW, ≥ 0 (sites without a capacity count 0)
 * @param acceleratorsWithoutFactor  accelerators whose H100-equivalent factor is unknown, ≥ 0
 * @param sitesWithoutMw  sites whose IT capacity is unknown, ≥ 0
 */
public record Capacity(int sites, long accelerators, double h100Equivalents, double itMw,
    long acceleratorsWithoutFactor, int sitesWithoutMw) {
  /** No capacity. */
  public static final Capacity ZERO = new Capacity(0, 0, 0, 0, 0, 0);

  /** Validates. */
  public Capacity {
    if (sites < 0 || accelerators < 0 || !(h100Equivalents >= 0) || !(itMw >= 0) || acceleratorsWithoutFactor < 0
        || sitesWithoutMw < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + sites + " sites, " + accelerators
          + " accelerators, " + h100Equivalents + " H100e, " + itMw + " MW");
    }
  }

  /**
   * @param other  another capacity, not null
   * @return the sum
   */
  public Capacity plus(Capacity other) {
    return new Capacity(sites + other.sites, accelerators + other.accelerators, h100Equivalents + other.h100Equivalents,
        itMw + other.itMw, acceleratorsWithoutFactor + other.acceleratorsWithoutFactor,
        sitesWithoutMw + other.sitesWithoutMw);
  }
}
