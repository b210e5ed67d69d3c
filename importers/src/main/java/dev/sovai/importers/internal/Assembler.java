package dev.sovai.importers.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.sovai.model.Cited;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.Site;

/**
 * Names organisations as a dataset writes them and assembles imported sites into a landscape that is valid on its
 * own: every operator a site names (operator, owners, tenants) becomes an operator of kind {@code other} unless the
 * catalogue has one with that identifier, and the catalogue's accelerators, vendors (with the holders of their
 * stakes) and sources the sites use are copied in.
 */
public final class Assembler {
  private final Landscape catalogue;
  private final Source dataset;
  private final String operatorNote;
  /** Name as written → identifier (one shared string per name). */
  private final Map<String, String> ids = new HashMap<>();
  /** Identifier → the name as first written. */
  private final Map<String, String> names = new HashMap<>();
  /** One string per identifier, shared by every site that names it. */
  private final Map<String, String> idStrings = new HashMap<>();

  /**
   * @param catalogue  the landscape whose operators, accelerators and sources are reused, not null
   * @param dataset  the dataset's own source, cited by every operator it names, not null
   * @param operatorNote  the note of every operator made from a name ("Owner as named in …"), not null
   */
  public Assembler(Landscape catalogue, Source dataset, String operatorNote) {
    this.catalogue = catalogue;
    this.dataset = dataset;
    this.operatorNote = operatorNote;
  }

  /**
   * The identifier of an organisation named by the dataset: the slug of its name, or {@code owner-} and a digest
   * for a name without a Latin letter or digit.
   *
   * @param written  the name as the dataset writes it, not null
   * @return the identifier, or empty when the name is blank
   */
  public Optional<String> operatorId(String written) {
    String id = ids.get(written);
    if (id == null) {
      String name = Cells.name(written);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      String slug = Slug.of(name);
      String fresh = slug.isEmpty() ? "owner-" + Slug.digest(name) : slug;
      names.putIfAbsent(fresh, name);
      id = idStrings.computeIfAbsent(fresh, k -> k);
      ids.put(written, id);
    }
    return Optional.of(id);
  }

  /**
   * Builds the landscape.
   *
   * @param asOf  the landscape's date, not null
   * @param sites  the sites, not null
   * @param rowSources  sources the sites cite that are neither the dataset nor the catalogue's, by identifier, not null
   * @return the landscape, not null
   * @throws dev.sovai.model.landscape.InvalidLandscapeException if the result breaks a rule of the model
   */
  public Landscape build(LocalDate asOf, List<Site> sites, Map<String, Source> rowSources) {
    Map<String, Operator> operators = new TreeMap<>();
    Map<String, Accelerator> accelerators = new TreeMap<>();
    Map<String, Source> sources = new TreeMap<>();
    Deque<String> fromCatalogue = new ArrayDeque<>();
    sources.put(dataset.id(), dataset);
    for (Site s : sites) {
      named(s, operators, fromCatalogue);
      for (String id : s.sources()) {
        Source src = rowSources.get(id);
        if (src != null) {
          sources.putIfAbsent(id, src);
        } else if (!sources.containsKey(id)) {
          catalogue.source(id).ifPresent(c -> sources.put(id, c));
        }
      }
      List<String> chips = new ArrayList<>();
      s.fleet().forEach(lot -> lot.accelerator().ifPresent(chips::add));
      s.linpack().flatMap(LinpackMeasurement::accelerator).ifPresent(chips::add);
      for (String a : chips) {
        if (!accelerators.containsKey(a)) {
          Accelerator acc = catalogue.accelerator(a).orElseThrow();
          accelerators.put(a, acc);
          cite(acc, sources);
          fromCatalogue.add(acc.vendor());
        }
      }
    }
    while (!fromCatalogue.isEmpty()) {
      String id = fromCatalogue.pop();
      if (operators.containsKey(id)) {
        continue;
      }
      Operator o = catalogue.operator(id).orElseThrow();
      operators.put(id, o);
      cite(o, sources);
      for (Stake st : o.stakes()) {
        cite(st, sources);
        fromCatalogue.add(st.holder());
      }
      o.stateLinks().forEach(l -> cite(l, sources));
      o.certifications().forEach(c -> cite(c, sources));
      o.csfDeclarations().forEach(d -> cite(d, sources));
    }
    return Landscape.builder().asOf(asOf).sites(sites).operators(operators.values())
        .accelerators(accelerators.values()).sources(sources.values()).build();
  }

  private void named(Site s, Map<String, Operator> operators, Deque<String> fromCatalogue) {
    Collection<String> all = new ArrayList<>(s.owners());
    s.operator().ifPresent(all::add);
    s.accessGateway().ifPresent(all::add);
    all.addAll(s.tenants());
    for (String o : all) {
      if (operators.containsKey(o)) {
        continue;
      }
      if (catalogue.operator(o).isPresent()) {
        fromCatalogue.add(o);
      } else {
        operators.put(o, Operator.builder().id(o).name(names.getOrDefault(o, o)).kind(OperatorKind.OTHER)
            .notes(operatorNote).addSources(dataset.id()).build());
      }
    }
  }

  private void cite(Cited cited, Map<String, Source> into) {
    for (String id : cited.sources()) {
      if (!into.containsKey(id)) {
        catalogue.source(id).ifPresent(s -> into.put(id, s));
      }
    }
  }
}
