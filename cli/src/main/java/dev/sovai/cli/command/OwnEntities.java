package dev.sovai.cli.command;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Rewrites a document that refers to the reference data in canonical form. The reader only returns a document
 * merged over its base, so the canonical text of the merged landscape is cut back to the entities the document
 * itself declares (by kind and identifier). The canonical layout (docs/format.md: two-space indentation, one
 * entity object per block at the fourth column, identifier first) makes this a line-level operation; the caller
 * checks that the result reads back to the same landscape.
 */
final class OwnEntities {
  private static final Pattern ARRAY = Pattern.compile("^  \"([a-zA-Z]+)\": \\[$");
  private static final Pattern ARRAY_END = Pattern.compile("^  \\],?$");
  private static final Pattern ELEMENT = Pattern.compile("^    \\{$");
  private static final Pattern ELEMENT_END = Pattern.compile("^    \\},?$");
  private static final Pattern KEY = Pattern.compile("^      \"(?:id|code)\": \"((?:[^\"\\\\]|\\\\.)*)\",?$");
  private static final Pattern MEMBER = Pattern.compile("^  \"[a-zA-Z]+\": .*$");

  private OwnEntities() {}

  /**
   * The identifiers a document declares, per top-level entity array.
   *
   * @param document  the document's text, already validated, not null
   * @return the identifiers ({@code code} for jurisdictions, {@code id} otherwise) by array name, not null
   * @throws IllegalStateException if the text is not JSON (it was validated before)
   */
  static Map<String, Set<String>> declared(String document) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a validated document no longer parses", e);
    }
    Map<String, Set<String>> ids = new HashMap<>();
    root.properties().forEach(f -> {
      if (f.getValue().isArray()) {
        Set<String> set = new HashSet<>();
        for (JsonNode element : f.getValue()) {
          JsonNode key = element.has("code") && !element.has("id") ? element.get("code") : element.get("id");
          if (key != null && key.isTextual()) {
            set.add(key.asText());
          }
        }
        ids.put(f.getKey(), set);
      }
    });
    return ids;
  }

  /**
   * Keeps, in the canonical text of a merged landscape, only the entities a document declares.
   *
   * @param canonical  the canonical text of the merged landscape, not null
   * @param keep  the identifiers to keep by array name, not null
   * @return the canonical text of the document alone, not null
   */
  static String keep(String canonical, Map<String, Set<String>> keep) {
    String[] lines = canonical.split("\n", -1);
    List<List<String>> members = new ArrayList<>();
    int n = 1;
    while (n < lines.length && !lines[n].equals("}")) {
      Matcher array = ARRAY.matcher(lines[n]);
      if (array.matches()) {
        Set<String> wanted = keep.getOrDefault(array.group(1), Set.of());
        List<List<String>> elements = new ArrayList<>();
        n++;
        while (!ARRAY_END.matcher(lines[n]).matches()) {
          if (!ELEMENT.matcher(lines[n]).matches()) {
            throw new IllegalStateException("unexpected canonical layout at line " + (n + 1) + ": " + lines[n]);
          }
          List<String> element = new ArrayList<>();
          while (!ELEMENT_END.matcher(lines[n]).matches()) {
            element.add(lines[n++]);
          }
          element.add("    }");
          n++;
          Matcher key = element.size() > 1 ? KEY.matcher(element.get(1)) : null;
          if (key == null || !key.matches()) {
            throw new IllegalStateException("entity without a leading id or code in array " + array.group(1));
          }
          if (wanted.contains(unescape(key.group(1)))) {
            elements.add(element);
          }
        }
        n++;
        if (!elements.isEmpty()) {
          List<String> member = new ArrayList<>();
          member.add("  \"" + array.group(1) + "\": [");
          for (int i = 0; i < elements.size(); i++) {
            List<String> e = elements.get(i);
            member.addAll(e.subList(0, e.size() - 1));
            member.add(i < elements.size() - 1 ? "    }," : "    }");
          }
          member.add("  ]");
          members.add(member);
        }
      } else if (MEMBER.matcher(lines[n]).matches()) {
        members.add(new ArrayList<>(List.of(stripComma(lines[n]))));
        n++;
      } else {
        throw new IllegalStateException("unexpected canonical layout at line " + (n + 1) + ": " + lines[n]);
      }
    }
    StringBuilder out = new StringBuilder("{\n");
    for (int m = 0; m < members.size(); m++) {
      List<String> member = members.get(m);
      for (int i = 0; i < member.size(); i++) {
        out.append(member.get(i));
        if (i == member.size() - 1 && m < members.size() - 1) {
          out.append(',');
        }
        out.append('\n');
      }
    }
    return out.append("}\n").toString();
  }

  private static String stripComma(String line) {
    return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
  }

  private static String unescape(String json) {
    if (json.indexOf('\\') < 0) {
      return json;
    }
    try {
      return JsonMapper.builder().build().readValue("\"" + json + "\"", String.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bad escape in an identifier: " + json, e);
    }
  }
}
