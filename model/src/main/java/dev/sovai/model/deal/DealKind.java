package dev.sovai.model.deal;

/** What kind of deal. */
public enum DealKind {
  /** One party acquires control of another (or of its assets). */
  ACQUISITION,
  /** A minority equity investment or funding round. */
  EQUITY_INVESTMENT,
  /** A jointly controlled venture. */
  JOINT_VENTURE,
  /** A commercial or technical partnership without a change of ownership. */
  PARTNERSHIP,
  /** A supply of hardware (GPUs, systems). */
  HARDWARE_SUPPLY,
  /** A capacity contract: offtake, lease, reserved compute. */
  CAPACITY_CONTRACT,
  /** Debt or other financing. */
  FINANCING,
  /** A public programme or commitment (funding of AI factories). */
  PUBLIC_FUNDING
}
