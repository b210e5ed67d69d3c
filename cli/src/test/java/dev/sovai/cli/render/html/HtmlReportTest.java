package dev.sovai.cli.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.cli.command.SovaiCli;
import dev.sovai.cli.render.EpochExport;
import dev.sovai.io.AssessmentReader;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.Landscapes;

/** The HTML page: every figure is the JSON's, the page is self-contained, and it stays small. */
class HtmlReportTest {
  private static final Pattern CELL = Pattern.compile(
      "<td class=\"num\" data-a=\"([^\"]+)\" data-m=\"([^\"]+)\"(?: data-b=\"(lower|upper)\")? data-v=\"([^\"]*)\">");
  private static final Pattern METRICS = Pattern.compile(
      "<table class=\"data metrics\" data-a=\"([^\"]+)\">(.*?)</table>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr><td>([^<]+)</td><td data-v=\"([^\"]+)\">");
  private static final Pattern UNKNOWN_ROW = Pattern.compile("<tr><td>([^<]+)</td><td class=\"missing\" title=\"[^\"]+\">unknown[ <]");
  private static final Pattern SITE_ROW = Pattern.compile("<tr id=\"site-([^\"]+)\">(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern SITE_CELL = Pattern.compile("<td class=\"num\" data-m=\"([^\"]+)\" data-v=\"([^\"]+)\">");
  private static final Pattern SHARE = Pattern.compile("data-table=\"shares-([a-z-]+)-(world|EU)\"(.*?)</table>",
      Pattern.DOTALL);

