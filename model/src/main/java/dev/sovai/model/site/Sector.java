package dev.sovai.model.site;

/** Who a site mainly serves, as in Epoch AI's dataset. */
public enum Sector {
  /** Commercial. */
  PRIVATE,
  /** Government. */
  PUBLIC,
  /** Universities and research institutes. */
  ACADEMIC,
  /** A mix (public-private partnership). */
  MIXED
}
