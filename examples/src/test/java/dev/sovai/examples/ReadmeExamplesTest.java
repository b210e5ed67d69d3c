package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's code blocks are the marked regions of the example classes: after a {@code <!-- example:NAME -->}
 * marker, the fenced block's lines must equal the lines between {@code // README:begin NAME} and
 * {@code // README:end NAME} with their common indentation removed.
 */
class ReadmeExamplesTest {
  /**
   * Regions written for the README that the README does not show yet (the lead pastes them in): each is reported
   * in the pull request; once the README shows one, it must be removed from here.
   */
  static final Set<String> NOT_YET_IN_README = Set.of("read-and-score", "screen-deal", "testkit-property",
      "concentration-by-controller", "screen-deal-concentration");

  private static final Pattern BEGIN = Pattern.compile("^\\s*// README:begin ([a-z0-9-]+)\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// README:end( [a-z0-9-]+)?\\s*$");
  private static final Pattern MARKER = Pattern.compile("^<!-- example:([a-z0-9-]+) -->\\s*$");

  static Path moduleDir() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("src/main/java/dev/sovai/examples")) ? here : here.resolve("examples");
  }

  /** @return the regions of the example sources by name */
  static Map<String, List<String>> regions() throws IOException {
    Map<String, List<String>> regions = new TreeMap<>();
    Path sources = moduleDir().resolve("src/main/java");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String open = null;
      List<String> region = null;
      for (int n = 0; n < lines.size(); n++) {
        String line = lines.get(n);
        Matcher b = BEGIN.matcher(line);
        Matcher e = END.matcher(line);
        if (b.matches()) {
          assertEquals(null, open, file + ":" + (n + 1) + ": region " + b.group(1) + " opens inside " + open);
          open = b.group(1);
          region = new ArrayList<>();
        } else if (e.matches()) {
          assertTrue(open != null, file + ":" + (n + 1) + ": README:end without begin");
          if (e.group(1) != null) {
            assertEquals(open, e.group(1).trim(), file + ":" + (n + 1) + ": region end names another region");
          }
          assertFalse(regions.containsKey(open), "region " + open + " is defined twice");
          regions.put(open, dedent(region));
          open = null;
        } else if (open != null) {
          region.add(line);
        }
      }
      assertEquals(null, open, file + ": region " + open + " is not closed");
    }
    return regions;
  }

  /** @return the README's blocks by marker name */
  static Map<String, List<String>> readmeBlocks(List<String> readme) {
    Map<String, List<String>> blocks = new TreeMap<>();
    for (int n = 0; n < readme.size(); n++) {
      Matcher m = MARKER.matcher(readme.get(n));
      if (!m.matches()) {
        continue;
      }
      int open = n + 1;
      while (open < readme.size() && readme.get(open).isBlank()) {
        open++;
      }
      if (open >= readme.size() || !readme.get(open).startsWith("```")) {
        fail("README line " + (n + 1) + ": marker example:" + m.group(1) + " is not followed by a code block");
      }
      List<String> block = new ArrayList<>();
      int close = open + 1;
      while (close < readme.size() && !readme.get(close).startsWith("```")) {
        block.add(readme.get(close++));
      }
      assertTrue(close < readme.size(), "README: the block of example:" + m.group(1) + " is not closed");
      blocks.put(m.group(1), block);
    }
    return blocks;
  }

  static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).map(String::stripTrailing)
        .collect(Collectors.toList());
  }

  @Test
  void readmeBlocksAreTheExampleRegions() throws IOException {
    Path readme = moduleDir().getParent().resolve("README.md");
    Map<String, List<String>> blocks = readmeBlocks(Files.readAllLines(readme, StandardCharsets.UTF_8));
    Map<String, List<String>> regions = regions();
    assertFalse(blocks.isEmpty(), "the README has no example marker");
    for (Map.Entry<String, List<String>> b : blocks.entrySet()) {
      List<String> region = regions.get(b.getKey());
      assertTrue(region != null, "README example:" + b.getKey() + " has no region in the example classes");
      assertEquals(String.join("\n", region), String.join("\n", b.getValue()),
          "README block example:" + b.getKey() + " differs from its region");
    }
    for (String name : NOT_YET_IN_README) {
      assertTrue(regions.containsKey(name), "NOT_YET_IN_README names " + name + ", which is no region");
    }
    for (String name : regions.keySet()) {
      assertTrue(blocks.containsKey(name) || NOT_YET_IN_README.contains(name),
          "region " + name + " is neither in the README nor listed as not yet in it");
      assertFalse(blocks.containsKey(name) && NOT_YET_IN_README.contains(name),
          "region " + name + " is in the README now: remove it from NOT_YET_IN_README");
    }
  }

  @Test
  void dedentRemovesTheCommonIndentation() {
    assertEquals(List.of("a", "  b", "", "c"), dedent(List.of("    a", "      b", "  ", "    c")));
  }
}
