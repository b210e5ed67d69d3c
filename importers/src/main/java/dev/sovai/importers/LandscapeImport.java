package dev.sovai.importers;

import java.util.Objects;

import dev.sovai.model.landscape.Landscape;

/**
 * The result of importing a dataset into one landscape: the {@link #landscape()} and the {@link #report()} of what
 * was imported, skipped and defaulted. The landscape is valid on its own: it holds the imported sites, the
 * organisations they name, the dataset's source, and the catalogue entries (accelerators, vendors, sources) they
 * use.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class LandscapeImport {
  private final Landscape landscape;
  private final ImportReport report;

  /**
   * Creates a result.
   *
   * @param landscape  the imported landscape, not null
   * @param report  the report, not null
   */
  public LandscapeImport(Landscape landscape, ImportReport report) {
    this.landscape = Objects.requireNonNull(landscape, "landscape");
    this.report = Objects.requireNonNull(report, "report");
  }

  /** @return the imported landscape, not null */
  public Landscape landscape() {
    return landscape;
  }

  /** @return what was imported, skipped and defaulted, row by row, not null */
  public ImportReport report() {
    return report;
  }
}
