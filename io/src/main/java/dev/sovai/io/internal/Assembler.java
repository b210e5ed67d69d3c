package dev.sovai.io.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.sovai.io.LandscapeOverlay;
import dev.sovai.io.Problem;
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
  /** Entities that could be built but repeat an identifier: left out of the landscape, their references still checked. */
  private final List<Duplicate> duplicates = new ArrayList<>();

  /** An entity left out because its identifier was already taken, and where it is. */
  private static final class Duplicate {
    final EntityKind kind;
    final String member;
    final int index;
    final Object entity;

    Duplicate(EntityKind kind, String member, int index, Object entity) {
      this.kind = kind;
      this.member = member;
      this.index = index;
      this.entity = entity;
    }
  }

  /**
   * @param document  the document read
   * @param cursor  the cursor that read it, which receives the problems
   */
  public Assembler(Document document, Cursor cursor) {
    this.d = document;
    this.c = cursor;
  }

  /**
   * Reads a landscape document from a cursor and builds it. Every problem that can be found in one read is
   * recorded: the problems of each entity, then the whole-landscape rules (unique identifiers, references that
   * resolve, deal effects that apply) over every entity that could be built, with references to entities that exist
   * but could not be built counted as resolved. The problems are then put in document order (by the top-level entity
   * they belong to; within one entity, in the order found).
   *
   * @param c  the cursor on the document's first token
   * @param base  the landscape to merge the document over, or null
   * @return the landscape, or null after recording problems
   * @throws java.io.IOException on a parse error
   */
  public static Landscape read(Cursor c, Landscape base) throws java.io.IOException {
    Document d = new LandscapeDecoder(c).document();
    return new Assembler(d, c).assemble(base);
  }

  /**
   * Reads a landscape document from a cursor and builds it over a base, keeping what the document declares.
   *
   * @param c  the cursor on the document's first token
   * @param base  the landscape to merge the document over, not null
   * @return the document's own entities and the merged landscape, or null after recording problems
   * @throws java.io.IOException on a parse error
   */
  public static LandscapeOverlay readOver(Cursor c, Landscape base) throws java.io.IOException {
    Assembler a = new Assembler(new LandscapeDecoder(c).document(), c);
    Landscape merged = a.assemble(base);
    if (merged == null) {
      return null;
    }
    Map<EntityKind, java.util.Set<String>> declared = a.declared();
    a = null; // the document's entity lists may go before the overlay is built (they are as large as the landscape)
    return LandscapeOverlay.of(merged, merged.asOf(), declared);
  }

  /**
   * @return the identifiers the document declares, by kind (of a document that read without problems): identifiers
   *     written in increasing order are searched in their list, not copied into a hash set
   */
  private Map<EntityKind, java.util.Set<String>> declared() {
    Map<EntityKind, java.util.Set<String>> declared = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      kind.listName().ifPresent(member -> {
        List<String> ids = d.ids.getOrDefault(member, List.of());
        declared.put(kind, d.increasing(member) ? new SortedIds(ids) : new java.util.HashSet<>(ids));
      });
    }
    return declared;
  }

  /** Identifiers in strictly increasing order, as a set (searched, not hashed). */
  private static final class SortedIds extends java.util.AbstractSet<String> {
    private final List<String> ids;

    SortedIds(List<String> ids) {
      this.ids = ids;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof String && java.util.Collections.binarySearch(ids, (String) o) >= 0;
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Collections.unmodifiableList(ids).iterator();
    }

    @Override
    public int size() {
      return ids.size();
    }
  }

  /**
   * Builds the landscape.
   *
   * @param base  the landscape to merge the document over ({@code OVERLAY_WINS}), or null
   * @return the landscape, or null after recording problems in the cursor
   */
  public Landscape assemble(Landscape base) {
    int mark = c.mark();
    try {
      return build(base);
    } finally {
      inDocumentOrder(mark);
    }
  }

  private Landscape build(Landscape base) {
    Landscape b = base == null ? Landscape.empty(LocalDate.of(2000, 1, 1)) : base;
    List<Jurisdiction> jurisdictions = over(EntityKind.JURISDICTION, "jurisdictions", b.jurisdictions(), d.jurisdictions, Jurisdiction::code, "code");
    List<Operator> operators = over(EntityKind.OPERATOR, "operators", b.operators(), d.operators, Operator::id, "id");
    List<Accelerator> accelerators = over(EntityKind.ACCELERATOR, "accelerators", b.accelerators(), d.accelerators, Accelerator::id, "id");
    List<Site> sites = over(EntityKind.SITE, "sites", b.sites(), d.sites, Site::id, "id");
    List<Deal> deals = over(EntityKind.DEAL, "deals", b.deals(), d.deals, Deal::id, "id");
    List<Source> sources = over(EntityKind.SOURCE, "sources", b.sources(), d.sources, Source::id, "id");
    if (c.problems().isEmpty() && d.asOf != null) {
      Landscape l;
      try {
        l = Landscape.builder().asOf(d.asOf).jurisdictions(jurisdictions).operators(operators)
            .accelerators(accelerators).sites(sites).deals(deals).sources(sources).build();
      } catch (InvalidLandscapeException e) {
        e.violations().forEach(this::violation);
        return null;
      }
      List<Violation> unappliable = l.dealViolations();
      unappliable.forEach(this::violation);
      return unappliable.isEmpty() ? l : null;
    }
    Map<EntityKind, List<String>> unreadable = new EnumMap<>(EntityKind.class);
    unreadable.put(EntityKind.JURISDICTION, unreadable("jurisdictions", d.jurisdictions));
    unreadable.put(EntityKind.OPERATOR, unreadable("operators", d.operators));
    unreadable.put(EntityKind.ACCELERATOR, unreadable("accelerators", d.accelerators));
    unreadable.put(EntityKind.SITE, unreadable("sites", d.sites));
    unreadable.put(EntityKind.DEAL, unreadable("deals", d.deals));
    unreadable.put(EntityKind.SOURCE, unreadable("sources", d.sources));
    Landscape.violations(jurisdictions, operators, accelerators, sites, deals, sources, unreadable)
        .forEach(this::violation);
    Map<EntityKind, java.util.Set<String>> known = new EnumMap<>(EntityKind.class);
    known.put(EntityKind.OPERATOR, ids(operators, Operator::id, unreadable.get(EntityKind.OPERATOR)));
    known.put(EntityKind.ACCELERATOR, ids(accelerators, Accelerator::id, unreadable.get(EntityKind.ACCELERATOR)));
    known.put(EntityKind.SITE, ids(sites, Site::id, unreadable.get(EntityKind.SITE)));
    known.put(EntityKind.SOURCE, ids(sources, Source::id, unreadable.get(EntityKind.SOURCE)));
    unbuiltReferences(known);
    duplicateReferences(known);
    return null;
  }

  /** Checks the references of the entities left out for a repeated identifier, at their own places. */
  private void duplicateReferences(Map<EntityKind, java.util.Set<String>> known) {
    Map<EntityKind, List<String>> all = new EnumMap<>(EntityKind.class);
    known.forEach((k, v) -> all.put(k, new ArrayList<>(v)));
    for (Duplicate dup : duplicates) {
      List<Violation> vs = Landscape.violations(
          only(dup, EntityKind.JURISDICTION, Jurisdiction.class), only(dup, EntityKind.OPERATOR, Operator.class),
          only(dup, EntityKind.ACCELERATOR, Accelerator.class), only(dup, EntityKind.SITE, Site.class),
          only(dup, EntityKind.DEAL, Deal.class), only(dup, EntityKind.SOURCE, Source.class), all);
      Starts s = d.starts.get(dup.member);
      for (Violation v : vs) {
        c.problemNear("/" + dup.member + "/" + dup.index + (v.field().isEmpty() ? "" : "/" + v.field()),
            s.line(dup.index), s.column(dup.index), message(v));
      }
    }
  }

  private static <T> List<T> only(Duplicate dup, EntityKind kind, Class<T> type) {
    return dup.kind == kind ? List.of(type.cast(dup.entity)) : List.of();
  }

  private static String message(Violation v) {
    return label(v.field()) + " " + v.problem() + ", was " + ModelException.describe(v.value());
  }

  private static <T> java.util.Set<String> ids(List<T> entities, Function<T, String> id, List<String> more) {
    java.util.Set<String> out = new java.util.HashSet<>(more);
    for (T t : entities) {
      out.add(id.apply(t));
    }
    return out;
  }

  /**
   * Checks the references of the entities that could not be built (their own problems are reported; a reference of
   * theirs that names nothing is one more).
   */
  private void unbuiltReferences(Map<EntityKind, java.util.Set<String>> known) {
    d.unbuiltReferences.forEach((member, byIndex) -> byIndex.forEach((index, refs) -> {
      Starts s = d.starts.get(member);
      for (LandscapeDecoder.Reference r : refs) {
        java.util.Set<String> ids = known.get(r.kind);
        if (ids != null && !ids.contains(r.id)) {
          String pointer = r.pointer;
          c.problemNear(pointer, s.line(index), s.column(index), label(pointer.substring(pointer.indexOf('/', 1) + 1))
              + " must name " + what(r.kind) + " of the landscape, was " + ModelException.describe(r.id));
        }
      }
    }));
  }

  private static String what(EntityKind kind) {
    switch (kind) {
      case OPERATOR:
        return "an operator";
      case ACCELERATOR:
        return "an accelerator";
      case SITE:
        return "a site";
      default:
        return "a source";
    }
  }

  /** @return the identifiers written for the entities of a member that could not be built */
  private List<String> unreadable(String member, List<?> entities) {
    List<String> ids = d.ids.getOrDefault(member, List.of());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < entities.size() && i < ids.size(); i++) {
      if (entities.get(i) == null && ids.get(i) != null) {
        out.add(ids.get(i));
      }
    }
    return out;
  }

  /**
   * The base's entities with the document's over them, the document's in document order. An identifier written
   * twice in the document (by entities that could be built or not) is a problem at every occurrence after the first;
   * only the first is kept.
   */
  private <T> List<T> over(EntityKind kind, String member, List<T> base, List<T> doc, Function<T, String> id,
      String idName) {
    List<String> ids = d.ids.getOrDefault(member, List.of());
    // identifiers in strictly increasing order (as the writer writes them) cannot repeat: no set of them is needed
    java.util.Set<String> seen = d.increasing(member) ? null : new java.util.HashSet<>();
    List<T> kept = new ArrayList<>(doc.size());
    for (int i = 0; i < doc.size(); i++) {
      T t = doc.get(i);
      String key = t != null ? id.apply(t) : i < ids.size() ? ids.get(i) : null;
      if (key != null && seen != null && !seen.add(key)) {
        Starts s = d.starts.get(member);
        c.problemNear("/" + member + "/" + i + "/" + idName, s.line(i), s.column(i),
            idName + " must be unique among " + member + ", was " + ModelException.describe(key));
        if (t != null) {
          duplicates.add(new Duplicate(kind, member, i, t));
        }
      } else if (t != null) {
        kept.add(t);
      }
    }
    if (base.isEmpty()) {
      return kept;
    }
    Map<String, T> out = new LinkedHashMap<>();
    for (T t : base) {
      out.put(id.apply(t), t);
    }
    for (T t : kept) {
      out.put(id.apply(t), t);
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Puts the problems recorded since {@code mark} and those before it in document order: by where the top-level
   * entity they belong to starts (or where they are, outside entities); problems without a place last. The sort is
   * stable, so the problems of one entity keep the order they were found in.
   */
  private void inDocumentOrder(int mark) {
    List<Problem> all = c.problems();
    if (mark == all.size()) {
      return;
    }
    List<Problem> sorted = new ArrayList<>(all);
    sorted.sort(java.util.Comparator.comparingLong(this::place));
    all.clear();
    all.addAll(sorted);
  }

  private long place(Problem p) {
    String ptr = p.pointer();
    int slash = ptr.indexOf('/', 1);
    if (slash > 0) {
      Starts s = d.starts.get(ptr.substring(1, slash));
      if (s != null) {
        int end = ptr.indexOf('/', slash + 1);
        try {
          int i = Integer.parseInt(end < 0 ? ptr.substring(slash + 1) : ptr.substring(slash + 1, end));
          if (s.line(i) > 0) {
            return ((long) s.line(i) << 32) | s.column(i);
          }
        } catch (NumberFormatException e) {
          // not an entity of the list: fall through to the problem's own place
        }
      }
    }
    return p.line() > 0 ? ((long) p.line() << 32) | p.column() : Long.MAX_VALUE;
  }

  private void violation(Violation v) {
    String member = v.kind().listName().orElse(null);
    String field = v.field();
    int index = -1;
    if (member != null) {
      List<Integer> at = index(v.kind()).get(v.id());
      if (at != null) {
        index = at.get(0);
      }
    }
    String message = message(v);
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
        if (list.get(i) != null) {
          m.computeIfAbsent(key(list.get(i)), x -> new ArrayList<>(1)).add(i);
        }
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
}
