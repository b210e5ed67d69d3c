/**
 * What every importer of a public dataset shares: the {@link dev.sovai.importers.ImportReport} of an import, its
 * {@link dev.sovai.importers.RowWarning}s (one per row not imported as it stands), and the
 * {@link dev.sovai.importers.ImportException} thrown only for a file that is not the dataset at all.
 */
package dev.sovai.importers;
