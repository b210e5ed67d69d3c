package dev.sovai.scoring.concentration;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.sovai.model.site.SiteStatus;

/**
 * Which capacity a concentration is computed over: sites in a region (a bloc such as {@code "EU"}, a country such
 * as {@code "FR"}, a subdivision; the whole world if none), with a status on the as-of date in a set (operational
 * only by default; {@link #withPipeline()} adds announced and under-construction capacity). The date is not part
 * of the scope: it is the argument of the {@link ConcentrationScorer}'s methods, and a site's status on it is
 * {@code Site.statusOn(date)}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class Scope {
  private static final Scope OPERATIONAL = new Scope(Optional.empty(), EnumSet.of(SiteStatus.OPERATIONAL));

  private final Optional<String> region;
  private final Set<SiteStatus> statuses;

  private Scope(Optional<String> region, Set<SiteStatus> statuses) {
    this.region = region;
    this.statuses = Collections.unmodifiableSet(EnumSet.copyOf(statuses));
  }

  /** @return the world, operational sites only, not null */
  public static Scope operational() {
    return OPERATIONAL;
  }

  /**
   * Obtains a scope of operational sites in a region.
   *
   * @param region  a bloc code ({@code "EU"}), a country ({@code "FR"}) or a subdivision ({@code "US-TX"}), not null
   * @return the scope, not null
   * @throws IllegalArgumentException if the code is not upper case
   */
  public static Scope in(String region) {
    return OPERATIONAL.withRegion(region);
  }

  /**
   * Returns a copy for another region.
   *
   * @param code  a bloc, country or subdivision code, upper case, not null
   * @return the new scope, not null
   * @throws IllegalArgumentException if the code is not an upper-case code
   */
  public Scope withRegion(String code) {
    Objects.requireNonNull(code, "region");
    if (!code.matches("[A-Z][A-Z0-9_-]{1,15}")) {
      throw new IllegalArgumentException("scope region must be an upper-case bloc, country or subdivision code"
          + " such as \"EU\", \"FR\" or \"US-TX\", was \"" + code + "\"");
    }
    return new Scope(Optional.of(code), statuses);
  }

  /** @return a copy covering the whole world, not null */
  public Scope worldwide() {
    return new Scope(Optional.empty(), statuses);
  }

  /**
   * Returns a copy with other statuses.
   *
   * @param set  the statuses counted, at least one, not null
   * @return the new scope, not null
   * @throws IllegalArgumentException if the set is empty
   */
  public Scope withStatuses(Set<SiteStatus> set) {
    if (set.isEmpty()) {
      throw new IllegalArgumentException("scope needs at least one site status");
    }
    return new Scope(region, set);
  }

  /** @return a copy counting operational, under-construction and announced capacity, not null */
  public Scope withPipeline() {
    return withStatuses(EnumSet.of(SiteStatus.OPERATIONAL, SiteStatus.UNDER_CONSTRUCTION, SiteStatus.ANNOUNCED));
  }

  /** @return the region code, empty for the world */
  public Optional<String> region() {
    return region;
  }

  /** @return the statuses counted, not empty */
  public Set<SiteStatus> statuses() {
    return statuses;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scope && ((Scope) o).region.equals(region) && ((Scope) o).statuses.equals(statuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, statuses);
  }

  @Override
  public String toString() {
    return region.orElse("world") + " " + statuses.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
