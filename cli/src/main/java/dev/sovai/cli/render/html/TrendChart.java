package dev.sovai.cli.render.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.sovai.cli.render.trend.ConcentrationTrend;
import dev.sovai.cli.render.trend.TrendPoint;

/**
 * A stacked area chart (SVG) of the holders' shares on each date of a trend (the largest holders, the others
 * together, the unknown part), with the HHI as a line on its own 0–10,000 scale.
 */
final class TrendChart {
  static final int WIDTH = 900;
  static final int HEIGHT = 300;
  private static final int LEFT = 50;
  private static final int RIGHT = 60;
  private static final int TOP = 10;
  private static final int BOTTOM = 40;
  private static final int SHOWN = 7;
  private static final String[] COLOURS = {"#3b6fb6", "#e08a2c", "#4a9a5b", "#b8473f", "#7e5fa8", "#8c6d4f",
      "#c463a5"};

  private TrendChart() {}

  static String svg(ConcentrationTrend t, String title) {
    List<TrendPoint> pts = t.points();
    List<String> holders = t.holders();
    List<String> shown = holders.subList(0, Math.min(SHOWN, holders.size()));
    double w = WIDTH - LEFT - RIGHT;
    double h = HEIGHT - TOP - BOTTOM;
    int n = pts.size();
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart trend-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\"><title>")
        .append(Markup.esc(title)).append("</title>");
    b.append("<rect class=\"plot\" x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
        .append(Markup.coord(w)).append("\" height=\"").append(Markup.coord(h)).append("\"/>");
    double[] base = new double[n];
    List<String> layers = new ArrayList<>(shown);
    layers.add("others");
    layers.add("unknown holder");
    for (int li = 0; li < layers.size(); li++) {
      double[] top = new double[n];
      for (int i = 0; i < n; i++) {
        top[i] = base[i] + layerShare(pts.get(i), layers.get(li), shown);
      }
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < n; i++) {
        d.append(i == 0 ? 'M' : 'L').append(Markup.coord(x(i, n, w))).append(' ').append(Markup.coord(y(top[i], h)));
      }
      for (int i = n - 1; i >= 0; i--) {
        d.append('L').append(Markup.coord(x(i, n, w))).append(' ').append(Markup.coord(y(base[i], h)));
      }
      d.append('Z');
      String cls = li < shown.size() ? "area" : li == shown.size() ? "area rest" : "area unknown";
      String fill = li < shown.size() ? " fill=\"" + COLOURS[li % COLOURS.length] + "\"" : "";
      b.append("<path class=\"").append(cls).append("\"").append(fill).append(" d=\"").append(d).append("\"><title>")
          .append(Markup.esc(layers.get(li))).append("</title></path>");
      base = top;
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double hhi = pts.get(i).hhi().orElse(Double.NaN);
      if (Double.isNaN(hhi)) {
        continue;
      }
      line.append(line.length() == 0 ? 'M' : 'L').append(Markup.coord(x(i, n, w))).append(' ')
          .append(Markup.coord(y(hhi / 10000, h)));
    }
    if (line.length() > 0) {
      b.append("<path class=\"hhi-line\" d=\"").append(line).append("\"><title>HHI (right scale)</title></path>");
    }
    for (int i = 0; i < n; i++) {
      if (n <= 12 || i % ((n + 11) / 12) == 0 || i == n - 1) {
        LocalDate d = pts.get(i).date();
        b.append("<text x=\"").append(Markup.coord(x(i, n, w))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
            .append("\" text-anchor=\"middle\">").append(d).append("</text>");
      }
    }
    for (int p = 0; p <= 100; p += 25) {
      b.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(Markup.coord(y(p / 100.0, h) + 4))
          .append("\" text-anchor=\"end\">").append(p).append(" %</text><text x=\"").append(Markup.coord(LEFT + w + 4))
          .append("\" y=\"").append(Markup.coord(y(p / 100.0, h) + 4)).append("\">").append(p * 100).append("</text>");
    }
    b.append("</svg>");
    b.append("<p class=\"legend\">");
    for (int li = 0; li < shown.size(); li++) {
      b.append("<span class=\"key\" style=\"background:").append(COLOURS[li % COLOURS.length]).append("\"></span>")
          .append(Markup.esc(shown.get(li))).append(' ');
    }
    b.append("<span class=\"key rest\"></span>others <span class=\"key unknown\"></span>unknown holder "
        + "<span class=\"key hhi\"></span>HHI (right scale, 0–10,000)</p>");
    return b.toString();
  }

  private static double layerShare(TrendPoint p, String layer, List<String> shown) {
    if (layer.equals("unknown holder")) {
      return p.unknownShare();
    }
    if (layer.equals("others")) {
      return p.shares().entrySet().stream().filter(e -> !shown.contains(e.getKey())).mapToDouble(e -> e.getValue())
          .sum();
    }
    return p.shares().getOrDefault(layer, 0.0);
  }

  private static double x(int i, int n, double w) {
    return LEFT + (n == 1 ? w / 2 : i * w / (n - 1));
  }

  private static double y(double share, double h) {
    return TOP + h - Math.min(1, Math.max(0, share)) * h;
  }
}
