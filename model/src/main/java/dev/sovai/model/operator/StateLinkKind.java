package dev.sovai.model.operator;

/** How an operator is linked to a state. */
public enum StateLinkKind {
  /** The state owns part of it (directly or through a fund). */
  OWNERSHIP,
  /** The state controls it (decisive influence). */
  CONTROL,
  /** The state funds or subsidises it. */
  FUNDING,
  /** The state gives it a public mission or mandate. */
  MANDATE
}
