package dev.sovai.model.landscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.sovai.model.Cited;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CsfDeclaration;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;

/**
 * The whole-landscape rules: unique identifiers per kind and references that resolve; for a reader's validation, also
 * deal effects that apply. Collects every violation
 * rather than stopping at the first. Element-level rules (shares, slugs, dates, stake sums) are already enforced
 * by each element on construction.
 */
final class Integrity {
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> operatorSet = new HashSet<>();
  private final Set<String> siteSet = new HashSet<>();
  private final Set<String> acceleratorSet = new HashSet<>();
  private final Set<String> sourceSet = new HashSet<>();
  private final Predicate<String> operators = operatorSet::contains;
  private Predicate<String> sites = siteSet::contains;
  private final Predicate<String> accelerators = acceleratorSet::contains;
  private final Predicate<String> sources = sourceSet::contains;

  private final boolean dealEffects;
  /**
   * True if every list is sorted by identifier (as a landscape keeps them): then an identifier repeats only next to
   * itself, and sites are looked up in their sorted list, so no set of every site is built.
   */
  private final boolean sorted;

  private Integrity(boolean dealEffects, boolean sorted) {
    this.dealEffects = dealEffects;
    this.sorted = sorted;
  }

  /**
   * @param l  a landscape whose lists are sorted by identifier
   * @return its violations
   */
  static List<Violation> check(Landscape l) {
    return new Integrity(false, true).run(l.jurisdictions(), l.operators(), l.accelerators(), l.sites(), l.deals(),
        l.sources(), Map.of());
  }

  static List<Violation> check(List<Jurisdiction> jurisdictions, List<Operator> operators,
      List<Accelerator> accelerators, List<Site> sites, List<Deal> deals, List<Source> sources,
      Map<EntityKind, ? extends Collection<String>> unreadable) {
    return new Integrity(true, false).run(jurisdictions, operators, accelerators, sites, deals, sources, unreadable);
  }

  /** The violations of every deal whose stake changes cannot apply to the operators. */
  static List<Violation> dealEffects(List<Operator> operatorList, List<Deal> dealList) {
    List<Violation> out = new ArrayList<>();
    Map<String, Operator> byId = new HashMap<>(operatorList.size() * 2);
    for (Operator o : operatorList) {
      byId.putIfAbsent(o.id(), o);
    }
    for (Deal d : dealList) {
      Landscape.applyStakes(d, byId, new HashMap<>(), out, false);
    }
    return out;
  }

