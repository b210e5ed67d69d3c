package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text output on the seed landscape: every number says what it is, in one format. */
class OneMeaningOutputTest {
  @Test
  void computingRatesPrintInEngineeringUnitsInTextOnly() {
    SovaiCliTest.Run r = SovaiCliTest.run("concentration", "@seed", "--by", "operator", "--basis",
        "peak-dense-16bit-flops", "--pipeline");
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("EFLOP/s"), r.out);
    assertFalse(r.out.matches("(?s).*\\d{10,}.*"), r.out);
    SovaiCliTest.Run json = SovaiCliTest.run("concentration", "@seed", "--by", "operator", "--basis",
        "peak-dense-16bit-flops", "--pipeline", "--json");
    assertTrue(json.out.contains("\"unit\" : \"FLOP/s\"") || json.out.contains("\"unit\": \"FLOP/s\""), json.out);
    SovaiCliTest.Run trend = SovaiCliTest.run("trend", "@seed", "--by", "operator", "--basis",
        "peak-dense-16bit-flops", "--pipeline", "--from", "2025-01-01", "--to", "2027-01-01");
    assertEquals(0, trend.code, trend.toString());
    assertFalse(trend.out.matches("(?s).*\\d{10,}.*"), trend.out);
  }

  @Test
  void theHoldersTableGivesBothSharesAndExplainsItsMarks() {
    SovaiCliTest.Run r = SovaiCliTest.run("concentration", "@seed", "--by", "ultimate-controller", "--basis",
        "accelerators", "--pipeline");
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("of all") && r.out.contains("of known"), r.out);
    assertTrue(r.out.contains(" *"), r.out);
    assertTrue(r.out.contains("* attribution estimated"), r.out);
  }

  @Test
  void countsNameWhatTheyCountAndTheHeadlineSaysWhatItIs() {
    SovaiCliTest.Run r = SovaiCliTest.run("score", "@seed");
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("headline (EU CSF weighted score, "), r.out);
    assertTrue(r.out.contains("headline (energy score, unknowns counted 0"), r.out);
    assertFalse(r.out.matches("(?s).*\\n  headline \\d.*"), r.out);
    assertTrue(r.out.matches("(?s).*foreignLaws +(\\d+|unknown) +laws.*"), r.out);
    assertTrue(r.out.matches("(?s).*acceleratorsCounted +[\\d,]+ +accelerators.*"), r.out);
    assertFalse(r.out.matches("(?s).*\\n  [A-Za-z.:0-9-]+ +[\\d,.]+ +1( .*)?\\n.*"), r.out);
  }

  @Test
  void aSiteWithoutOperatorOrGatewaySaysOperatorUnknown() {
    SovaiCliTest.Run r = SovaiCliTest.run("report");
    assertEquals(0, r.code, r.toString());
    // SecNumCloud in the table, Gaia-X on the row's continuation line (the table is wider than 120 columns)
    assertTrue(r.out.matches("(?s).*nebius-nscale-uk-blackwell [^\\n]*operator unknown\\n +Gaia-X L3 operator unknown .*"),
        r.out);
    assertFalse(r.out.contains("no provider"), r.out);
  }
}
