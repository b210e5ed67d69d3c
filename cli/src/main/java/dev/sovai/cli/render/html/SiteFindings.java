package dev.sovai.cli.render.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;

/**
 * The findings section: per site, each assessment's figures that the site table does not show, and every finding
 * with its outcome, sentence, chain of entities and numbered sources, failures first.
 *
 * <p>A finding that {@value #COMMON_SITES} or more sites share word for word (same outcome, criterion, sentence, and
 * chain with the site itself written "this site") is a <em>common finding</em>: it is written once, in a numbered
 * list at the head of the section with the number of sites that share it, and each of those sites lists it by its
 * criterion and outcome with a link to that entry, followed by its own sources (which differ from site to site: a
 * site's own sources are cited by each of its findings). The sources that every finding of an assessment cites are
 * written once, above its findings, and each finding lists only its others. On an import of hundreds of sites that know little (no
 * operator, no PUE) most findings are such, and the page would otherwise repeat them hundreds of times.
 */
final class SiteFindings {
  /** The fewest sites that make a finding common. */
  static final int COMMON_SITES = 10;

  private SiteFindings() {}

  /** A finding as written: the class of its list item (its outcome), its criterion, sentence and chain. */
  private record Text(String outcomeClass, String criterion, String body) {}

  /** A finding of one site as written: its text and the numbers of its sources. */
  private record Item(Text text, List<Integer> sources) {}

  static void section(StringBuilder b, Landscape landscape, Map<String, Assessment> bySubject,
      Map<String, Integer> cited, Set<String> inSiteTable) {
    Map<String, List<Item>> items = new LinkedHashMap<>();   // site id + scorer -> its findings, in order
    Map<Text, Integer> sites = new HashMap<>();              // how many sites have each finding
    for (Site s : landscape.sites()) {
      Set<Text> ofSite = new HashSet<>();
      for (String scorer : List.of("sovereignty", "energy")) {
        Assessment a = bySubject.get(scorer + "/site/" + s.id());
        if (a == null) {
          continue;
        }
        List<Finding> sorted = new ArrayList<>(a.findings());
        sorted.sort(Comparator.comparingInt(f -> HtmlReport.rank(f.outcome())));
        List<Item> list = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
          Item it = item(f, s, cited);
          list.add(it);
          if (ofSite.add(it.text())) {
            sites.merge(it.text(), 1, Integer::sum);
          }
        }
        items.put(s.id() + "/" + scorer, list);
      }
    }
    Map<Text, Integer> common = new LinkedHashMap<>();   // common finding -> its number
    items.values().forEach(list -> list.forEach(it -> {
      if (sites.get(it.text()) >= COMMON_SITES) {
        common.computeIfAbsent(it.text(), k -> common.size() + 1);
      }
    }));

