package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.lawKeys;
import static dev.sovai.scoring.sovereignty.Findings.percent;
import static dev.sovai.scoring.sovereignty.Findings.ref;
import static dev.sovai.scoring.sovereignty.Findings.via;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.ownership.ChainSearch;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlLink;

/**
 * The lawful-access axis: the paths by which foreign extraterritorial laws in force reach a site (through its
 * operator, owners, access gateway and, if the profile says so, tenants) or an operator, directly or through a
 * controller, and the findings that state them. See {@link SovereigntyScorer} for the reach rules.
 *
 * <p>A law whose end has passed but is not certain ({@link ExtraterritorialLaw#isUncertainOn}) still yields its
 * paths, kept apart as {@link Paths#uncertain()}: they make the answer "unknown" with the reason, never "not reached".
 * A law whose confirmed end has passed yields none.
 */
final class LawfulAccess {
  private final Facts facts;

  LawfulAccess(Facts facts) {
    this.facts = facts;
  }

  /** A direct reach of a law over an organisation: the rule, the relation in words and the jurisdiction matched. */
  private record Reach(ReachRule rule, String relation, String where) {}

  /**
   * The paths of one subject, deduplicated, in role order: those of laws in force, and those of laws whose uncertain
   * end has passed on the date (whether they still reach is unknown); and the facts the axis lacked (an unknown
   * operator or seat, control that unlisted holders could decide, a law's unconfirmed end), in words: with any of
   * them, "no path found" is not "not reached".
   */
  record Paths(List<Exposure> certain, List<Exposure> uncertain, List<String> missing) {
    /** @return true if no fact the axis needs is missing: an empty {@link #certain()} then means "not reached" */
    boolean isComplete() {
      return missing.isEmpty();
    }
  }

  /** The paths of a site. */
  Paths site(Site site, Evidence all) {
    Evidence ev = new Evidence();
    List<Exposure> out = new ArrayList<>();
    EntityRef start = ref(EntityKind.SITE, site.id());
    Set<String> here = Set.of(site.jurisdiction());
    if (site.operator().isEmpty()) {
      ev.need(false);
      ev.gap(EntityKind.SITE, site.id(), "operator", GapTreatment.UNKNOWN, "operator unknown: its exposure is unknown");
    }
    site.operator().ifPresent(o -> out.addAll(reach(start, site.sources(), Role.OPERATOR, facts.operator(o), here, ev)));
    for (String owner : site.owners()) {
      out.addAll(reach(start, site.sources(), Role.OWNER, facts.operator(owner), here, ev));
    }
    site.accessGateway().ifPresent(g -> out.addAll(reach(start, site.sources(), Role.ACCESS_GATEWAY, facts.operator(g),
        Set.of(), ev)));
    if (facts.profile.tenantsExpose()) {
      for (String t : site.tenants()) {
        out.addAll(reach(start, site.sources(), Role.TENANT, facts.operator(t), here, ev));
      }
    }
    return split(dedupe(out), ev, all);
  }

  /** The paths of an operator assessed alone. */
  Paths operator(Operator p, Evidence all) {
    Evidence ev = new Evidence();
    return split(dedupe(reach(null, List.of(), Role.OPERATOR, p, Set.of(), ev)), ev, all);
  }

  /**
   * Separates the paths of laws whose uncertain end has passed, each one a gap: its reach is unknown; names what the
   * axis lacked (the gaps of its evidence) and adds its evidence to the result's.
   */
  private Paths split(List<Exposure> all, Evidence ev, Evidence result) {
    List<Exposure> certain = new ArrayList<>();
    List<Exposure> uncertain = new ArrayList<>();
    for (Exposure e : all) {
      ExtraterritorialLaw law = law(e);
      if (law.isUncertainOn(facts.asOf)) {
        uncertain.add(e);
        ev.need(false);
        ev.gap(EntityKind.LAW, e.lawKey(), "effectiveUntil", GapTreatment.UNKNOWN, uncertainty(law, e));
      } else {
        certain.add(e);
      }
    }
    List<String> missing = ev.gaps().stream().map(g -> g.subject().id() + ": " + g.detail()).sorted().toList();
    result.addAll(ev);
    return new Paths(List.copyOf(certain), List.copyOf(uncertain), missing);
  }

