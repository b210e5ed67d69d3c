package dev.sovai.importers.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Identifiers made from the dataset's names: lower-case ASCII letters and digits joined by single hyphens,
 * accents dropped ({@code "Linköping University"} → {@code "linkoping-university"}, {@code "Stargate (OpenAI)"}
 * → {@code "stargate-openai"}), at most {@link #MAX} characters. A name with no Latin letter or digit gives an
 * empty slug; callers then use {@link #digest(String)}.
 */
public final class Slug {
  /** The longest slug made from a name, leaving room for a suffix within the model's 64 characters. */
  public static final int MAX = 48;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slug() {}

  /**
   * @param name  a name, not null
   * @return its slug, possibly empty, at most {@link #MAX} characters
   */
  public static String of(String name) {
    String ascii = isAscii(name) ? name
        : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder sb = new StringBuilder(Math.min(ascii.length(), MAX));
    boolean hyphen = false;
    for (int i = 0; i < ascii.length() && sb.length() < MAX; i++) {
      char c = Character.toLowerCase(ascii.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) {
          sb.append('-');
          if (sb.length() == MAX) {
            break;
          }
        }
        sb.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param text  any text, not null
   * @return the first 12 hexadecimal digits of its SHA-256 (UTF-8), a stable short key
   */
  public static String digest(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        sb.append(String.format("%02x", h[i] & 0xff));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * An identifier for one row's entity: the slug of its name ({@code fallback} and a digest of the name when the
   * slug is empty), followed by {@code -r<row>} when an earlier row took it.
   *
   * @param name  the entity's name, not null
   * @param fallback  the prefix for a name without a Latin letter or digit ({@code "system"}), not null
   * @param row  the 1-based data row
   * @param taken  identifiers already given, not null
   * @return the identifier, not null
   */
  public static String unique(String name, String fallback, long row, java.util.Set<String> taken) {
    String id = of(name);
    if (id.isEmpty()) {
      id = fallback + "-" + digest(name);
    }
    return taken.contains(id) ? id + "-r" + row : id;
  }
}
