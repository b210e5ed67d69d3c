package dev.sovai.scoring.csf;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.sovai.model.Provenance;

/**
 * A named set of objective weights of the EU Cloud Sovereignty Framework, in percent, summing to 100, with its
 * {@link Provenance} and version. Two sets are in circulation, so both ship as presets ({@link #presets()}).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class CsfWeights {
  /**
   * EU Cloud Sovereignty Framework v1.2.1 (DG DIGIT, October 2025): SOV-1..8 = 15, 10, 10, 15, 20, 15, 10, 5.
   * Reproduces Safespring's published 86.25 % from SEALs [4,4,4,4,2,3,4,4].
   */
  public static final CsfWeights V1_2_1 = new CsfWeights("csf-v1.2.1", "1.2.1", CsfProvenance.V1_2_1,
      new double[] {15, 10, 10, 15, 20, 15, 10, 5});
  /**
   * EU Cloud Sovereignty Framework Implementation Guidance, sovereignty assessment calculator (1 June 2026):
   * SOV-1..8 = 20, 10, 10, 15, 10, 15, 15, 5.
   */
  public static final CsfWeights CALCULATOR_2026_06 = new CsfWeights("csf-calculator-2026-06", "2026-06", CsfProvenance.CALCULATOR,
      new double[] {20, 10, 10, 15, 10, 15, 15, 5});

  private final String name;
  private final String version;
  private final Provenance provenance;
  private final double[] percent;

  private CsfWeights(String name, String version, Provenance provenance, double[] percent) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    if (percent.length != CsfObjective.values().length) {
      throw new IllegalArgumentException("CSF weights " + name + " must give 8 weights, gave " + percent.length);
    }
    double sum = 0;
    for (int i = 0; i < percent.length; i++) {
      if (!(percent[i] >= 0 && percent[i] <= 100)) {
        throw new IllegalArgumentException("CSF weights " + name + ": weight of SOV-" + (i + 1)
            + " must be in [0, 100], was " + percent[i]);
      }
      sum += percent[i];
    }
    if (Math.abs(sum - 100.0) > 1e-9) {
      throw new IllegalArgumentException("CSF weights " + name + " must sum to 100, sum to " + sum);
    }
    this.percent = percent.clone();
  }

  /**
   * Obtains a custom weight set.
   *
   * @param name  a name, not blank
   * @param version  a version, not null
   * @param provenance  where the weights come from, not null
   * @param percent  the weights of SOV-1..SOV-8 in percent, each in [0, 100], summing to 100
   * @return the weights, not null
   * @throws IllegalArgumentException if there are not 8 weights, one is out of range, or they do not sum to 100
   */
  public static CsfWeights of(String name, String version, Provenance provenance, double... percent) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("CSF weights name must not be blank, was \"" + name + "\"");
    }
    return new CsfWeights(name, version, provenance, percent);
  }

  /** @return both published presets, {@link #V1_2_1} then {@link #CALCULATOR_2026_06}, not null */
  public static List<CsfWeights> presets() {
    return List.of(V1_2_1, CALCULATOR_2026_06);
  }

  /** @return the name, not null */
  public String name() {
    return name;
  }

  /** @return the version of the framework document, not null */
  public String version() {
    return version;
  }

  /** @return where the weights come from, not null */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * @param objective  the objective, not null
   * @return its weight in percent, in [0, 100]
   */
  public double percent(CsfObjective objective) {
    return percent[objective.ordinal()];
  }

  /** @return objective → weight in percent */
  public Map<CsfObjective, Double> asMap() {
    Map<CsfObjective, Double> m = new EnumMap<>(CsfObjective.class);
    for (CsfObjective o : CsfObjective.values()) {
      m.put(o, percent[o.ordinal()]);
    }
    return m;
  }

  /**
   * The v1.2.1 weighted score from per-objective SEAL grades: {@code Σ w_i × SEAL_i / 4}, in percent. This is how
   * Safespring's self-assessment [4,4,4,4,2,3,4,4] gives 86.25 % with {@link #V1_2_1} (91.25 % with
   * {@link #CALCULATOR_2026_06}). An objective without a grade (null) earns nothing: unknown is never a pass.
   *
   * @param seals  the SEAL of SOV-1..SOV-8, each in [0, 4] or null if unknown; exactly 8
   * @return the score in percent, in [0, 100]
   * @throws IllegalArgumentException if there are not 8 entries or one is out of range
   */
  public double score(Integer... seals) {
    if (seals.length != percent.length) {
      throw new IllegalArgumentException("need 8 objective SEALs, got " + Arrays.toString(seals));
    }
    double s = 0;
    for (int i = 0; i < seals.length; i++) {
      if (seals[i] == null) {
        continue;
      }
      if (seals[i] < 0 || seals[i] > 4) {
        throw new IllegalArgumentException("SEAL of SOV-" + (i + 1) + " must be in [0, 4], was " + seals[i]);
      }
      s += percent[i] * seals[i] / 4.0;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsfWeights && ((CsfWeights) o).name.equals(name) && ((CsfWeights) o).version.equals(version)
        && Arrays.equals(((CsfWeights) o).percent, percent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, Arrays.hashCode(percent));
  }

  @Override
  public String toString() {
    return name + " " + Arrays.toString(percent);
  }
}
