package dev.sovai.cli.render.html;

import java.util.Map;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Metric;

/**
 * A horizontal bar chart (SVG) of the holders' shares of one partition: the largest holders, the rest together, the
 * part with no known holder (hatched), and under it the HHI on its 0–10,000 scale with the interval its bounds
 * span.
 */
final class ShareChart {
  static final int WIDTH = 460;
  private static final int LABEL = 150;
  private static final int BAR = 15;
  private static final int SHOWN = 8;

  private ShareChart() {}

  /**
   * Draws the chart.
   *
   * @param shares  each known holder's share of all capacity in scope, the largest first
   * @param unknown  the share with no known holder
   * @param a  the assessment whose HHI (with bounds) is drawn
   * @param title  the chart's accessible title
   */
  static String svg(Map<String, Double> shares, double unknown, Assessment a, String title) {
    int rows = Math.min(shares.size(), SHOWN) + (shares.size() > SHOWN ? 1 : 0) + (unknown > 0 ? 1 : 0);
    int height = rows * (BAR + 5) + 46;
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"chart share-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\"><title>")
        .append(Markup.esc(title)).append("</title>");
    double scale = WIDTH - LABEL - 60;
    int y = 4;
    int i = 0;
    double rest = 0;
    int restCount = 0;
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      if (i++ < SHOWN) {
        y = bar(b, y, e.getKey(), e.getValue(), scale, "bar");
      } else {
        rest += e.getValue();
        restCount++;
      }
    }
    if (restCount > 0) {
      y = bar(b, y, restCount + " others", rest, scale, "bar rest");
    }
    if (unknown > 0) {
      y = bar(b, y, "unknown holder", unknown, scale, "bar unknown");
    }
    hhiScale(b, y + 6, a, scale);
    b.append("</svg>");
    return b.toString();
  }

  private static int bar(StringBuilder b, int y, String label, double share, double scale, String cls) {
    String shown = label.length() > 24 ? label.substring(0, 23) + "…" : label;
    b.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + BAR - 4)
        .append("\" text-anchor=\"end\">").append(Markup.esc(shown)).append("</text>");
    b.append("<rect class=\"").append(cls).append("\" x=\"").append(LABEL).append("\" y=\"").append(y)
        .append("\" width=\"").append(Markup.coord(Math.max(share * scale, 0.5))).append("\" height=\"").append(BAR)
        .append("\"><title>").append(Markup.esc(label)).append(": ").append(Markup.percent(share))
        .append("</title></rect>");
    b.append("<text x=\"").append(Markup.coord(LABEL + share * scale + 4)).append("\" y=\"").append(y + BAR - 4)
        .append("\">").append(Markup.percent(share)).append("</text>");
    return y + BAR + 5;
  }

  private static void hhiScale(StringBuilder b, int y, Assessment a, double scale) {
    Metric hhi = a.metric("hhi").orElse(null);
    b.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 12).append("\" text-anchor=\"end\">")
        .append("HHI</text>");
    b.append("<rect class=\"hhi-axis\" x=\"").append(LABEL).append("\" y=\"").append(y + 6).append("\" width=\"")
        .append(Markup.coord(scale)).append("\" height=\"4\"/>");
    if (hhi == null) {
      b.append("<text x=\"").append(LABEL).append("\" y=\"").append(y + 28).append("\">no known holder</text>");
      return;
    }
    double lo = hhi.lower().orElse(hhi.value());
    double hi = hhi.upper().orElse(hhi.value());
    b.append("<rect class=\"hhi-bounds\" x=\"").append(Markup.coord(LABEL + lo / 10000 * scale)).append("\" y=\"")
        .append(y + 2).append("\" width=\"").append(Markup.coord(Math.max((hi - lo) / 10000 * scale, 1)))
        .append("\" height=\"12\"><title>HHI bounds ").append(Math.round(lo)).append("–").append(Math.round(hi))
        .append("</title></rect>");
    b.append("<rect class=\"hhi-value\" x=\"").append(Markup.coord(LABEL + hhi.value() / 10000 * scale - 1))
        .append("\" y=\"").append(y).append("\" width=\"2\" height=\"16\"><title>HHI ").append(Math.round(hhi.value()))
        .append("</title></rect>");
    b.append("<text x=\"").append(LABEL).append("\" y=\"").append(y + 30).append("\">0</text><text x=\"")
        .append(Markup.coord(LABEL + scale)).append("\" y=\"").append(y + 30).append("\" text-anchor=\"end\">10,000")
        .append("</text><text x=\"").append(Markup.coord(LABEL + scale / 2)).append("\" y=\"").append(y + 30)
        .append("\" text-anchor=\"middle\">").append(Math.round(hhi.value()))
        .append(hhi.lower().isPresent() ? " [" + Math.round(lo) + ", " + Math.round(hi) + "]" : "").append("</text>");
  }
}
