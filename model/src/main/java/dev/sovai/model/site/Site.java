package dev.sovai.model.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.immutables.value.Value;

import dev.sovai.model.Bounds;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A data centre, campus or AI supercomputer installation.
 *
 * <p>Who is involved: the {@link #operator()} runs it; the {@link #owners()} own the facility (by default the
 * operator, see {@link #effectiveOwners()}); an optional {@link #accessGateway()} controls commercial access
 * (one consortium as the single door to a supercomputer); {@link #tenants()} are customers or offtakers.
 *
 * <p>What it holds: the accelerator {@link #fleet()} (lots of one model each, with their own status), the IT
 * capacity in MW, the PUE, the {@link #energy()} supply, its FP64 {@link #linpack()} measurement if it was
 * measured, its dated {@link #capacitySteps()} (what is in force from each date on: {@link #capacityOn(LocalDate)});
 * and where its data, administration and support are located (jurisdiction codes).
 *
 * <p>Dates: {@link #announced()} ≤ {@link #operationalFrom()} ≤ {@link #decommissioned()} where known.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Site implements Cited {
  Site() {}

  /** @return the identifier, a slug unique among sites, not null */
  public abstract String id();

  /** @return the name, not blank */
  public abstract String name();

  /** @return the kind of installation; {@link SiteKind#DATA_CENTRE} by default */
  @Value.Default
  public SiteKind kind() {
    return SiteKind.DATA_CENTRE;
  }

  /** @return the jurisdiction where it stands (a country or a subdivision such as {@code "US-TX"}), not null */
  public abstract String jurisdiction();

  /** @return the place name as the sources give it (town, region), if known */
  public abstract Optional<String> place();

  /** @return the position, if known */
  public abstract Optional<Coordinates> coordinates();

  /** @return the identifier of the operator that runs it, if known */
  public abstract Optional<String> operator();

  /** @return the identifiers of the facility's owners; empty means "the operator" */
  public abstract List<String> owners();

  /** @return the owners: {@link #owners()} if any, else the operator, else nobody known */
  public List<String> effectiveOwners() {
    if (!owners().isEmpty()) {
      return owners();
    }
    return operator().map(List::of).orElse(List.of());
  }

  /** @return the identifier of the organisation that controls commercial access, if any */
  public abstract Optional<String> accessGateway();

  /** @return identifiers of tenants, customers and offtakers */
  public abstract List<String> tenants();

  /** @return the status as last reported, not null */
  public abstract SiteStatus status();

  /** @return when the site was announced, if known */
  public abstract Optional<PartialDate> announced();

  /** @return when it entered (or is expected to enter) service, if known */
  public abstract Optional<PartialDate> operationalFrom();

  /** @return when it was decommissioned, if it was */
  public abstract Optional<PartialDate> decommissioned();

  /** @return the accelerator lots */
  public abstract List<AcceleratorLot> fleet();

  /**
   * @return the IT capacity in MW (power available to IT equipment), in [0, {@value Bounds#MAX_MEGAWATTS}], if known
   */
  public abstract OptionalDouble itCapacityMw();

  /** @return the power usage effectiveness (ISO/IEC 30134-2), in [1, {@value Bounds#MAX_PUE}], if reported */
  public abstract OptionalDouble pue();

  /** @return the energy supply and reported KPIs, if known */
  public abstract Optional<EnergySupply> energy();

  /** @return jurisdictions where customer data is stored or processed; empty if unknown */
  public abstract Set<String> dataLocations();

  /** @return jurisdictions from which the site is administered or supervised; empty if unknown */
  public abstract Set<String> administrationLocations();

  /** @return jurisdictions from which support is given; empty if unknown */
  public abstract Set<String> supportLocations();

  /** @return who it mainly serves, if known */
  public abstract Optional<Sector> sector();

  /**
   * @return the reported peak dense 16-bit performance in FLOP/s (Epoch AI's convention), in [0, 1e24], if reported
   */
  public abstract OptionalDouble reportedDense16BitFlops();

  /** @return the reported number of H100 equivalents, in [0, 1e9], if reported */
  public abstract OptionalDouble reportedH100Equivalents();

  /**
   * @return the system's FP64 Linpack measurement (TOP500's Rmax and Rpeak, in TFLOP/s), if it was measured
   */
  public abstract Optional<LinpackMeasurement> linpack();

  /**
   * @return the dated capacity steps, dates strictly increasing (each step's date certainly after the previous
   *     one's: {@link PartialDate#isCertainlyAfter(PartialDate)}); empty when the site's capacity is not dated.
   *     See {@link #capacityOn(LocalDate)}.
   */
  public abstract List<CapacityStep> capacitySteps();

  /** @return the reported hardware cost, if known */
  public abstract Optional<Money> hardwareCost();

  /** @return free-text notes (how a vague fact was recorded), if any */
  public abstract Optional<String> notes();

  @Override
  public abstract List<String> sources();

  @Override
  @Value.Default
  public Confidence confidence() {
    return Confidence.REPORTED;
  }

  /**
   * @return the number of accelerators in all lots, whatever their status
   * @throws ArithmeticException never for a valid site (each lot holds at most
   *     {@link Bounds#MAX_ACCELERATORS_PER_LOT}), but the sum is checked rather than left to overflow
   */
  public long acceleratorCount() {
    long n = 0;
    for (AcceleratorLot lot : fleet()) {
      n = Math.addExact(n, lot.count());
    }
    return n;
  }

  /**
   * The capacity in force on a date: each figure (IT power, facility power, H100 equivalents, buildings operational)
   * from the latest {@linkplain #capacitySteps() step} in force on that date that gives it (a step is in force once
   * its date has certainly come: {@link PartialDate#isCertainlyOnOrBefore(LocalDate)}), else the site's own figure
   * ({@link #itCapacityMw()}, {@link #reportedH100Equivalents()}). Before the first step, and for a site without
   * steps, these are the site's own figures. The steps do not change the site's status ({@link #statusOn}).
   *
   * @param date  the date, not null
   * @return the capacity in force, not null
   */
  public SiteCapacity capacityOn(LocalDate date) {
    java.util.Objects.requireNonNull(date, "date");
    OptionalDouble it = itCapacityMw();
    OptionalDouble facility = OptionalDouble.empty();
    OptionalDouble h100 = reportedH100Equivalents();
    java.util.OptionalLong buildings = java.util.OptionalLong.empty();
    Optional<PartialDate> since = Optional.empty();
    for (CapacityStep step : capacitySteps()) {
      if (!step.date().isCertainlyOnOrBefore(date)) {
        break;
      }
      since = Optional.of(step.date());
      if (step.itPowerMw().isPresent() || step.facilityPowerMw().isPresent()) {
        it = step.itPowerMw();
        facility = step.facilityPowerMw();
      }
      if (step.h100Equivalents().isPresent()) {
        h100 = step.h100Equivalents();
      }
      if (step.buildingsOperational().isPresent()) {
        buildings = step.buildingsOperational();
      }
    }
    return new SiteCapacity(it, facility, h100, buildings, since);
  }

  /**
   * The status the site has on a date, from its dates where they decide it, else its reported status:
   * <ul>
   *   <li>decommissioned once the decommissioning date has certainly passed;</li>
   *   <li>cancelled if reported cancelled;</li>
   *   <li>a site reported decommissioned whose decommissioning date has not yet begun on that date is taken as
   *       operational then (if its operational date, when known, has certainly passed) or under construction;</li>
   *   <li>operational once the operational date has certainly passed;</li>
   *   <li>before its operational date, a site reported operational is taken as under construction (it was being
   *       built); any other reported status is kept.</li>
   * </ul>
   * Dates known only to the month or year count as passed once their last day has passed.
   *
   * @param date  the date, not null
   * @return the status on that date, not null
   */
  public SiteStatus statusOn(LocalDate date) {
    if (decommissioned().isPresent() && decommissioned().get().isCertainlyOnOrBefore(date)) {
      return SiteStatus.DECOMMISSIONED;
    }
    if (status() == SiteStatus.CANCELLED) {
      return SiteStatus.CANCELLED;
    }
    boolean operationalPassed = operationalFrom().map(o -> o.isCertainlyOnOrBefore(date)).orElse(false);
    boolean operationalAhead = operationalFrom().map(o -> o.earliest().isAfter(date)).orElse(false);
    if (status() == SiteStatus.DECOMMISSIONED) {
      boolean notYet = decommissioned().map(d -> d.earliest().isAfter(date)).orElse(false);
      if (!notYet) {
        return SiteStatus.DECOMMISSIONED;
      }
      return operationalAhead ? SiteStatus.UNDER_CONSTRUCTION : SiteStatus.OPERATIONAL;
    }
    if (operationalPassed) {
      return SiteStatus.OPERATIONAL;
    }
    if (operationalAhead && status() == SiteStatus.OPERATIONAL) {
      return SiteStatus.UNDER_CONSTRUCTION;
    }
    return status();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // the rules capture nothing (the site is their argument): checking a site allocates no rule objects
    Checks c = new Checks();
    c.check(this, x -> Require.slug(T, x.id(), "id", x.id()));
    c.check(this, x -> Require.notBlank(T, x.id(), "name", x.name()));
    c.check(this, x -> Require.jurisdiction(T, x.id(), "jurisdiction", x.jurisdiction()));
    c.check(this, x -> {
      if (x.place().isPresent()) {
        Require.notBlank(T, x.id(), "place", x.place().get());
      }
    });
    c.check(this, x -> {
      if (x.operator().isPresent()) {
        Require.slug(T, x.id(), "operator", x.operator().get());
      }
    });
    c.check(this, x -> Require.slugs(T, x.id(), "owners", x.owners()));
    c.check(this, x -> Require.distinct(T, x.id(), "owners", x.owners()));
    c.check(this, x -> {
      if (x.accessGateway().isPresent()) {
        Require.slug(T, x.id(), "accessGateway", x.accessGateway().get());
      }
    });
    c.check(this, x -> Require.slugs(T, x.id(), "tenants", x.tenants()));
    c.check(this, x -> Require.distinct(T, x.id(), "tenants", x.tenants()));
    c.check(this, x -> nonNegative(x, "itCapacityMw", x.itCapacityMw()));
    c.check(this, x -> atMost(x, "itCapacityMw", x.itCapacityMw(), Bounds.MAX_MEGAWATTS));
    c.check(this, x -> {
      if (x.pue().isPresent()) {
        Require.atLeast(T, x.id(), "pue", x.pue().getAsDouble(), 1.0);
      }
    });
    c.check(this, x -> atMost(x, "pue", x.pue(), Bounds.MAX_PUE));
    c.check(this, x -> Require.jurisdictions(T, x.id(), "dataLocations", x.dataLocations()));
    c.check(this, x -> Require.jurisdictions(T, x.id(), "administrationLocations", x.administrationLocations()));
    c.check(this, x -> Require.jurisdictions(T, x.id(), "supportLocations", x.supportLocations()));
    c.check(this, x -> nonNegative(x, "reportedDense16BitFlops", x.reportedDense16BitFlops()));
    c.check(this, x -> atMost(x, "reportedDense16BitFlops", x.reportedDense16BitFlops(), Bounds.MAX_SITE_FLOPS));
    c.check(this, x -> nonNegative(x, "reportedH100Equivalents", x.reportedH100Equivalents()));
    c.check(this, x -> atMost(x, "reportedH100Equivalents", x.reportedH100Equivalents(),
        Bounds.MAX_SITE_H100_EQUIVALENTS));
    c.check(this, x -> {
      if (x.notes().isPresent()) {
        Require.notBlank(T, x.id(), "notes", x.notes().get());
      }
    });
    c.check(this, Site::stepsInOrder);
    c.check(this, x -> Require.slugs(T, x.id(), "sources", x.sources()));
    c.check(this, x -> x.order(T, "operationalFrom", x.announced(), x.operationalFrom(), "announced"));
    c.check(this, x -> x.order(T, "decommissioned", x.operationalFrom(), x.decommissioned(), "operationalFrom"));
    c.check(this, x -> x.order(T, "decommissioned", x.announced(), x.decommissioned(), "announced"));
    c.done();
  }

  /** The type name in this class's rule messages. */
  private static final String T = "Site";

  private static void nonNegative(Site x, String field, OptionalDouble value) {
    if (value.isPresent()) {
      Require.nonNegative(T, x.id(), field, value.getAsDouble());
    }
  }

  private static void atMost(Site x, String field, OptionalDouble value, double max) {
    if (value.isPresent()) {
      Require.atMost(T, x.id(), field, value.getAsDouble(), max);
    }
  }

  private void stepsInOrder() {
    for (int i = 1; i < capacitySteps().size(); i++) {
      PartialDate before = capacitySteps().get(i - 1).date();
      PartialDate date = capacitySteps().get(i).date();
      if (!date.isCertainlyAfter(before)) {
        throw new ModelException("Site", id(), "capacitySteps.date", date, "of step " + i
            + " must be after the previous step's date " + before + " (steps in strictly increasing date order)");
      }
    }
  }

  private void order(String t, String field, Optional<PartialDate> before, Optional<PartialDate> after, String beforeName) {
    if (before.isPresent() && after.isPresent() && before.get().isCertainlyAfter(after.get())) {
      throw new ModelException(t, id(), field, after.get(), "must not be before " + beforeName + " " + before.get());
    }
  }

  /** The builder of {@link Site}. */
  public static final class Builder extends ImmutableSite.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
