package dev.sovai.scoring.ownership;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The integrated ownership of every operator of a landscape by classes of ultimate holders, on capital and votes,
 * as computed by {@link OwnershipGraph#integrated(java.util.function.Function)}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class IntegratedOwnership {
  private final OperatorIndex index;
  private final List<String> classes;
  private final double[] capital;
  private final double[] votes;

  IntegratedOwnership(OperatorIndex index, List<String> classes, double[] capital, double[] votes) {
    this.index = index;
    this.classes = Collections.unmodifiableList(classes);
    this.capital = capital;
    this.votes = votes;
  }

  /** @return the class names the classifier produced, in order of first appearance */
  public List<String> classes() {
    return classes;
  }

  private int row(String operatorId) {
    Objects.requireNonNull(operatorId, "operatorId");
    int i = index.of(operatorId);
    if (i < 0) {
      throw new IllegalArgumentException("unknown operator \"" + operatorId + "\"");
    }
    return i;
  }

  private SortedMap<String, Double> read(double[] y, String operatorId) {
    int base = row(operatorId) * classes.size();
    SortedMap<String, Double> m = new TreeMap<>();
    for (int j = 0; j < classes.size(); j++) {
      if (y[base + j] > 0.0) {
        m.put(classes.get(j), y[base + j]);
      }
    }
    return Collections.unmodifiableSortedMap(m);
  }

  /**
   * @param operatorId  the operator's identifier, not null
   * @return class → integrated share of the operator's capital (classes holding nothing omitted), sorted
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public SortedMap<String, Double> capital(String operatorId) {
    return read(capital, operatorId);
  }

  /**
   * @param operatorId  the operator's identifier, not null
   * @return class → integrated share of the operator's votes (classes holding nothing omitted), sorted
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public SortedMap<String, Double> votes(String operatorId) {
    return read(votes, operatorId);
  }

  /**
   * @param operatorId  the operator's identifier, not null
   * @param holderClass  a class name, not null
   * @return the integrated share of the operator's capital held by that class, in [0, 1], 0 for an unknown class
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public double capitalOf(String operatorId, String holderClass) {
    int j = classes.indexOf(holderClass);
    return j < 0 ? 0.0 : capital[row(operatorId) * classes.size() + j];
  }

  /**
   * @param operatorId  the operator's identifier, not null
   * @param holderClass  a class name, not null
   * @return the integrated share of the operator's votes held by that class, in [0, 1], 0 for an unknown class
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public double votesOf(String operatorId, String holderClass) {
    int j = classes.indexOf(holderClass);
    return j < 0 ? 0.0 : votes[row(operatorId) * classes.size() + j];
  }
}
