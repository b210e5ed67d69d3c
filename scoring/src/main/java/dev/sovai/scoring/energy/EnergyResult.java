package dev.sovai.scoring.energy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.scoring.ScoringResult;

/**
 * What the energy results of a site ({@link SiteEnergy}) and of a set of sites ({@link EnergyAggregate}) share: the
 * quantities the data could give, read through {@link EnergyQuantity}, and the 0–100 energy score with its upper
 * bound.
 *
 * <p>Implementation Requirements: Implementations are immutable and thread-safe.
 */
public interface EnergyResult extends ScoringResult {
  /** @return the quantities the data could give, in report order, unmodifiable */
  Map<EnergyQuantity, EnergyValue> quantities();

  /**
   * Finds a quantity.
   *
   * @param quantity  the quantity, not null
   * @return its value with unit and derivation, or empty if the data could not give it
   */
  default Optional<EnergyValue> get(EnergyQuantity quantity) {
    return Optional.ofNullable(quantities().get(quantity));
  }

  /**
   * The value of a quantity.
   *
   * @param quantity  the quantity, not null
   * @return the value in the quantity's unit, or empty if the data could not give it
   */
  default OptionalDouble value(EnergyQuantity quantity) {
    return get(quantity).map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty());
  }

  /** @return the energy score in [0, 100], counting every unknown component as worst */
  double energyScore();

  /** @return the energy score in [0, 100] if every unknown component were best: the upper bound */
  double energyScoreUpper();
}
