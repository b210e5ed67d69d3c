package dev.sovai.io.epoch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Identifiers made from the dataset's names: lower-case ASCII letters and digits joined by single hyphens,
 * accents dropped ({@code "Linköping University"} → {@code "linkoping-university"}, {@code "Stargate (OpenAI)"}
 * → {@code "stargate-openai"}), at most {@link #MAX} characters. A name with no Latin letter or digit gives an
 * empty slug; callers then use {@link #digest(String)}.
 */
final class Slug {
  /** The longest slug made from a name, leaving room for a suffix within the model's 64 characters. */
  static final int MAX = 48;

  private Slug() {}

  /**
   * @param name  a name, not null
   * @return its slug, possibly empty, at most {@link #MAX} characters
   */
  static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX) {
      s = s.substring(0, MAX).replaceAll("-+$", "");
    }
    return s;
  }

  /**
   * @param text  any text, not null
   * @return the first 12 hexadecimal digits of its SHA-256 (UTF-8), a stable short key
   */
  static String digest(String text) {
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
}
