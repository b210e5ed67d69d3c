package dev.sovai.model.landscape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.immutables.value.Value;

import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.Site;
import dev.sovai.model.internal.Require;

/**
 * The aggregate root: jurisdictions, operators, accelerators, sites, deals and sources, as of a date.
 *
 * <p><b>Validation.</b> Building a landscape checks that identifiers are unique per kind and that every
 * reference resolves (stake holders, site operators, owners, gateways and tenants, fleet accelerators,
 * accelerator vendors, deal parties, sites and effects, cited sources), and throws one
 * {@link InvalidLandscapeException} listing <em>all</em> violations. Element rules (slugs, ISO codes, shares,
 * stake sums ≤ 1 on capital and votes, date order) are enforced by each element. Ownership cycles are valid.
 *
 * <p><b>Jurisdictions</b> are referred to by ISO code and need not be declared: a code must be valid, and the
 * facts about it (blocs, laws, grid) come from the declared {@link Jurisdiction} if any. A subdivision
 * ({@code US-TX}) falls back to its country for facts it does not declare itself ({@link #blocsOf(String)},
 * {@link #gridOf(String)}). Merging a landscape over the bundled reference data supplies those facts.
 *
 * <p><b>Order.</b> Every entity list is kept sorted by identifier (jurisdictions by code), so two landscapes
 * with the same entities are equal whatever order they were added in, and serialise identically.
 *
 * <p>The class is long (over 600 lines) because it is the aggregate root: its lists, the indexes built over them and
 * the look-ups and navigation that read those indexes are one thing; checking lives in {@code Integrity} and merging
 * in {@code Merge}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Landscape {
  Landscape() {}

  /** @return the date the landscape describes, not null, in the years 0001 to 9999 */
  public abstract LocalDate asOf();

  /** @return declared jurisdictions, sorted by code */
  public abstract List<Jurisdiction> jurisdictions();

  /** @return operators, sorted by identifier */
  public abstract List<Operator> operators();

  /** @return the accelerator catalogue, sorted by identifier */
  public abstract List<Accelerator> accelerators();

  /** @return sites, sorted by identifier */
  public abstract List<Site> sites();

  /** @return deals, sorted by identifier */
  public abstract List<Deal> deals();

  /** @return sources, sorted by identifier */
  public abstract List<Source> sources();

  /**
   * Obtains an empty landscape.
   *
   * @param asOf  the date, not null
   * @return a landscape with no entities, not null
   */
  public static Landscape empty(LocalDate asOf) {
    return builder().asOf(asOf).build();
  }

  /** @return a new builder, not null */
  public static Builder builder() {
    return new Builder();
  }

  // -----------------------------------------------------------------------------------------------------------
  // look-ups

  @Value.Lazy
  Map<String, Jurisdiction> jurisdictionIndex() {
    return index(jurisdictions(), Jurisdiction::code);
  }

  @Value.Lazy
  Map<String, Operator> operatorIndex() {
    return index(operators(), Operator::id);
  }

  @Value.Lazy
  Map<String, Accelerator> acceleratorIndex() {
    return index(accelerators(), Accelerator::id);
  }

  @Value.Lazy
  Map<String, Site> siteIndex() {
    return index(sites(), Site::id);
  }

  @Value.Lazy
  Map<String, Deal> dealIndex() {
    return index(deals(), Deal::id);
  }

  @Value.Lazy
  Map<String, Source> sourceIndex() {
    return index(sources(), Source::id);
  }

  @Value.Lazy
  Map<String, List<Holding>> holdingIndex() {
    Map<String, List<Holding>> m = new HashMap<>();
    for (Operator o : operators()) {
      for (Stake s : o.stakes()) {
        m.computeIfAbsent(s.holder(), k -> new ArrayList<>()).add(new Holding(o.id(), s));
      }
    }
    return freeze(m);
  }

  @Value.Lazy
  Map<String, List<Site>> operatedIndex() {
    Map<String, List<Site>> m = new HashMap<>();
    for (Site s : sites()) {
      s.operator().ifPresent(o -> m.computeIfAbsent(o, k -> new ArrayList<>()).add(s));
    }
    return freeze(m);
  }

  @Value.Lazy
  Map<String, List<Site>> ownedIndex() {
    Map<String, List<Site>> m = new HashMap<>();
    for (Site s : sites()) {
      for (String o : s.effectiveOwners()) {
        m.computeIfAbsent(o, k -> new ArrayList<>()).add(s);
      }
    }
    return freeze(m);
  }

  @Value.Lazy
  Map<String, List<Site>> gatedIndex() {
    Map<String, List<Site>> m = new HashMap<>();
    for (Site s : sites()) {
      s.accessGateway().ifPresent(o -> m.computeIfAbsent(o, k -> new ArrayList<>()).add(s));
    }
    return freeze(m);
  }

  @Value.Lazy
  Map<String, List<Deal>> siteDealIndex() {
    Map<String, List<Deal>> m = new HashMap<>();
    for (Deal d : deals()) {
      for (String s : d.sites()) {
        m.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
      }
      for (SiteChange c : d.effects().sites()) {
        List<Deal> list = m.computeIfAbsent(c.site(), k -> new ArrayList<>());
        // this deal is added to a site's list only while it is processed, so it can only be the last element:
        // checking that one keeps the index linear (contains() made a site with many deals quadratic)
        if (list.isEmpty() || list.get(list.size() - 1) != d) {
          list.add(d);
        }
      }
    }
    return freeze(m);
  }

  @Value.Lazy
  Map<String, List<Deal>> partyDealIndex() {
    Map<String, List<Deal>> m = new HashMap<>();
    for (Deal d : deals()) {
      d.parties().stream().map(p -> p.operator()).distinct()
          .forEach(o -> m.computeIfAbsent(o, k -> new ArrayList<>()).add(d));
    }
    return freeze(m);
  }

  /**
   * Finds a declared jurisdiction.
   *
   * @param code  an ISO 3166 code, not null
   * @return the jurisdiction, or empty if not declared
   */
  public Optional<Jurisdiction> jurisdiction(String code) {
    return Optional.ofNullable(jurisdictionIndex().get(code));
  }

  /**
   * Finds an operator.
   *
   * @param id  the identifier, not null
   * @return the operator, or empty
   */
  public Optional<Operator> operator(String id) {
    return Optional.ofNullable(operatorIndex().get(id));
  }

  /**
   * Finds an accelerator model.
   *
   * @param id  the identifier, not null
   * @return the accelerator, or empty
   */
  public Optional<Accelerator> accelerator(String id) {
    return Optional.ofNullable(acceleratorIndex().get(id));
  }

  /**
   * Finds a site.
   *
   * @param id  the identifier, not null
   * @return the site, or empty
   */
  public Optional<Site> site(String id) {
    return Optional.ofNullable(siteIndex().get(id));
  }

  /**
   * Finds a deal.
   *
   * @param id  the identifier, not null
   * @return the deal, or empty
   */
  public Optional<Deal> deal(String id) {
    return Optional.ofNullable(dealIndex().get(id));
  }

  /**
   * Finds a source.
   *
   * @param id  the identifier, not null
   * @return the source, or empty
   */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourceIndex().get(id));
  }

  /**
   * The blocs a jurisdiction belongs to: its own declared blocs, or, for a subdivision that declares none, its
   * country's.
   *
   * @param code  an ISO 3166 code, not null
   * @return the bloc codes, empty if nothing is declared, not null
   */
  public Set<String> blocsOf(String code) {
    Optional<Jurisdiction> j = jurisdiction(code);
    if (j.isPresent() && !j.get().blocs().isEmpty()) {
      return j.get().blocs();
    }
    if (code.length() > 2) {
      return jurisdiction(code.substring(0, 2)).map(Jurisdiction::blocs).orElse(Set.of());
    }
    return j.map(Jurisdiction::blocs).orElse(Set.of());
  }

  /**
   * Whether a jurisdiction is in a bloc or is that country: {@code isIn("US-TX", "US")} and
   * {@code isIn("FR", "EU")} are true.
   *
   * @param code  an ISO 3166 code, not null
   * @param blocOrCountry  a bloc code ({@code "EU"}) or a country code ({@code "FR"}), not null
   * @return true if the jurisdiction is that country, a subdivision of it, or in that bloc
   */
  public boolean isIn(String code, String blocOrCountry) {
    return code.equals(blocOrCountry) || code.substring(0, 2).equals(blocOrCountry)
        || blocsOf(code).contains(blocOrCountry);
  }

  /**
   * The grid profile for a jurisdiction: its own, or for a subdivision without one, its country's.
   *
   * @param code  an ISO 3166 code, not null
   * @return the grid profile, or empty if none is declared
   */
  public Optional<GridProfile> gridOf(String code) {
    Optional<GridProfile> own = jurisdiction(code).flatMap(Jurisdiction::grid);
    if (own.isPresent() || code.length() == 2) {
      return own;
    }
    return jurisdiction(code.substring(0, 2)).flatMap(Jurisdiction::grid);
  }

  /**
   * The stakes held in an operator.
   *
   * @param operatorId  the operator's identifier, not null
   * @return its stakes sorted by holder, empty if none or if the operator is unknown
   */
  public List<Stake> stakesIn(String operatorId) {
    return operator(operatorId).map(Operator::stakes).orElse(List.of());
  }

  /**
   * The stakes an operator holds in others.
   *
   * @param holderId  the holder's identifier, not null
   * @return its holdings, sorted by the operator held, possibly empty
   */
  public List<Holding> holdingsOf(String holderId) {
    return holdingIndex().getOrDefault(holderId, List.of());
  }

  /**
   * The sites an operator runs.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the sites, sorted by identifier, possibly empty
   */
  public List<Site> sitesOperatedBy(String operatorId) {
    return operatedIndex().getOrDefault(operatorId, List.of());
  }

  /**
   * The sites an operator owns ({@link Site#effectiveOwners()}).
   *
   * @param operatorId  the operator's identifier, not null
   * @return the sites, sorted by identifier, possibly empty
   */
  public List<Site> sitesOwnedBy(String operatorId) {
    return ownedIndex().getOrDefault(operatorId, List.of());
  }

  /**
   * The sites whose commercial access an operator controls.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the sites, sorted by identifier, possibly empty
   */
  public List<Site> sitesGatedBy(String operatorId) {
    return gatedIndex().getOrDefault(operatorId, List.of());
  }

  /**
   * The deals that cover or change a site.
   *
   * @param siteId  the site's identifier, not null
   * @return the deals, sorted by identifier, possibly empty
   */
  public List<Deal> dealsOfSite(String siteId) {
    return siteDealIndex().getOrDefault(siteId, List.of());
  }

  /**
   * The deals an operator is party to.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the deals, sorted by identifier, possibly empty
   */
  public List<Deal> dealsOfParty(String operatorId) {
    return partyDealIndex().getOrDefault(operatorId, List.of());
  }

  // -----------------------------------------------------------------------------------------------------------
  // transformations

  /**
   * Returns the landscape after a deal: each of its stake changes sets the holder's stake in the operator
   * (an empty stake removes it), each site change sets the site's operator, owners or gateway. The deal itself
   * is added to the landscape if it is not there. Applying never modifies this landscape.
   *
   * @param deal  the deal, not null; its references must resolve in this landscape (plus the deal itself)
   * @return the landscape after the deal, not null
   * @throws InvalidLandscapeException if the result breaks a rule (an unknown party, stakes summing over 1)
   */
  public Landscape apply(Deal deal) {
    Map<String, Operator> ops = new HashMap<>(operatorIndex());
    List<Violation> violations = new ArrayList<>();
    Map<String, Operator> changed = new HashMap<>();
    applyStakes(deal, operatorIndex(), changed, violations, true);
    ops.putAll(changed);
    Map<String, Site> sitesById = new HashMap<>(siteIndex());
    for (int i = 0; i < deal.effects().sites().size(); i++) {
      SiteChange c = deal.effects().sites().get(i);
      Site s = sitesById.get(c.site());
      if (s == null) {
        violations.add(new Violation(EntityKind.DEAL, deal.id(), "effects/sites/" + i + "/site", c.site(),
            "must name a site of the landscape"));
        continue;
      }
      Site.Builder b = Site.builder();
      b.from(s);
      c.operator().ifPresent(b::operator);
      c.owners().ifPresent(b::owners);
      c.accessGateway().ifPresent(b::accessGateway);
      sitesById.put(s.id(), b.build());
    }
    if (!violations.isEmpty()) {
      throw new InvalidLandscapeException(violations);
    }
    Map<String, Deal> dealsById = new HashMap<>(dealIndex());
    dealsById.putIfAbsent(deal.id(), deal);
    return builder().from(this).operators(ops.values()).sites(sitesById.values()).deals(dealsById.values()).build();
  }

  /**
   * The deals of this landscape whose effects cannot apply to it: a stake change that would leave an operator's
   * stakes summing over 1, say. {@link #apply(Deal)} throws these same violations; a reader validating a document
   * reports them, so that a deal that cannot be applied is refused when the document is read, not when the deal is
   * screened. A landscape may hold such deals (merging two landscapes can make one), so building does not check this.
   *
   * @return one violation per stake change that cannot apply, by deal, possibly empty, not null
   */
  public List<Violation> dealViolations() {
    return Integrity.dealEffects(operators(), deals());
  }

  /**
   * Applies a deal's stake changes to the operators they name: all the changes to one operator at once (each sets
   * the holder's stake, an empty stake removes it), so the cost is linear in the changes and the stakes of the
   * operators they touch.
   *
   * @param deal  the deal
   * @param operators  the operators before the deal, by identifier
   * @param changed  receives the operators after the deal, by identifier
   * @param violations  receives a violation per change that cannot apply
   * @param unknownTargets  true to report a change to an operator not in {@code operators}
   */
  static void applyStakes(Deal deal, Map<String, Operator> operators, Map<String, Operator> changed,
      List<Violation> violations, boolean unknownTargets) {
    List<StakeChange> changes = deal.effects().stakes();
    Map<String, List<Integer>> byTarget = new java.util.LinkedHashMap<>();
    for (int i = 0; i < changes.size(); i++) {
      byTarget.computeIfAbsent(changes.get(i).operator(), k -> new ArrayList<>(1)).add(i);
    }
    for (Map.Entry<String, List<Integer>> e : byTarget.entrySet()) {
      Operator target = operators.get(e.getKey());
      if (target == null) {
        if (unknownTargets) {
          for (int i : e.getValue()) {
            violations.add(new Violation(EntityKind.DEAL, deal.id(), "effects/stakes/" + i + "/operator", e.getKey(),
                "must name an operator of the landscape"));
          }
        }
        continue;
      }
      Map<String, Stake> stakes = new java.util.LinkedHashMap<>();
      for (Stake s : target.stakes()) {
        stakes.put(s.holder(), s);
      }
      for (int i : e.getValue()) {
        Stake s = changes.get(i).stake();
        if (s.isEmpty()) {
          stakes.remove(s.holder());
        } else {
          stakes.put(s.holder(), s);
        }
      }
      try {
        changed.put(target.id(), Operator.builder().from(target).stakes(stakes.values()).build());
      } catch (dev.sovai.model.ModelException x) {
        int last = e.getValue().get(e.getValue().size() - 1);
        violations.add(new Violation(EntityKind.DEAL, deal.id(), "effects/stakes/" + last + "/stake", x.value(),
            "cannot apply: after it, " + target.id() + "'s " + x.field() + " " + x.problem()));
      }
    }
  }

  /**
   * The whole-landscape violations of entities that need not form a valid landscape, found without building one:
   * what {@link Builder#build()} would report (identifiers unique per kind, references that resolve) and what
   * {@link #dealViolations()} would (deal effects that apply), for a reader that wants to report every problem of a
   * document at once. Identifiers listed in
   * {@code unreadable} count as declared: they name entities that exist in the input but could not be built, so a
   * reference to one is not reported as dangling (its own problems are).
   *
   * @param jurisdictions  the jurisdictions, not null
   * @param operators  the operators, not null
   * @param accelerators  the accelerators, not null
   * @param sites  the sites, not null
   * @param deals  the deals, not null
   * @param sources  the sources, not null
   * @param unreadable  identifiers of entities that could not be built, by kind, not null
   * @return the violations, in the order of the kinds above and of each list, possibly empty, not null
   */
  public static List<Violation> violations(List<Jurisdiction> jurisdictions, List<Operator> operators,
      List<Accelerator> accelerators, List<Site> sites, List<Deal> deals, List<Source> sources,
      Map<EntityKind, ? extends java.util.Collection<String>> unreadable) {
    return Integrity.check(jurisdictions, operators, accelerators, sites, deals, sources, unreadable);
  }

  /**
   * Merges another landscape over this one, the other's definitions winning ({@link MergeRule#OVERLAY_WINS}).
   *
   * @param overlay  the landscape laid over this one, not null
   * @return the merged landscape, not null
   * @throws InvalidLandscapeException if the merged landscape breaks a rule
   * @see #merge(Landscape, MergeRule)
   */
  public Landscape merge(Landscape overlay) {
    return merge(overlay, MergeRule.OVERLAY_WINS);
  }

  /**
   * Merges another landscape with this one, entity by entity (same kind and identifier). Entities present in
   * one landscape only are kept; an entity defined in both is taken whole from one side according to
   * {@code rule}. The merged date follows the same rule: the overlay's date, or the base's under
   * {@link MergeRule#BASE_WINS} (so a user's document read over the bundled reference data keeps its own date).
   * Merging is idempotent ({@code x.merge(x)} equals {@code x}) and associative for {@link MergeRule#OVERLAY_WINS}
   * and {@link MergeRule#BASE_WINS}.
   *
   * @param overlay  the other landscape, not null
   * @param rule  what to do when both define the same entity differently, not null
   * @return the merged landscape, not null
   * @throws InvalidLandscapeException listing every conflict under {@link MergeRule#FAIL_ON_CONFLICT}, or
   *     every violation of the merged result (a reference in one side to an entity the other replaced)
   */
  public Landscape merge(Landscape overlay, MergeRule rule) {
    Merge m = new Merge(rule);
    Landscape.Builder b = builder()
        .asOf(rule == MergeRule.BASE_WINS ? asOf() : overlay.asOf())
        .jurisdictions(m.lists(EntityKind.JURISDICTION, jurisdictions(), overlay.jurisdictions(), Jurisdiction::code))
        .operators(m.lists(EntityKind.OPERATOR, operators(), overlay.operators(), Operator::id))
        .accelerators(m.lists(EntityKind.ACCELERATOR, accelerators(), overlay.accelerators(), Accelerator::id))
        .sites(m.lists(EntityKind.SITE, sites(), overlay.sites(), Site::id))
        .deals(m.lists(EntityKind.DEAL, deals(), overlay.deals(), Deal::id))
        .sources(m.lists(EntityKind.SOURCE, sources(), overlay.sources(), Source::id));
    if (!m.conflicts().isEmpty()) {
      throw new InvalidLandscapeException(m.conflicts());
    }
    return b.build();
  }

  /**
   * Returns a copy with a site added or replacing the site of the same identifier.
   *
   * @param site  the site, not null
   * @return the new landscape, not null
   * @throws InvalidLandscapeException if a reference of the site does not resolve
   */
  public Landscape withSite(Site site) {
    return builder().from(this).sites(replaceById(sites(), site, Site::id)).build();
  }

  /**
   * Returns a copy with an operator added or replacing the operator of the same identifier.
   *
   * @param operator  the operator, not null
   * @return the new landscape, not null
   * @throws InvalidLandscapeException if a reference of the operator does not resolve
   */
  public Landscape withOperator(Operator operator) {
    return builder().from(this).operators(replaceById(operators(), operator, Operator::id)).build();
  }

  /**
   * Returns a copy as of another date.
   *
   * @param date  the new date, not null
   * @return the new landscape, not null
   */
  public Landscape withAsOf(LocalDate date) {
    return builder().from(this).asOf(date).build();
  }

  // -----------------------------------------------------------------------------------------------------------
  // construction

  @Value.Check
  Landscape check() {
    Require.year("Landscape", null, "asOf", asOf());
    if (!sorted(jurisdictions(), Jurisdiction::code) || !sorted(operators(), Operator::id)
        || !sorted(accelerators(), Accelerator::id) || !sorted(sites(), Site::id) || !sorted(deals(), Deal::id)
        || !sorted(sources(), Source::id)) {
      return builder().from(this)
          .jurisdictions(sort(jurisdictions(), Jurisdiction::code))
          .operators(sort(operators(), Operator::id))
          .accelerators(sort(accelerators(), Accelerator::id))
          .sites(sort(sites(), Site::id))
          .deals(sort(deals(), Deal::id))
          .sources(sort(sources(), Source::id))
          .build();
    }
    List<Violation> violations = Integrity.check(this);
    if (!violations.isEmpty()) {
      throw new InvalidLandscapeException(violations);
    }
    return this;
  }

  private static <T> boolean sorted(List<T> list, Function<T, String> key) {
    for (int i = 1; i < list.size(); i++) {
      if (key.apply(list.get(i - 1)).compareTo(key.apply(list.get(i))) > 0) {
        return false;
      }
    }
    return true;
  }

  private static <T> List<T> sort(List<T> list, Function<T, String> key) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparing(key));
    return copy;
  }

  private static <T> List<T> replaceById(List<T> list, T item, Function<T, String> key) {
    List<T> copy = new ArrayList<>(list.size() + 1);
    String id = key.apply(item);
    boolean replaced = false;
    for (T t : list) {
      if (key.apply(t).equals(id)) {
        copy.add(item);
        replaced = true;
      } else {
        copy.add(t);
      }
    }
    if (!replaced) {
      copy.add(item);
    }
    return copy;
  }

  private static <T> Map<String, T> index(List<T> list, Function<T, String> key) {
    Map<String, T> m = new HashMap<>(list.size() * 2);
    for (T t : list) {
      m.putIfAbsent(key.apply(t), t);
    }
    return Collections.unmodifiableMap(m);
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
    m.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(m);
  }

  /** The builder of {@link Landscape}. {@link #build()} validates the whole landscape. */
  public static final class Builder extends ImmutableLandscape.Builder {
    /** Creates an empty builder. */
    public Builder() {}
  }
}
