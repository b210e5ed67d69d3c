package dev.sovai.model.site;

/** The life-cycle status of a site or of one accelerator lot. */
public enum SiteStatus {
  /** Announced or planned; nothing built yet. */
  ANNOUNCED,
  /** Being built or installed. */
  UNDER_CONSTRUCTION,
  /** In service. */
  OPERATIONAL,
  /** Taken out of service. */
  DECOMMISSIONED,
  /** Abandoned before service. */
  CANCELLED;

  /** @return true for {@link #ANNOUNCED} and {@link #UNDER_CONSTRUCTION}: capacity that may come */
  public boolean isPipeline() {
    return this == ANNOUNCED || this == UNDER_CONSTRUCTION;
  }

  /**
   * Whether capacity in this status has ended or will never exist: {@link #CANCELLED} or {@link #DECOMMISSIONED}.
   * Every scorer leaves such a site or lot out of what it counts; this is the one place that says which statuses
   * those are.
   *
   * @return true for cancelled and decommissioned
   */
  public boolean isEnded() {
    return this == CANCELLED || this == DECOMMISSIONED;
  }
}
