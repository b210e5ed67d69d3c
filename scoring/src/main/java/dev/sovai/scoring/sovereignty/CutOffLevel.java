package dev.sovai.scoring.sovereignty;

/**
 * How far a foreign export-control decision can stop a site's accelerators or their supply, from least to most
 * severe. Ordered: {@code compareTo} ranks severity.
 */
public enum CutOffLevel {
  /** No licence, cap or denial applies under the regime. */
  NONE,
  /** A licence is required (granted case by case). */
  LICENCE_REQUIRED,
  /** Supply is capped (a per-country quota of advanced accelerators). */
  CAPPED,
  /** Licences are presumed denied: supply is effectively stopped. */
  PRESUMPTION_OF_DENIAL;

  /**
   * @param other  another level, not null
   * @return the more severe of the two
   */
  public CutOffLevel max(CutOffLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
