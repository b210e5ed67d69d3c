/**
 * Import of Epoch AI's public "AI supercomputers" dataset (CSV export) into sovai landscapes: the
 * {@link dev.sovai.io.epoch.EpochImporter}, its {@link dev.sovai.io.epoch.EpochImportOptions} (Epoch's own
 * conventions as defaults), the {@link dev.sovai.io.epoch.EpochImport} result and its
 * {@link dev.sovai.io.epoch.EpochImportReport}.
 */
package dev.sovai.io.epoch;
