package dev.sovai.importers.epoch;

import java.util.Objects;

import dev.sovai.importers.ImportReport;

import dev.sovai.model.landscape.Landscape;

/**
 * The result of importing Epoch AI's "AI supercomputers" CSV: the {@link #landscape()} of existing (and, when
 * the options keep them, decommissioned) systems, the {@link #planned()} systems kept apart as a forward-looking
 * landscape, and the {@link #report()} of what was imported, skipped and defaulted.
 *
 * <p>Both landscapes are valid on their own: they hold the imported sites (kind
 * {@link dev.sovai.model.site.SiteKind#SUPERCOMPUTER}), their owners, the sources, and the accelerators,
 * operators and sources of the catalogue they use.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EpochImport {
  private final Landscape landscape;
  private final Landscape planned;
  private final ImportReport report;

  EpochImport(Landscape landscape, Landscape planned, ImportReport report) {
    this.landscape = Objects.requireNonNull(landscape, "landscape");
    this.planned = Objects.requireNonNull(planned, "planned");
    this.report = Objects.requireNonNull(report, "report");
  }

  /** @return the existing (and decommissioned, when kept) systems, as of the options' date, not null */
  public Landscape landscape() {
    return landscape;
  }

  /** @return the planned systems (status announced), kept apart, as of the options' date, not null */
  public Landscape planned() {
    return planned;
  }

  /** @return what was imported, skipped and defaulted, row by row, not null */
  public ImportReport report() {
    return report;
  }
}
