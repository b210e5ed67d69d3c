package dev.sovai.importers.internal;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Degrees-minutes-seconds coordinates as Epoch AI writes them ({@code 32°35'25"N}, {@code 41°11'6.6732"N},
 * {@code " 101°18'43"W"} with stray spaces), to decimal degrees: south and west are negative.
 */
public final class Dms {
  private static final Pattern DMS = Pattern.compile(
      "(\\d{1,3})\\s*°\\s*(?:(\\d{1,2}(?:\\.\\d+)?)\\s*['′’]\\s*)?(?:(\\d{1,2}(?:\\.\\d+)?)\\s*(?:\"|″|”|''|′′)\\s*)?([NSEWnsew])");

  private Dms() {}

  /**
   * @param text  a coordinate, not null
   * @param latitude  true for a latitude (N or S, at most 90°), false for a longitude (E or W, at most 180°)
   * @return the decimal degrees, or empty if the text is not such a coordinate or out of range
   */
  public static OptionalDouble parse(String text, boolean latitude) {
    Matcher m = DMS.matcher(text.trim());
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    char h = Character.toUpperCase(m.group(4).charAt(0));
    if (latitude != (h == 'N' || h == 'S')) {
      return OptionalDouble.empty();
    }
    double deg = Double.parseDouble(m.group(1));
    double min = m.group(2) == null ? 0 : Double.parseDouble(m.group(2));
    double sec = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
    if (min >= 60 || sec >= 60) {
      return OptionalDouble.empty();
    }
    double v = deg + min / 60 + sec / 3600;
    if (v > (latitude ? 90 : 180)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(h == 'S' || h == 'W' ? -v : v);
  }
}
