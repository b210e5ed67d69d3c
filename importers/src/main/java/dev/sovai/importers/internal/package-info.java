/**
 * Reading published CSV files, shared by the importers and not exported: streaming rows with a header check, typed
 * cells that become row notes instead of errors, identifiers made from names, and the bundled spelling tables
 * (ISO 3166-1 country names, chip names).
 */
package dev.sovai.importers.internal;
