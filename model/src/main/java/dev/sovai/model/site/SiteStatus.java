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
}
