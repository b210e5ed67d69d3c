package dev.sovai.model.site;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import dev.sovai.model.PartialDate;

/**
 * A site's capacity in force on a date ({@link Site#capacityOn(java.time.LocalDate)}): each figure from the latest
 * {@link CapacityStep} in force that gives it, else the site's own figure ({@link Site#itCapacityMw()},
 * {@link Site#reportedH100Equivalents()}; the site has no facility power or building count of its own).
 *
 * @param itPowerMw  the IT power in MW, if known
 * @param facilityPowerMw  the facility power in MW, if known
 * @param h100Equivalents  the H100 equivalents, if known
 * @param buildingsOperational  the buildings operational, if known
 * @param since  the date of the latest step in force; empty before the first step (the site's own figures apply)
 */
public record SiteCapacity(OptionalDouble itPowerMw, OptionalDouble facilityPowerMw, OptionalDouble h100Equivalents,
    OptionalLong buildingsOperational, Optional<PartialDate> since) {
  /** Checks that no component is null. */
  public SiteCapacity {
    Objects.requireNonNull(itPowerMw, "itPowerMw");
    Objects.requireNonNull(facilityPowerMw, "facilityPowerMw");
    Objects.requireNonNull(h100Equivalents, "h100Equivalents");
    Objects.requireNonNull(buildingsOperational, "buildingsOperational");
    Objects.requireNonNull(since, "since");
  }
}
