package dev.sovai.model.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

class SiteTest {
  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

  private static Site.Builder site(SiteStatus status) {
    return Site.builder().id("sines").name("Start Campus Sines").jurisdiction("PT-15").status(status);
  }

  @Test
  void statusOnFollowsTheDates() {
    Site building = site(SiteStatus.UNDER_CONSTRUCTION).announced(PartialDate.parse("2021"))
        .operationalFrom(PartialDate.parse("2024-06")).build();
    assertEquals(SiteStatus.OPERATIONAL, building.statusOn(JAN_2025), "operational date certainly passed");
    assertEquals(SiteStatus.UNDER_CONSTRUCTION, building.statusOn(LocalDate.of(2024, 6, 15)), "inside the month");
    assertEquals(SiteStatus.UNDER_CONSTRUCTION, building.statusOn(LocalDate.of(2023, 1, 1)));

    Site reportedOperational = site(SiteStatus.OPERATIONAL).operationalFrom(PartialDate.parse("2026-Q1")).build();
    assertEquals(SiteStatus.UNDER_CONSTRUCTION, reportedOperational.statusOn(JAN_2025), "not yet operational");
    assertEquals(SiteStatus.OPERATIONAL, reportedOperational.statusOn(LocalDate.of(2026, 4, 1)));
    assertEquals(SiteStatus.OPERATIONAL, reportedOperational.statusOn(LocalDate.of(2026, 2, 1)), "within Q1");

    Site announced = site(SiteStatus.ANNOUNCED).operationalFrom(PartialDate.parse("2027")).build();
    assertEquals(SiteStatus.ANNOUNCED, announced.statusOn(JAN_2025));
    assertEquals(SiteStatus.OPERATIONAL, announced.statusOn(LocalDate.of(2028, 1, 1)));

    Site cancelled = site(SiteStatus.CANCELLED).operationalFrom(PartialDate.parse("2020")).build();
    assertEquals(SiteStatus.CANCELLED, cancelled.statusOn(JAN_2025), "a cancelled site never operates");

    Site retired = site(SiteStatus.OPERATIONAL).operationalFrom(PartialDate.parse("2015"))
        .decommissioned(PartialDate.parse("2024-Q2")).build();
    assertEquals(SiteStatus.DECOMMISSIONED, retired.statusOn(JAN_2025));
    assertEquals(SiteStatus.OPERATIONAL, retired.statusOn(LocalDate.of(2024, 5, 1)), "inside the quarter");
    assertEquals(SiteStatus.OPERATIONAL, retired.statusOn(LocalDate.of(2016, 1, 1)));

    assertEquals(SiteStatus.ANNOUNCED, site(SiteStatus.ANNOUNCED).build().statusOn(JAN_2025), "no dates");
  }

  @Test
  void datesMustBeInOrder() {
    ModelException e = assertThrows(ModelException.class, () -> site(SiteStatus.OPERATIONAL)
        .announced(PartialDate.parse("2025-06")).operationalFrom(PartialDate.parse("2025-05-31")).build());
    assertEquals("operationalFrom", e.field());
    assertEquals("sines", e.entityId());
    // the same month at two precisions overlaps: not out of order
    site(SiteStatus.OPERATIONAL).announced(PartialDate.parse("2025-06")).operationalFrom(PartialDate.parse("2025"))
        .decommissioned(PartialDate.parse("2025-Q2")).build();
  }

  @Test
  void countsAndOwners() {
    Site s = site(SiteStatus.OPERATIONAL).operator("start-campus")
        .fleet(List.of(AcceleratorLot.of("nvidia-gb300", 6_000), AcceleratorLot.builder().reportedModel("MI450")
            .count(2_400).status(SiteStatus.ANNOUNCED).build()))
        .build();
    assertEquals(8_400, s.acceleratorCount());
    assertEquals(List.of("start-campus"), s.effectiveOwners());
    assertEquals(List.of("a", "b"), Site.builder().from(s).owners(List.of("a", "b")).build().effectiveOwners());
    assertEquals(List.of(), site(SiteStatus.OPERATIONAL).build().effectiveOwners());
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    ModelException e = assertThrows(ModelException.class,
        () -> Site.builder().id("x").name("X").jurisdiction("FR").build());
    assertEquals("status", e.field(), e.getMessage());
  }
}
