package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.cli.render.EpochExport;
import dev.sovai.cli.render.LineWrap;

/**
 * Every line of the text outputs fits a 120-column terminal, but a single word too long for it (an identifier, a URL)
 * that stands whole on its own line: on the seed landscape, and on Epoch AI's real export (the case: 19 of
 * 2,678 lines of its report were longer).
 */
class TextWidthTest {
  @TempDir
  Path dir;

  private static void assertFits(String what, SovaiCliTest.Run r) {
    assertEquals(Exit.OK, r.code, r::toString);
    List<String> tooLong = r.out.lines().filter(l -> !LineWrap.fits(l, LineWrap.WIDTH)).toList();
    assertEquals(List.of(), tooLong, what);
    assertTrue(r.out.lines().count() > 5, what);
  }

  @Test
  void theSeedsTextOutputsFit() {
    assertFits("report", SovaiCliTest.run("report"));
    assertFits("score", SovaiCliTest.run("score", "@seed"));
    assertFits("concentration", SovaiCliTest.run("concentration", "@seed", "--by", "operator", "--basis",
        "h100-equivalents", "--pipeline", "--scope", "EU"));
    assertFits("deal", SovaiCliTest.run("deal", "@seed", "aligned-acquisition"));
    assertFits("trend", SovaiCliTest.run("trend", "@seed", "--by", "operator", "--basis", "accelerators",
        "--from", "2024-01-01", "--to", "2028-01-01", "--step", "year"));
  }

  @Test
  void theEpochReportFits() {
    Path doc = dir.resolve("epoch.json");
    SovaiCliTest.Run imported = SovaiCliTest.run("import-epoch", EpochExport.csv().toString(), "-o", doc.toString());
    assertEquals(Exit.OK, imported.code, imported::toString);
    SovaiCliTest.Run report = SovaiCliTest.run("report", doc.toString());
    assertFits("report", report);
    // the energy total's list of excluded sites, one of the lines that were too long, is wrapped, not cut: its
    // continuation lines hang four columns in, and every excluded site is still named whole
    List<String> lines = report.out.lines().toList();
    int total = lines.indexOf(lines.stream().filter(l -> l.startsWith("  whole landscape: ")).findFirst().orElseThrow());
    assertTrue(lines.get(total + 1).startsWith("      ") && !lines.get(total + 1).startsWith("       "),
        lines.get(total + 1));
    assertTrue(String.join(" ", lines.subList(total, total + 3)).replaceAll(" +", " ")
        .contains(" alibaba-cloud-in-mexico, "), () -> String.join("\n", lines.subList(total, total + 3)));
    assertFits("score", SovaiCliTest.run("score", doc.toString()));
  }
}
