package dev.sovai.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.sovai.io.internal.LandscapeDecoder.Document;
import dev.sovai.io.internal.LandscapeDecoder.Starts;
import dev.sovai.model.ModelException;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.InvalidLandscapeException;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.landscape.Violation;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.Site;

/**
 * Builds the landscape of a document that read without problems, alone or merged over a base landscape, and maps
 * every whole-landscape violation back to the JSON Pointer of the entity (and field) in the input.
 */
public final class Assembler {
  private final Document d;
  private final Cursor c;
  private final Map<EntityKind, Map<String, List<Integer>>> indices = new HashMap<>();
  private final Map<String, Integer> uniqueSeen = new HashMap<>();

  /**
   * @param document  the document read
   * @param cursor  the cursor that read it, which receives the problems
   */
  public Assembler(Document document, Cursor cursor) {
    this.d = document;
    this.c = cursor;
  }

  /**
   * Reads a landscape document from a cursor and builds it.
   *
   * @param c  the cursor on the document's first token
   * @param base  the landscape to merge the document over, or null
   * @return the landscape, or null after recording problems
   * @throws java.io.IOException on a parse error
   */
  public static Landscape read(Cursor c, Landscape base) throws java.io.IOException {
    Document d = new LandscapeDecoder(c).document();
    if (!c.problems().isEmpty()) {
      return null;
    }
    return new Assembler(d, c).assemble(base);
  }

  /**
   * Builds the landscape.
   *
   * @param base  the landscape to merge the document over ({@code OVERLAY_WINS}), or null
   * @return the landscape, or null after recording problems in the cursor
   */
  public Landscape assemble(Landscape base) {
    Landscape.Builder b = Landscape.builder();
    if (base == null) {
      b.asOf(d.asOf).jurisdictions(d.jurisdictions).operators(d.operators).accelerators(d.accelerators)
          .sites(d.sites).deals(d.deals).sources(d.sources);
    } else {
      b.asOf(base.asOf().isAfter(d.asOf) ? base.asOf() : d.asOf)
          .jurisdictions(over("jurisdictions", base.jurisdictions(), d.jurisdictions, Jurisdiction::code, "code"))
          .operators(over("operators", base.operators(), d.operators, Operator::id, "id"))
          .accelerators(over("accelerators", base.accelerators(), d.accelerators, Accelerator::id, "id"))
          .sites(over("sites", base.sites(), d.sites, Site::id, "id"))
          .deals(over("deals", base.deals(), d.deals, Deal::id, "id"))
          .sources(over("sources", base.sources(), d.sources, Source::id, "id"));
      if (!c.problems().isEmpty()) {
        return null;
      }
    }
    try {
      return b.build();
    } catch (InvalidLandscapeException e) {
      for (Violation v : e.violations()) {
        violation(v);
      }
      return null;
    }
  }

  private <T> List<T> over(String member, List<T> base, List<T> doc, Function<T, String> id, String idName) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T t : base) {
      out.put(id.apply(t), t);
    }
    Map<String, Integer> fromDoc = new HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      String key = id.apply(doc.get(i));
      Integer first = fromDoc.putIfAbsent(key, i);
      if (first != null) {
        Starts s = d.starts.get(member);
        c.problemNear("/" + member + "/" + i + "/" + idName, s.line(i), s.column(i),
            idName + " must be unique among " + member + ", was " + ModelException.describe(key)
                + " (also at /" + member + "/" + first + ")");
      } else {
        out.put(key, doc.get(i));
      }
    }
    return new ArrayList<>(out.values());
  }

  private void violation(Violation v) {
    String member = member(v.kind());
    String field = v.field();
    int index = -1;
    if (member != null) {
      List<Integer> at = index(v.kind()).get(v.id());
      if (at != null) {
        if (field.equals("id") || field.equals("code")) {
          // a duplicate identifier: the k-th report is about the (k+1)-th occurrence
          int k = uniqueSeen.merge(v.kind() + "/" + v.id(), 1, Integer::sum);
          index = at.get(Math.min(k, at.size() - 1));
        } else {
          index = at.get(0);
        }
      }
    }
    String message = label(field) + " " + v.problem() + ", was " + ModelException.describe(v.value());
    if (index < 0) {
      c.problemAt("", 0, 0, "in the base landscape, " + v);
      return;
    }
    if (v.kind() == EntityKind.OPERATOR && field.startsWith("stakes/")) {
      field = restake(d.operators.get(index), field);
    }
    Starts s = d.starts.get(member);
    c.problemNear("/" + member + "/" + index + (field.isEmpty() ? "" : "/" + field), s.line(index), s.column(index),
        message);
  }

  private String restake(Operator op, String field) {
    List<String> docOrder = d.stakeOrder.get(op.id());
    if (docOrder == null) {
      return field;
    }
    int slash = field.indexOf('/', "stakes/".length());
    String n = slash < 0 ? field.substring(7) : field.substring(7, slash);
    try {
      int modelIndex = Integer.parseInt(n);
      int docIndex = docOrder.indexOf(op.stakes().get(modelIndex).holder());
      return "stakes/" + docIndex + (slash < 0 ? "" : field.substring(slash));
    } catch (RuntimeException e) {
      return field;
    }
  }

  private static String label(String field) {
    if (field.isEmpty()) {
      return "the entity";
    }
    String[] parts = field.split("/");
    String last = parts[parts.length - 1];
    if (!last.isEmpty() && Character.isDigit(last.charAt(0)) && parts.length > 1) {
      return parts[parts.length - 2] + "[" + last + "]";
    }
    return last;
  }

  private Map<String, List<Integer>> index(EntityKind kind) {
    return indices.computeIfAbsent(kind, k -> {
      Map<String, List<Integer>> m = new HashMap<>();
      List<?> list = list(k);
      for (int i = 0; i < list.size(); i++) {
        m.computeIfAbsent(key(list.get(i)), x -> new ArrayList<>(1)).add(i);
      }
      return m;
    });
  }

  private List<?> list(EntityKind kind) {
    switch (kind) {
      case JURISDICTION:
        return d.jurisdictions;
      case OPERATOR:
        return d.operators;
      case ACCELERATOR:
        return d.accelerators;
      case SITE:
        return d.sites;
      case DEAL:
        return d.deals;
      case SOURCE:
        return d.sources;
      default:
        return List.of();
    }
  }

  private static String key(Object o) {
    if (o instanceof Jurisdiction) {
      return ((Jurisdiction) o).code();
    }
    if (o instanceof Operator) {
      return ((Operator) o).id();
    }
    if (o instanceof Accelerator) {
      return ((Accelerator) o).id();
    }
    if (o instanceof Site) {
      return ((Site) o).id();
    }
    if (o instanceof Deal) {
      return ((Deal) o).id();
    }
    return ((Source) o).id();
  }

  private static String member(EntityKind kind) {
    switch (kind) {
      case JURISDICTION:
        return "jurisdictions";
      case OPERATOR:
        return "operators";
      case ACCELERATOR:
        return "accelerators";
      case SITE:
        return "sites";
      case DEAL:
        return "deals";
      case SOURCE:
        return "sources";
      default:
        return null;
    }
  }
}
