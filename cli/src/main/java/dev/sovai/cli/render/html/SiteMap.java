package dev.sovai.cli.render.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sovai.model.site.Site;

/**
 * The map section: the world and Europe with one marker per site placed at its coordinates, and one marker per
 * country for the sites placed there approximately.
 *
 * <p>A site with coordinates is a circle at them. A site without coordinates stands at its country's label point;
 * when a country has two or more such sites they would all sit on one point, so they are drawn as one <em>cluster</em>
 * marker there: a dashed circle cut into slices by the lawful-access outcome of its sites (in proportion to their
 * number), with the number of sites written on it, and a triangle when any of them has cut-off risk. Markers' areas
 * grow with their accelerators (a cluster's are its sites' together) on one scale. Every marker names its sites:
 * {@code data-site} (one) or {@code data-sites} (a cluster, space-separated ids), and carries a tooltip.
 */
final class SiteMap {
  /** The most site names a cluster's tooltip lists (the largest first); the site table lists them all. */
  private static final int NAMED_IN_TOOLTIP = 12;
  private static final String[] OUTCOMES = {"fail", "unknown", "none", "pass"};

  private SiteMap() {}

  /** A site as the map and the site table show it. */
  record SiteMark(Site site, double lon, double lat, boolean approximate, String lawfulAccess, boolean cutOffRisk,
      long accelerators) {}

  /** One marker: a site, or the approximately placed sites of one country. */
  private record Marker(List<SiteMark> sites, double lon, double lat, long accelerators) {
    boolean cluster() {
      return sites.size() > 1;
    }
  }

  static void section(StringBuilder b, List<SiteMark> marks) {
    b.append("<section id=\"map\"><h2>Map</h2>");
    List<Marker> markers = markers(marks);
    long approx = marks.stream().filter(SiteMark::approximate).count();
    long clusters = markers.stream().filter(Marker::cluster).count();
    b.append("<p>").append(marks.size()).append(" sites; ").append(approx)
        .append(" without coordinates are drawn at their country's label point (dashed outline, approximate)");
    if (clusters > 0) {
      b.append(", those of one country together as one marker with their number (").append(clusters)
          .append(clusters == 1 ? " country" : " countries").append(')');
    }
    long unplaced = marks.stream().filter(m -> Double.isNaN(m.lon())).count();
    if (unplaced > 0) {
      b.append("; ").append(unplaced).append(" in a country the map data does not hold are not drawn");
    }
    b.append(".</p>");
    long max = markers.stream().mapToLong(Marker::accelerators).max().orElse(0);
    b.append("<div class=\"maps\">");
    for (WorldMap.View v : WorldMap.View.values()) {
      b.append("<figure class=\"map\"><svg class=\"map-").append(v.id).append("\" role=\"img\" viewBox=\"0 0 ")
          .append(Markup.coord(v.width)).append(' ').append(Markup.coord(v.height)).append("\"><title>Sites, ")
          .append(v.id).append("</title><rect class=\"sea\" width=\"").append(Markup.coord(v.width))
          .append("\" height=\"").append(Markup.coord(v.height)).append("\"/>\n");
      b.append(WorldMap.load().paths(v));
      double unit = v == WorldMap.View.WORLD ? 1 : 1.5;
      for (Marker m : markers) {
        if (Double.isNaN(m.lon()) || !v.contains(m.lon(), m.lat())) {
          continue;
        }
        double r = unit * (m.accelerators() > 0 && max > 0 ? 3 + 15 * Math.sqrt((double) m.accelerators() / max) : 3);
        if (m.cluster()) {
          cluster(b, m, v.x(m.lon()), v.y(m.lat()), Math.max(r, 6 * unit), unit);
        } else {
          single(b, m.sites().get(0), v.x(m.lon()), v.y(m.lat()), r, unit);
        }
      }
      b.append("</svg><figcaption>").append(v == WorldMap.View.WORLD ? "World" : "Europe").append("</figcaption></figure>");
    }
    b.append("</div><p class=\"legend\"><span class=\"key la-fail\"></span>reached by a foreign law "
        + "<span class=\"key la-pass\"></span>no foreign law found <span class=\"key la-unknown\"></span>unknown "
        + "(facts missing) <span class=\"key approximate\"></span>approximate place "
        + "<svg width=\"12\" height=\"10\" class=\"keysvg\"><path class=\"cutoff\" d=\"M6 1l5 8h-10Z\"/></svg> cut-off "
        + "risk (export controls) <svg width=\"16\" height=\"16\" class=\"keysvg\"><circle class=\"cluster-ring\" "
        + "cx=\"8\" cy=\"8\" r=\"7\"/><text class=\"cluster-count\" x=\"8\" y=\"11\">n</text></svg> n sites without "
        + "coordinates in one country, sliced by their lawful-access outcomes. Marker area grows with the site's "
        + "accelerators, a cluster's with its sites' together (smallest: none reported); markers are translucent and "
        + "the largest drawn first, so that overlapping sites stay visible. Hover a marker for its sites.</p>"
        + "</section>\n");
  }

