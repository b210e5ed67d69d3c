package dev.sovai.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.Site;

/**
 * A document read over a base landscape (such as {@link ReferenceData#load()}): the landscape it makes merged over
 * the base, and the entities the document itself declares. The document alone need not be a valid landscape (it may
 * refer to entities of the base), so its own entities are kept as lists, each sorted as a landscape sorts them;
 * {@link LandscapeWriter#writeToString(LandscapeOverlay)} writes them as a canonical document, the document's own
 * text in canonical form.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class LandscapeOverlay {
  private final Landscape merged;
  private final LocalDate asOf;
  private final List<Jurisdiction> jurisdictions;
  private final List<Operator> operators;
  private final List<Accelerator> accelerators;
  private final List<Site> sites;
  private final List<Deal> deals;
  private final List<Source> sources;

  private LandscapeOverlay(Landscape merged, LocalDate asOf, Map<EntityKind, Set<String>> declared) {
    this.merged = merged;
    this.asOf = asOf;
    this.jurisdictions = own(merged.jurisdictions(), declared.get(EntityKind.JURISDICTION), Jurisdiction::code);
    this.operators = own(merged.operators(), declared.get(EntityKind.OPERATOR), Operator::id);
    this.accelerators = own(merged.accelerators(), declared.get(EntityKind.ACCELERATOR), Accelerator::id);
    this.sites = own(merged.sites(), declared.get(EntityKind.SITE), Site::id);
    this.deals = own(merged.deals(), declared.get(EntityKind.DEAL), Deal::id);
    this.sources = own(merged.sources(), declared.get(EntityKind.SOURCE), Source::id);
  }

  private static <T> List<T> own(List<T> all, Set<String> ids, Function<T, String> id) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    List<T> out = null; // stays null while every entity is the document's own: then the list is the merged one
    for (int i = 0; i < all.size(); i++) {
      T t = all.get(i);
      if (!ids.contains(id.apply(t))) {
        if (out == null) {
          out = new ArrayList<>(all.subList(0, i));
        }
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? all : Collections.unmodifiableList(out);
  }

  /**
   * Obtains an overlay from a merged landscape and what the document declares.
   *
   * @param merged  the document merged over its base, not null
   * @param asOf  the document's own date, not null
   * @param declared  the identifiers (codes for jurisdictions) the document declares, by kind, not null; those not
   *     in {@code merged} are ignored
   * @return the overlay, not null
   */
  public static LandscapeOverlay of(Landscape merged, LocalDate asOf, Map<EntityKind, ? extends Set<String>> declared) {
    Objects.requireNonNull(merged, "merged");
    Objects.requireNonNull(asOf, "asOf");
    Map<EntityKind, Set<String>> sets = new EnumMap<>(EntityKind.class);
    // only read while the overlay is built, never kept: no copy (a copy of a large document's identifiers is large)
    declared.forEach((k, v) -> sets.put(k, Objects.requireNonNull(v, "declared set")));
    return new LandscapeOverlay(merged, asOf, sets);
  }

  /** @return the document merged over the base, validated as a whole, not null */
  public Landscape merged() {
    return merged;
  }

  /** @return the document's own as-of date, not null */
  public LocalDate asOf() {
    return asOf;
  }

  /** @return the jurisdictions the document declares, sorted by code, not null */
  public List<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }

  /** @return the operators the document declares, sorted by identifier, not null */
  public List<Operator> operators() {
    return operators;
  }

  /** @return the accelerators the document declares, sorted by identifier, not null */
  public List<Accelerator> accelerators() {
    return accelerators;
  }

  /** @return the sites the document declares, sorted by identifier, not null */
  public List<Site> sites() {
    return sites;
  }

  /** @return the deals the document declares, sorted by identifier, not null */
  public List<Deal> deals() {
    return deals;
  }

  /** @return the sources the document declares, sorted by identifier, not null */
  public List<Source> sources() {
    return sources;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LandscapeOverlay)) {
      return false;
    }
    LandscapeOverlay x = (LandscapeOverlay) o;
    return merged.equals(x.merged) && asOf.equals(x.asOf) && jurisdictions.equals(x.jurisdictions)
        && operators.equals(x.operators) && accelerators.equals(x.accelerators) && sites.equals(x.sites)
        && deals.equals(x.deals) && sources.equals(x.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(merged, asOf, jurisdictions, operators, accelerators, sites, deals, sources);
  }

  @Override
  public String toString() {
    return "LandscapeOverlay[" + jurisdictions.size() + " jurisdictions, " + operators.size() + " operators, "
        + accelerators.size() + " accelerators, " + sites.size() + " sites, " + deals.size() + " deals, "
        + sources.size() + " sources over a landscape of " + merged.operators().size() + " operators and "
        + merged.sites().size() + " sites]";
  }
}
