package dev.sovai.scoring.concentration;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A named range of HHI a guideline defines ("highly concentrated": {@code HHI > 1800}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class HhiBand {
  private final String label;
  private final List<Condition> conditions;

  private HhiBand(String label, List<Condition> conditions) {
    this.label = ThresholdRule.requireText(label, "label");
    this.conditions = List.copyOf(conditions);
    for (Condition c : this.conditions) {
      if (c.indicator() != Indicator.HHI) {
        throw new IllegalArgumentException("an HHI band tests the HHI only, not " + c.indicator());
      }
    }
    if (this.conditions.isEmpty()) {
      throw new IllegalArgumentException("HHI band \"" + label + "\" needs at least one condition");
    }
  }

  /**
   * Obtains a band.
   *
   * @param label  the guideline's name for it ({@code "highly concentrated"}), not blank
   * @param conditions  conditions on {@link Indicator#HHI}, all of which must hold, at least one, not null
   * @return the band, not null
   * @throws IllegalArgumentException if the label is blank, a condition tests another quantity, or there is none
   */
  public static HhiBand of(String label, Condition... conditions) {
    return new HhiBand(label, List.of(conditions));
  }

  /** @return the label, not blank */
  public String label() {
    return label;
  }

  /** @return the conditions on HHI, not empty */
  public List<Condition> conditions() {
    return conditions;
  }

  /**
   * Whether an HHI falls in the band.
   *
   * @param hhi  the HHI on 0–10,000
   * @return true if every condition holds
   */
  public boolean contains(double hhi) {
    return conditions.stream().allMatch(c -> c.test(hhi));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HhiBand && ((HhiBand) o).label.equals(label) && ((HhiBand) o).conditions.equals(conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, conditions);
  }

  @Override
  public String toString() {
    return label + ": " + conditions.stream().map(Condition::toString).collect(Collectors.joining(" and "));
  }
}
