package dev.sovai.scoring.sovereignty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Landscape findings list a bounded number of names, so their messages stay within a finding's 4096 characters. */
class ListedNamesTest {

  @Test
  void fewNamesAreAllListed() {
    assertEquals("[a, b]", Findings.listed(new TreeSet<>(Set.of("b", "a"))));
    assertEquals("[]", Findings.listed(new TreeSet<>()));
  }

  @Test
  void manyNamesAreCutWithTheirCount() {
    TreeSet<String> names = new TreeSet<>();
    for (int i = 0; i < 10_000; i++) {
      names.add(String.format("operator-with-a-long-name-%05d", i));
    }
    String text = Findings.listed(names);
    assertTrue(text.startsWith("[operator-with-a-long-name-00000, operator-with-a-long-name-00001, "), text);
    assertTrue(text.endsWith(", operator-with-a-long-name-00019, … and 9980 more]"), text);
    assertTrue(text.length() < 1000, text);
  }

  @Test
  void exactlyTheLimitIsAllListed() {
    TreeSet<String> names = new TreeSet<>();
    for (int i = 0; i < Findings.LISTED_NAMES; i++) {
      names.add("n" + (char) ('a' + i));
    }
    assertEquals(names.toString(), Findings.listed(names));
  }
}
