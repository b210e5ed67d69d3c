package dev.sovai.model.landscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
  private final Set<String> operators = new HashSet<>();
  private final Set<String> sites = new HashSet<>();
  private final Set<String> accelerators = new HashSet<>();
  private final Set<String> sources = new HashSet<>();

  private final boolean dealEffects;

  private Integrity(boolean dealEffects) {
    this.dealEffects = dealEffects;
  }

  static List<Violation> check(Landscape l) {
    return new Integrity(false).run(l.jurisdictions(), l.operators(), l.accelerators(), l.sites(), l.deals(),
        l.sources(), Map.of());
  }

  static List<Violation> check(List<Jurisdiction> jurisdictions, List<Operator> operators,
      List<Accelerator> accelerators, List<Site> sites, List<Deal> deals, List<Source> sources,
      Map<EntityKind, ? extends Collection<String>> unreadable) {
    return new Integrity(true).run(jurisdictions, operators, accelerators, sites, deals, sources, unreadable);
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
    unique(EntityKind.JURISDICTION, jurisdictionList, Jurisdiction::code, new HashSet<>());
    unique(EntityKind.OPERATOR, operatorList, Operator::id, operators);
    unique(EntityKind.ACCELERATOR, acceleratorList, Accelerator::id, accelerators);
    unique(EntityKind.SITE, siteList, Site::id, sites);
    unique(EntityKind.DEAL, dealList, Deal::id, new HashSet<>());
    unique(EntityKind.SOURCE, sourceList, s -> s.id(), sources);
    // entities that exist in the input but could not be built: references to them are not dangling
    known(operators, unreadable.get(EntityKind.OPERATOR));
    known(accelerators, unreadable.get(EntityKind.ACCELERATOR));
    known(sites, unreadable.get(EntityKind.SITE));
    known(sources, unreadable.get(EntityKind.SOURCE));

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
        ref(k, o.id(), "stakes/" + i + "/holder", o.stakes().get(i).holder(), operators, "an operator");
        cites(k, o.id(), "stakes/" + i + "/", o.stakes().get(i));
      }
      int i = 0;
      for (StateLink s : o.stateLinks()) {
        cites(k, o.id(), "stateLinks/" + i++ + "/", s);
      }
      i = 0;
      for (Certification c : o.certifications()) {
        cites(k, o.id(), "certifications/" + i++ + "/", c);
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
    s.operator().ifPresent(v -> ref(k, s.id(), "operator", v, operators, "an operator"));
    refs(k, s.id(), "owners", s.owners(), operators, "an operator");
    s.accessGateway().ifPresent(v -> ref(k, s.id(), "accessGateway", v, operators, "an operator"));
    refs(k, s.id(), "tenants", s.tenants(), operators, "an operator");
    lots(k, s.id(), "fleet/", s.fleet());
    s.linpack().ifPresent(m -> {
      m.accelerator().ifPresent(v -> ref(k, s.id(), "linpack/accelerator", v, accelerators, "an accelerator"));
      cites(k, s.id(), "linpack/", m);
    });
    for (int i = 0; i < s.capacitySteps().size(); i++) {
      cites(k, s.id(), "capacitySteps/" + i + "/", s.capacitySteps().get(i));
    }
    if (s.energy().isPresent()) {
      EnergySupply e = s.energy().get();
      cites(k, s.id(), "energy/", e);
      int i = 0;
      for (PowerPurchase p : e.purchases()) {
        String at = "energy/purchases/" + i++ + "/";
        p.supplier().ifPresent(v -> ref(k, s.id(), at + "supplier", v, operators, "an operator"));
        cites(k, s.id(), at, p);
      }
      i = 0;
      for (OnSiteGeneration g : e.onSite()) {
        cites(k, s.id(), "energy/onSite/" + i++ + "/", g);
      }
    }
    cites(k, s.id(), "", s);
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
      String here = at + i + "/";
      lot.accelerator().ifPresent(v -> ref(k, id, here + "accelerator", v, accelerators, "an accelerator"));
      cites(k, id, here, lot);
    }
  }

  private static void known(Set<String> ids, Collection<String> more) {
    if (more != null) {
      ids.addAll(more);
    }
  }

  private <T> void unique(EntityKind kind, List<T> items, Function<T, String> id, Set<String> seen) {
    for (T item : items) {
      String key = id.apply(item);
      if (!seen.add(key)) {
        violations.add(new Violation(kind, key, kind == EntityKind.JURISDICTION ? "code" : "id", key,
            "must be unique among " + kind.listName().orElseThrow()));
      }
    }
  }

  private void refs(EntityKind k, String id, String field, Collection<String> values, Set<String> known, String what) {
    int i = 0;
    for (String v : values) {
      ref(k, id, field + "/" + i++, v, known, what);
    }
  }

  private void ref(EntityKind k, String id, String field, String value, Set<String> known, String what) {
    if (!known.contains(value)) {
      violations.add(new Violation(k, id, field, value, "must name " + what + " of the landscape"));
    }
  }

  private void cites(EntityKind k, String id, String at, Cited cited) {
    refs(k, id, at + "sources", cited.sources(), sources, "a source");
  }
}
