package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.sovai.io.jackson.SovaiMappers;
import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.Site;

/** The landscape format carries a site's dated capacity steps and its FP64 Linpack measurement. */
class CapacityStepsFormatTest {
  private static final String HEAD = "{\n  \"format\": \"sovai.landscape\",\n  \"version\": 1,\n  \"asOf\": \"2025-12-31\",\n";

  /** A canonical document with both members (the writer's own layout). */
  private static final String WITH_STEPS = HEAD
      + "  \"operators\": [\n    {\n      \"id\": \"amd\",\n      \"name\": \"AMD\",\n      \"kind\": \"chip_vendor\"\n"
      + "    }\n  ],\n"
      + "  \"accelerators\": [\n    {\n      \"id\": \"amd-mi300a\",\n      \"vendor\": \"amd\",\n"
      + "      \"model\": \"Instinct MI300A\"\n    }\n  ],\n"
      + "  \"sites\": [\n    {\n      \"id\": \"campus\",\n      \"name\": \"Campus\",\n"
      + "      \"kind\": \"campus\",\n      \"jurisdiction\": \"US-OH\",\n      \"status\": \"operational\",\n"
      + "      \"itCapacityMw\": 10.0,\n"
      + "      \"linpack\": {\n        \"rmaxTflops\": 1742000.0,\n        \"rpeakTflops\": 2746376.09,\n"
      + "        \"accelerator\": \"amd-mi300a\",\n        \"list\": \"2025-06\",\n        \"sources\": [\n"
      + "          \"src\"\n        ],\n        \"confidence\": \"confirmed\"\n      },\n"
      + "      \"capacitySteps\": [\n        {\n          \"date\": \"2025-02-02\",\n"
      + "          \"facilityPowerMw\": 319.0,\n          \"h100Equivalents\": 127687.0181,\n"
      + "          \"buildingsOperational\": 4,\n          \"confidence\": \"estimated\"\n        },\n"
      + "        {\n          \"date\": \"2025-11\",\n          \"itPowerMw\": 500.0,\n"
      + "          \"facilityPowerMw\": 691.0,\n          \"sources\": [\n            \"src\"\n          ]\n"
      + "        }\n      ]\n    }\n  ],\n"
      + "  \"sources\": [\n    {\n      \"id\": \"src\",\n      \"title\": \"Source\"\n    }\n  ]\n}\n";

  @Test
  void stepsAndLinpackReadAndWriteCanonically() throws Exception {
    Landscape l = LandscapeReader.strict().parse(WITH_STEPS);
    Site s = l.site("campus").orElseThrow();
    assertEquals(2, s.capacitySteps().size());
    CapacityStep first = s.capacitySteps().get(0);
    assertEquals(PartialDate.of(2025, 2, 2), first.date());
    assertEquals(319.0, first.facilityPowerMw().getAsDouble());
    assertEquals(4L, first.buildingsOperational().getAsLong());
    assertEquals(Confidence.ESTIMATED, first.confidence());
    assertEquals(PartialDate.ofMonth(2025, 11), s.capacitySteps().get(1).date());
    assertEquals(1_742_000.0, s.linpack().orElseThrow().rmaxTflops());
    assertEquals("amd-mi300a", s.linpack().orElseThrow().accelerator().orElseThrow());
    assertEquals(691.0, s.capacityOn(LocalDate.of(2025, 11, 30)).facilityPowerMw().getAsDouble());
    assertEquals(WITH_STEPS, LandscapeWriter.canonical().writeToString(l), "write(read(x)) is x");
    assertEquals(List.of(), SchemaTest.validate(WITH_STEPS));
    ObjectMapper m = SovaiMappers.strict(ReadLimits.defaults());
    String siteJson = m.writeValueAsString(s);
    assertEquals(s, m.readValue(siteJson, Site.class), "the Jackson module carries the steps too");
    assertEquals(first, m.readValue(m.writeValueAsString(first), CapacityStep.class));
    assertEquals(s.linpack().orElseThrow(), m.readValue(m.writeValueAsString(s.linpack().orElseThrow()),
        LinpackMeasurement.class));
  }

  @Test
  void anOlderDocumentWithoutStepsReadsAsBefore() throws Exception {
    String old = HEAD + "  \"sites\": [\n    {\n      \"id\": \"dc\",\n      \"name\": \"DC\",\n"
        + "      \"jurisdiction\": \"FR\",\n      \"status\": \"operational\",\n      \"itCapacityMw\": 40.0,\n"
        + "      \"reportedH100Equivalents\": 8500.0\n    }\n  ]\n}\n";
    Landscape l = LandscapeReader.strict().parse(old);
    Site s = l.site("dc").orElseThrow();
    assertTrue(s.capacitySteps().isEmpty());
    assertTrue(s.linpack().isEmpty());
    assertEquals(40.0, s.capacityOn(LocalDate.of(2000, 1, 1)).itPowerMw().getAsDouble());
    assertEquals(8500.0, s.capacityOn(LocalDate.of(2030, 1, 1)).h100Equivalents().getAsDouble());
    assertEquals(old, LandscapeWriter.canonical().writeToString(l), "the same bytes: nothing is added");
    assertEquals(List.of(), SchemaTest.validate(old));
  }

  @Test
  void stepsOutOfOrderAndAnUnknownAcceleratorAreProblemsAtTheirMembers() {
    String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-12-31\", \"sites\": [{\"id\":"
        + " \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\", \"linpack\": {\"rmaxTflops\":"
        + " 5, \"accelerator\": \"ghost\"}, \"capacitySteps\": [{\"date\": \"2025-06-01\"}, {\"date\": \"2025\"}]}]}";
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(doc));
    assertEquals("/sites/0/capacitySteps", e.problems().get(0).pointer(), e.getMessage());
    assertEquals("capacitySteps.date of step 1 must be after the previous step's date 2025-06-01 (steps in strictly"
        + " increasing date order), was 2025", e.problems().get(0).message());
    String dangling = doc.replace("{\"date\": \"2025\"}", "{\"date\": \"2026\"}");
    LandscapeFormatException d = assertThrows(LandscapeFormatException.class,
        () -> LandscapeReader.strict().parse(dangling));
    assertEquals("/sites/0/linpack/accelerator", d.problems().get(0).pointer(), d.getMessage());
    String missing = doc.replace("\"date\": \"2025\"", "\"itPowerMw\": 1");
    LandscapeFormatException r = assertThrows(LandscapeFormatException.class,
        () -> LandscapeReader.strict().parse(missing));
    assertTrue(r.getMessage().contains("missing required member \"date\""), r.getMessage());
  }
}
