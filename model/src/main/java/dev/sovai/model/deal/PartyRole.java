package dev.sovai.model.deal;

/** The role of a party in a deal. */
public enum PartyRole {
  /** Acquires the target. */
  ACQUIRER,
  /** Is acquired or invested in. */
  TARGET,
  /** Sells the target or its stake. */
  SELLER,
  /** Invests money. */
  INVESTOR,
  /** Lends money. */
  LENDER,
  /** Supplies hardware, energy or services. */
  SUPPLIER,
  /** Buys capacity or services. */
  CUSTOMER,
  /** A partner in a partnership or joint venture. */
  PARTNER,
  /** A public body granting funds. */
  FUNDER
}