  private List<Violation> run(List<Jurisdiction> jurisdictionList, List<Operator> operatorList,
      List<Accelerator> acceleratorList, List<Site> siteList, List<Deal> dealList, List<Source> sourceList,
      Map<EntityKind, ? extends Collection<String>> unreadable) {
    unique(EntityKind.JURISDICTION, jurisdictionList, Jurisdiction::code, null);
    unique(EntityKind.OPERATOR, operatorList, Operator::id, operatorSet);
    unique(EntityKind.ACCELERATOR, acceleratorList, Accelerator::id, acceleratorSet);
    if (sorted) {
      unique(EntityKind.SITE, siteList, Site::id, null);
      sites = id -> java.util.Collections.binarySearch(new Ids<>(siteList, Site::id), id) >= 0;
    } else {
      unique(EntityKind.SITE, siteList, Site::id, siteSet);
    }
    unique(EntityKind.DEAL, dealList, Deal::id, null);
    unique(EntityKind.SOURCE, sourceList, s -> s.id(), sourceSet);
    // entities that exist in the input but could not be built: references to them are not dangling
    known(operatorSet, unreadable.get(EntityKind.OPERATOR));
    known(acceleratorSet, unreadable.get(EntityKind.ACCELERATOR));
    known(siteSet, unreadable.get(EntityKind.SITE));
    known(sourceSet, unreadable.get(EntityKind.SOURCE));

    for (Jurisdiction j : jurisdictionList) {
      EntityKind k = EntityKind.JURISDICTION;
      cites(k, j.code(), "", j);
      j.adequacy().ifPresent(a -> cites(k, j.code(), "adequacy/", a));
      j.grid().ifPresent(g -> cites(k, j.code(), "grid/", g));
      int i = 0;
      for (ExtraterritorialLaw law : j.laws()) {
        cites(k, j.code(), "laws/" + i++ + "/", law);
      }
    }
    for (Operator o : operatorList) {
      EntityKind k = EntityKind.OPERATOR;
      for (int i = 0; i < o.stakes().size(); i++) {
        if (!operators.test(o.stakes().get(i).holder())) {
          ref(k, o.id(), "stakes/" + i + "/holder", o.stakes().get(i).holder(), operators, "an operator");
        }
        cites(k, o.id(), "stakes/", i, o.stakes().get(i));
      }
      int i = 0;
      for (StateLink s : o.stateLinks()) {
        cites(k, o.id(), "stateLinks/", i++, s);
      }
      i = 0;
      for (Certification c : o.certifications()) {
        cites(k, o.id(), "certifications/", i++, c);
      }
      i = 0;
      for (CsfDeclaration d : o.csfDeclarations()) {
        cites(k, o.id(), "csfDeclarations/" + i++ + "/", d);
      }
      cites(k, o.id(), "", o);
    }
    for (Accelerator a : acceleratorList) {
      ref(EntityKind.ACCELERATOR, a.id(), "vendor", a.vendor(), operators, "an operator");
      cites(EntityKind.ACCELERATOR, a.id(), "", a);
    }
    for (Site s : siteList) {
      site(s);
    }
    for (Deal d : dealList) {
      deal(d);
    }
    if (dealEffects) {
      violations.addAll(dealEffects(operatorList, dealList));
    }
    return violations;
  }

  private void site(Site s) {
    EntityKind k = EntityKind.SITE;
    String id = s.id();
    if (s.operator().isPresent()) {
      ref(k, id, "operator", s.operator().get(), operators, "an operator");
    }
    refs(k, id, "owners", s.owners(), operators, "an operator");
    if (s.accessGateway().isPresent()) {
      ref(k, id, "accessGateway", s.accessGateway().get(), operators, "an operator");
    }
    refs(k, id, "tenants", s.tenants(), operators, "an operator");
    lots(k, id, "fleet/", s.fleet());
    s.linpack().ifPresent(m -> {
      m.accelerator().ifPresent(v -> ref(k, id, "linpack/accelerator", v, accelerators, "an accelerator"));
      cites(k, id, "linpack/", m);
    });
    for (int i = 0; i < s.capacitySteps().size(); i++) {
      cites(k, id, "capacitySteps/", i, s.capacitySteps().get(i));
    }
    if (s.energy().isPresent()) {
      EnergySupply e = s.energy().get();
      cites(k, id, "energy/", e);
      int i = 0;
      for (PowerPurchase p : e.purchases()) {
        if (p.supplier().isPresent() && !operators.test(p.supplier().get())) {
          ref(k, id, "energy/purchases/" + i + "/supplier", p.supplier().get(), operators, "an operator");
        }
        cites(k, id, "energy/purchases/", i++, p);
      }
      i = 0;
      for (OnSiteGeneration g : e.onSite()) {
        cites(k, id, "energy/onSite/", i++, g);
      }
    }
    cites(k, id, "", s);
  }

