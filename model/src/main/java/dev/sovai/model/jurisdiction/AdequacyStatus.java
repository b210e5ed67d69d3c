package dev.sovai.model.jurisdiction;

/** The EU GDPR adequacy status of a third country (Art. 45 GDPR). */
public enum AdequacyStatus {
  /** No adequacy decision. */
  NONE,
  /** An adequacy decision covering all transfers. */
  FULL,
  /** An adequacy decision limited in scope (the US Data Privacy Framework, Canada's commercial scope). */
  PARTIAL,
  /** The jurisdiction is inside the EU/EEA: adequacy does not apply. */
  NOT_APPLICABLE
}