  @TempDir
  Path dir;

  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SovaiCli.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, () -> String.join(" ", args) + ": " + err);
    return out.toString();
  }

  private String page(String... args) throws IOException {
    Path html = dir.resolve("page.html");
    String[] all = new String[args.length + 2];
    all[0] = "report";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--html=" + html;
    run(all);
    return Files.readString(html, StandardCharsets.UTF_8);
  }

  @Test
  void everyFigureOfTheSeedPageIsTheOneTheJsonCarries() throws IOException {
    String html = page();
    Map<String, Assessment> json = new HashMap<>();
    for (Assessment a : AssessmentReader.strict().parseAll(run("report", "--json"))) {
      json.putIfAbsent(a.scorer() + "/" + a.subject().kind().name().toLowerCase(Locale.ROOT) + "/"
          + a.subject().id(), a);
    }
    Map<String, Assessment> concentration = new HashMap<>();
    int checked = 0;
    Matcher m = CELL.matcher(html);
    while (m.find()) {
      String key = m.group(1);
      Assessment a;
      if (key.startsWith("concentration/")) {
        a = concentration.computeIfAbsent(key, HtmlReportTest::concentrationJson);
      } else if (key.startsWith("trend/")) {
        continue;   // checked by ConcentrationTrendTest against a hand computation
      } else {
        a = json.get(key);
      }
      assertNotNull(a, key);
      Metric metric = a.metric(m.group(2)).orElseThrow(() -> new AssertionError(m.group()));
      OptionalDouble expected = m.group(3) == null ? OptionalDouble.of(metric.value())
          : m.group(3).equals("lower") ? metric.lower() : metric.upper();
      assertEquals(expected.getAsDouble(), Double.parseDouble(m.group(4)), 0.0, m.group());
      checked++;
    }
    Matcher t = METRICS.matcher(html);
    while (t.find()) {
      Assessment a = json.get(t.group(1));
      assertNotNull(a, t.group(1));
      Matcher row = ROW.matcher(t.group(2));
      int rows = 0;
      while (row.find()) {
        Metric metric = a.metric(row.group(1)).orElseThrow(() -> new AssertionError(row.group()));
        assertEquals(metric.value(), Double.parseDouble(row.group(2)), 0.0, row.group());
        rows++;
        checked++;
      }
      // an unknown figure is shown as unknown, with the reason the JSON gives
      Matcher unknownRow = UNKNOWN_ROW.matcher(t.group(2));
      while (unknownRow.find()) {
        Metric metric = a.metric(unknownRow.group(1)).orElseThrow(() -> new AssertionError(unknownRow.group()));
        assertTrue(metric.known().isEmpty(), unknownRow.group());
        rows++;
        checked++;
      }
      assertTrue(rows > 0 && rows < a.metrics().size(), t.group(1));
    }
    Matcher siteRow = SITE_ROW.matcher(html);
    while (siteRow.find()) {
      Assessment sov = json.get("sovereignty/site/" + siteRow.group(1));
      Assessment energy = json.get("energy/site/" + siteRow.group(1));
      Matcher cell = SITE_CELL.matcher(siteRow.group(2));
      while (cell.find()) {
        Metric metric = sov.metric(cell.group(1)).or(() -> energy.metric(cell.group(1)))
            .orElseThrow(() -> new AssertionError(cell.group()));
        assertEquals(metric.value(), Double.parseDouble(cell.group(2)), 0.0, cell.group());
        checked++;
      }
    }
    assertTrue(checked > 300, "cells checked: " + checked);
  }

  /** {@code concentration/DIMENSION/SCOPE}: the JSON of {@code sovai concentration} with the page's measure. */
  private static Assessment concentrationJson(String key) {
    String[] k = key.split("/");
    String json = k[2].equals("world")
        ? run("concentration", "@seed", "--by", k[1], "--basis", "accelerators", "--pipeline", "--json")
        : run("concentration", "@seed", "--by", k[1], "--basis", "accelerators", "--pipeline", "--scope", k[2],
            "--json");
    return AssessmentReader.strict().parse(json);
  }

  @Test
  void sharesAndTheUnknownPartAddUpToTheWholeAndTheLargestIsTheJsonsBound() throws IOException {
    String html = page();
    Matcher t = SHARE.matcher(html);
    int tables = 0;
    while (t.find()) {
      tables++;
      double sum = 0;
      double largest = 0;
      Matcher s = Pattern.compile("data-share=\"([^\"]+)\"").matcher(t.group(3));
      while (s.find()) {
        double v = Double.parseDouble(s.group(1));
        sum += v;
        largest = Math.max(largest, v);
      }
      Matcher u = Pattern.compile("data-unknown=\"([^\"]+)\"").matcher(t.group(3));
      double unknown = u.find() ? Double.parseDouble(u.group(1)) : 0;
      assertEquals(1.0, sum + unknown, 1e-9, t.group(1) + " " + t.group(2));
      Assessment a = concentrationJson("concentration/" + t.group(1) + "/" + t.group(2));
      double expected = a.metric("largestShare").map(ls -> ls.lower().orElse(ls.value())).orElse(0.0);
      assertEquals(expected, largest, 1e-12, t.group(1) + " " + t.group(2));
      // no metric at all when no capacity has a known holder: then all of it is unknown
      assertEquals(a.metric("unknownShare").map(Metric::value).orElse(1.0), unknown, 1e-12);
    }
    assertTrue(tables >= 8, "share tables: " + tables);
  }

  @Test
  void theSeedPageIsSelfContainedAndSmall() throws IOException {
    String html = page();
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 1_000_000, "bytes: " + bytes);
    assertFalse(Pattern.compile("<(script|link|img|iframe)[^>]+(src|href)=").matcher(html).find(),
        "nothing is fetched");
    assertFalse(html.contains("@import") || html.contains("url("), "no fetched style");
    int sites = run("report", "--json").split("\"scorer\": \"sovereignty\"", -1).length - 1;
    assertEquals(sites, sitesOnTheWorldMap(html));
    assertTrue(count(html, "<path class=\"country\"") > 170);
    assertTrue(html.contains("class=\"chart trend-chart\""));
  }

  @Test
  void aLargeLandscapeGivesAPageUnderFiveMegabytes() throws IOException {
    Path doc = dir.resolve("large.json");
    Files.writeString(doc, LandscapeWriter.canonical().writeToString(Landscapes.generate(17, 500, 100)));
    String html = page(doc.toString());
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 5_000_000, "bytes: " + bytes);
    assertEquals(500, count(html, "<tr id=\"site-"));
    assertEquals(500, sitesOnTheWorldMap(html));
  }

  @Test
  void theEpochPageStaysUnderFiveMegabytesWithEverySiteMappedAndEveryLinkResolved() throws IOException {
    Landscape epoch = EpochExport.landscape(EpochExport.AS_OF);
    Path doc = dir.resolve("epoch.json");
    Files.writeString(doc, LandscapeWriter.canonical().writeToString(epoch));
    String html = page(doc.toString());
    int bytes = html.getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 5_000_000, "bytes: " + bytes);
    int sites = epoch.sites().size();
    assertEquals(sites, count(html, "<tr id=\"site-"));
    assertEquals(sites, count(html, "<details id=\"f-"));
    assertEquals(sites, sitesOnTheWorldMap(html));
    Matcher cluster = Pattern.compile("data-count=\"(\\d+)\" data-sites=\"([^\"]+)\"").matcher(html);
    int clusters = 0;
    while (cluster.find()) {
      assertEquals(Integer.parseInt(cluster.group(1)), cluster.group(2).split(" ").length, cluster.group());
      clusters++;
    }
    assertTrue(clusters > 0, "the export has no coordinates: its sites are clustered per country");
    Set<String> anchors = new HashSet<>();
    Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
    while (id.find()) {
      anchors.add(id.group(1));
    }
    Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int links = 0;
    while (link.find()) {
      assertTrue(anchors.contains(link.group(1)), link.group());
      links++;
    }
    assertTrue(count(html, "<li id=\"c") > 0 && links > 10 * sites, "common findings and links: " + links);
  }

  @Test
  void textFromTheDocumentIsEscaped() {
    assertEquals("&lt;script&gt;a&amp;b&quot;&#39;\uFFFD", Markup.esc("<script>a&b\"'\u001b"));
  }

  /** The distinct sites the world map's markers name: one each, or a cluster's several. */
  static int sitesOnTheWorldMap(String html) {
    int start = html.indexOf("<svg class=\"map-world\"");
    String map = html.substring(start, html.indexOf("</svg>", start));
    Set<String> ids = new HashSet<>();
    Matcher m = Pattern.compile("<g class=\"marker(?: cluster)?\"(?: data-count=\"\\d+\")? data-sites?=\"([^\"]+)\"")
        .matcher(map);
    int markers = 0;
    while (m.find()) {
      ids.addAll(List.of(m.group(1).split(" ")));
      markers++;
    }
    assertEquals(count(map, "<g class=\"marker"), markers, "every marker names its sites");
    return ids.size();
  }

  static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
