/**
 * Import of Epoch AI's public "AI supercomputers" dataset (CSV export) into sovai landscapes: the
 * {@link dev.sovai.importers.epoch.EpochImporter}, its {@link dev.sovai.importers.epoch.EpochImportOptions} (Epoch's own
 * conventions as defaults), the {@link dev.sovai.importers.epoch.EpochImport} result and its
 * {@link dev.sovai.importers.ImportReport}.
 */
package dev.sovai.importers.epoch;
