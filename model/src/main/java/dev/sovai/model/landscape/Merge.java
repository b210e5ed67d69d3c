package dev.sovai.model.landscape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.sovai.model.assessment.EntityKind;

/** Merges entity lists by identifier under a {@link MergeRule}, collecting conflicts. */
final class Merge {
  private final MergeRule rule;
  private final List<Violation> conflicts = new ArrayList<>();

  Merge(MergeRule rule) {
    this.rule = rule;
  }

  <T> List<T> lists(EntityKind kind, List<T> base, List<T> overlay, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T t : base) {
      out.put(id.apply(t), t);
    }
    for (T t : overlay) {
      String key = id.apply(t);
      T existing = out.get(key);
      if (existing == null) {
        out.put(key, t);
      } else if (!existing.equals(t)) {
        switch (rule) {
          case OVERLAY_WINS:
            out.put(key, t);
            break;
          case BASE_WINS:
            break;
          default:
            conflicts.add(new Violation(kind, key, "", null, "is defined differently in the two landscapes"));
        }
      }
    }
    return new ArrayList<>(out.values());
  }

  List<Violation> conflicts() {
    return conflicts;
  }
}
