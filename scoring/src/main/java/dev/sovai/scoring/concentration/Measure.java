package dev.sovai.scoring.concentration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to measure the concentration of: the capacity in a {@link Scope}, on a {@link Basis}, grouped by a
 * {@link Dimension}. The subject of {@link ConcentrationScorer#measure(dev.sovai.model.landscape.Landscape, Measure,
 * java.time.LocalDate)}; the date is the scorer's argument, not part of the measure.
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param dimension  what to group by, not null
 * @param basis  what to measure, not null
 * @param scope  which capacity, not null
 */
public record Measure(Dimension dimension, Basis basis, Scope scope) {
  /**
   * Checks the measure.
   *
   * @throws NullPointerException if an argument is null
   */
  public Measure {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Obtains a measure.
   *
   * @param dimension  what to group by, not null
   * @param basis  what to measure, not null
   * @param scope  which capacity, not null
   * @return the measure, not null
   */
  public static Measure of(Dimension dimension, Basis basis, Scope scope) {
    return new Measure(dimension, basis, scope);
  }

  /**
   * Obtains one measure per dimension on the same basis and scope, for
   * {@link ConcentrationScorer#measure(dev.sovai.model.landscape.Landscape, List, java.time.LocalDate)}.
   *
   * @param dimensions  what to group by, not null
   * @param basis  what to measure, not null
   * @param scope  which capacity, not null
   * @return the measures in the order of {@link Dimension}, not null
   */
  public static List<Measure> each(Set<Dimension> dimensions, Basis basis, Scope scope) {
    List<Measure> out = new ArrayList<>();
    for (Dimension d : dimensions.isEmpty() ? EnumSet.noneOf(Dimension.class) : EnumSet.copyOf(dimensions)) {
      out.add(new Measure(d, basis, scope));
    }
    return List.copyOf(out);
  }

  /**
   * Returns a copy within another scope.
   *
   * @param newScope  the scope, not null
   * @return the measure, not null
   */
  public Measure withScope(Scope newScope) {
    return new Measure(dimension, basis, newScope);
  }

  /** @return {@code "by ultimate controller on accelerators (world [operational])"} */
  @Override
  public String toString() {
    return "by " + ConcentrationResult.label(dimension) + " on " + basis.unit() + " (" + scope + ")";
  }
}
