package dev.sovai.importers.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A bundled table from the spellings the datasets use to sovai identifiers ({@code countries.tsv}: country names
 * to ISO 3166-1 codes; {@code chips.tsv}: chip names to accelerator identifiers). Each resource documents itself
 * in its {@code #} comment lines. Look-ups ignore case, surrounding spaces and repeated inner spaces.
 */
public final class SpellingTable {
  private final String resource;
  private final Map<String, String> entries;

  private SpellingTable(String resource, Map<String, String> entries) {
    this.resource = resource;
    this.entries = entries;
  }

  /**
   * Loads a table bundled next to this class.
   *
   * @param resource  the resource name, such as {@code "countries.tsv"}, not null
   * @return the table, not null
   * @throws IllegalStateException if the resource is missing or a line is not "name TAB value"
   */
  public static SpellingTable load(String resource) {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = SpellingTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled table " + resource + " is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new IllegalStateException(resource + " line " + n + ": must be a name, a TAB and a value");
        }
        String previous = m.put(key(parts[0]), parts[1].trim());
        if (previous != null && !previous.equals(parts[1].trim())) {
          throw new IllegalStateException(resource + " line " + n + ": name listed twice with different values");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled table " + resource, e);
    }
    return new SpellingTable(resource, Map.copyOf(m));
  }

  /**
   * @param spelling  a name as the dataset spells it, not null
   * @return the mapped value, or empty if the table does not list it
   */
  public Optional<String> lookUp(String spelling) {
    return Optional.ofNullable(entries.get(key(spelling)));
  }

  /** @return the mapped values with their normalised names, not null */
  public Map<String, String> entries() {
    return entries;
  }

  private static String key(String s) {
    return Cells.collapse(s).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "SpellingTable[" + resource + ", " + entries.size() + " entries]";
  }
}
