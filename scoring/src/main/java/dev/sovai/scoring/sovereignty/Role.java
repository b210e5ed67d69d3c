package dev.sovai.scoring.sovereignty;

/** The part an organisation plays at a site, through which a foreign law can reach the site's data. */
public enum Role {
  /** Runs the site ({@code Site.operator}). */
  OPERATOR,
  /** Owns the facility ({@code Site.effectiveOwners}). */
  OWNER,
  /** Controls commercial access to the site ({@code Site.accessGateway}). */
  ACCESS_GATEWAY,
  /** Runs its workloads at the site ({@code Site.tenants}); counted when the profile says tenants expose. */
  TENANT;

  /** @return the relation as written in a chain ({@code "operated by"}) */
  public String relation() {
    switch (this) {
      case OPERATOR:
        return "operated by";
      case OWNER:
        return "owned by";
      case ACCESS_GATEWAY:
        return "access controlled by";
      default:
        return "tenant";
    }
  }
}