  private ExtraterritorialLaw law(Exposure e) {
    return facts.landscape.jurisdiction(e.jurisdiction()).orElseThrow().laws().stream()
        .filter(l -> l.id().equals(e.law())).findFirst().orElseThrow();
  }

  /** Why a path of a law past its uncertain end is unknown, in words. */
  private static String uncertainty(ExtraterritorialLaw law, Exposure e) {
    return e.lawName() + " (" + e.lawKey() + ") ended on " + law.effectiveUntil().orElseThrow() + " by a "
        + law.confidence().name().toLowerCase(Locale.ROOT) + ", not confirmed, date: whether it still reaches "
        + e.reached() + " is unknown";
  }

  /**
   * The axis's metrics: {@code foreignLaws} and {@code exposurePaths} (counts; unknown, with the count found as lower
   * bound and the missing facts as reason, when the axis lacks facts), {@code uncertainExposurePaths} (count, if any).
   */
  static List<Metric> metrics(int laws, int paths, int uncertainPaths, List<String> gaps) {
    List<Metric> out = new ArrayList<>();
    String why = "lawful access is unknown, facts are missing: " + String.join("; ", gaps);
    out.add(gaps.isEmpty() ? Metric.of("foreignLaws", laws, "laws")
        : Metric.builder().name("foreignLaws").unit("laws").unknownBecause(why).lower(laws).build());
    out.add(gaps.isEmpty() ? Metric.of("exposurePaths", paths, "paths")
        : Metric.builder().name("exposurePaths").unit("paths").unknownBecause(why).lower(paths).build());
    if (uncertainPaths > 0) {
      out.add(Metric.of("uncertainExposurePaths", uncertainPaths, "paths"));
    }
    return out;
  }

  /**
   * Puts the site's lawful-access findings first: the verdict, then one line per path. Their words are built when the
   * result is read: the builders capture the site and its paths (immutable), never the facts.
   */
  void siteFindings(Site site, Paths paths, Evidence ev) {
    List<Exposure> exposures = paths.certain();
    boolean eager = facts.eagerText;
    if (exposures.isEmpty() && !paths.uncertain().isEmpty()) {
      FindingList fs = new FindingList();
      Exposure first = paths.uncertain().stream().min(Comparator.comparing(Exposure::lawKey)
          .thenComparing(Exposure::reached)).orElseThrow();
      ExtraterritorialLaw firstLaw = law(first);
      fs.addLater(eager, () -> finding("lawful-access", Outcome.UNKNOWN, "No foreign law in force was found to reach the"
          + " site, but " + String.join(", ", lawKeys(paths.uncertain())) + " may still reach it: "
          + uncertainty(firstLaw, first) + ".", List.of(ref(EntityKind.SITE, site.id())), site.sources()));
      fs.addAll(uncertainLines(paths.uncertain(), "the site's ", true));
      ev.findings.addAll(0, fs);
    } else if (exposures.isEmpty()) {
      boolean complete = paths.isComplete();
      boolean tenants = facts.profile.tenantsExpose();
      ev.findings.addLater(0, eager, () -> finding("lawful-access", complete ? Outcome.PASS : Outcome.UNKNOWN,
          complete ? "No foreign extraterritorial law in force reaches the site through its operator, owners, gateway"
              + (tenants ? ", tenants" : "") + " or their controllers."
              : "No foreign law was found to reach the site, but facts are missing (see coverage).",
          List.of(ref(EntityKind.SITE, site.id())), site.sources()));
    } else {
      FindingList fs = new FindingList();
      fs.addLater(eager, () -> finding("lawful-access", Outcome.FAIL, "Foreign law reaches the site: "
          + String.join(", ", lawKeys(exposures)) + " (" + exposures.size() + " path" + (exposures.size() == 1 ? "" : "s")
          + ").", List.of(ref(EntityKind.SITE, site.id())), site.sources()));
      for (Exposure e : exposures) {
        fs.addLater(eager, () -> finding("lawful-access", Outcome.INFO, e.lawName() + " reaches the site's "
            + Findings.roleName(e.role()) + " " + e.entity() + (e.reached().equals(e.entity()) ? ""
                : " through its controller " + e.reached()) + " (" + Findings.rule(e.rule()) + ").", e.chain(),
            e.sources()));
      }
      fs.addAll(uncertainLines(paths.uncertain(), "the site's ", true));
      ev.findings.addAll(0, fs);
    }
  }

