package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;

/** Which facts of an output came from the bundled reference data, and their JSON form. */
class ReferenceFactsTest {
  private static final Landscape REF = ReferenceData.load();

  private static Assessment citing(EntityRef... chain) {
    return Assessment.builder().scorer("sovereignty").subject(EntityRef.of(EntityKind.SITE, "s"))
        .profile("p").asOf(LocalDate.of(2025, 11, 20))
        .addFindings(Finding.builder().criterion("c").outcome(Outcome.INFO).message("m").addChain(chain)
            .addSources("ref-sec-meta-8k-2026-04-08").build())
        .coverage(Coverage.builder().needed(0).known(0).build()).build();
  }

  private static final Assessment USES = citing(EntityRef.of(EntityKind.SITE, "s"),
      EntityRef.via("operated by", EntityKind.OPERATOR, "meta"),
      EntityRef.via("subject to", EntityKind.LAW, "US/us-cloud-act"),
      EntityRef.via("grid of", EntityKind.JURISDICTION, "FR"),
      EntityRef.via("located in", EntityKind.JURISDICTION, "DE"),
      EntityRef.via("fleet", EntityKind.ACCELERATOR, "nvidia-h100-sxm"));

  @Test
  void factsNamedByFindingsAndHeldAsTheReferenceDefinesThem() {
    ReferenceFacts f = ReferenceFacts.of(REF, List.of(USES));
    assertEquals(REF.asOf(), f.asOf());
    assertEquals(Set.of("meta"), f.operators());
    assertEquals(Set.of("US/us-cloud-act"), f.laws());
    assertEquals(Map.of("FR", 2024), f.grids(), "only a 'grid of' reference counts as a grid figure");
    assertEquals(Set.of("nvidia-h100-sxm"), f.accelerators());
    assertEquals(4, f.count());
    assertTrue(f.summary().startsWith("4 facts from bundled reference data (dated " + REF.asOf() + "): operators 1 (meta),"
        + " laws 1 (US/us-cloud-act), grids 1 (FR 2024), accelerators 1 (nvidia-h100-sxm)"), f.summary());
  }

  @Test
  void anEntityTheUserRedefinedIsNotReferenceData() {
    Operator meta = REF.operator("meta").orElseThrow();
    Landscape mine = REF.merge(Landscape.builder().asOf(REF.asOf())
        .addOperators(Operator.builder().from(meta).name("Meta, as I know it").stakes(List.of()).sources(List.of())
            .build()).build());
    ReferenceFacts f = ReferenceFacts.of(mine, List.of(USES));
    assertFalse(f.operators().contains("meta"));
    assertEquals(Set.of("US/us-cloud-act"), f.laws());
  }

  @Test
  void nothingNamedNothingCounted() {
    ReferenceFacts f = ReferenceFacts.of(REF, List.of(citing(EntityRef.of(EntityKind.OPERATOR, "no-such-operator"))));
    assertEquals(0, f.count());
    assertEquals("0 facts from bundled reference data (dated " + REF.asOf() + ")", f.summary());
  }

  @Test
  void aFindingCitingARefSourceIsMarked() {
    assertTrue(ReferenceFacts.citesReference(USES.findings().get(0)));
    assertFalse(ReferenceFacts.citesReference(Finding.builder().criterion("c").outcome(Outcome.INFO).message("m")
        .addSources("seed-000").build()));
  }

  @Test
  void theJsonDocumentCarriesThemAndReadsBack() {
    ReferenceFacts f = ReferenceFacts.of(REF, List.of(USES));
    String json = AssessmentWriter.canonical().writeAllToString(List.of(USES), f);
    assertTrue(json.contains("\"referenceData\": {\n    \"asOf\": \"" + REF.asOf() + "\",\n    \"count\": 4,"), json);
    assertTrue(json.contains("{\n        \"jurisdiction\": \"FR\",\n        \"year\": 2024\n      }"), json);
    assertEquals(List.of(USES), AssessmentReader.strict().parseAll(json));
    String broken = json.replace("\"count\": 4,", "\"counted\": 4,");
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
        () -> AssessmentReader.strict().parseAll(broken));
    assertTrue(e.getMessage().contains("counted"), e.getMessage());
  }
}