    b.append("<section id=\"findings\"><h2>Findings per site</h2><p>Each finding with the chain of entities that "
        + "decided it and its sources ([n]: the numbered sources below). Failures first.</p>");
    if (!common.isEmpty()) {
      b.append("<h3>Common findings</h3><p>").append(common.size()).append(" findings that ").append(COMMON_SITES)
          .append(" or more sites share word for word are written once here, with the number of sites that share "
              + "them; each site's section lists them by criterion, linked here (c1, c2, …), with the site's "
              + "sources.</p><ul class=\"findings "
              + "common\">");
      common.forEach((it, n) -> b.append("<li id=\"c").append(n).append('"')
          .append(it.outcomeClass().isEmpty() ? "" : " class=\"" + it.outcomeClass() + "\"").append("><b>c").append(n)
          .append("</b> <small>(").append(sites.get(it)).append(" sites)</small> <code>")
          .append(Markup.esc(it.criterion())).append("</code> ").append(it.body()).append("</li>"));
      b.append("</ul>");
    }
    HtmlReport.filter(b, "findings-list", "sites");
    b.append("<div id=\"findings-list\">");
    for (Site s : landscape.sites()) {
      b.append("<details id=\"f-").append(Markup.esc(s.id())).append("\"><summary>").append(Markup.esc(s.name()))
          .append(" <small>").append(Markup.esc(s.id())).append("</small></summary>");
      for (String scorer : List.of("sovereignty", "energy")) {
        Assessment a = bySubject.get(scorer + "/site/" + s.id());
        if (a == null) {
          continue;
        }
        b.append("<h4>").append(scorer).append(" <small>figures besides the site table's; ")
            .append(Markup.esc(a.profile())).append(", coverage ").append(a.coverage().known()).append('/')
            .append(a.coverage().needed()).append(" facts known</small></h4>");
        metrics(b, scorer, s, a, inSiteTable);
        List<Item> list = items.get(s.id() + "/" + scorer);
        Set<Integer> everyFinding = new LinkedHashSet<>(list.isEmpty() ? List.of() : list.get(0).sources());
        list.forEach(it -> everyFinding.retainAll(it.sources()));
        if (!everyFinding.isEmpty()) {
          b.append("<p class=\"cites\">Every finding below cites").append(links(everyFinding, Set.of()))
              .append(".</p>");
        }
        b.append("<ul class=\"findings\">");
        for (Item it : list) {
          // the outcome is written by the style sheet (li.o-fail::before), without a script and in print
          Text t = it.text();
          b.append(t.outcomeClass().isEmpty() ? "<li>" : "<li class=\"" + t.outcomeClass() + "\">");
          Integer n = common.get(t);
          if (n == null) {
            b.append("<code>").append(Markup.esc(t.criterion())).append("</code> ").append(t.body());
          } else {
            b.append("<a href=\"#c").append(n).append("\">c").append(n).append(' ')
                .append(Markup.esc(t.criterion())).append("</a>");
          }
          if (it.sources().size() > everyFinding.size()) {
            b.append(" <small>").append(links(it.sources(), everyFinding)).append("</small>");
          }
          b.append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</details>\n");
    }
    b.append("</div></section>\n");
  }

  /** The assessment's metrics that the site table does not show. */
  private static void metrics(StringBuilder b, String scorer, Site s, Assessment a, Set<String> inSiteTable) {
    b.append("<table class=\"data metrics\" data-a=\"").append(scorer).append("/site/").append(Markup.esc(s.id()))
        .append("\"><thead><tr><th>metric</th><th>value</th><th>unit</th></tr></thead><tbody>");
    for (Metric m : a.metrics()) {
      if (inSiteTable.contains(m.name())) {
        continue;   // shown once, in the site table
      }
      // compact: the table names the assessment, the first cell the metric
      b.append("<tr><td>").append(Markup.esc(m.name())).append("</td>");
      if (m.isKnown()) {
        b.append("<td data-v=\"").append(Markup.exact(m.value())).append("\">").append(m.defaulted() ? "~" : "")
            .append(HtmlReport.number(m.value()));
      } else {
        b.append("<td class=\"missing\" title=\"").append(Markup.esc(m.unknownBecause().orElseThrow()))
            .append("\">unknown");
      }
      if (m.lower().isPresent() || m.upper().isPresent()) {
        b.append(" <span class=\"range\">[")
            .append(m.lower().isPresent() ? HtmlReport.number(m.lower().getAsDouble()) : "?").append("–")
            .append(m.upper().isPresent() ? HtmlReport.number(m.upper().getAsDouble()) : "?").append("]</span>");
      }
      b.append("</td><td>").append(Markup.esc(m.unit())).append("</td></tr>");
    }
    b.append("</tbody></table>");
  }

  /** A finding of a site as written: sentence, chain (the site itself as "this site") and numbered sources. */
  private static Item item(Finding f, Site s, Map<String, Integer> cited) {
    StringBuilder b = new StringBuilder(160);
    b.append(Markup.esc(f.message()));
    if (f.chain().size() > 1) {
      b.append("<br><span class=\"chain\">");
      for (int i = 0; i < f.chain().size(); i++) {
        EntityRef r = f.chain().get(i);
        b.append(i > 0 ? " → " : "").append(r.relation().isEmpty() ? "" : "<i>" + Markup.esc(r.relation()) + "</i> ");
        if (r.kind() == EntityKind.SITE && r.id().equals(s.id())) {
          b.append("this site");   // the section names it
        } else {
          b.append(HtmlReport.lower(r.kind())).append(' ').append(Markup.esc(r.id()));
        }
      }
      b.append("</span>");
    }
    List<Integer> sources = new ArrayList<>(f.sources().size());
    f.sources().forEach(src -> sources.add(HtmlReport.cite(cited, src)));
    String cls = f.outcome() == Outcome.INFO ? "" : "o-" + HtmlReport.lower(f.outcome()).replace(' ', '-');
    return new Item(new Text(cls, f.criterion(), b.toString()), List.copyOf(sources));
  }

  /** Links to the numbered sources, leaving out those given. */
  private static String links(Collection<Integer> sources, Set<Integer> without) {
    StringBuilder b = new StringBuilder();
    for (int n : sources) {
      if (!without.contains(n)) {
        b.append(" <a href=\"#s").append(n).append("\">[").append(n).append("]</a>");
      }
    }
    return b.toString();
  }
}