  /** One line per path of a law past its uncertain end, built when first read. */
  private FindingList uncertainLines(List<Exposure> uncertain, String whose, boolean withRole) {
    FindingList fs = new FindingList();
    for (Exposure e : uncertain) {
      ExtraterritorialLaw law = law(e);
      fs.addLater(facts.eagerText, () -> finding("lawful-access", Outcome.UNKNOWN, e.lawName() + " may still reach "
          + whose + (withRole ? Findings.roleName(e.role()) + " " : "") + e.entity()
          + (e.reached().equals(e.entity()) ? "" : " through its controller " + e.reached()) + " ("
          + Findings.rule(e.rule()) + "): its end " + law.effectiveUntil().orElseThrow() + " is "
          + law.confidence().name().toLowerCase(Locale.ROOT) + ", not confirmed.", e.chain(), e.sources()));
    }
    return fs;
  }

  /** Puts the operator's lawful-access findings first: the verdict, then one line per path. */
  void operatorFindings(Operator p, Paths paths, Evidence ev) {
    List<Exposure> exposures = paths.certain();
    List<Finding> lawFindings = new ArrayList<>();
    for (Exposure e : exposures) {
      lawFindings.add(finding("lawful-access", Outcome.INFO, e.lawName() + " reaches " + p.id()
          + (e.reached().equals(p.id()) ? "" : " through its controller " + e.reached()) + " (" + Findings.rule(e.rule())
          + ").", e.chain(), e.sources()));
    }
    lawFindings.addAll(uncertainLines(paths.uncertain(), "", false));
    Outcome verdict = !exposures.isEmpty() ? Outcome.FAIL
        : !paths.uncertain().isEmpty() || !paths.isComplete() ? Outcome.UNKNOWN : Outcome.PASS;
    lawFindings.add(0, finding("lawful-access", verdict, switch (verdict) {
      case FAIL -> "Foreign law reaches " + p.id() + ": " + String.join(", ", lawKeys(exposures)) + ".";
      case PASS -> "No foreign extraterritorial law in force reaches " + p.id() + " or its controllers.";
      default -> paths.uncertain().isEmpty()
          ? "No foreign law was found to reach " + p.id() + ", but facts are missing (see coverage)."
          : "No foreign law in force was found to reach " + p.id() + ", but " + String.join(", ",
              lawKeys(paths.uncertain())) + " may still reach it (its end is not confirmed).";
    }, List.of(ref(EntityKind.OPERATOR, p.id())), p.sources()));
    ev.findings.addAll(0, lawFindings);
  }

  private static List<Exposure> dedupe(List<Exposure> list) {
    Map<String, Exposure> m = new LinkedHashMap<>();
    for (Exposure e : list) {
      m.putIfAbsent(e.lawKey() + "|" + e.role() + "|" + e.entity() + "|" + e.reached() + "|" + e.rule(), e);
    }
    return List.copyOf(m.values());
  }

  private Optional<Reach> directReach(Operator x, ExtraterritorialLaw law, String j, Set<String> extraOperations) {
    if (law.reach().contains(ReachRule.INCORPORATED_IN) && x.seat().isPresent()
        && facts.landscape.isIn(x.seat().get(), j)) {
      return Optional.of(new Reach(ReachRule.INCORPORATED_IN, "incorporated in", x.seat().get()));
    }
    if (law.reach().contains(ReachRule.SEAT_IN)) {
      for (Optional<String> s : List.of(x.centralAdministration(), x.mainEstablishment())) {
        if (s.isPresent() && facts.landscape.isIn(s.get(), j)) {
          return Optional.of(new Reach(ReachRule.SEAT_IN, "seated in", s.get()));
        }
      }
    }
    if (law.reach().contains(ReachRule.OPERATIONS_IN)) {
      TreeSet<String> ops = new TreeSet<>(x.operationsIn());
      ops.addAll(extraOperations);
      for (String s : ops) {
        if (facts.landscape.isIn(s, j)) {
          return Optional.of(new Reach(ReachRule.OPERATIONS_IN, "operations in", s));
        }
      }
    }
    return Optional.empty();
  }

