package dev.sovai.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The hand-written slug and subdivision checks accept exactly the language of their regular expressions. */
class RequireTest {
  private static final char[] ALPHABET = {'a', 'z', 'A', 'Z', '0', '9', '-', '_', '`', '{', '@', '[', '/', ':', ' ',
      'é', 'K'};

  @Test
  void shortStringsOverATrickyAlphabetAgreeWithTheRegexes() {
    for (int len = 0; len <= 4; len++) {
      int total = (int) Math.pow(ALPHABET.length, len);
      char[] cs = new char[len];
      for (int k = 0; k < total; k++) {
        int r = k;
        for (int i = 0; i < len; i++) {
          cs[i] = ALPHABET[r % ALPHABET.length];
          r /= ALPHABET.length;
        }
        check(new String(cs));
      }
    }
  }

  @Test
  void randomStringsOfEveryLengthAgreeWithTheRegexes() {
    Random random = new Random(42);
    for (int k = 0; k < 200_000; k++) {
      int len = random.nextInt(70);
      char[] cs = new char[len];
      for (int i = 0; i < len; i++) {
        cs[i] = random.nextInt(4) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : (char) ('a' + random.nextInt(26));
      }
      check(new String(cs));
    }
    for (int len = 0; len <= 70; len++) {
      check("a".repeat(len));
      check("0" + "-".repeat(Math.max(0, len - 1)));
    }
    for (String s : new String[] {"US-TX", "US-T", "US-TXX", "US-TXXX", "US-", "us-tx", "FR-75", "FR-7C", "XK-01",
        "ZZ-01", "US_TX", "USTX", "U-TX1", "US-TX ", " US-TX"}) {
      check(s);
    }
  }

  private static void check(String s) {
    assertEquals(Require.SLUG.matcher(s).matches(), Require.isSlug(s), s);
    assertEquals(Require.SUBDIVISION.matcher(s).matches(), Require.isSubdivisionShape(s), s);
  }
}
