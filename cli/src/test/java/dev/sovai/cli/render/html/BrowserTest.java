package dev.sovai.cli.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sovai.cli.render.EpochExport;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.testkit.Landscapes;

/**
 * Loads report pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; skipped
 * when they are not installed): no console error, the map's countries and every site marker inside the map, charts
 * with a size, tables with headers, sorting and filtering. Three pages: the seed, 500 generated sites, and Epoch AI's
 * real export (437 systems, most without coordinates: clustered per country). Screenshots go to
 * {@code target/browser/}.
 */
class BrowserTest {
  private static final Path OUT = Path.of("target", "browser");

  /** Counts what the page shows, as {@code name=value;…}. */
  private static final String PROBE = String.join("\n",
      "var r={};",
      "r.worldCountries=document.querySelectorAll('svg.map-world path.country').length;",
      "r.europeCountries=document.querySelectorAll('svg.map-europe path.country').length;",
      "var outside=0,markers=0;",
      "document.querySelectorAll('svg.map-world g.marker circle, svg.map-europe g.marker circle').forEach(function(c){",
      " markers++;var s=c.ownerSVGElement.getBoundingClientRect();var b=c.getBoundingClientRect();",
      " var x=b.left+b.width/2,y=b.top+b.height/2;",
      " if(!(b.width>0&&x>=s.left&&x<=s.right&&y>=s.top&&y<=s.bottom)){outside++;}});",
      "r.worldMarkers=document.querySelectorAll('svg.map-world g.marker').length;",
      "var ids={},n=0;document.querySelectorAll('svg.map-world g.marker').forEach(function(g){",
      " (g.getAttribute('data-site')||g.getAttribute('data-sites')).split(' ').forEach(function(id){",
      "  if(!ids[id]){ids[id]=1;n++;}});});",
      "r.worldSites=n;",
      "var w=document.querySelector('svg.map-world').getBoundingClientRect();",
      "r.worldMapInViewport=w.left>=0&&w.right<=window.innerWidth&&w.top>=0&&w.width>0;",
      "r.markers=markers;r.markersOutside=outside;",
      "var charts=document.querySelectorAll('svg.chart'),empty=0;",
      "charts.forEach(function(c){var b=c.getBoundingClientRect();if(!(b.width>0&&b.height>0)){empty++;}});",
      "r.charts=charts.length;r.emptyCharts=empty;",
      "var tables=document.querySelectorAll('table'),headless=0;",
      "tables.forEach(function(t){if(t.querySelectorAll('thead th').length===0){headless++;}});",
      "r.tables=tables.length;r.tablesWithoutHeader=headless;",
      "r.siteRows=document.querySelectorAll('#sites-table tbody tr').length;",
      "var th=document.querySelectorAll('#sites-table thead th')[3];th.click();th.click();",
      "var first=document.querySelector('#sites-table tbody tr td:nth-child(4)');",
      "r.sortedFirst=first?first.getAttribute('data-v'):'';",
      "r.mostAccelerators=Math.max.apply(null,Array.prototype.map.call(",
      " document.querySelectorAll('#sites-table tbody tr td:nth-child(4)'),function(td){",
      "  return parseFloat(td.getAttribute('data-v'));}));",
      "var inp=document.querySelector('input[data-filter=\"sites-table\"]');",
      "r.filterShown=!inp.closest('.filter').hidden;inp.value='zzz-no-such-site';",
      "inp.dispatchEvent(new Event('input'));",
      "r.visibleAfterFilter=Array.prototype.filter.call(document.querySelectorAll('#sites-table tbody tr'),",
      " function(t){return t.style.display!=='none';}).length;",
      "inp.value='';inp.dispatchEvent(new Event('input'));",
      "var last=document.querySelector('#findings-list > details:last-child');",
      "var fin=document.querySelector('input[data-filter=\"findings-list\"]');",
      "fin.value=last.querySelector('summary small').textContent;fin.dispatchEvent(new Event('input'));",
      "r.findingsAfterFilter=Array.prototype.filter.call(document.querySelectorAll('#findings-list > details'),",
      " function(d){return d.style.display!=='none';}).length;",
      "fin.value='';fin.dispatchEvent(new Event('input'));",
      "var nav=performance.getEntriesByType('navigation')[0];",
      "r.domContentLoadedMs=nav?Math.round(nav.domContentLoadedEventEnd):-1;",
      "r.loadMs=nav?Math.round(nav.loadEventEnd):-1;",
      "r.height=document.documentElement.scrollHeight;",
      "return Object.keys(r).map(function(k){return k+'='+r[k];}).join(';');");

