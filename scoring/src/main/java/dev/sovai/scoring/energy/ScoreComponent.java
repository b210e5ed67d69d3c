package dev.sovai.scoring.energy;

import java.util.Objects;

/**
 * One component of the normalised energy score: a physical input mapped linearly onto [0, 1] between a worst
 * anchor (score 0) and a best anchor (score 1), clamped outside, and weighted. The map is monotone: moving the
 * input towards the best anchor never lowers the score.
 *
 * @param name  the component's name ({@code "gridCarbon"}), not blank
 * @param input  the quantity it reads ({@link EnergyQuantity#GRID_INTENSITY}), not null
 * @param best  the input value that scores 1, not null
 * @param worst  the input value that scores 0, different from best, not null
 * @param weight  the weight in the headline, ≥ 0, not null
 */
public record ScoreComponent(String name, EnergyQuantity input, Reference best, Reference worst, Reference weight) {
  /**
   * Checks the component.
   *
   * @throws IllegalArgumentException if the anchors coincide or the weight is negative
   * @throws NullPointerException if an argument is null
   */
  public ScoreComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(best, "best");
    Objects.requireNonNull(worst, "worst");
    Objects.requireNonNull(weight, "weight");
    if (best.value() == worst.value()) {
      throw new IllegalArgumentException("score component " + name + ": best and worst anchors must differ, both " + best.value());
    }
    if (weight.value() < 0) {
      throw new IllegalArgumentException("score component " + name + ": weight must be ≥ 0, was " + weight.value());
    }
  }

  /**
   * Normalises an input value.
   *
   * @param x  the input in the unit of the anchors, finite
   * @return {@code clamp((x − worst) / (best − worst), 0, 1)}
   */
  public double score(double x) {
    double s = (x - worst.value()) / (best.value() - worst.value());
    return Math.max(0.0, Math.min(1.0, s));
  }
}