  /** Sites with coordinates one by one; sites without, one marker per country; the largest first. */
  private static List<Marker> markers(List<SiteMark> marks) {
    List<Marker> markers = new ArrayList<>();
    Map<String, List<SiteMark>> byCountry = new LinkedHashMap<>();
    for (SiteMark m : marks) {
      if (m.approximate()) {
        byCountry.computeIfAbsent(country(m.site().jurisdiction()), k -> new ArrayList<>()).add(m);
      } else {
        markers.add(new Marker(List.of(m), m.lon(), m.lat(), m.accelerators()));
      }
    }
    for (List<SiteMark> group : byCountry.values()) {
      group.sort(Comparator.comparingLong(SiteMark::accelerators).reversed());
      long sum = group.stream().mapToLong(SiteMark::accelerators).sum();
      markers.add(new Marker(List.copyOf(group), group.get(0).lon(), group.get(0).lat(), sum));
    }
    markers.sort(Comparator.comparingLong(Marker::accelerators).reversed());   // small markers on top
    return markers;
  }

  private static String country(String jurisdiction) {
    int dash = jurisdiction.indexOf('-');
    return dash > 0 ? jurisdiction.substring(0, dash) : jurisdiction;
  }

  private static void single(StringBuilder b, SiteMark m, double x, double y, double r, double unit) {
    b.append("<g class=\"marker\" data-site=\"").append(Markup.esc(m.site().id())).append("\"><circle class=\"site la-")
        .append(m.lawfulAccess()).append(m.approximate() ? " approximate" : "").append("\" cx=\"")
        .append(Markup.coord(x)).append("\" cy=\"").append(Markup.coord(y)).append("\" r=\"").append(Markup.coord(r))
        .append("\"/>");
    if (m.cutOffRisk()) {
      triangle(b, x, y, unit);
    }
    b.append("<title>").append(Markup.esc(m.site().name())).append(" (").append(Markup.esc(m.site().id()))
        .append("), ").append(Markup.esc(m.site().jurisdiction())).append(m.approximate() ? ", placed approximately" : "")
        .append("; ").append(m.accelerators()).append(" accelerators; lawful access: ").append(m.lawfulAccess())
        .append(m.cutOffRisk() ? "; cut-off risk" : "").append("</title></g>\n");
  }

