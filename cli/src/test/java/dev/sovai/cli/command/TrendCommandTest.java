package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.io.AssessmentReader;

/** {@code sovai trend} and the {@code --csv} options, as typed. */
class TrendCommandTest {
  @TempDir
  Path dir;

  @Test
  void aYearlySeriesPrintsOneLinePerDateAndWritesItsCsv() throws IOException {
    SovaiCliTest.Run r = SovaiCliTest.run("trend", "@seed", "--by", "site-jurisdiction", "--basis", "sites",
        "--from", "2024-01-01", "--to", "2028-01-01", "--step", "year", "--csv", dir.toString());
    assertEquals(0, r.code, r.toString());
    for (int year = 2024; year <= 2028; year++) {
      assertTrue(r.out.contains("\n  " + year + "-01-01 "), r.out);
    }
    List<String> trend = Files.readAllLines(dir.resolve("trend.csv"), StandardCharsets.UTF_8);
    assertEquals("date,hhi_points,hhi_lower_points,hhi_upper_points,equivalent_number_holders,"
        + "largest_share_fraction,unknown_share_fraction,total_sites,holder_count", trend.get(0));
    assertEquals(6, trend.size());
    assertTrue(Files.readString(dir.resolve("trend-shares.csv")).startsWith("date,holder,weight_sites,share_fraction\r\n"));
  }

  @Test
  void jsonIsOneAssessmentPerDate() {
    SovaiCliTest.Run r = SovaiCliTest.run("trend", "@seed", "--by", "operator", "--basis", "accelerators",
        "--from", "2025-01-01", "--to", "2025-12-31", "--step", "quarter", "--json", "--pipeline");
    assertEquals(0, r.code, r.toString());
    assertEquals(4, AssessmentReader.strict().parseAll(r.out).size());
  }

  @Test
  void aBadStepOrABackwardSeriesIsAUsageError() {
    SovaiCliTest.Run step = SovaiCliTest.run("trend", "@seed", "--by", "operator", "--basis", "sites", "--from",
        "2025-01-01", "--to", "2026-01-01", "--step", "month");
    assertEquals(2, step.code, step.toString());
    assertTrue(step.err.contains("--step: must be quarter or year, was \"month\""), step.err);
    SovaiCliTest.Run back = SovaiCliTest.run("trend", "@seed", "--by", "operator", "--basis", "sites", "--from",
        "2026-01-01", "--to", "2025-01-01");
    assertEquals(2, back.code, back.toString());
  }

  @Test
  void reportScoreAndConcentrationWriteTheirTablesAsCsv() throws IOException {
    assertEquals(0, SovaiCliTest.run("report", "--csv", dir.resolve("r").toString()).code);
    for (String t : List.of("metrics", "findings", "gaps", "sites", "shares")) {
      assertTrue(Files.size(dir.resolve("r").resolve(t + ".csv")) > 100, t);
    }
    assertEquals(0, SovaiCliTest.run("score", "@seed", "--csv", dir.resolve("s").toString()).code);
    assertTrue(Files.exists(dir.resolve("s").resolve("sites.csv")));
    assertEquals(0, SovaiCliTest.run("concentration", "@seed", "--by", "operator", "--basis", "accelerators",
        "--pipeline", "--csv", dir.resolve("c").toString()).code);
    assertTrue(Files.readString(dir.resolve("c").resolve("shares.csv"))
        .startsWith("dimension,scope,as_of,holder,weight_accelerators,share_fraction,estimated\r\n"));
  }
}
