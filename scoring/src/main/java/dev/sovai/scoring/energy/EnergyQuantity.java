package dev.sovai.scoring.energy;

import java.util.Objects;
import java.util.Optional;

/**
 * The quantities an energy result can hold, each with the metric name it is written under in an
 * {@link dev.sovai.model.assessment.Assessment} and its unit, as {@link java.time.temporal.ChronoField} names the
 * fields of a date. Read a result with {@link SiteEnergy#value(EnergyQuantity)} or
 * {@link EnergyAggregate#value(EnergyQuantity)}; a quantity the data cannot give is absent from the result.
 *
 * <p>{@link #SITES} is held by aggregates only; {@link #ENERGY_SCORE} is written as a metric with its bounds and
 * read with {@code energyScore()} / {@code energyScoreUpper()}.
 */
public enum EnergyQuantity {
  /** IT power, MW. */
  IT_POWER_MW("itPowerMw", "MW"),
  /** PUE used (reported or defaulted), a pure number. */
  PUE("pue", "1"),
  /** Facility power, MW. */
  FACILITY_POWER_MW("facilityPowerMw", "MW"),
  /** Annual IT energy, MWh/yr. */
  ANNUAL_IT_ENERGY_MWH("annualItEnergyMwh", "MWh/yr"),
  /** Annual facility energy, MWh/yr. */
  ANNUAL_ENERGY_MWH("annualEnergyMwh", "MWh/yr"),
  /** Location-based intensity of the supply, gCO2e/kWh. */
  GRID_INTENSITY("gridIntensityGramsPerKwh", "gCO2e/kWh"),
  /** Location-based emissions, tCO2e/yr. */
  LOCATION_CARBON_TONNES("locationCarbonTonnesPerYear", "tCO2e/yr"),
  /** Market-based intensity, gCO2e/kWh. */
  MARKET_INTENSITY("marketIntensityGramsPerKwh", "gCO2e/kWh"),
  /** Market-based emissions, tCO2e/yr. */
  MARKET_CARBON_TONNES("marketCarbonTonnesPerYear", "tCO2e/yr"),
  /** Carbon usage effectiveness, kgCO2e per kWh of IT energy. */
  CUE("cueKgPerKwh", "kgCO2e/kWh"),
  /** Accelerators whose power is known, counted. */
  ACCELERATORS_COUNTED("acceleratorsCounted", "accelerators"),
  /** Dense BF16 peak of the counted fleet, PFLOPS. */
  DENSE_BF16_PFLOPS("denseBf16Pflops", "PFLOPS"),
  /** Operational carbon per PFLOP·h of dense BF16, gCO2e. */
  OPERATIONAL_CARBON_PER_PFLOP_HOUR("operationalCarbonGramsPerPflopHour", "gCO2e/PFLOP·h"),
  /** Embodied carbon per PFLOP·h, gCO2e. */
  EMBODIED_CARBON_PER_PFLOP_HOUR("embodiedCarbonGramsPerPflopHour", "gCO2e/PFLOP·h"),
  /** SCI (E·I + M)/R per PFLOP·h, gCO2e. */
  SCI_PER_PFLOP_HOUR("sciGramsPerPflopHour", "gCO2e/PFLOP·h"),
  /** Dense BF16 TFLOPS per kW of accelerator board power. */
  BF16_PER_KW_CHIP("bf16TflopsPerKwChip", "TFLOPS/kW"),
  /** Dense BF16 TFLOPS per kW at the meter (board power × k_sys × PUE). */
  BF16_PER_KW_METER("bf16TflopsPerKwMeter", "TFLOPS/kW"),
  /** Dense FP8 TFLOPS per kW of board power. */
  FP8_PER_KW_CHIP("fp8TflopsPerKwChip", "TFLOPS/kW"),
  /** Dense FP8 TFLOPS per kW at the meter. */
  FP8_PER_KW_METER("fp8TflopsPerKwMeter", "TFLOPS/kW"),
  /** Grid low-carbon share, a fraction. */
  GRID_LOW_CARBON_SHARE("gridLowCarbonShare", "fraction"),
  /** Grid renewable share, a fraction. */
  GRID_RENEWABLE_SHARE("gridRenewableShare", "fraction"),
  /** Grid nuclear share, a fraction. */
  GRID_NUCLEAR_SHARE("gridNuclearShare", "fraction"),
  /** Grid net import share of demand, a fraction. */
  GRID_NET_IMPORT_SHARE("gridNetImportShare", "fraction"),
  /** The site's annual energy as a share of its country's electricity demand (a subdivision's if the country has none). */
  GRID_DEMAND_SHARE("gridDemandShare", "fraction"),
  /** Renewable share of the supply by contracts and certificates (market-based), a fraction. */
  MARKET_RENEWABLE_SHARE("marketRenewableShare", "fraction"),
  /** Reported REF, a fraction. */
  REPORTED_REF("reportedRef", "fraction"),
  /** Reported WUE, L/kWh. */
  WUE("wueLitresPerKwh", "L/kWh"),
  /** Annual on-site water use, m³/yr. */
  ANNUAL_WATER_M3("annualWaterM3", "m³/yr"),
  /** Reported ERF, a fraction. */
  ERF("erf", "fraction"),
  /** CSF SOV-8.1 points of the rung reached. */
  CSF_SOV81_POINTS("csfSov81Points", "points"),
  /** Sites assessed (aggregates only). */
  SITES("sites", "sites"),
  /** The 0–100 energy score. */
  ENERGY_SCORE("energyScore", "score 0-100");

  private final String metricName;
  private final String unit;

  EnergyQuantity(String metricName, String unit) {
    this.metricName = metricName;
    this.unit = unit;
  }

  /** @return the metric name in camelCase, as written in assessments and JSON ({@code "facilityPowerMw"}), not null */
  public String metricName() {
    return metricName;
  }

  /** @return the unit ({@code "MW"}, {@code "fraction"}, {@code "accelerators"} or {@code "sites"} for a count, {@code "1"} for a ratio such as PUE), not null */
  public String unit() {
    return unit;
  }

  /**
   * Finds the quantity written under a metric name.
   *
   * @param metricName  a metric name ({@code "pue"}), not null
   * @return the quantity, or empty if no quantity has that name (a score component's {@code "score.…"} metric)
   */
  public static Optional<EnergyQuantity> ofMetricName(String metricName) {
    Objects.requireNonNull(metricName, "metricName");
    for (EnergyQuantity q : values()) {
      if (q.metricName.equals(metricName)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