  /** The laws that reach one organisation in one role, directly or through its chains of control. */
  private List<Exposure> reach(EntityRef start, List<String> startSources, Role role, Operator e,
      Set<String> extraOperations, Evidence ev) {
    List<Exposure> out = new ArrayList<>();
    ev.need(e.seat().isPresent());
    if (e.seat().isEmpty()) {
      ev.gap(EntityKind.OPERATOR, e.id(), "seat", GapTreatment.UNKNOWN,
          "seat unknown: reach by incorporation cannot be ruled out");
    }
    Control control = facts.control(e.id());
    ev.need(control.isDetermined());
    facts.undeterminedGaps(control, ev);
    List<Facts.ForeignLaw> laws = facts.foreignLaws();
    if (laws.isEmpty()) {
      return out;
    }
    List<EntityRef> prefix = start != null
        ? List.of(start, via(role.relation(), EntityKind.OPERATOR, e.id()))
        : List.of(ref(EntityKind.OPERATOR, e.id()));
    LinkedHashSet<String> sources = new LinkedHashSet<>(startSources);   // never changed: each exposure copies it
    sources.addAll(e.sources());
    for (Facts.ForeignLaw foreign : laws) {
      Jurisdiction j = foreign.jurisdiction();
      ExtraterritorialLaw law = foreign.law();
      Optional<Reach> direct = directReach(e, law, j.code(), extraOperations);
      if (direct.isPresent()) {
        out.add(exposure(j, law, direct.get(), role, e.id(), e.id(), prefix, sources));
        continue;
      }
      if (!law.reach().contains(ReachRule.CONTROLLED_FROM) || !control.isControlled()) {
        continue;
      }
      Set<String> reachedControllers = new TreeSet<>();
      ChainSearch reached = facts.search(foreign.searchKey(),
          id -> directReach(facts.operator(id), law, j.code(), Set.of()).isPresent());
      for (List<ControlLink> links : reached.firstOnEachChain(e.id())) {
        ControlLink last = links.get(links.size() - 1);
        Operator c = facts.operator(last.controller());
        if (!reachedControllers.add(c.id())) {
          continue;
        }
        LinkedHashSet<String> src = new LinkedHashSet<>(sources);
        for (ControlLink link : links) {
          facts.operator(link.controlled()).stakeOf(link.controller()).ifPresent(s -> src.addAll(s.sources()));
          src.addAll(facts.operator(link.controller()).sources());
        }
        Reach r = directReach(c, law, j.code(), Set.of()).orElseThrow();
        out.add(exposure(j, law, new Reach(ReachRule.CONTROLLED_FROM, r.relation(), r.where()), role, e.id(), c.id(),
            ControlChains.path(prefix, links, l -> "controlled by (" + l.basis().name().toLowerCase(Locale.ROOT) + ", "
                + percent(l.votingShare()) + " of votes)"), src));
      }
    }
    return out;
  }

  private static Exposure exposure(Jurisdiction j, ExtraterritorialLaw law, Reach reach, Role role, String entity,
      String reached, List<EntityRef> prefix, Set<String> sources) {
    List<EntityRef> chain = new ArrayList<>(prefix);
    chain.add(via(reach.relation(), EntityKind.JURISDICTION, reach.where()));
    chain.add(via("subject to", EntityKind.LAW, j.code() + "/" + law.id()));
    LinkedHashSet<String> src = new LinkedHashSet<>(sources);
    src.addAll(law.sources());
    return new Exposure(j.code(), law.id(), law.name(), reach.rule(), role, entity, reached, chain, List.copyOf(src));
  }
}
