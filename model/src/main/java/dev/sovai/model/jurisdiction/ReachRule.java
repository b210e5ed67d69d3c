package dev.sovai.model.jurisdiction;

/** How an extraterritorial law reaches an organisation. */
public enum ReachRule {
  /** The organisation is incorporated (has its registered office) in the enacting jurisdiction. */
  INCORPORATED_IN,
  /** The organisation's seat (central administration or main establishment) is in the enacting jurisdiction. */
  SEAT_IN,
  /** The organisation is controlled (decisive influence) by an organisation the law reaches. */
  CONTROLLED_FROM,
  /** The organisation has operations or a sufficient presence in the enacting jurisdiction. */
  OPERATIONS_IN
}
