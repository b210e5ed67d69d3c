package dev.sovai.model;

/**
 * The largest (and smallest) values the model accepts for each physical quantity, count, amount and date. They are
 * far beyond anything real (the largest AI campus announced in 2025 plans about 5 GW and a million accelerators) yet
 * small enough that every sum and product the scorers compute stays finite and exact where it must be. The same
 * bounds hold in the model (each type refuses a value outside them with a {@link ModelException}), in the JSON
 * reader (which builds the model) and in the JSON Schema shipped with {@code sovai-io}; {@code docs/format.md} lists
 * them.
 *
 * <p>Implementation Requirements: This class holds constants only.
 */
public final class Bounds {
  private Bounds() {}

  /** The most accelerators in one lot (of a site's fleet or of a deal): 10,000,000. */
  public static final long MAX_ACCELERATORS_PER_LOT = 10_000_000L;

  /** The most power, in MW, of one site's IT capacity, grid connection, PPA or on-site generation: 100,000 MW. */
  public static final double MAX_MEGAWATTS = 100_000.0;

  /** The largest power usage effectiveness (ISO/IEC 30134-2): 10; the smallest is 1. */
  public static final double MAX_PUE = 10.0;

  /** The most board power of one accelerator package, in W: 100,000 W (a wafer-scale engine draws about 23 kW). */
  public static final double MAX_BOARD_POWER_WATTS = 100_000.0;

  /** The most dense peak performance of one accelerator package, in TFLOPS (BF16 or FP8): 1,000,000. */
  public static final double MAX_TFLOPS = 1_000_000.0;

  /** The largest H100-equivalent factor of one accelerator package: 10,000. */
  public static final double MAX_H100_EQUIVALENT = 10_000.0;

  /** The most reported dense 16-bit performance of one site, in FLOP/s: 1e24. */
  public static final double MAX_SITE_FLOPS = 1e24;

  /** The most reported H100 equivalents of one site: 1e9. */
  public static final double MAX_SITE_H100_EQUIVALENTS = 1e9;

  /**
   * The most measured FP64 Linpack performance of one site (TOP500's Rmax and Rpeak), in TFLOP/s: 1e12 (the same
   * 10^24 FLOP/s as {@link #MAX_SITE_FLOPS}; the fastest system of June 2025 measured about 1.7e6).
   */
  public static final double MAX_SITE_LINPACK_TFLOPS = 1e12;

  /** The most buildings of one site operational at once (a capacity step's count): 10,000. */
  public static final long MAX_BUILDINGS = 10_000L;

  /** The largest water usage effectiveness, in litres per kWh of IT energy: 100. */
  public static final double MAX_WUE_LITRES_PER_KWH = 100.0;

  /** The largest grid carbon intensity, in gCO2e per kWh: 2,000 (coal-fired generation is about 1,000). */
  public static final double MAX_CARBON_INTENSITY_GRAMS_PER_KWH = 2_000.0;

  /** The largest annual electricity demand of one jurisdiction, in TWh: 100,000 (the world used about 30,000). */
  public static final double MAX_DEMAND_TWH = 100_000.0;

  /** The most digits of a money amount before the decimal point: 30 (so an amount is below 10^30). */
  public static final int MAX_MONEY_INTEGER_DIGITS = 30;

  /** The most digits of a money amount after the decimal point, trailing zeros aside: 30. */
  public static final int MAX_MONEY_FRACTION_DIGITS = 30;

  /** The most significant digits a money amount may be written with, trailing zeros included: 100. */
  public static final int MAX_MONEY_WRITTEN_DIGITS = 100;

  /** The earliest year of any date: 1 (written {@code 0001}). */
  public static final int MIN_YEAR = 1;

  /** The latest year of any date: 9999. */
  public static final int MAX_YEAR = 9999;

  /** The longest free text (a name, a note, a title), in characters: 4,096. */
  public static final int MAX_TEXT_LENGTH = 4096;
}
