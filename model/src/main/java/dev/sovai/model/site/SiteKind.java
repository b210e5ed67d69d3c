package dev.sovai.model.site;

/** What kind of installation a site is. */
public enum SiteKind {
  /** A single data-centre building. */
  DATA_CENTRE,
  /** A campus of several buildings. */
  CAMPUS,
  /** An AI supercomputer or GPU cluster hosted somewhere. */
  SUPERCOMPUTER,
  /** A cloud region or availability zone whose buildings are not named. */
  CLOUD_REGION
}
