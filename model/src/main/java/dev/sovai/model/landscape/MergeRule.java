package dev.sovai.model.landscape;

/**
 * What happens when two landscapes being merged define the same entity (same kind and identifier) differently.
 * Entities are replaced whole, never field by field, so a merged entity is always one its author wrote.
 */
public enum MergeRule {
  /** The overlay's definition replaces the base's (a user's data over the bundled reference data). */
  OVERLAY_WINS,
  /** The base's definition is kept; the overlay only adds new entities. */
  BASE_WINS,
  /** Any differing definition is an error listing every conflict. */
  FAIL_ON_CONFLICT
}
