package dev.sovai.model.operator;

/** What kind of organisation an operator is. */
public enum OperatorKind {
  /** A global cloud provider (Microsoft, Amazon, Google, Oracle). */
  HYPERSCALER,
  /** A GPU-focused cloud provider (Nscale, Nebius, CoreWeave). */
  NEOCLOUD,
  /** A telecom operator (Deutsche Telekom, Orange, Telefónica). */
  TELECOM,
  /** A data-centre builder or colocation provider (Aligned Data Centers). */
  COLOCATION,
  /** An AI model developer (Mistral AI, OpenAI, Meta's AI labs). */
  MODEL_LAB,
  /** A chip or accelerator designer or maker (NVIDIA, AMD, Arm, TSMC). */
  CHIP_VENDOR,
  /** An industrial or software company using or offering AI (Siemens, SAP). */
  INDUSTRIAL,
  /** A private investor: asset manager, private equity, venture capital (BlackRock, MGX). */
  INVESTOR,
  /** A state-owned investment fund. */
  SOVEREIGN_FUND,
  /** A government, agency or public body (the European Commission, EuroHPC). */
  STATE_BODY,
  /** A research or academic institution. */
  ACADEMIC,
  /** A consortium or joint venture vehicle. */
  CONSORTIUM,
  /** Anything else. */
  OTHER
}
