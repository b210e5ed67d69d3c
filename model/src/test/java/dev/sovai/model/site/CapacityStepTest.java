package dev.sovai.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;

/** Dated capacity steps: order, bounds, and the figures in force on a date. */
class CapacityStepTest {
  private static Site.Builder site() {
    return Site.builder().id("campus").name("Campus").jurisdiction("US-OH").status(SiteStatus.OPERATIONAL)
        .itCapacityMw(10).reportedH100Equivalents(1_000);
  }

  private static CapacityStep step(String date) {
    return CapacityStep.builder().date(PartialDate.parse(date)).build();
  }

  @Test
  void theStepInForceGivesEachFigureAndTheSitesOwnFiguresApplyBeforeTheFirst() {
    Site s = site()
        .addCapacitySteps(CapacityStep.builder().date(PartialDate.parse("2025-02-02")).facilityPowerMw(319)
            .h100Equivalents(127_687).buildingsOperational(4).build())
        .addCapacitySteps(CapacityStep.builder().date(PartialDate.parse("2025-06")).facilityPowerMw(319).build())
        .addCapacitySteps(CapacityStep.builder().date(PartialDate.parse("2025-11-30")).itPowerMw(500)
            .h100Equivalents(502_625).build())
        .build();
    SiteCapacity before = s.capacityOn(LocalDate.of(2025, 2, 1));
    assertEquals(10.0, before.itPowerMw().getAsDouble(), "before the first step: the site's own figures");
    assertTrue(before.facilityPowerMw().isEmpty());
    assertEquals(1_000.0, before.h100Equivalents().getAsDouble());
    assertEquals(Optional.empty(), before.since());

    SiteCapacity first = s.capacityOn(LocalDate.of(2025, 2, 2));
    assertTrue(first.itPowerMw().isEmpty(), "a step's power replaces both IT and facility power");
    assertEquals(319.0, first.facilityPowerMw().getAsDouble());
    assertEquals(127_687.0, first.h100Equivalents().getAsDouble());
    assertEquals(4L, first.buildingsOperational().getAsLong());

    // a month counts once its last day has come, as statusOn does
    assertEquals(PartialDate.parse("2025-02-02"), s.capacityOn(LocalDate.of(2025, 6, 29)).since().orElseThrow());
    SiteCapacity june = s.capacityOn(LocalDate.of(2025, 6, 30));
    assertEquals(PartialDate.parse("2025-06"), june.since().orElseThrow());
    assertEquals(127_687.0, june.h100Equivalents().getAsDouble(), "a figure the step does not give stays in force");
    assertEquals(4L, june.buildingsOperational().getAsLong());

    SiteCapacity last = s.capacityOn(LocalDate.of(2030, 1, 1));
    assertEquals(500.0, last.itPowerMw().getAsDouble());
    assertTrue(last.facilityPowerMw().isEmpty());
    assertEquals(502_625.0, last.h100Equivalents().getAsDouble());
  }

  @Test
  void stepsMustBeInStrictlyIncreasingOrder() {
    ModelException e = assertThrows(ModelException.class,
        () -> site().addCapacitySteps(step("2025-06-01"), step("2025-06-01")).build());
    assertEquals("capacitySteps.date", e.field());
    assertEquals("campus", e.entityId());
    assertThrows(ModelException.class, () -> site().addCapacitySteps(step("2026"), step("2025-12-31")).build());
    // overlapping periods are not certainly ordered: refused
    assertThrows(ModelException.class, () -> site().addCapacitySteps(step("2025"), step("2025-06")).build());
    site().addCapacitySteps(step("2025"), step("2026-01-01")).build();
  }

  @Test
  void figuresAreBounded() {
    assertThrows(ModelException.class, () -> CapacityStep.builder().date(PartialDate.ofYear(2025)).itPowerMw(-1)
        .build());
    assertThrows(ModelException.class, () -> CapacityStep.builder().date(PartialDate.ofYear(2025))
        .h100Equivalents(Double.NaN).build());
    ModelException e = assertThrows(ModelException.class, () -> CapacityStep.builder().date(PartialDate.ofYear(2025))
        .itPowerMw(20).facilityPowerMw(10).build());
    assertEquals("itPowerMw", e.field(), "IT power cannot exceed the facility's");
    assertThrows(ModelException.class, () -> CapacityStep.builder().date(PartialDate.ofYear(2025))
        .buildingsOperational(-1).build());
  }

  @Test
  void aLinpackMeasurementHasRpeakAtLeastRmax() {
    ModelException e = assertThrows(ModelException.class, () -> LinpackMeasurement.builder().rmaxTflops(10)
        .rpeakTflops(9).build());
    assertEquals("rpeakTflops", e.field());
    assertThrows(ModelException.class, () -> LinpackMeasurement.builder().rmaxTflops(-1).build());
    assertEquals(10.0, LinpackMeasurement.builder().rmaxTflops(10).rpeakTflops(10).build().rmaxTflops());
  }
}
