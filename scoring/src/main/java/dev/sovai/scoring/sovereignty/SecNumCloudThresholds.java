package dev.sovai.scoring.sovereignty;

import java.util.Objects;

import dev.sovai.model.Provenance;

/**
 * The thresholds of ANSSI SecNumCloud 3.2 §19.6 b: share capital and voting rights must not be held, directly or
 * indirectly, "individuellement … à plus de 24 %" nor "collectivement … à plus de 39 %" by entities seated outside
 * the trusted bloc. Strictly "more than": exactly 24 % passes.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class SecNumCloudThresholds {
  /** SecNumCloud référentiel v3.2 of 8 March 2022, §19.6 b: 24 % individually, 39 % collectively, bloc EU. */
  public static final SecNumCloudThresholds V3_2 = new SecNumCloudThresholds(0.24, 0.39, "EU", "3.2",
      Provenance.of("ANSSI, Prestataires de services d'informatique en nuage (SecNumCloud) - référentiel d'exigences,"
          + " v3.2, 8 March 2022, §19.6", 2022));

  private final double individual;
  private final double collective;
  private final String bloc;
  private final String version;
  private final Provenance provenance;

  private SecNumCloudThresholds(double individual, double collective, String bloc, String version,
      Provenance provenance) {
    if (!(individual >= 0 && individual <= 1)) {
      throw new IllegalArgumentException("individual threshold must be a fraction in [0, 1], was " + individual);
    }
    if (!(collective >= individual && collective <= 1)) {
      throw new IllegalArgumentException("collective threshold must be in [individual, 1], was " + collective);
    }
    this.individual = individual;
    this.collective = collective;
    this.bloc = Objects.requireNonNull(bloc, "bloc");
    this.version = Objects.requireNonNull(version, "version");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /**
   * Obtains custom thresholds.
   *
   * @param individual  the largest share one outside entity may hold, a fraction in [0, 1]
   * @param collective  the largest share outside entities may hold together, in [individual, 1]
   * @param bloc  the trusted bloc's code ({@code "EU"}), not null
   * @param version  a version, not null
   * @param provenance  where they come from, not null
   * @return the thresholds, not null
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public static SecNumCloudThresholds of(double individual, double collective, String bloc, String version,
      Provenance provenance) {
    return new SecNumCloudThresholds(individual, collective, bloc, version, provenance);
  }

  /** @return the individual threshold, a fraction (0.24) */
  public double individual() {
    return individual;
  }

  /** @return the collective threshold, a fraction (0.39) */
  public double collective() {
    return collective;
  }

  /** @return the trusted bloc's code, not null */
  public String bloc() {
    return bloc;
  }

  /** @return the version of the référentiel, not null */
  public String version() {
    return version;
  }

  /** @return where the thresholds come from, not null */
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SecNumCloudThresholds)) {
      return false;
    }
    SecNumCloudThresholds t = (SecNumCloudThresholds) o;
    return t.individual == individual && t.collective == collective && t.bloc.equals(bloc) && t.version.equals(version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(individual, collective, bloc, version);
  }

  @Override
  public String toString() {
    return "SecNumCloud " + version + " (" + individual + " / " + collective + " outside " + bloc + ")";
  }
}