  private static void cluster(StringBuilder b, Marker m, double x, double y, double r, double unit) {
    List<SiteMark> sites = m.sites();
    b.append("<g class=\"marker cluster\" data-count=\"").append(sites.size()).append("\" data-sites=\"");
    for (int i = 0; i < sites.size(); i++) {
      b.append(i > 0 ? " " : "").append(Markup.esc(sites.get(i).site().id()));
    }
    b.append("\">");
    Map<String, Integer> byOutcome = new LinkedHashMap<>();
    for (String o : OUTCOMES) {
      byOutcome.put(o, 0);
    }
    sites.forEach(s -> byOutcome.merge(s.lawfulAccess(), 1, Integer::sum));
    double start = 0;
    for (Map.Entry<String, Integer> e : byOutcome.entrySet()) {
      if (e.getValue() == 0) {
        continue;
      }
      double end = start + (double) e.getValue() / sites.size();
      slice(b, e.getKey(), x, y, r, start, end);
      start = end;
    }
    b.append("<circle class=\"cluster-ring\" cx=\"").append(Markup.coord(x)).append("\" cy=\"").append(Markup.coord(y))
        .append("\" r=\"").append(Markup.coord(r)).append("\"/>");
    long cut = sites.stream().filter(SiteMark::cutOffRisk).count();
    if (cut > 0) {
      triangle(b, x + r * 0.8, y - r * 0.8, unit);
    }
    b.append("<text class=\"cluster-count\" x=\"").append(Markup.coord(x)).append("\" y=\"")
        .append(Markup.coord(y + 3.5 * unit)).append("\">").append(sites.size()).append("</text>");
    SiteMark first = sites.get(0);
    b.append("<title>").append(sites.size()).append(" sites in ").append(Markup.esc(country(first.site().jurisdiction())))
        .append(" without coordinates, placed approximately; ").append(m.accelerators()).append(" accelerators; "
            + "lawful access:");
    String sep = " ";
    for (Map.Entry<String, Integer> e : byOutcome.entrySet()) {
      if (e.getValue() > 0) {
        b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
        sep = ", ";
      }
    }
    b.append(cut > 0 ? "; " + cut + " with cut-off risk" : "").append(". Largest:");
    for (int i = 0; i < Math.min(NAMED_IN_TOOLTIP, sites.size()); i++) {
      SiteMark s = sites.get(i);
      b.append("\n").append(Markup.esc(s.site().name())).append(" (").append(s.accelerators()).append(')');
    }
    if (sites.size() > NAMED_IN_TOOLTIP) {
      b.append("\n… and ").append(sites.size() - NAMED_IN_TOOLTIP).append(" more (see the site table)");
    }
    b.append("</title></g>\n");
  }

  /** A slice of a cluster from fraction {@code from} to {@code to} of the turn, clockwise from twelve o'clock. */
  private static void slice(StringBuilder b, String outcome, double x, double y, double r, double from, double to) {
    b.append("<path class=\"slice la-").append(outcome).append("\" d=\"");
    if (to - from >= 1) {
      // a whole turn: two half arcs (one arc cannot end where it starts)
      b.append('M').append(Markup.coord(x)).append(' ').append(Markup.coord(y - r)).append('A').append(Markup.coord(r))
          .append(' ').append(Markup.coord(r)).append(" 0 1 1 ").append(Markup.coord(x)).append(' ')
          .append(Markup.coord(y + r)).append('A').append(Markup.coord(r)).append(' ').append(Markup.coord(r))
          .append(" 0 1 1 ").append(Markup.coord(x)).append(' ').append(Markup.coord(y - r)).append("Z\"/>");
      return;
    }
    double a0 = 2 * Math.PI * from;
    double a1 = 2 * Math.PI * to;
    b.append('M').append(Markup.coord(x)).append(' ').append(Markup.coord(y)).append('L')
        .append(Markup.coord(x + r * Math.sin(a0))).append(' ').append(Markup.coord(y - r * Math.cos(a0))).append('A')
        .append(Markup.coord(r)).append(' ').append(Markup.coord(r)).append(" 0 ").append(to - from > 0.5 ? 1 : 0)
        .append(" 1 ").append(Markup.coord(x + r * Math.sin(a1))).append(' ').append(Markup.coord(y - r * Math.cos(a1)))
        .append("Z\"/>");
  }

  private static void triangle(StringBuilder b, double x, double y, double unit) {
    b.append("<path class=\"cutoff\" d=\"M").append(Markup.coord(x)).append(' ').append(Markup.coord(y - 5 * unit))
        .append("l").append(Markup.coord(4.5 * unit)).append(' ').append(Markup.coord(8 * unit)).append("h-")
        .append(Markup.coord(9 * unit)).append("Z\"/>");
  }
}
