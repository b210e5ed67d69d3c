package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.assessment.UltimateHolder;

/** Control kind and look-through shares of an operator, as data in the result JSON. */
class OwnershipJsonTest {
  private static Assessment withOwnership() {
    Ownership o = Ownership.builder().operator("cloud").control("negative").determined(true)
        .addControllers("us-fund")
        .addHolders(UltimateHolder.of("us-fund", "operator", 0.05, 0.05),
            UltimateHolder.of("free-float of cloud", "free-float", 0.95, 0.95))
        .build();
    return Assessment.builder().from(AssessmentAndGeoJsonTest.assessment()).scorer("sovereignty")
        .addOwnership(o).build();
  }

  @Test
  void ownershipRoundTripsWithEveryFieldNamed() {
    Assessment a = withOwnership();
    String text = AssessmentWriter.canonical().writeToString(a);
    assertEquals(a, AssessmentReader.strict().parse(text));
    for (String field : List.of("\"operator\": \"cloud\"", "\"control\": \"negative\"", "\"determined\": true",
        "\"controllers\": [\n", "\"kind\": \"free-float\"", "\"capital\": 0.95", "\"votes\": 0.05")) {
      assertTrue(text.contains(field), field + " in\n" + text);
    }
  }

  @Test
  void anUnknownControlKindIsRefusedWithItsPlace() {
    String text = AssessmentWriter.canonical().writeToString(withOwnership())
        .replace("\"control\": \"negative\"", "\"control\": \"majority\"");
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
        () -> AssessmentReader.strict().parse(text));
    assertEquals("/ownership/0/control", e.problems().get(0).pointer(), e.problems().toString());
    assertTrue(e.problems().get(0).message().contains("majority"), e.problems().toString());
  }
  @Test
  void cutListsSayHowManyThereAreAndRoundTrip() {
    Ownership o = Ownership.builder().from(withOwnership().ownership().get(0)).controllerCount(100_000)
        .holderCount(250).build();
    Assessment a = Assessment.builder().from(withOwnership()).ownership(List.of(o)).build();
    String text = AssessmentWriter.canonical().writeToString(a);
    assertTrue(text.contains("\"controllerCount\": 100000") && text.contains("\"holderCount\": 250"), text);
    assertEquals(a, AssessmentReader.strict().parse(text));
    // a list that is not cut writes no count
    assertTrue(!AssessmentWriter.canonical().writeToString(withOwnership()).contains("Count\""));
  }

  @Test
  void aCountBelowItsListOrOutOfRangeIsRefusedWithItsPlace() {
    String text = AssessmentWriter.canonical().writeToString(withOwnership())
        .replace("\"controllers\": [", "\"controllerCount\": 0,\n  \"controllers\": [");
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
        () -> AssessmentReader.strict().parse(text));
    assertTrue(e.problems().toString().contains("controllerCount"), e.problems().toString());
    String huge = AssessmentWriter.canonical().writeToString(withOwnership())
        .replace("\"controllers\": [", "\"holderCount\": 99999999999,\n  \"controllers\": [");
    LandscapeFormatException h = assertThrows(LandscapeFormatException.class,
        () -> AssessmentReader.strict().parse(huge));
    assertTrue(h.problems().get(0).message().contains("99999999999"), h.problems().toString());
    assertTrue(h.problems().get(0).pointer().startsWith("/ownership/0"), h.problems().toString());
  }
}
