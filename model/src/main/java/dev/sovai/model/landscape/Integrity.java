package dev.sovai.model.landscape;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.sovai.model.Cited;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;

/**
 * The whole-landscape rules: unique identifiers per kind and references that resolve. Collects every violation
 * rather than stopping at the first. Element-level rules (shares, slugs, dates, stake sums) are already enforced
 * by each element on construction.
 */
final class Integrity {
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> operators = new HashSet<>();
  private final Set<String> sites = new HashSet<>();
  private final Set<String> accelerators = new HashSet<>();
  private final Set<String> sources = new HashSet<>();

  static List<Violation> check(Landscape l) {
    return new Integrity().run(l);
  }

  private List<Violation> run(Landscape l) {
    unique(EntityKind.JURISDICTION, l.jurisdictions(), Jurisdiction::code, new HashSet<>());
    unique(EntityKind.OPERATOR, l.operators(), Operator::id, operators);
    unique(EntityKind.ACCELERATOR, l.accelerators(), Accelerator::id, accelerators);
    unique(EntityKind.SITE, l.sites(), Site::id, sites);
    unique(EntityKind.DEAL, l.deals(), Deal::id, new HashSet<>());
    unique(EntityKind.SOURCE, l.sources(), s -> s.id(), sources);

    for (Jurisdiction j : l.jurisdictions()) {
      EntityKind k = EntityKind.JURISDICTION;
      cites(k, j.code(), "", j);
      j.adequacy().ifPresent(a -> cites(k, j.code(), "adequacy/", a));
      j.grid().ifPresent(g -> cites(k, j.code(), "grid/", g));
      int i = 0;
      for (ExtraterritorialLaw law : j.laws()) {
        cites(k, j.code(), "laws/" + i++ + "/", law);
      }
    }
    for (Operator o : l.operators()) {
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
      cites(k, o.id(), "", o);
    }
    for (Accelerator a : l.accelerators()) {
      ref(EntityKind.ACCELERATOR, a.id(), "vendor", a.vendor(), operators, "an operator");
      cites(EntityKind.ACCELERATOR, a.id(), "", a);
    }
    for (Site s : l.sites()) {
      site(s);
    }
    for (Deal d : l.deals()) {
      deal(d);
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