  private void deal(Deal d) {
    EntityKind k = EntityKind.DEAL;
    for (int i = 0; i < d.parties().size(); i++) {
      ref(k, d.id(), "parties/" + i + "/operator", d.parties().get(i).operator(), operators, "an operator");
    }
    refs(k, d.id(), "sites", d.sites(), sites, "a site");
    lots(k, d.id(), "accelerators/", d.accelerators());
    for (int i = 0; i < d.effects().stakes().size(); i++) {
      StakeChange c = d.effects().stakes().get(i);
      String at = "effects/stakes/" + i + "/";
      ref(k, d.id(), at + "operator", c.operator(), operators, "an operator");
      ref(k, d.id(), at + "stake/holder", c.stake().holder(), operators, "an operator");
      cites(k, d.id(), at + "stake/", c.stake());
    }
    for (int i = 0; i < d.effects().sites().size(); i++) {
      SiteChange c = d.effects().sites().get(i);
      String at = "effects/sites/" + i + "/";
      ref(k, d.id(), at + "site", c.site(), sites, "a site");
      c.operator().ifPresent(v -> ref(k, d.id(), at + "operator", v, operators, "an operator"));
      c.owners().ifPresent(v -> refs(k, d.id(), at + "owners", v, operators, "an operator"));
      c.accessGateway().ifPresent(v -> ref(k, d.id(), at + "accessGateway", v, operators, "an operator"));
    }
    cites(k, d.id(), "", d);
  }

  private void lots(EntityKind k, String id, String at, List<AcceleratorLot> lots) {
    for (int i = 0; i < lots.size(); i++) {
      AcceleratorLot lot = lots.get(i);
      if (lot.accelerator().isPresent() && !accelerators.test(lot.accelerator().get())) {
        ref(k, id, at + i + "/accelerator", lot.accelerator().get(), accelerators, "an accelerator");
      }
      cites(k, id, at, i, lot);
    }
  }

  private static void known(Set<String> ids, Collection<String> more) {
    if (more != null) {
      ids.addAll(more);
    }
  }

  /**
   * Reports every item whose identifier an earlier item has, and collects the identifiers into a set if one is
   * given; without a set the items must be sorted by identifier (when not {@link #sorted}, a set is used anyway).
   */
  private <T> void unique(EntityKind kind, List<T> items, Function<T, String> id, Set<String> into) {
    Set<String> seen = into != null ? into : sorted ? null : new HashSet<>();
    String previous = null;
    for (T item : items) {
      String key = id.apply(item);
      if (seen != null ? !seen.add(key) : key.equals(previous)) {
        violations.add(new Violation(kind, key, kind == EntityKind.JURISDICTION ? "code" : "id", key,
            "must be unique among " + kind.listName().orElseThrow()));
      }
      previous = key;
    }
  }

  /** The identifiers of a list sorted by identifier, as a list for binary search (nothing is copied). */
  private static final class Ids<T> extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private final List<T> items;
    private final Function<T, String> id;

    Ids(List<T> items, Function<T, String> id) {
      this.items = items;
      this.id = id;
    }

    @Override
    public String get(int index) {
      return id.apply(items.get(index));
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  private void refs(EntityKind k, String id, String field, Collection<String> values, Predicate<String> known,
      String what) {
    int i = 0;
    for (String v : values) {
      ref(k, id, field, i++, v, known, what);
    }
  }

  /** A reference that is an element of a list field: its path ({@code field/index}) is built only for a violation. */
  private void ref(EntityKind k, String id, String field, int index, String value, Predicate<String> known,
      String what) {
    if (!known.test(value)) {
      violations.add(new Violation(k, id, field + "/" + index, value, "must name " + what + " of the landscape"));
    }
  }

  private void ref(EntityKind k, String id, String field, String value, Predicate<String> known, String what) {
    if (!known.test(value)) {
      violations.add(new Violation(k, id, field, value, "must name " + what + " of the landscape"));
    }
  }

  private void cites(EntityKind k, String id, String at, Cited cited) {
    cites(k, id, at, -1, cited);
  }

  /**
   * Checks the sources a value cites; the value is at {@code at + index + "/"} (at {@code at} if the index is
   * negative), a path built only for a violation.
   */
  private void cites(EntityKind k, String id, String at, int index, Cited cited) {
    List<String> cites = cited.sources();
    for (int i = 0; i < cites.size(); i++) {
      if (!sources.test(cites.get(i))) {
        ref(k, id, (index < 0 ? at : at + index + "/") + "sources", i, cites.get(i), sources, "a source");
      }
    }
  }
}
