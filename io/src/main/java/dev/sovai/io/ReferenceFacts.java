package dev.sovai.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;

/**
 * Which facts of an output came from the bundled reference data ({@link ReferenceData}): the operators, laws, grid
 * profiles and accelerators that the findings name in their chains and that the scored landscape holds exactly as
 * the reference data defines them (an entity your document redefines is yours, not the reference data's).
 *
 * <p>A finding rests on reference data when it cites a reference source ({@link #citesReference(Finding)}): source
 * identifiers starting with {@value #SOURCE_PREFIX} are reserved for the reference data.
 *
 * @param asOf  the reference data's date, not null
 * @param operators  identifiers of the operators, sorted, not null
 * @param laws  law keys ({@code "US/us-cloud-act"}), sorted, not null
 * @param grids  grid profile years by jurisdiction code, sorted by code, not null
 * @param accelerators  identifiers of the accelerators, sorted, not null
 */
public record ReferenceFacts(LocalDate asOf, SortedSet<String> operators, SortedSet<String> laws,
    SortedMap<String, Integer> grids, SortedSet<String> accelerators) {
  /** The prefix of the source identifiers reserved for the bundled reference data. */
  public static final String SOURCE_PREFIX = "ref-";

  /** Validates and copies. */
  public ReferenceFacts {
    Objects.requireNonNull(asOf, "asOf");
    operators = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(operators));
    laws = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(laws));
    grids = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(grids));
    accelerators = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(accelerators));
  }

  /**
   * The reference facts that some assessments rely on.
   *
   * @param landscape  the landscape the assessments were computed from, not null
   * @param assessments  the assessments, not null
   * @return the facts named by their findings and held in the landscape exactly as in the reference data, not null
   */
  public static ReferenceFacts of(Landscape landscape, Collection<Assessment> assessments) {
    Landscape ref = ReferenceData.load();
    SortedSet<String> operators = new TreeSet<>();
    SortedSet<String> laws = new TreeSet<>();
    SortedMap<String, Integer> grids = new TreeMap<>();
    SortedSet<String> accelerators = new TreeSet<>();
    for (Assessment a : assessments) {
      for (Finding f : a.findings()) {
        for (EntityRef r : f.chain()) {
          String id = r.id();
          switch (r.kind()) {
            case OPERATOR -> {
              if (same(landscape.operator(id), ref.operator(id))) {
                operators.add(id);
              }
            }
            case ACCELERATOR -> {
              if (same(landscape.accelerator(id), ref.accelerator(id))) {
                accelerators.add(id);
              }
            }
            case LAW -> {
              if (same(law(landscape, id), law(ref, id))) {
                laws.add(id);
              }
            }
            case JURISDICTION -> {
              Optional<GridProfile> grid = landscape.jurisdiction(id).flatMap(Jurisdiction::grid);
              if (r.relation().equals("grid of") && same(grid, ref.jurisdiction(id).flatMap(Jurisdiction::grid))) {
                grids.put(id, grid.orElseThrow().year());
              }
            }
            default -> { }
          }
        }
      }
    }
    return new ReferenceFacts(ref.asOf(), operators, laws, grids, accelerators);
  }

  private static <T> boolean same(Optional<T> mine, Optional<T> reference) {
    return mine.isPresent() && mine.equals(reference);
  }

  private static Optional<ExtraterritorialLaw> law(Landscape l, String key) {
    int slash = key.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    return l.jurisdiction(key.substring(0, slash))
        .flatMap(j -> j.laws().stream().filter(x -> x.id().equals(key.substring(slash + 1))).findFirst());
  }

  /**
   * Whether a finding cites a source of the bundled reference data.
   *
   * @param f  the finding, not null
   * @return true if one of its sources starts with {@value #SOURCE_PREFIX}
   */
  public static boolean citesReference(Finding f) {
    return f.sources().stream().anyMatch(s -> s.startsWith(SOURCE_PREFIX));
  }

  /** @return the number of facts: operators, laws, grid profiles and accelerators together */
  public int count() {
    return operators.size() + laws.size() + grids.size() + accelerators.size();
  }

  /**
   * The summary line: {@code "12 facts from bundled reference data (dated 2026-07-05): operators 5 (a, b, …), laws 2
   * (…), grids 3 (FR 2024, …), accelerators 2 (…)"}; kinds without facts are left out.
   *
   * @return the line, not null
   */
  public String summary() {
    StringBuilder b = new StringBuilder().append(count()).append(count() == 1 ? " fact" : " facts")
        .append(" from bundled reference data (dated ").append(asOf).append(")");
    String parts = List.of(part("operators", operators, Function.identity()), part("laws", laws, Function.identity()),
        part("grids", grids.entrySet(), (Map.Entry<String, Integer> e) -> e.getKey() + " " + e.getValue()),
        part("accelerators", accelerators, Function.identity())).stream().filter(s -> !s.isEmpty())
        .collect(Collectors.joining(", "));
    return b.append(parts.isEmpty() ? "" : ": " + parts).toString();
  }

  private static <T> String part(String name, Collection<T> items, Function<T, String> text) {
    return items.isEmpty() ? "" : name.toLowerCase(Locale.ROOT) + " " + items.size() + " ("
        + items.stream().map(text).collect(Collectors.joining(", ")) + ")";
  }
}
