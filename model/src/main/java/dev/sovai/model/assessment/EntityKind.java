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
  SOURCE;

  /**
   * The name of the landscape member that lists entities of this kind, as in the landscape document.
   *
   * @return {@code "jurisdictions"}, {@code "operators"}, {@code "accelerators"}, {@code "sites"}, {@code "deals"}
   *     or {@code "sources"}; empty for {@link #LANDSCAPE} and {@link #LAW}, which have no list of their own
   */
  public java.util.Optional<String> listName() {
    switch (this) {
      case JURISDICTION:
        return java.util.Optional.of("jurisdictions");
      case OPERATOR:
        return java.util.Optional.of("operators");
      case ACCELERATOR:
        return java.util.Optional.of("accelerators");
      case SITE:
        return java.util.Optional.of("sites");
      case DEAL:
        return java.util.Optional.of("deals");
      case SOURCE:
        return java.util.Optional.of("sources");
      default:
        return java.util.Optional.empty();
    }
  }
}
