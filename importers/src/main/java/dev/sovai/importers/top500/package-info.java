/**
 * Import of the TOP500 list (its CSV export) into sovai landscapes: the
 * {@link dev.sovai.importers.top500.Top500Importer}.
 */
package dev.sovai.importers.top500;
