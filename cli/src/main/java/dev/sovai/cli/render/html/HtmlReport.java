package dev.sovai.cli.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sovai.cli.render.html.SiteMap.SiteMark;
import dev.sovai.cli.render.trend.ConcentrationTrend;
import dev.sovai.model.Source;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Partition;
import dev.sovai.scoring.concentration.Scope;

/**
 * The report of a landscape as one self-contained HTML page: inline CSS and SVG, a short inline script that sorts
 * and filters tables (the page reads in full without it, and prints on A4), nothing fetched.
 *
 * <p>Sections: a summary; a map of the world and of Europe ({@link SiteMap}: Natural Earth outlines, sites at their
 * coordinates or, drawn as approximate, at their country's label point, those of one country together as one
 * cluster marker with their number; marker area by accelerators, colour by the lawful-access axis, a triangle for
 * cut-off risk); the shares of each holder by operator, ultimate controller, controlling jurisdiction, site
 * jurisdiction, accelerator vendor and energy source, worldwide and in the home bloc, with the unknown part and the
 * HHI bounds; the trends given; the per-site table of sovereignty axes, framework views and energy figures; per site
 * its findings with their chains of entities ({@link SiteFindings}: findings that many sites share written once);
 * the sources, numbered as the findings cite them.
 *
 * <p>Every figure of a scorer on the page is the value of a metric of an {@link Assessment} (the form of
 * {@code report --json}); each such cell carries the assessment ({@code data-a}), the metric ({@code data-m}) and the
 * exact value ({@code data-v}), so that a program can check the page against the JSON.
 */
public final class HtmlReport {
  /** The dimensions whose shares the page charts, in order. */
  public static final Set<Dimension> DIMENSIONS = EnumSet.of(Dimension.OPERATOR, Dimension.ULTIMATE_CONTROLLER,
      Dimension.CONTROLLING_JURISDICTION, Dimension.SITE_JURISDICTION, Dimension.ACCELERATOR_VENDOR,
      Dimension.ENERGY_SOURCE);

  private final Landscape landscape;
  private final HomeBloc bloc;
  private final LocalDate asOf;
  private final List<Assessment> assessments;
  private final String title;
  private final List<ConcentrationTrend> trends;

  private HtmlReport(Landscape landscape, HomeBloc bloc, LocalDate asOf, List<Assessment> assessments, String title,
      List<ConcentrationTrend> trends) {
    this.landscape = landscape;
    this.bloc = bloc;
    this.asOf = asOf;
    this.assessments = List.copyOf(assessments);
    this.title = title;
    this.trends = List.copyOf(trends);
  }

  /**
   * A page for a landscape and its assessments.
   *
   * @param landscape  the landscape (sites, coordinates, jurisdictions, sources), not null
   * @param bloc  the home bloc, not null
   * @param asOf  the date scored on, not null
   * @param assessments  the assessments to show (those of {@code Report.assessments()}), not null
   * @return the page, not null
   */
  public static HtmlReport of(Landscape landscape, HomeBloc bloc, LocalDate asOf, List<Assessment> assessments) {
    return new HtmlReport(landscape, bloc, asOf, assessments, "sovai report", List.of());
  }

  /**
   * A copy with another title.
   *
   * @param newTitle  the page's title and heading, not null
   * @return the copy, not null
   */
  public HtmlReport withTitle(String newTitle) {
    return new HtmlReport(landscape, bloc, asOf, assessments, newTitle, trends);
  }

  /**
   * A copy that also charts a trend (stacked shares and the HHI line).
   *
   * @param trend  the trend, not null
   * @return the copy, not null
   */
  public HtmlReport withTrend(ConcentrationTrend trend) {
    List<ConcentrationTrend> all = new ArrayList<>(trends);
    all.add(trend);
    return new HtmlReport(landscape, bloc, asOf, assessments, title, all);
  }

  /**
   * The default trend of the report: {@link #defaultTrend(Landscape, LocalDate, Dimension)} by controlling
   * jurisdiction.
   *
   * @param landscape  the landscape, not null
   * @param asOf  the report's date, not null
   * @return the trend, not null
   */
  public static ConcentrationTrend defaultTrend(Landscape landscape, LocalDate asOf) {
    return defaultTrend(landscape, asOf, Dimension.CONTROLLING_JURISDICTION);
  }

