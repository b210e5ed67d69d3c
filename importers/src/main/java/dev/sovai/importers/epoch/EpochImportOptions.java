package dev.sovai.importers.epoch;

import java.time.LocalDate;
import java.util.Objects;

import dev.sovai.model.landscape.Landscape;

/**
 * How to import Epoch AI's "AI supercomputers" CSV: the as-of date, the accelerator catalogue chips are resolved
 * against, and the dataset's own conventions, which default to Epoch's:
 * <ul>
 *   <li>{@link #standardAnalysisOnly()} (default true): existing and decommissioned systems are kept only when
 *       "Include in Standard Analysis" is true (Epoch's curated set: existing, single cluster, not a possible
 *       duplicate, not "Unlikely"). Planned systems are never subject to it: they are always kept apart in
 *       {@link EpochImport#planned()}.</li>
 *   <li>{@link #newestPhaseOnly()} (default true): a row is dropped once a later phase of the same system (its
 *       "Superseded by" row, or a row that "Builds Upon" it) is operational on {@link #asOf()}, so capacity is not
 *       counted twice.</li>
 * </ul>
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EpochImportOptions {
  private final LocalDate asOf;
  private final Landscape catalogue;
  private final boolean standardAnalysisOnly;
  private final boolean newestPhaseOnly;

  private EpochImportOptions(LocalDate asOf, Landscape catalogue, boolean standardAnalysisOnly,
      boolean newestPhaseOnly) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.standardAnalysisOnly = standardAnalysisOnly;
    this.newestPhaseOnly = newestPhaseOnly;
  }

  /**
   * Obtains Epoch's default options as of a date, with an empty catalogue (every chip is then kept by its reported
   * name; give the bundled reference data with {@link #withCatalogue(Landscape)} to resolve chips).
   *
   * @param asOf  the date of the resulting landscapes, used to decide which phase is operational, not null
   * @return the options, not null
   */
  public static EpochImportOptions asOf(LocalDate asOf) {
    return new EpochImportOptions(asOf, Landscape.empty(asOf), true, true);
  }

  /**
   * Returns a copy resolving chips against another catalogue. Its accelerators are the ones a chip name can map
   * to, and its operators are reused when an owner's identifier matches (an owner "NVIDIA" is the catalogue's
   * {@code nvidia}). The accelerators, operators and sources used are copied into the result.
   *
   * @param newCatalogue  a landscape holding the accelerator catalogue, typically the bundled reference data, not
   *     null
   * @return the new options, not null
   */
  public EpochImportOptions withCatalogue(Landscape newCatalogue) {
    return new EpochImportOptions(asOf, newCatalogue, standardAnalysisOnly, newestPhaseOnly);
  }

  /**
   * Returns a copy with another as-of date.
   *
   * @param newAsOf  the date, not null
   * @return the new options, not null
   */
  public EpochImportOptions withAsOf(LocalDate newAsOf) {
    return new EpochImportOptions(newAsOf, catalogue, standardAnalysisOnly, newestPhaseOnly);
  }

  /**
   * Returns a copy keeping or not only the rows of Epoch's standard analysis.
   *
   * @param only  true for Epoch's default
   * @return the new options, not null
   */
  public EpochImportOptions withStandardAnalysisOnly(boolean only) {
    return new EpochImportOptions(asOf, catalogue, only, newestPhaseOnly);
  }

  /**
   * Returns a copy keeping or not only the newest operational phase of a chain of phases.
   *
   * @param only  true for Epoch's default
   * @return the new options, not null
   */
  public EpochImportOptions withNewestPhaseOnly(boolean only) {
    return new EpochImportOptions(asOf, catalogue, standardAnalysisOnly, only);
  }

  /**
   * Returns a copy that keeps every usable row: no standard-analysis filter and every phase (the CLI's
   * {@code --all-rows}). Planned systems are still kept apart.
   *
   * @return the new options, not null
   */
  public EpochImportOptions withAllRows() {
    return new EpochImportOptions(asOf, catalogue, false, false);
  }

  /** @return the as-of date, not null */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the landscape whose accelerators chips resolve to, not null */
  public Landscape catalogue() {
    return catalogue;
  }

  /** @return true if existing and decommissioned rows must be in Epoch's standard analysis */
  public boolean standardAnalysisOnly() {
    return standardAnalysisOnly;
  }

  /** @return true if a phase is dropped once its successor is operational */
  public boolean newestPhaseOnly() {
    return newestPhaseOnly;
  }

  @Override
  public String toString() {
    return "EpochImportOptions[asOf=" + asOf + ", standardAnalysisOnly=" + standardAnalysisOnly
        + ", newestPhaseOnly=" + newestPhaseOnly + ", catalogue=" + catalogue.accelerators().size()
        + " accelerators]";
  }
}
