package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.HolderShare;
import dev.sovai.model.assessment.Shares;

/** The holder table of a concentration assessment, as data in the result JSON. */
class SharesJsonTest {
  static Shares table(String stage) {
    Shares.Builder b = Shares.builder().dimension("operator").basis("accelerators").unit("accelerators")
        .region("EU").addStatuses("announced", "operational").asOf(LocalDate.of(2025, 11, 20))
        .totalWeight(4500).unknownWeight(500).hhi(3750).hhiLower(3086.4).hhiUpper(4320.99)
        .addHolders(HolderShare.of("hyper", 2000, 2000 / 4500.0, 0.5, false),
            HolderShare.of("jv-de", 1000, 1000 / 4500.0, 0.25, true),
            HolderShare.of("neo-fr", 1000, 1000 / 4500.0, 0.25, false));
    if (stage != null) {
      b.stage(stage);
    }
    return b.build();
  }

  private static Assessment withShares() {
    return Assessment.builder().from(AssessmentAndGeoJsonTest.assessment()).scorer("concentration")
        .addShares(table(null), table("after")).build();
  }

  @Test
  void sharesRoundTripWithEveryFieldNamed() {
    Assessment a = withShares();
    String text = AssessmentWriter.canonical().writeToString(a);
    assertEquals(a, AssessmentReader.strict().parse(text));
    for (String field : List.of("\"dimension\": \"operator\"", "\"basis\": \"accelerators\"", "\"region\": \"EU\"",
        "\"asOf\": \"2025-11-20\"", "\"stage\": \"after\"", "\"knownWeight\": 4000.0", "\"unknownShare\": 0.1111",
        "\"hhiLower\": 3086.4", "\"shareOfAll\": 0.4444", "\"shareOfKnown\": 0.5", "\"estimated\": true")) {
      assertTrue(text.contains(field), field + " in\n" + text);
    }
    assertTrue(text.indexOf("\"shares\"") > text.indexOf("\"findings\"")
        && text.indexOf("\"shares\"") < text.indexOf("\"coverage\""), text);
  }

  @Test
  void anAssessmentWithoutSharesWritesNoMember() {
    assertTrue(!AssessmentWriter.canonical().writeToString(AssessmentAndGeoJsonTest.assessment()).contains("shares"));
  }

  @Test
  void aShareOutsideZeroToOneIsRefusedWithItsPlace() {
    String text = AssessmentWriter.canonical().writeToString(withShares())
        .replaceFirst("\"shareOfKnown\": 0.5", "\"shareOfKnown\": 1.5");
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
        () -> AssessmentReader.strict().parse(text));
    assertEquals("/shares/0/holders/0/shareOfKnown", e.problems().get(0).pointer(), e.problems().toString());
    assertTrue(e.problems().get(0).message().contains("1.5"), e.problems().toString());
  }
}
