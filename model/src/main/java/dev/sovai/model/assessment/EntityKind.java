package dev.sovai.model.assessment;

/** The kinds of entity a finding can point at. */
public enum EntityKind {
  /** A whole landscape. */
  LANDSCAPE,
  /** A jurisdiction, by code. */
  JURISDICTION,
  /** An extraterritorial law, as {@code CODE/law-id}. */
  LAW,
  /** An operator. */
  OPERATOR,
  /** A site. */
  SITE,
  /** An accelerator model. */
  ACCELERATOR,
  /** A deal. */
  DEAL,
  /** A source. */
  SOURCE
}
