package dev.sovai.io.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds where values start in a document, by JSON Pointer, in a second streaming pass. Used after a failed read of
 * a re-readable input to give whole-landscape problems (found once everything is read) the exact line and column
 * of the offending value.
 */
public final class Locator {
  private Locator() {}

  /** A second pass over the input. */
  @FunctionalInterface
  public interface Source {
    /**
     * @return a new parser over the same input
     * @throws IOException if the input cannot be read again
     */
    JsonParser open() throws IOException;
  }

  /**
   * @param p  a parser at the start of the document
   * @param pointers  the pointers to find
   * @return the 1-based {line, column} of each pointer found
   * @throws IOException on a parse error
   */
  public static Map<String, int[]> locate(JsonParser p, Set<String> pointers) throws IOException {
    Map<String, int[]> found = new HashMap<>();
    List<Object> frames = new ArrayList<>(); // String: current member name of an object; int[1]: index in an array
    JsonToken t;
    while ((t = p.nextToken()) != null && found.size() < pointers.size()) {
      if (t == JsonToken.FIELD_NAME) {
        frames.set(frames.size() - 1, p.currentName());
        continue;
      }
      if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        frames.remove(frames.size() - 1);
        continue;
      }
      if (!frames.isEmpty() && frames.get(frames.size() - 1) instanceof int[]) {
        ((int[]) frames.get(frames.size() - 1))[0]++;
      }
      String pointer = pointer(frames);
      if (pointers.contains(pointer)) {
        JsonLocation at = p.currentTokenLocation();
        found.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
      }
      if (t == JsonToken.START_OBJECT) {
        frames.add("");
      } else if (t == JsonToken.START_ARRAY) {
        frames.add(new int[] {-1});
      }
    }
    return found;
  }

  private static String pointer(List<Object> frames) {
    StringBuilder sb = new StringBuilder();
    for (Object f : frames) {
      sb.append('/');
      if (f instanceof int[]) {
        sb.append(((int[]) f)[0]);
      } else {
        sb.append(((String) f).replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }
}