  @BeforeAll
  static void browser() {
    Assumptions.assumeTrue(WebDriver.available(), "browser tests skipped: Debian's chromium and chromium-driver are"
        + " not installed (/usr/bin/chromium, /usr/bin/chromedriver); install them with"
        + " 'apt-get install -y chromium chromium-driver' (.ci/run does)");
  }

  @Test
  void theSeedPageLoadsCleanly() throws Exception {
    Path html = OUT.resolve("seed.html");
    Files.createDirectories(OUT);
    HtmlReportTest.run("report", "--html", html.toString());
    Map<String, String> r = check(html, OUT.resolve("seed.png"), 12);
    assertEquals("12", r.get("siteRows"));
  }

  @Test
  void aPageOfFiveHundredSitesLoadsCleanly() throws Exception {
    Files.createDirectories(OUT);
    Path doc = OUT.resolve("large.json");
    Files.writeString(doc, LandscapeWriter.canonical().writeToString(Landscapes.generate(17, 500, 100)));
    Path html = OUT.resolve("large.html");
    HtmlReportTest.run("report", doc.toString(), "--html", html.toString());
    Map<String, String> r = check(html, OUT.resolve("large.png"), 500);
    assertEquals("500", r.get("siteRows"));
  }

  @Test
  void thePageOfEpochsRealExportLoadsCleanly() throws Exception {
    Files.createDirectories(OUT);
    Path doc = OUT.resolve("epoch.json");
    Landscape epoch = EpochExport.landscape(EpochExport.AS_OF);
    Files.writeString(doc, LandscapeWriter.canonical().writeToString(epoch));
    Path html = OUT.resolve("epoch.html");
    HtmlReportTest.run("report", doc.toString(), "--html", html.toString());
    assertTrue(Files.size(html) < 5_000_000, "bytes: " + Files.size(html));
    Map<String, String> r = check(html, OUT.resolve("epoch.png"), epoch.sites().size());
    assertEquals(String.valueOf(epoch.sites().size()), r.get("siteRows"));
    assertTrue(Integer.parseInt(r.get("worldMarkers")) < epoch.sites().size(),
        "sites without coordinates in one country share a marker: " + r);
  }

  private static Map<String, String> check(Path html, Path png, int sites) throws Exception {
    try (WebDriver d = WebDriver.start(1280, 1000)) {
      d.open(html.toAbsolutePath());
      Map<String, String> r = parse(d.script(PROBE));
      List<String> severe = d.severeLog();
      assertTrue(severe.isEmpty(), "console errors: " + severe);
      assertTrue(Integer.parseInt(r.get("worldCountries")) > 170, r.toString());
      assertTrue(Integer.parseInt(r.get("europeCountries")) > 30, r.toString());
      assertEquals("0", r.get("markersOutside"), r.toString());
      assertTrue(Integer.parseInt(r.get("charts")) >= 12, r.toString());
      assertEquals("0", r.get("emptyCharts"), r.toString());
      assertTrue(Integer.parseInt(r.get("tables")) > 10, r.toString());
      assertEquals("0", r.get("tablesWithoutHeader"), r.toString());
      assertEquals(String.valueOf(sites), r.get("worldSites"), "every site on the world map: " + r);
      assertEquals("true", r.get("worldMapInViewport"), r.toString());
      assertEquals(Double.parseDouble(r.get("mostAccelerators")), Double.parseDouble(r.get("sortedFirst")),
          "sorted by accelerators, descending: " + r);
      assertEquals("true", r.get("filterShown"), "the script shows the filter boxes: " + r);
      assertEquals("0", r.get("visibleAfterFilter"), "the filter hides every row: " + r);
      assertEquals("1", r.get("findingsAfterFilter"), "the findings filter keeps one site: " + r);
      // how fast it opened, for people (docs/report.md); not asserted: tests never assert wall-clock times
      System.out.println(png.getFileName() + ": " + Files.size(html) + " bytes, DOMContentLoaded "
          + r.get("domContentLoadedMs") + " ms, load " + r.get("loadMs") + " ms");
      d.resize(1280, Math.min(Integer.parseInt(r.get("height")), 4000));
      d.screenshot(png);
      assertTrue(Files.size(png) > 10_000);
      return r;
    }
  }

  private static Map<String, String> parse(String s) throws IOException {
    Map<String, String> m = new HashMap<>();
    for (String kv : s.split(";")) {
      int eq = kv.indexOf('=');
      if (eq < 0) {
        throw new IOException("unexpected probe result: " + s);
      }
      m.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return m;
  }
}
