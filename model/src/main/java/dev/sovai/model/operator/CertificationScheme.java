package dev.sovai.model.operator;

/** A certification or label relevant to sovereignty, security or energy. */
public enum CertificationScheme {
  /** ANSSI SecNumCloud (France). */
  SECNUMCLOUD,
  /** BSI C5 (Germany). */
  C5,
  /** A Gaia-X label (level in {@link Certification#level()}: standard-compliance, 1, 2, 3). */
  GAIA_X,
  /** The EU Cybersecurity Certification Scheme for Cloud Services. */
  EUCS,
  /** ISO/IEC 27001 information security. */
  ISO_27001,
  /** ISO 50001 energy management. */
  ISO_50001,
  /** Certification under the EU-US Data Privacy Framework. */
  EU_US_DPF,
  /** SOC 2 report. */
  SOC_2,
  /** Anything else (name it in {@link Certification#level()}). */
  OTHER
}
