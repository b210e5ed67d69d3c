package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.sovai.io.jackson.SovaiMappers;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;

class AssessmentAndGeoJsonTest {
  static Assessment assessment() {
    return Assessment.builder().scorer("energy").subject(EntityRef.of(EntityKind.SITE, "campus-1"))
        .profile("eu-default@1").asOf(LocalDate.of(2025, 11, 20)).headline(72.5)
        .addMetrics(Metric.of("facilityPowerMw", 250.0, "MW"),
            Metric.builder().name("carbonGrams").value(1.0e12).unit("gCO2e").lower(0.9e12).upper(1.2e12).defaulted(true).build())
        .addFindings(Finding.builder().criterion("csf-sov-2").outcome(Outcome.FAIL).message("Reached by the CLOUD Act.")
            .addChain(EntityRef.of(EntityKind.SITE, "campus-1"), EntityRef.via("operator", EntityKind.OPERATOR, "cloud"),
                EntityRef.via("enacted by", EntityKind.LAW, "US/us-cloud-act"))
            .addSources("src-a").build(),
            Finding.builder().criterion("pue").outcome(Outcome.UNKNOWN).message("No PUE reported.").build())
        .coverage(Coverage.builder().needed(10).known(8)
            .addGaps(Gap.builder().subject(EntityRef.of(EntityKind.SITE, "campus-1")).field("pue")
                .treatment(GapTreatment.DEFAULTED).detail("defaulted to 1.3").build())
            .build())
        .build();
  }

  @Test
  void assessmentRoundTrips() {
    Assessment a = assessment();
    String text = AssessmentWriter.canonical().writeToString(a);
    assertEquals(a, AssessmentReader.strict().parse(text));
    assertEquals(text, AssessmentWriter.canonical().writeToString(AssessmentReader.strict().parse(text)));
    String all = AssessmentWriter.canonical().writeAllToString(List.of(a, Assessment.builder().from(a).scorer("sovereignty").build()));
    assertTrue(all.startsWith("{\n  \"format\": \"sovai.assessments\",\n  \"version\": 1,\n"), all);
    assertEquals(List.of(a, Assessment.builder().from(a).scorer("sovereignty").build()), AssessmentReader.strict().parseAll(all));
  }

  @Test
  void unknownMetricIsNullWithItsReasonAndReadsBack() throws Exception {
    Metric unknown = Metric.builder().name("secNumCloudIndividualHeadroom").unit("fraction")
        .unknownBecause("100 % of the operator's capital is held by unknown holders").lower(-0.76).upper(0.24).build();
    Assessment a = Assessment.builder().from(assessment()).addMetrics(unknown).build();
    String text = AssessmentWriter.canonical().writeToString(a);
    JsonNode m = SovaiMappers.strict().readTree(text).get("metrics").get(2);
    assertTrue(m.get("value").isNull(), text);
    assertEquals("100 % of the operator's capital is held by unknown holders", m.get("unknown").asText());
    assertEquals(-0.76, m.get("lower").asDouble());
    Assessment back = AssessmentReader.strict().parse(text);
    assertEquals(a, back);
    assertTrue(back.metric("secNumCloudIndividualHeadroom").orElseThrow().known().isEmpty());
    assertThrows(java.util.NoSuchElementException.class, () -> back.metric("secNumCloudIndividualHeadroom").orElseThrow()
        .value());
    // a null value must say why, and a known value must not
    String noReason = text.replace("\"unknown\": \"100 % of the operator's capital is held by unknown holders\",", "")
        .replace("\"unknown\": \"100 % of the operator's capital is held by unknown holders\"", "");
    assertThrows(LandscapeFormatException.class, () -> AssessmentReader.strict().parse(noReason));
    assertThrows(dev.sovai.model.ModelException.class, () -> Metric.builder().name("x").unit("1").value(1)
        .unknownBecause("both").build());
  }

  @Test
  void assessmentReaderReportsEveryProblem() {
    String bad = "{\"scorer\": \"\", \"subject\": {\"kind\": \"planet\", \"id\": \"x\"}, \"profile\": \"p\","
        + " \"asOf\": \"2025-11-20\", \"coverage\": {\"needed\": 1, \"known\": 5}}";
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class, () -> AssessmentReader.strict().parse(bad));
    assertEquals(List.of("/subject/kind", "/coverage/known"), e.problems().stream().map(Problem::pointer).toList());
  }

  @Test
  void geoJsonExportSkipsAndCountsSitesWithoutCoordinates() throws Exception {
    Landscape l = Fixtures.rich();
    String geo = GeoJsonWriter.sites().writeToString(l);
    JsonNode root = SovaiMappers.strict().readTree(geo);
    assertEquals("FeatureCollection", root.get("type").asText());
    assertEquals(1, root.get("features").size());
    JsonNode f = root.get("features").get(0);
    assertEquals("Point", f.get("geometry").get("type").asText());
    assertEquals(-99.73, f.get("geometry").get("coordinates").get(0).asDouble());
    assertEquals(32.45, f.get("geometry").get("coordinates").get(1).asDouble());
    assertEquals("Cloud SAS", f.get("properties").get("operatorName").asText());
    assertEquals(8500, f.get("properties").get("acceleratorCount").asLong());
    assertEquals(1, root.get("sovaiSkippedSites").asInt());
    GeoJsonWriter.Summary s = GeoJsonWriter.sites().write(l, new java.io.StringWriter());
    assertEquals(1, s.features());
    assertEquals(1, s.skipped());
  }
}
