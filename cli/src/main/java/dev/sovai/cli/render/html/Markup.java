package dev.sovai.cli.render.html;

/** Escaping text for HTML and SVG, and formatting numbers for the page (the same digits as the JSON, shortened). */
final class Markup {
  private Markup() {}

  /**
   * Escapes text for an element's content or a quoted attribute; control characters (which HTML cannot show) are
   * written as U+FFFD.
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&#39;"); break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }

  /** A number for the machine-readable attribute {@code data-v}: Java's shortest round-trip form of the double. */
  static String exact(double v) {
    return Double.toString(v);
  }

  /** A coordinate in the SVG, to 0.1 user unit. */
  static String coord(double v) {
    return tenths(Math.round(v * 10));
  }

  /** A share as a percentage for people, to 0.1 %. */
  static String percent(double share) {
    return tenths(Math.round(share * 1000)) + " %";
  }

  /** A number of tenths as a decimal, one decimal shown only when not zero (no String.format: the map has many). */
  private static String tenths(long t) {
    long whole = Math.abs(t) / 10;
    long tenth = Math.abs(t) % 10;
    String sign = t < 0 ? "-" : "";
    return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
  }
}