  /**
   * A default trend of the report: concentration by a dimension on accelerators, operational capacity worldwide, on
   * the first of January of each year from five years before the date to two years after it (dates after the
   * landscape's count sites by their scheduled operational dates); when no accelerator is operational on any of those
   * dates (a landscape of announced sites), the same on the number of sites. {@code sovai report --html} charts it by
   * controlling jurisdiction and by site jurisdiction.
   *
   * @param landscape  the landscape, not null
   * @param asOf  the report's date, not null
   * @param dimension  who holds each part, not null
   * @return the trend, not null
   */
  public static ConcentrationTrend defaultTrend(Landscape landscape, LocalDate asOf, Dimension dimension) {
    LocalDate from = LocalDate.of(asOf.getYear() - 5, 1, 1);
    List<LocalDate> dates = ConcentrationTrend.dates(from, from.plusYears(7), ConcentrationTrend.Step.YEAR);
    ConcentrationTrend t = ConcentrationTrend.measure(landscape, dimension, Basis.ACCELERATORS, Scope.operational(),
        dates);
    boolean empty = t.points().stream().allMatch(p -> p.totalWeight() == 0);
    return empty ? ConcentrationTrend.measure(landscape, dimension, Basis.SITES, Scope.operational(), dates) : t;
  }

  /**
   * Writes the page.
   *
   * @param out  where to write (UTF-8 is declared in the page), not null
   * @throws UncheckedIOException if writing fails
   */
  public void write(Writer out) {
    try {
      out.write(toHtml());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the page's text, not null */
  public String toHtml() {
    StringBuilder b = new StringBuilder(256 * 1024);
    Map<String, Assessment> bySubject = new HashMap<>();
    for (Assessment a : assessments) {
      bySubject.putIfAbsent(key(a), a);
    }
    Map<String, Integer> cited = new LinkedHashMap<>();   // source id -> its number in the sources list
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"generator\" content=\"sovai\"><title>").append(Markup.esc(title)).append("</title><style>")
        .append(Style.CSS).append("</style></head><body>\n");
    b.append("<header><h1>").append(Markup.esc(title)).append("</h1><p>As of ").append(asOf).append(", home bloc ")
        .append(Markup.esc(bloc.code())).append("; ").append(landscape.sites().size()).append(" sites, ")
        .append(landscape.operators().size()).append(" operators, ").append(landscape.deals().size())
        .append(" deals. Sections: <a href=\"#map\">map</a> · <a href=\"#shares\">shares</a>")
        .append(trends.isEmpty() ? "" : " · <a href=\"#trend\">trend</a>")
        .append(" · <a href=\"#sites\">sites</a> · <a href=\"#findings\">findings</a> · <a href=\"#sources\">sources"
            + "</a></p></header>\n");
    List<SiteMark> marks = marks(bySubject);
    SiteMap.section(b, marks);
    sharesSection(b, cited);
    if (!trends.isEmpty()) {
      b.append("<section id=\"trend\"><h2>Trend</h2>");
      for (ConcentrationTrend t : trends) {
        String label = "Shares by " + label(t.dimension()) + " on " + t.basis().unit() + ", " + t.scope() + ", from "
            + t.points().get(0).date() + " to " + t.points().get(t.points().size() - 1).date();
        b.append("<h3>").append(Markup.esc(label)).append("</h3>").append(TrendChart.svg(t, label));
        trendTable(b, t);
      }
      b.append("</section>\n");
    }
    sitesSection(b, marks, bySubject);
    SiteFindings.section(b, landscape, bySubject, cited, IN_SITE_TABLE);
    sourcesSection(b, cited);
    b.append("<footer><p>Made by sovai. Country outlines: Natural Earth 1:110m Admin 0 (public domain).</p>"
        + "</footer><script>").append(Style.SCRIPT).append("</script></body></html>\n");
    return b.toString();
  }

  // ---------------------------------------------------------------- map

  private List<SiteMark> marks(Map<String, Assessment> bySubject) {
    WorldMap map = WorldMap.load();
    List<SiteMark> marks = new ArrayList<>();
    for (Site s : landscape.sites()) {
      double lon;
      double lat;
      boolean approx;
      if (s.coordinates().isPresent()) {
        lon = s.coordinates().get().longitude();
        lat = s.coordinates().get().latitude();
        approx = false;
      } else {
        Optional<double[]> c = map.centroid(s.jurisdiction());
        if (c.isEmpty()) {
          lon = Double.NaN;
          lat = Double.NaN;
        } else {
          lon = c.get()[0];
          lat = c.get()[1];
        }
        approx = true;
      }
      Assessment sov = bySubject.get("sovereignty/site/" + s.id());
      String la = sov == null ? "none" : firstOutcome(sov, "lawful-access").map(HtmlReport::lower).orElse("unknown");
      boolean cut = sov != null && (sov.metric("cutOffLevel").map(m -> m.isKnown() && m.value() > 0).orElse(false)
          || firstOutcome(sov, "cut-off").map(o -> o == Outcome.FAIL).orElse(false));
      marks.add(new SiteMark(s, lon, lat, approx, la, cut, s.acceleratorCount()));
    }
    return marks;
  }

  // ---------------------------------------------------------------- shares

  private void sharesSection(StringBuilder b, Map<String, Integer> cited) {
    b.append("<section id=\"shares\"><h2>Shares and concentration</h2><p>Accelerators, operational and pipeline "
        + "capacity. Bars are shares of all capacity in scope; the hatched bar is the part whose holder is not known. "
        + "The HHI (0–10,000) is computed over known holders; the shaded interval covers every way the unknown part "
        + "could be held.</p>");
    List<ConcentrationResult> all = partitions(landscape, bloc, asOf);
    scope(b, all.subList(0, DIMENSIONS.size()), "worldwide", "world", cited);
    scope(b, all.subList(DIMENSIONS.size(), all.size()), "in " + bloc.code(), bloc.code(), cited);
    b.append("</section>\n");
  }

  /**
   * The concentration results the page charts: each of {@link #DIMENSIONS} on accelerators, operational and
   * pipeline capacity, worldwide, then the same in the home bloc.
   *
   * @param landscape  the landscape, not null
   * @param bloc  the home bloc, not null
   * @param asOf  the date, not null
   * @return the results, worldwide first, not null
   */
  public static List<ConcentrationResult> partitions(Landscape landscape, HomeBloc bloc, LocalDate asOf) {
    ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
    Scope world = Scope.operational().withPipeline();
    List<ConcentrationResult> all = new ArrayList<>(
        scorer.measure(landscape, Measure.each(DIMENSIONS, Basis.ACCELERATORS, world), asOf));
    all.addAll(scorer.measure(landscape, Measure.each(DIMENSIONS, Basis.ACCELERATORS, world.withRegion(bloc.code())),
        asOf));
    return all;
  }

  private void scope(StringBuilder b, List<ConcentrationResult> results, String label, String scopeKey,
      Map<String, Integer> cited) {
    ConcentrationResult any = results.get(0);
    b.append("<h3>").append(Markup.esc(label)).append(": ").append(any.sitesCounted()).append(" of ")
        .append(any.sitesInScope()).append(" sites counted</h3>");
    b.append("<table class=\"data sortable\" data-table=\"concentration-").append(Markup.esc(scopeKey))
        .append("\"><thead><tr><th>by</th><th>HHI (points)</th><th>HHI lower</th><th>HHI upper</th>"
            + "<th>equivalent number (holders)</th><th>largest share</th><th>unknown share</th><th>total "
            + "(accelerators)</th></tr></thead><tbody>");
    for (ConcentrationResult r : results) {
      Assessment a = r.toAssessment();
      String ak = "concentration/" + dimKey(r.dimension()) + "/" + scopeKey;
      b.append("<tr><td>").append(label(r.dimension())).append("</td>");
      metricCell(b, ak, a, "hhi", Value.VALUE, false);
      metricCell(b, ak, a, "hhi", Value.LOWER, false);
      metricCell(b, ak, a, "hhi", Value.UPPER, false);
      metricCell(b, ak, a, "equivalentNumber", Value.VALUE, false);
      metricCell(b, ak, a, "largestShare", Value.VALUE, true);
      metricCell(b, ak, a, "unknownShare", Value.VALUE, true);
      metricCell(b, ak, a, "totalWeight", Value.VALUE, false);
      b.append("</tr>");
      a.findings().forEach(f -> f.sources().forEach(src -> cite(cited, src)));
    }
    b.append("</tbody></table><div class=\"charts\">");
    for (ConcentrationResult r : results) {
      Partition p = r.partition();
      Map<String, Double> shares = new LinkedHashMap<>();
      for (int rank = 0; rank < p.size(); rank++) {
        shares.put(p.holder(rank), p.weight(rank) / p.totalWeight());
      }
      double unknown = p.totalWeight() > 0 ? p.unknownWeight() / p.totalWeight() : 0;
      String t = "Shares by " + label(r.dimension()) + ", " + label;
      b.append("<figure class=\"share\"><figcaption>").append(Markup.esc(t)).append("</figcaption>");
      if (p.totalWeight() == 0) {
        b.append("<p>No capacity in scope.</p></figure>");
        continue;
      }
      b.append(ShareChart.svg(shares, unknown, r.toAssessment(), t));
      String id = "shares-" + dimKey(r.dimension()) + "-" + Markup.esc(scopeKey);
      b.append("<details><summary>holders (").append(p.size()).append(")</summary>");
      if (p.size() > FILTERED_ROWS) {
        filter(b, id, "holders");
      }
      b.append("<table class=\"data sortable\" id=\"").append(id).append("\" data-table=\"").append(id)
          .append("\"><thead><tr><th>holder</th><th>accelerators</th><th>share</th></tr></thead><tbody>");
      for (Map.Entry<String, Double> e : shares.entrySet()) {
        b.append("<tr><td>").append(Markup.esc(e.getKey())).append(p.flagged().contains(e.getKey()) ? " *" : "")
            .append("</td><td class=\"num\" data-v=\"").append(Markup.exact(p.weightOf(e.getKey()))).append("\">")
            .append(number(p.weightOf(e.getKey()))).append("</td><td class=\"num\" data-share=\"")
            .append(Markup.exact(e.getValue())).append("\" data-v=\"").append(Markup.exact(e.getValue())).append("\">")
            .append(Markup.percent(e.getValue())).append("</td></tr>");
      }
      if (unknown > 0) {
        b.append("<tr class=\"unknown\"><td>(unknown holder)</td><td class=\"num\" data-v=\"")
            .append(Markup.exact(p.unknownWeight())).append("\">").append(number(p.unknownWeight()))
            .append("</td><td class=\"num\" data-unknown=\"").append(Markup.exact(unknown)).append("\" data-v=\"")
            .append(Markup.exact(unknown)).append("\">").append(Markup.percent(unknown)).append("</td></tr>");
      }
      b.append("</tbody></table></details></figure>");
    }
    b.append("</div>");
  }

  private static void trendTable(StringBuilder b, ConcentrationTrend t) {
    b.append("<details><summary>figures</summary><table class=\"data sortable\" data-table=\"trend\"><thead><tr><th>date</th>"
        + "<th>HHI (points)</th><th>equivalent number (holders)</th><th>unknown share</th><th>total (")
        .append(Markup.esc(t.basis().unit())).append(")</th><th>largest holders</th></tr></thead><tbody>");
    for (var p : t.points()) {
      String ak = "trend/" + dimKey(t.dimension()) + "/" + p.date();
      b.append("<tr><td>").append(p.date()).append("</td>");
      metricCell(b, ak, p.assessment(), "hhi", Value.VALUE, false);
      metricCell(b, ak, p.assessment(), "equivalentNumber", Value.VALUE, false);
      b.append("<td class=\"num\" data-v=\"").append(Markup.exact(p.unknownShare())).append("\">")
          .append(Markup.percent(p.unknownShare())).append("</td><td class=\"num\" data-v=\"")
          .append(Markup.exact(p.totalWeight())).append("\">").append(number(p.totalWeight())).append("</td><td>");
      int i = 0;
      for (Map.Entry<String, Double> e : p.shares().entrySet()) {
        if (i++ == 3) {
          break;
        }
        b.append(i > 1 ? ", " : "").append(Markup.esc(e.getKey())).append(' ').append(Markup.percent(e.getValue()));
      }
      b.append("</td></tr>");
    }
    b.append("</tbody></table></details>");
  }

  // ---------------------------------------------------------------- sites

  private enum Value { VALUE, LOWER, UPPER }

  private static void metricCell(StringBuilder b, String ak, Assessment a, String name, Value which,
      boolean percent) {
    Optional<Metric> m = a == null ? Optional.empty() : a.metric(name);
    java.util.OptionalDouble v = m.isEmpty() ? java.util.OptionalDouble.empty()
        : which == Value.VALUE ? m.get().known()
        : which == Value.LOWER ? m.get().lower() : m.get().upper();
    if (v.isEmpty()) {
      String why = m.flatMap(Metric::unknownBecause).map(u -> " title=\"unknown: " + Markup.esc(u) + "\"").orElse("");
      b.append("<td class=\"num missing\"").append(why).append(" data-v=\"\">?</td>");
      return;
    }
    String shown = (m.get().defaulted() && which == Value.VALUE ? "~" : "")
        + (percent ? Markup.percent(v.getAsDouble()) : number(v.getAsDouble()));
    String range = which == Value.VALUE && (m.get().lower().isPresent() || m.get().upper().isPresent())
        ? " <span class=\"range\">[" + m.get().lower().stream().mapToObj(HtmlReport::number).findFirst().orElse("?")
            + "–" + m.get().upper().stream().mapToObj(HtmlReport::number).findFirst().orElse("?") + "]</span>" : "";
    b.append(ak == null ? "<td class=\"num\"" : "<td class=\"num\" data-a=\"" + Markup.esc(ak) + "\"")
        .append(" data-m=\"").append(Markup.esc(name))
        .append(which == Value.VALUE ? "" : which == Value.LOWER ? "\" data-b=\"lower" : "\" data-b=\"upper")
        .append("\" data-v=\"").append(Markup.exact(v.getAsDouble())).append("\">").append(shown).append(range)
        .append("</td>");
  }

  private static final String[][] ENERGY_COLUMNS = {
      {"itPowerMw", "IT power (MW)"}, {"pue", "PUE"}, {"facilityPowerMw", "facility power (MW)"},
      {"annualEnergyMwh", "energy (MWh/yr)"}, {"gridIntensityGramsPerKwh", "grid (gCO2e/kWh)"},
      {"locationCarbonTonnesPerYear", "carbon (tCO2e/yr)"}, {"energyScore", "energy score (0–100)"}};

  private static final Set<String> IN_SITE_TABLE = inSiteTable();

  private static Set<String> inSiteTable() {
    Set<String> names = new java.util.HashSet<>(List.of("foreignLaws", "cutOffLevel", "csfSeal", "csfScore:csf-v1.2.1"));
    for (String[] c : ENERGY_COLUMNS) {
      names.add(c[0]);
    }
    return Set.copyOf(names);
  }

  private void sitesSection(StringBuilder b, List<SiteMark> marks, Map<String, Assessment> bySubject) {
    b.append("<section id=\"sites\"><h2>Sites</h2><p>Sovereignty axes and framework views (profile of the home "
        + "bloc), and energy figures with their units; <span class=\"range\">[lower–upper]</span> where an unknown "
        + "input bounds a figure, ~ where a default stood in. With the page's script on, click a heading to "
        + "sort and type in the box to filter.</p>");
    filter(b, "sites-table", "sites");
    b.append("<table class=\"data sortable\" id=\"sites-table\" data-table=\"sites\"><thead><tr><th>site</th>"
        + "<th>jurisdiction</th><th>status</th><th>accelerators</th><th>lawful access</th><th>foreign laws</th>"
        + "<th>cut-off level</th><th>SecNumCloud 19.6</th><th>Gaia-X L3</th><th>EU CSF SEAL</th>"
        + "<th>CSF score (%)</th>");
    for (String[] c : ENERGY_COLUMNS) {
      b.append("<th>").append(Markup.esc(c[1])).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (SiteMark m : marks) {
      Site s = m.site();
      Assessment sov = bySubject.get("sovereignty/site/" + s.id());
      Assessment en = bySubject.get("energy/site/" + s.id());
      String sk = null;   // the row's id names the site; the metric names tell the scorer
      String ek = null;
      b.append("<tr id=\"site-").append(Markup.esc(s.id())).append("\"><td><a href=\"#f-").append(Markup.esc(s.id()))
          .append("\">").append(Markup.esc(s.name())).append("</a><br><small>").append(Markup.esc(s.id()))
          .append("</small></td><td>").append(Markup.esc(s.jurisdiction())).append(m.approximate() ? " (no coordinates)" : "")
          .append("</td><td>").append(lower(s.statusOn(asOf))).append("</td><td class=\"num\" data-v=\"")
          .append(m.accelerators()).append("\">").append(number(m.accelerators())).append("</td><td class=\"la-")
          .append(m.lawfulAccess()).append("\">").append(m.lawfulAccess()).append("</td>");
      metricCell(b, sk, sov, "foreignLaws", Value.VALUE, false);
      metricCell(b, sk, sov, "cutOffLevel", Value.VALUE, false);
      b.append("<td>").append(worst(sov, "secnumcloud-")).append("</td><td>").append(worst(sov, "gaia-x-"))
          .append("</td>");
      metricCell(b, sk, sov, "csfSeal", Value.VALUE, false);
      metricCell(b, sk, sov, "csfScore:csf-v1.2.1", Value.VALUE, false);
      for (String[] c : ENERGY_COLUMNS) {
        metricCell(b, ek, en, c[0], Value.VALUE, false);
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></section>\n");
  }

  private void sourcesSection(StringBuilder b, Map<String, Integer> cited) {
    for (Site s : landscape.sites()) {
      s.sources().forEach(src -> cite(cited, src));
    }
    b.append("<section id=\"sources\"><h2>Sources</h2><p>Numbered as the findings cite them ([n]).</p>"
        + "<ol class=\"sources\">");
    for (String id : cited.keySet()) {
      Optional<Source> src = landscape.source(id);
      b.append("<li id=\"s").append(cited.get(id)).append("\"><code>").append(Markup.esc(id)).append("</code> ");
      if (src.isEmpty()) {
        b.append("(not in the landscape)</li>");
        continue;
      }
      Source x = src.get();
      String t = Markup.esc(x.title());
      Optional<String> url = x.url().map(Object::toString).filter(u -> u.startsWith("https://") || u.startsWith("http://"));
      b.append(url.isPresent() ? "<a href=\"" + Markup.esc(url.get()) + "\">" + t + "</a>" : t);
      x.publisher().ifPresent(p -> b.append(", ").append(Markup.esc(p)));
      x.published().ifPresent(p -> b.append(", ").append(Markup.esc(p.toString())));
      b.append("</li>");
    }
    b.append("</ol></section>\n");
  }

  // ---------------------------------------------------------------- helpers

  /** Tables with more rows than this get a filter box. */
  private static final int FILTERED_ROWS = 20;

  /**
   * A box that filters the rows of a table, or the collapsed sections of a block, by their text; hidden until the
   * script shows it (without a script it could do nothing) and in print.
   */
  static void filter(StringBuilder b, String target, String what) {
    b.append("<p class=\"filter\" hidden><label>Filter ").append(what).append(": <input type=\"search\" data-filter=\"")
        .append(target).append("\"></label></p>");
  }

  /** The number of a source in the sources list (1, 2, … in the order first cited). */
  static int cite(Map<String, Integer> cited, String source) {
    return cited.computeIfAbsent(source, k -> cited.size() + 1);
  }

  private static String key(Assessment a) {
    return a.scorer() + "/" + lower(a.subject().kind()) + "/" + a.subject().id();
  }

  private static Optional<Outcome> firstOutcome(Assessment a, String criterion) {
    return a.findings().stream().filter(f -> f.criterion().equals(criterion)).map(Finding::outcome).findFirst();
  }

  private static String worst(Assessment a, String prefix) {
    if (a == null) {
      return "?";
    }
    Outcome w = null;
    for (Finding f : a.findings()) {
      if (f.criterion().startsWith(prefix) && (w == null || rank(f.outcome()) < rank(w))) {
        w = f.outcome();
      }
    }
    return w == null ? "operator unknown" : lower(w);
  }

  static int rank(Outcome o) {
    switch (o) {
      case FAIL: return 0;
      case UNKNOWN: return 1;
      case INFO: return 2;
      case PASS: return 3;
      default: return 4;
    }
  }

  static String label(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String dimKey(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String number(double v) {
    return Markup.esc(dev.sovai.cli.render.AssessmentText.number(v));
  }
}
