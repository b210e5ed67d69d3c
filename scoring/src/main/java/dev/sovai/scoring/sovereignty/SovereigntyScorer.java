package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CertificationScheme;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlLink;
import dev.sovai.scoring.ownership.Holder;
import dev.sovai.scoring.ownership.HolderKind;
import dev.sovai.scoring.ownership.OwnershipGraph;
import dev.sovai.scoring.ownership.UltimateOwnership;

/**
 * Scores sovereignty: a pure function of (landscape, profile, as-of date).
 *
 * <h2>Lawful access (first axis)</h2>
 * A foreign law (enacted by a jurisdiction outside the profile's home bloc, in force on the date) reaches a site
 * through each organisation with a role there — operator, owners, access gateway, and tenants if the profile says so —
 * when one of the law's {@link ReachRule reach rules} holds:
 * {@link ReachRule#INCORPORATED_IN} the organisation's seat (registered office) is in the jurisdiction;
 * {@link ReachRule#SEAT_IN} its central administration or main establishment is;
 * {@link ReachRule#OPERATIONS_IN} it lists operations there, or it runs, owns or uses this site there;
 * {@link ReachRule#CONTROLLED_FROM} an organisation on one of its chains of control (decisive influence, see
 * {@link OwnershipGraph}) is reached by one of the other rules. Each path is an {@link Exposure} with its chain
 * (site → operator → controller → jurisdiction → law) and sources.
 *
 * <h2>Cut-off (second axis)</h2>
 * For every accelerator lot not cancelled or decommissioned, each export-control regime in force on the date (or
 * the scenario given) and enacted outside the home bloc applies if the accelerator's vendor is seated in the
 * enacting jurisdiction. The level is the more severe of the site's destination level (with the regime's
 * case-by-case carve-out for chips below its TPP threshold) and the level set for buyers whose ultimate parent is in
 * a listed country (the operator itself and its ultimate controllers). The site's level is the most severe over
 * lots and regimes. Vendor and fab jurisdictions outside the home bloc are reported as foreign dependencies.
 *
 * <h2>Framework views</h2>
 * SecNumCloud §19.6 a–b ({@link SecNumCloudView}), Gaia-X Label 3 P5.1.2/P5.1.4/P5.1.5 ({@link GaiaXView}) for each
 * provider of a site (operator and access gateway), and the EU CSF ({@link CsfView}, {@link CsfCriterion}).
 * Unknown facts are never counted as passing: they give unknown outcomes and coverage gaps.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe; build it once per landscape and profile.
 */
public final class SovereigntyScorer {
  /** Shares within this distance of a threshold count as on it (figures in the sources are rounded). */
  static final double SHARE_TOLERANCE = 1e-9;

  private static final Logger LOG = LoggerFactory.getLogger(SovereigntyScorer.class);

  private final Landscape landscape;
  private final SovereigntyProfile profile;
  private final LocalDate asOf;
  private final OwnershipGraph graph;
  private final HomeBloc home;

  private SovereigntyScorer(Landscape landscape, SovereigntyProfile profile, LocalDate asOf) {
    this.landscape = landscape;
    this.profile = profile;
    this.asOf = asOf;
    this.graph = OwnershipGraph.of(landscape);
    this.home = profile.home();
  }

  /**
   * Obtains a scorer as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param profile  the profile, not null
   * @return the scorer, not null
   */
  public static SovereigntyScorer of(Landscape landscape, SovereigntyProfile profile) {
    return of(landscape, profile, landscape.asOf());
  }

  /**
   * Obtains a scorer as of a date (laws and regimes in force on that date).
   *
   * @param landscape  the landscape, not null
   * @param profile  the profile, not null
   * @param asOf  the date, not null
   * @return the scorer, not null
   */
  public static SovereigntyScorer of(Landscape landscape, SovereigntyProfile profile, LocalDate asOf) {
    return new SovereigntyScorer(Objects.requireNonNull(landscape, "landscape"), Objects.requireNonNull(profile, "profile"),
        Objects.requireNonNull(asOf, "asOf"));
  }

  /** @return the ownership graph of the landscape, not null */
  public OwnershipGraph ownership() {
    return graph;
  }

  private Site siteOf(String siteId) {
    Objects.requireNonNull(siteId, "siteId");
    return landscape.site(siteId).orElseThrow(() -> new IllegalArgumentException("unknown site \"" + siteId + "\""));
  }

  private Operator operatorOf(String operatorId) {
    Objects.requireNonNull(operatorId, "operatorId");
    return landscape.operator(operatorId)
        .orElseThrow(() -> new IllegalArgumentException("unknown operator \"" + operatorId + "\""));
  }

  // ===========================================================================================================
  // site

  /**
   * Scores one site.
   *
   * @param siteId  the site's identifier, not null
   * @return the result with both axes, the framework views, findings and coverage, not null
   * @throws IllegalArgumentException if the site is not in the landscape
   */
  public SiteSovereignty site(String siteId) {
    Site site = siteOf(siteId);
    Evidence ev = new Evidence();
    List<Exposure> exposures = exposures(site, ev);
    lawfulAccessFinding(site, exposures, ev);
    if (!home.contains(landscape, site.jurisdiction())) {
      ev.findings.add(finding("site-location", Outcome.INFO, "The site stands in " + site.jurisdiction()
          + ", outside the home bloc " + home + ".", List.of(ref(EntityKind.SITE, site.id()),
              via("located in", EntityKind.JURISDICTION, site.jurisdiction())), site.sources()));
    }
    Evidence cutEv = new Evidence();
    CutOffRisk cut = cutOff(site, profile.regimesInForceOn(asOf), cutEv);
    ev.addAll(cutEv);
    List<SecNumCloudView> snc = new ArrayList<>();
    List<GaiaXView> gx = new ArrayList<>();
    for (String provider : providers(site)) {
      Evidence pe = new Evidence();
      snc.add(secNumCloud(operatorOf(provider), pe));
      gx.add(gaiaX(operatorOf(provider), Optional.of(site), pe));
      ev.addAll(pe);
    }
    if (providers(site).isEmpty()) {
      ev.need(false);
      ev.gap(EntityKind.SITE, site.id(), "operator", GapTreatment.UNKNOWN,
          "no operator or gateway known: SecNumCloud and Gaia-X are unknown");
    }
    Evidence csfEv = new Evidence();
    CsfView csf = csf(site, exposures, cut, csfEv);
    ev.addAll(csfEv);
    return new SiteSovereignty(site.id(), asOf, profile.label(), exposures, cut, snc, gx, csf, ev.findings,
        ev.coverage());
  }

  private List<String> providers(Site site) {
    List<String> p = new ArrayList<>();
    site.operator().ifPresent(p::add);
    site.accessGateway().filter(g -> !p.contains(g)).ifPresent(p::add);
    return p;
  }

  private void lawfulAccessFinding(Site site, List<Exposure> exposures, Evidence ev) {
    if (exposures.isEmpty()) {
      boolean complete = ev.coverage().isComplete();
      ev.findings.add(0, finding("lawful-access", complete ? Outcome.PASS : Outcome.UNKNOWN,
          complete ? "No foreign extraterritorial law in force reaches the site through its operator, owners, gateway"
              + (profile.tenantsExpose() ? ", tenants" : "") + " or their controllers."
              : "No foreign law was found to reach the site, but facts are missing (see coverage).",
          List.of(ref(EntityKind.SITE, site.id())), site.sources()));
    } else {
      List<Finding> fs = new ArrayList<>();
      fs.add(finding("lawful-access", Outcome.FAIL, "Foreign law reaches the site: " + String.join(", ", lawKeys(exposures))
          + " (" + exposures.size() + " path" + (exposures.size() == 1 ? "" : "s") + ").",
          List.of(ref(EntityKind.SITE, site.id())), site.sources()));
      for (Exposure e : exposures) {
        fs.add(finding("lawful-access", Outcome.INFO, e.lawName() + " reaches the site's " + roleName(e.role()) + " "
            + e.entity() + (e.reached().equals(e.entity()) ? "" : " through its controller " + e.reached()) + " ("
            + rule(e.rule()) + ").", e.chain(), e.sources()));
      }
      ev.findings.addAll(0, fs);
    }
  }

  private static TreeSet<String> lawKeys(List<Exposure> exposures) {
    TreeSet<String> s = new TreeSet<>();
    exposures.forEach(e -> s.add(e.lawKey()));
    return s;
  }

  private static String roleName(Role r) {
    return r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String rule(ReachRule r) {
    return r.name().toLowerCase(Locale.ROOT);
  }

  // ===========================================================================================================
  // lawful access

  /**
   * The paths by which foreign laws reach a site.
   *
   * @param siteId  the site's identifier, not null
   * @return the exposures, possibly empty, not null
   * @throws IllegalArgumentException if the site is not in the landscape
   */
  public List<Exposure> exposures(String siteId) {
    return exposures(siteOf(siteId), new Evidence());
  }

  private List<Exposure> exposures(Site site, Evidence ev) {
    List<Exposure> out = new ArrayList<>();
    EntityRef start = ref(EntityKind.SITE, site.id());
    Set<String> here = Set.of(site.jurisdiction());
    if (site.operator().isEmpty()) {
      ev.need(false);
      ev.gap(EntityKind.SITE, site.id(), "operator", GapTreatment.UNKNOWN, "operator unknown: its exposure is unknown");
    }
    site.operator().ifPresent(o -> out.addAll(exposures(start, site.sources(), Role.OPERATOR, operatorOf(o), here, ev)));
    for (String owner : site.owners()) {
      out.addAll(exposures(start, site.sources(), Role.OWNER, operatorOf(owner), here, ev));
    }
    site.accessGateway().ifPresent(g -> out.addAll(exposures(start, site.sources(), Role.ACCESS_GATEWAY, operatorOf(g),
        Set.of(), ev)));
    if (profile.tenantsExpose()) {
      for (String t : site.tenants()) {
        out.addAll(exposures(start, site.sources(), Role.TENANT, operatorOf(t), here, ev));
      }
    }
    return dedupe(out);
  }

  private static List<Exposure> dedupe(List<Exposure> list) {
    Map<String, Exposure> m = new java.util.LinkedHashMap<>();
    for (Exposure e : list) {
      m.putIfAbsent(e.lawKey() + "|" + e.role() + "|" + e.entity() + "|" + e.reached() + "|" + e.rule(), e);
    }
    return List.copyOf(m.values());
  }

  /** A direct reach of a law over an organisation: the rule, the relation in words and the jurisdiction matched. */
  private record Reach(ReachRule rule, String relation, String where) {}

  private Optional<Reach> directReach(Operator x, ExtraterritorialLaw law, String j, Set<String> extraOperations) {
    if (law.reach().contains(ReachRule.INCORPORATED_IN) && x.seat().isPresent() && landscape.isIn(x.seat().get(), j)) {
      return Optional.of(new Reach(ReachRule.INCORPORATED_IN, "incorporated in", x.seat().get()));
    }
    if (law.reach().contains(ReachRule.SEAT_IN)) {
      for (Optional<String> s : List.of(x.centralAdministration(), x.mainEstablishment())) {
        if (s.isPresent() && landscape.isIn(s.get(), j)) {
          return Optional.of(new Reach(ReachRule.SEAT_IN, "seated in", s.get()));
        }
      }
    }
    if (law.reach().contains(ReachRule.OPERATIONS_IN)) {
      TreeSet<String> ops = new TreeSet<>(x.operationsIn());
      ops.addAll(extraOperations);
      for (String s : ops) {
        if (landscape.isIn(s, j)) {
          return Optional.of(new Reach(ReachRule.OPERATIONS_IN, "operations in", s));
        }
      }
    }
    return Optional.empty();
  }

  private List<Jurisdiction> foreignLawJurisdictions() {
    List<Jurisdiction> js = new ArrayList<>();
    for (Jurisdiction j : landscape.jurisdictions()) {
      if (!j.laws().isEmpty() && !home.contains(landscape, j.code())) {
        js.add(j);
      }
    }
    return js;
  }

  private List<Exposure> exposures(EntityRef start, List<String> startSources, Role role, Operator e,
      Set<String> extraOperations, Evidence ev) {
    List<Exposure> out = new ArrayList<>();
    ev.need(e.seat().isPresent());
    if (e.seat().isEmpty()) {
      ev.gap(EntityKind.OPERATOR, e.id(), "seat", GapTreatment.UNKNOWN,
          "seat unknown: reach by incorporation cannot be ruled out");
    }
    Control control = graph.controllers(e.id());
    ev.need(control.isDetermined());
    undeterminedGaps(control, ev);
    for (Jurisdiction j : foreignLawJurisdictions()) {
      for (ExtraterritorialLaw law : j.laws()) {
        if (!law.isInForceOn(asOf)) {
          continue;
        }
        List<EntityRef> prefix = new ArrayList<>();
        if (start != null) {
          prefix.add(start);
          prefix.add(via(role.relation(), EntityKind.OPERATOR, e.id()));
        } else {
          prefix.add(ref(EntityKind.OPERATOR, e.id()));
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>(startSources);
        sources.addAll(e.sources());
        Optional<Reach> direct = directReach(e, law, j.code(), extraOperations);
        if (direct.isPresent()) {
          out.add(exposure(j, law, direct.get(), role, e.id(), e.id(), prefix, sources));
          continue;
        }
        if (!law.reach().contains(ReachRule.CONTROLLED_FROM) || !control.isControlled()) {
          continue;
        }
        Set<String> reachedControllers = new TreeSet<>();
        for (List<ControlLink> chain : control.chains()) {
          List<EntityRef> path = new ArrayList<>(prefix);
          LinkedHashSet<String> src = new LinkedHashSet<>(sources);
          for (ControlLink link : chain) {
            Operator c = operatorOf(link.controller());
            path.add(via("controlled by (" + link.basis().name().toLowerCase(Locale.ROOT) + ", "
                + percent(link.votingShare()) + " of votes)", EntityKind.OPERATOR, c.id()));
            operatorOf(link.controlled()).stakeOf(c.id()).ifPresent(s -> src.addAll(s.sources()));
            src.addAll(c.sources());
            Optional<Reach> r = directReach(c, law, j.code(), Set.of());
            if (r.isPresent()) {
              if (reachedControllers.add(c.id())) {
                out.add(exposure(j, law, new Reach(ReachRule.CONTROLLED_FROM, r.get().relation(), r.get().where()),
                    role, e.id(), c.id(), path, src));
              }
              break;
            }
          }
        }
      }
    }
    return out;
  }

  private void undeterminedGaps(Control control, Evidence ev) {
    for (String u : control.undetermined()) {
      ev.gap(EntityKind.OPERATOR, u, "stakes", GapTreatment.UNKNOWN, "no listed holder controls it and "
          + percent(1 - operatorOf(u).listedVotingShare()) + " of its votes are unlisted: an unknown controller is possible");
    }
  }

  private Exposure exposure(Jurisdiction j, ExtraterritorialLaw law, Reach reach, Role role, String entity,
      String reached, List<EntityRef> prefix, Set<String> sources) {
    List<EntityRef> chain = new ArrayList<>(prefix);
    chain.add(via(reach.relation(), EntityKind.JURISDICTION, reach.where()));
    chain.add(via("subject to", EntityKind.LAW, j.code() + "/" + law.id()));
    LinkedHashSet<String> src = new LinkedHashSet<>(sources);
    src.addAll(law.sources());
    return new Exposure(j.code(), law.id(), law.name(), reach.rule(), role, entity, reached, chain, List.copyOf(src));
  }

  // ===========================================================================================================
  // cut-off

  /**
   * The cut-off risk of a site under the regimes in force on the date.
   *
   * @param siteId  the site's identifier, not null
   * @return the cut-off axis, not null
   * @throws IllegalArgumentException if the site is not in the landscape
   */
  public CutOffRisk cutOffRisk(String siteId) {
    return cutOff(siteOf(siteId), profile.regimesInForceOn(asOf), new Evidence());
  }

  /**
   * The cut-off risk of a site under one regime taken as a scenario, whatever the date.
   *
   * @param siteId  the site's identifier, not null
   * @param regime  the regime, not null
   * @return the cut-off axis, not null
   * @throws IllegalArgumentException if the site is not in the landscape
   */
  public CutOffRisk cutOffRisk(String siteId, ExportControlRegime regime) {
    return cutOff(siteOf(siteId), List.of(Objects.requireNonNull(regime, "regime")), new Evidence());
  }

  /**
   * Estimated Total Processing Performance of an accelerator: {@code max(denseBf16Tflops × 16, denseFp8Tflops × 8)}.
   *
   * @param a  the accelerator, not null
   * @return the TPP, or empty if no dense figure is known
   */
  static java.util.OptionalDouble tpp(Accelerator a) {
    double t = Math.max(a.denseBf16Tflops().orElse(0) * 16, a.denseFp8Tflops().orElse(0) * 8);
    return t > 0 ? java.util.OptionalDouble.of(t) : java.util.OptionalDouble.empty();
  }

  private List<Operator> buyers(Site site) {
    List<Operator> buyers = new ArrayList<>();
    if (site.operator().isPresent()) {
      Operator op = operatorOf(site.operator().get());
      buyers.add(op);
      for (String c : graph.controllers(op.id()).controllers()) {
        if (!c.equals(op.id())) {
          buyers.add(operatorOf(c));
        }
      }
    }
    return buyers;
  }

  private CutOffRisk cutOff(Site site, List<ExportControlRegime> regimes, Evidence ev) {
    CutOffLevel level = CutOffLevel.NONE;
    List<String> reasons = new ArrayList<>();
    TreeSet<String> dependencies = new TreeSet<>();
    List<Finding> findings = new ArrayList<>();
    List<ExportControlRegime> foreign = new ArrayList<>();
    for (ExportControlRegime r : regimes) {
      if (home.contains(landscape, r.enactedBy())) {
        findings.add(finding("cut-off", Outcome.NOT_APPLICABLE, r.name() + " is enacted inside the home bloc " + home
            + ": not a foreign decision.", List.of(ref(EntityKind.SITE, site.id())), List.of()));
      } else {
        foreign.add(r);
      }
    }
    List<Operator> buyers = buyers(site);
    boolean anyLot = false;
    long unknownAccelerators = 0;
    for (AcceleratorLot lot : site.fleet()) {
      if (lot.status() == SiteStatus.CANCELLED || lot.status() == SiteStatus.DECOMMISSIONED) {
        continue;
      }
      Optional<Accelerator> acc = lot.accelerator().flatMap(landscape::accelerator);
      ev.need(acc.isPresent());
      if (acc.isEmpty()) {
        unknownAccelerators += lot.count();
        ev.gap(EntityKind.SITE, site.id(), "fleet.accelerator", GapTreatment.UNKNOWN, "accelerator "
            + lot.reportedModel().orElse("?") + " is not in the catalogue: its vendor and regime are unknown");
        continue;
      }
      Accelerator a = acc.get();
      Operator vendor = operatorOf(a.vendor());
      Optional<String> vendorSeat = vendor.seat();
      ev.need(vendorSeat.isPresent());
      anyLot |= vendorSeat.isPresent();
      if (vendorSeat.isEmpty()) {
        unknownAccelerators += lot.count();
        ev.gap(EntityKind.OPERATOR, vendor.id(), "seat", GapTreatment.UNKNOWN, "vendor seat unknown: regimes cannot be applied");
      } else if (!home.contains(landscape, vendorSeat.get())) {
        dependencies.add(vendorSeat.get().substring(0, 2));
      }
      for (String fab : a.fabJurisdictions()) {
        if (!home.contains(landscape, fab)) {
          dependencies.add(fab.substring(0, 2));
        }
      }
      for (ExportControlRegime r : foreign) {
        if (vendorSeat.isEmpty() || !landscape.isIn(vendorSeat.get(), r.enactedBy())) {
          continue;
        }
        List<EntityRef> chain = new ArrayList<>(List.of(ref(EntityKind.SITE, site.id()),
            via("fleet " + lot.count() + " ×", EntityKind.ACCELERATOR, a.id()),
            via("made by", EntityKind.OPERATOR, vendor.id()),
            via("seated in", EntityKind.JURISDICTION, vendorSeat.get())));
        LinkedHashSet<String> src = new LinkedHashSet<>(site.sources());
        src.addAll(lot.sources());
        src.addAll(a.sources());
        CutOffLevel dest = r.destinationLevel(site.jurisdiction());
        String why = r.name() + ": destination " + site.jurisdiction() + " → " + name(dest);
        if (dest.compareTo(CutOffLevel.LICENCE_REQUIRED) > 0
            && r.caseByCaseDestinations().contains(site.jurisdiction().substring(0, 2))
            && r.caseByCaseBelowTpp().isPresent()) {
          java.util.OptionalDouble t = tpp(a);
          if (t.isPresent() && t.getAsDouble() < r.caseByCaseBelowTpp().getAsDouble()) {
            dest = CutOffLevel.LICENCE_REQUIRED;
            why = r.name() + ": " + a.id() + " (TPP ≈ " + Math.round(t.getAsDouble()) + " < "
                + Math.round(r.caseByCaseBelowTpp().getAsDouble()) + ") to " + site.jurisdiction()
                + " → case-by-case licence (re-exports stay presumed denied)";
          } else if (t.isEmpty()) {
            ev.gap(EntityKind.ACCELERATOR, a.id(), "denseBf16Tflops", GapTreatment.UNKNOWN,
                "TPP unknown: the case-by-case carve-out cannot apply");
          }
        }
        CutOffLevel lotLevel = dest;
        List<String> lotReasons = new ArrayList<>();
        if (dest != CutOffLevel.NONE) {
          lotReasons.add(why);
        }
        for (Operator buyer : buyers) {
          if (buyer.seat().isEmpty()) {
            continue;
          }
          CutOffLevel p = r.parents().get(buyer.seat().get().substring(0, 2));
          if (p != null && p != CutOffLevel.NONE) {
            lotLevel = lotLevel.max(p);
            lotReasons.add(r.name() + ": buyer " + buyer.id() + " (operator or its ultimate controller) is seated in "
                + buyer.seat().get() + " → " + name(p));
            src.addAll(buyer.sources());
          }
        }
        chain.add(via("export controls", EntityKind.JURISDICTION, r.enactedBy()));
        if (lotLevel != CutOffLevel.NONE) {
          level = level.max(lotLevel);
          reasons.addAll(lotReasons);
          findings.add(finding("cut-off", Outcome.FAIL, lot.count() + " × " + a.id() + ": " + name(lotLevel) + " — "
              + String.join("; ", lotReasons) + " (" + r.source() + ").", chain, List.copyOf(src)));
        } else {
          findings.add(finding("cut-off", Outcome.PASS, lot.count() + " × " + a.id() + ": no licence, cap or denial under "
              + r.name() + " for " + site.jurisdiction() + " (" + r.source() + ").", chain, List.copyOf(src)));
        }
      }
    }
    if (site.fleet().isEmpty()) {
      ev.need(false);
      ev.gap(EntityKind.SITE, site.id(), "fleet", GapTreatment.UNKNOWN, "no accelerators listed: cut-off risk unknown");
    }
    boolean unknownRisk = !anyLot || (unknownAccelerators > 0 && level != CutOffLevel.PRESUMPTION_OF_DENIAL);
    if (!dependencies.isEmpty()) {
      findings.add(finding("cut-off-dependency", Outcome.INFO, "The site's accelerators depend on vendors or fabs in "
          + String.join(", ", dependencies) + ", outside the home bloc " + home + ".",
          List.of(ref(EntityKind.SITE, site.id())), site.sources()));
    }
    String under = foreign.isEmpty() ? "no foreign regime in force" : foreign.stream().map(ExportControlRegime::id).toList()
        .toString();
    findings.add(0, finding("cut-off", level != CutOffLevel.NONE ? Outcome.FAIL : unknownRisk ? Outcome.UNKNOWN
        : Outcome.PASS, !anyLot ? "No accelerator of a known model and vendor is listed: the cut-off risk is unknown."
            : "Cut-off risk " + name(level) + (unknownRisk ? " at least" : "") + " under " + under
                + (unknownAccelerators > 0 ? "; " + unknownAccelerators + " accelerators of unknown model or vendor"
                    + " not assessed" : "") + ".",
        List.of(ref(EntityKind.SITE, site.id())), site.sources()));
    ev.findings.addAll(findings);
    return new CutOffRisk(level, foreign.stream().map(ExportControlRegime::id).toList(), reasons,
        List.copyOf(dependencies), findings);
  }

  private static String name(CutOffLevel l) {
    return l.name().toLowerCase(Locale.ROOT);
  }

  // ===========================================================================================================
  // seats and holdings outside a bloc

  /** Whether an operator is seated outside a bloc: TRUE if any of its seats is outside, FALSE if all three are known and inside. */
  private Boolean outside(Operator o, Predicate<String> inside) {
    List<Optional<String>> seats = List.of(o.seat(), o.centralAdministration(), o.mainEstablishment());
    boolean unknown = false;
    for (Optional<String> s : seats) {
      if (s.isPresent() && !inside.test(s.get())) {
        return Boolean.TRUE;
      }
      unknown |= s.isEmpty();
    }
    return unknown ? null : Boolean.FALSE;
  }

  /**
   * Like {@link #outside} but for holders and controllers: the registered office alone decides when the other two
   * are not given (the usual case for a shareholder); unknown only if the registered office is unknown.
   */
  private Boolean holderOutside(Operator o, Predicate<String> inside) {
    Boolean full = outside(o, inside);
    if (full != null) {
      return full;
    }
    return o.seat().map(s -> !inside.test(s)).orElse(null);
  }

  private Predicate<String> inBloc(String bloc) {
    return code -> landscape.isIn(code, bloc);
  }

  /** Holdings outside a bloc, on one measure. */
  private record Holdings(double largest, String largestHolder, double total, double unknown, double largestUnknown,
      String largestUnknownHolder) {}

  private Holdings holdings(String provider, Map<Holder, Double> shares, double unresolved, Predicate<String> inside) {
    double largest = 0;
    String largestHolder = "";
    double total = 0;
    double unknown = unresolved;
    double largestUnknown = 0;
    String largestUnknownHolder = "";
    for (Map.Entry<Holder, Double> e : shares.entrySet()) {
      Holder h = e.getKey();
      double v = e.getValue();
      if (h.kind() == HolderKind.OPERATOR && h.operator().equals(provider)) {
        // a provider with no listed stakes: its holders are its remainder
        h = Holder.of(operatorOf(provider).remainder() == dev.sovai.model.operator.Remainder.FREE_FLOAT
            ? HolderKind.FREE_FLOAT : HolderKind.UNKNOWN, provider);
      }
      Boolean out = null;
      if (h.kind() == HolderKind.OPERATOR) {
        out = holderOutside(operatorOf(h.operator()), inside);
      } else if (h.kind() == HolderKind.CIRCULAR) {
        out = Boolean.FALSE;
      }
      if (Boolean.TRUE.equals(out)) {
        total += v;
        if (v > largest) {
          largest = v;
          largestHolder = h.toString();
        }
      } else if (out == null) {
        unknown += v;
        if (h.kind() != HolderKind.FREE_FLOAT && v > largestUnknown) {
          largestUnknown = v;
          largestUnknownHolder = h.toString();
        }
      }
    }
    return new Holdings(largest, largestHolder, total, unknown, largestUnknown, largestUnknownHolder);
  }

  private UltimateOwnership lookThrough(Operator p, Predicate<String> inside) {
    return graph.holdersUntil(p.id(), id -> !Boolean.FALSE.equals(holderOutside(operatorOf(id), inside)));
  }

  // ===========================================================================================================
  // SecNumCloud

  /**
   * SecNumCloud 3.2 §19.6 a–b for one operator taken as the provider.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the view, not null
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public SecNumCloudView secNumCloud(String operatorId) {
    return secNumCloud(operatorOf(operatorId), new Evidence());
  }

  /**
   * ANSSI SecNumCloud 3.2 §19.6 a (registered office, central administration and principal establishment in the
   * bloc) and §19.6 b (capital and votes held from outside the bloc: individually not more than 24 %, collectively
   * not more than 39 %, on both measures; no outside veto or board-majority right, directly or through control).
   */
  private SecNumCloudView secNumCloud(Operator p, Evidence ev) {
    SecNumCloudThresholds t = profile.secNumCloud();
    Predicate<String> inside = inBloc(t.bloc());
    String crit = "secnumcloud-19.6";
    EntityRef subject = ref(EntityKind.OPERATOR, p.id());
    // a
    Boolean out = outside(p, inside);
    Outcome a = out == null ? Outcome.UNKNOWN : out ? Outcome.FAIL : Outcome.PASS;
    ev.need(out != null);
    if (out == null) {
      ev.gap(EntityKind.OPERATOR, p.id(), "centralAdministration", GapTreatment.UNKNOWN,
          "registered office, central administration or main establishment unknown: §19.6 a unknown");
    }
    ev.findings.add(finding(crit + "-a", a, "SecNumCloud §19.6 a: " + p.id() + " registered office "
        + p.seat().orElse("?") + ", central administration " + p.centralAdministration().orElse("?")
        + ", main establishment " + p.mainEstablishment().orElse("?") + " — " + (a == Outcome.PASS ? "all in " + t.bloc()
            : a == Outcome.FAIL ? "not all in " + t.bloc() : "not all known") + ".",
        List.of(subject), p.sources()));
    // b: shares
    UltimateOwnership u = lookThrough(p, inside);
    Holdings cap = holdings(p.id(), u.capital(), u.unresolvedCapital(), inside);
    Holdings vot = holdings(p.id(), u.votes(), u.unresolvedVotes(), inside);
    double largest = Math.max(cap.largest(), vot.largest());
    double total = Math.max(cap.total(), vot.total());
    double unknown = Math.max(cap.unknown(), vot.unknown());
    boolean failShares = largest > t.individual() + SHARE_TOLERANCE || total > t.collective() + SHARE_TOLERANCE;
    boolean passShares = Math.max(largest, Math.max(cap.largestUnknown(), vot.largestUnknown()))
        <= t.individual() + SHARE_TOLERANCE && Math.max(cap.total() + cap.unknown(), vot.total() + vot.unknown())
        <= t.collective() + SHARE_TOLERANCE;
    ev.need(!(unknown > SHARE_TOLERANCE));
    if (unknown > SHARE_TOLERANCE) {
      ev.gap(EntityKind.OPERATOR, p.id(), "stakes", GapTreatment.BOUNDED, percent(unknown)
          + " of capital or votes is held by unknown or unlisted holders (counted as possibly outside " + t.bloc() + ")");
    }
    // b: rights and control
    Control control = graph.controllers(p.id());
    String rightsBreach = null;
    boolean rightsUnknown = !control.isDetermined();
    for (ControlLink l : control.direct()) {
      Boolean o = holderOutside(operatorOf(l.controller()), inside);
      if (Boolean.TRUE.equals(o)) {
        rightsBreach = l.controller() + " (outside " + t.bloc() + ") has decisive influence over " + p.id() + " ("
            + basis(l) + ", " + percent(l.votingShare()) + " of votes)";
      } else if (o == null) {
        rightsUnknown = true;
      }
    }
    for (var e : p.stakes()) {
      if (e.veto() || e.appointsBoardMajority()) {
        Boolean o = holderOutside(operatorOf(e.holder()), inside);
        if (Boolean.TRUE.equals(o) && rightsBreach == null) {
          rightsBreach = e.holder() + " (outside " + t.bloc() + ") holds a " + (e.veto() ? "veto" : "board-majority right");
        } else if (o == null) {
          rightsUnknown = true;
        }
      }
    }
    List<EntityRef> chain = new ArrayList<>(List.of(subject));
    if (rightsBreach == null) {
      outer:
      for (List<ControlLink> c : control.chains()) {
        List<EntityRef> path = new ArrayList<>(List.of(subject));
        for (ControlLink l : c) {
          path.add(via("controlled by (" + basis(l) + ")", EntityKind.OPERATOR, l.controller()));
          Boolean o = holderOutside(operatorOf(l.controller()), inside);
          if (Boolean.TRUE.equals(o)) {
            rightsBreach = p.id() + " is controlled from outside " + t.bloc() + " by " + l.controller() + " ("
                + basis(l) + ")";
            chain = path;
            break outer;
          } else if (o == null) {
            rightsUnknown = true;
          }
        }
      }
    }
    Outcome b;
    String binding;
    if (failShares || rightsBreach != null) {
      b = Outcome.FAIL;
      if (rightsBreach != null) {
        binding = rightsBreach;
      } else if (largest > t.individual() + SHARE_TOLERANCE) {
        Holdings h = cap.largest() >= vot.largest() ? cap : vot;
        binding = h.largestHolder() + " holds " + percent(largest) + " (" + (h == cap ? "capital" : "votes")
            + "), more than " + percent(t.individual()) + " individually";
        Operator holder = operatorOf(h.largestHolder());
        chain.add(via("held " + percent(largest) + " directly or indirectly by", EntityKind.OPERATOR, holder.id()));
        if (holder.seat().isPresent()) {
          chain.add(via("incorporated in", EntityKind.JURISDICTION, holder.seat().get()));
        }
      } else {
        binding = "holders outside " + t.bloc() + " hold " + percent(total) + " together, more than "
            + percent(t.collective()) + " collectively";
      }
    } else if (passShares && !rightsUnknown) {
      b = Outcome.PASS;
      binding = "largest holding outside " + t.bloc() + " " + percent(largest) + " (headroom "
          + points(t.individual() - largest) + " to " + percent(t.individual()) + "), total " + percent(total)
          + " (headroom " + points(t.collective() - total) + " to " + percent(t.collective()) + ")";
    } else {
      b = Outcome.UNKNOWN;
      binding = passShares ? "control or the seat of a controller is unknown"
          : percent(unknown) + " held by unlisted, free-float or unknown-seat holders could exceed the thresholds"
              + (Math.max(cap.largestUnknown(), vot.largestUnknown()) > 0 ? " (largest: "
                  + (cap.largestUnknown() >= vot.largestUnknown() ? cap.largestUnknownHolder() : vot.largestUnknownHolder())
                  + ")" : "");
    }
    LinkedHashSet<String> src = new LinkedHashSet<>(p.sources());
    p.stakes().forEach(s -> src.addAll(s.sources()));
    ev.findings.add(finding(crit + "-b", b, "SecNumCloud §19.6 b: " + binding + ".", chain, List.copyOf(src)));
    Outcome overall = worst(a, b);
    return new SecNumCloudView(p.id(), a, b, overall, binding, largest, total, unknown, t.individual() - largest,
        t.collective() - total, ev.findings.subList(ev.findings.size() - 2, ev.findings.size()));
  }

  private static String basis(ControlLink l) {
    return l.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static Outcome worst(Outcome... outcomes) {
    Outcome w = Outcome.PASS;
    for (Outcome o : outcomes) {
      if (o == Outcome.FAIL) {
        return Outcome.FAIL;
      }
      if (o == Outcome.UNKNOWN) {
        w = Outcome.UNKNOWN;
      }
    }
    return w;
  }

  // ===========================================================================================================
  // Gaia-X

  /**
   * Gaia-X Label 3 seat (P5.1.4) and control (P5.1.5) for one operator taken as the provider.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the view, with data location not applicable, not null
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public GaiaXView gaiaX(String operatorId) {
    return gaiaX(operatorOf(operatorId), Optional.empty(), new Evidence());
  }

  private GaiaXView gaiaX(Operator p, Optional<Site> site, Evidence ev) {
    String bloc = profile.gaiaXBloc();
    Predicate<String> inside = code -> landscape.isIn(code, bloc) || landscape.isIn(code, "EU");
    EntityRef subject = ref(EntityKind.OPERATOR, p.id());
    List<Finding> fs = new ArrayList<>();
    Boolean out = outside(p, inside);
    Outcome seat = out == null ? Outcome.UNKNOWN : out ? Outcome.FAIL : Outcome.PASS;
    fs.add(finding("gaia-x-p5.1.4", seat, "Gaia-X P5.1.4: head office, headquarters and main establishment of " + p.id()
        + (seat == Outcome.PASS ? " are all in the EU/" + bloc : seat == Outcome.FAIL ? " are not all in the EU/" + bloc
            : " are not all known") + ".", List.of(subject), p.sources()));
    Control control = graph.controllers(p.id());
    Outcome ctl = control.isDetermined() ? Outcome.PASS : Outcome.UNKNOWN;
    String msg = (control.isControlled() ? "controlled by " + control.controllers() + " (" + control.kind().name()
        .toLowerCase(Locale.ROOT) + ")" : "controlled by no listed holder")
        + (control.isDetermined() ? "" : ", but unlisted holders could control " + control.undetermined());
    List<EntityRef> chain = List.of(subject);
    outer:
    for (List<ControlLink> c : control.chains()) {
      List<EntityRef> path = new ArrayList<>(List.of(subject));
      for (ControlLink l : c) {
        path.add(via("controlled by (" + basis(l) + ")", EntityKind.OPERATOR, l.controller()));
        Boolean o = holderOutside(operatorOf(l.controller()), inside);
        if (Boolean.TRUE.equals(o)) {
          ctl = Outcome.FAIL;
          msg = "controlled from outside the EU/" + bloc + " by " + l.controller() + " ("
              + operatorOf(l.controller()).seat().orElse("?") + ", " + basis(l) + ")";
          chain = path;
          break outer;
        } else if (o == null) {
          ctl = Outcome.UNKNOWN;
          msg = "the seat of controller " + l.controller() + " is unknown";
          chain = path;
        }
      }
    }
    LinkedHashSet<String> src = new LinkedHashSet<>(p.sources());
    p.stakes().forEach(s -> src.addAll(s.sources()));
    fs.add(finding("gaia-x-p5.1.5", ctl, "Gaia-X P5.1.5 (decisive influence, EUMR 139/2004): " + p.id() + " is " + msg
        + ".", chain, List.copyOf(src)));
    ev.need(seat != Outcome.UNKNOWN);
    ev.need(ctl != Outcome.UNKNOWN);
    undeterminedGaps(control, ev);
    Outcome data = Outcome.NOT_APPLICABLE;
    if (site.isPresent()) {
      Site s = site.get();
      if (s.dataLocations().isEmpty()) {
        data = Outcome.UNKNOWN;
        ev.gap(EntityKind.SITE, s.id(), "dataLocations", GapTreatment.UNKNOWN, "data locations unknown: P5.1.2 unknown");
      } else {
        data = s.dataLocations().stream().allMatch(inside) ? Outcome.PASS : Outcome.FAIL;
      }
      ev.need(data != Outcome.UNKNOWN);
      fs.add(finding("gaia-x-p5.1.2", data, "Gaia-X P5.1.2: customer data of site " + s.id() + " is processed in "
          + (s.dataLocations().isEmpty() ? "unknown places" : String.join(", ", new TreeSet<>(s.dataLocations())))
          + (data == Outcome.PASS ? ", all in the EU/" + bloc : data == Outcome.FAIL ? ", not all in the EU/" + bloc : "")
          + ".", List.of(ref(EntityKind.SITE, s.id()), via("provided by", EntityKind.OPERATOR, p.id())), s.sources()));
    }
    ev.findings.addAll(fs);
    Outcome overall = data == Outcome.NOT_APPLICABLE ? worst(seat, ctl) : worst(seat, ctl, data);
    return new GaiaXView(p.id(), seat, ctl, data, overall, fs);
  }

  // ===========================================================================================================
  // EU CSF

  private CsfView csf(Site site, List<Exposure> exposures, CutOffRisk cut, Evidence ev) {
    List<CsfAnswer> answers = new ArrayList<>();
    Predicate<String> inside = code -> home.contains(landscape, code);
    // SOV-1.1
    answers.add(sov11(site, inside));
    // SOV-1.8
    boolean fleetKnown = site.fleet().stream().anyMatch(l -> l.status() != SiteStatus.CANCELLED
        && l.status() != SiteStatus.DECOMMISSIONED && l.accelerator().flatMap(landscape::accelerator).isPresent());
    if (!fleetKnown) {
      answers.add(unknown(CsfCriterion.SOV_1_8, site, "no catalogued accelerators: cut-off resilience unknown"));
    } else {
      switch (cut.level()) {
        case PRESUMPTION_OF_DENIAL:
          answers.add(answer(CsfCriterion.SOV_1_8, site, 0, 0, "immediate shutdown (presumption of denial)"));
          break;
        case CAPPED:
          answers.add(answer(CsfCriterion.SOV_1_8, site, 0, 31.25, "delayed stop (supply capped)"));
          break;
        case LICENCE_REQUIRED:
          answers.add(answer(CsfCriterion.SOV_1_8, site, 2, 62.5, "temporary contractual continuity (licence required)"));
          break;
        default:
          answers.add(cut.foreignDependencies().isEmpty()
              ? answer(CsfCriterion.SOV_1_8, site, 4, 125, "full autonomy (no foreign dependency)")
              : answer(CsfCriterion.SOV_1_8, site, 2, 93.75, "can re-source (no restriction now, but depends on "
                  + String.join(", ", cut.foreignDependencies()) + ")"));
      }
    }
    // SOV-2.2
    boolean seatsKnown = roles(site).stream().allMatch(o -> o.seat().isPresent()) && site.operator().isPresent();
    boolean structural = exposures.stream().anyMatch(e -> e.role() != Role.TENANT);
    if (structural) {
      answers.add(answer(CsfCriterion.SOV_2_2, site, 1, 0, "fully exposed: " + String.join(", ", lawKeys(exposures))));
    } else if (!exposures.isEmpty()) {
      answers.add(answer(CsfCriterion.SOV_2_2, site, 1, 41.75, "exposed through tenants only: "
          + String.join(", ", lawKeys(exposures))));
    } else if (seatsKnown) {
      answers.add(answer(CsfCriterion.SOV_2_2, site, 4, 167, "structural immunity: no foreign law reaches the site"));
    } else {
      answers.add(unknown(CsfCriterion.SOV_2_2, site, "a seat or the operator is unknown"));
    }
    // SOV-2.4
    if (!fleetKnown) {
      answers.add(unknown(CsfCriterion.SOV_2_4, site, "no catalogued accelerators"));
    } else {
      boolean destination = cut.reasons().stream().anyMatch(r -> r.contains("destination") || r.contains("TPP"));
      if (destination) {
        answers.add(answer(CsfCriterion.SOV_2_4, site, 0, 0, "restrictions towards " + site.jurisdiction()));
      } else if (cut.level() != CutOffLevel.NONE) {
        answers.add(answer(CsfCriterion.SOV_2_4, site, 1, 41.75, "restricted through the buyer's parent"));
      } else if (!cut.regimes().isEmpty() && !cut.foreignDependencies().isEmpty()) {
        answers.add(answer(CsfCriterion.SOV_2_4, site, 3, 125.25, "under a foreign regime, no restriction towards "
            + site.jurisdiction()));
      } else {
        answers.add(answer(CsfCriterion.SOV_2_4, site, 4, 167, "not exposed to foreign export restrictions"));
      }
    }
    // SOV-3.4
    if (site.dataLocations().isEmpty()) {
      answers.add(unknown(CsfCriterion.SOV_3_4, site, "data locations unknown"));
    } else {
      long in = site.dataLocations().stream().filter(inside).count();
      answers.add(in == site.dataLocations().size() ? answer(CsfCriterion.SOV_3_4, site, 4, 200, "all data in " + home)
          : in > 0 ? answer(CsfCriterion.SOV_3_4, site, 1, 150, home + " by default, with third-country locations")
          : answer(CsfCriterion.SOV_3_4, site, 0, 0, "data in third countries"));
    }
    // SOV-3.5, SOV-5.2, SOV-6.5 from the fleet
    Set<String> vendorSeats = new TreeSet<>();
    Set<String> fabs = new TreeSet<>();
    boolean fabsKnown = true;
    for (AcceleratorLot lot : site.fleet()) {
      if (lot.status() == SiteStatus.CANCELLED || lot.status() == SiteStatus.DECOMMISSIONED) {
        continue;
      }
      Optional<Accelerator> a = lot.accelerator().flatMap(landscape::accelerator);
      if (a.isPresent()) {
        operatorOf(a.get().vendor()).seat().ifPresent(vendorSeats::add);
        fabs.addAll(a.get().fabJurisdictions());
        fabsKnown &= !a.get().fabJurisdictions().isEmpty();
      }
    }
    boolean vendorHome = !vendorSeats.isEmpty() && vendorSeats.stream().allMatch(inside);
    boolean fabHome = !fabs.isEmpty() && fabs.stream().allMatch(inside);
    if (!fleetKnown || vendorSeats.isEmpty()) {
      answers.add(unknown(CsfCriterion.SOV_3_5, site, "accelerators or vendors unknown"));
    } else if (cut.level() != CutOffLevel.NONE) {
      answers.add(answer(CsfCriterion.SOV_3_5, site, 2, 0, "restricted chips"));
    } else if (vendorHome && fabHome) {
      answers.add(answer(CsfCriterion.SOV_3_5, site, 4, 200, "chips of " + home + " origin"));
    } else {
      answers.add(answer(CsfCriterion.SOV_3_5, site, 3, 150, "foreign accelerators (vendors in " + vendorSeats + ")"));
    }
    if (!fleetKnown || !fabsKnown || fabs.isEmpty()) {
      answers.add(unknown(CsfCriterion.SOV_5_2, site, "fab jurisdictions unknown"));
    } else {
      answers.add(fabHome ? answer(CsfCriterion.SOV_5_2, site, 4, 143, "made in " + home)
          : answer(CsfCriterion.SOV_5_2, site, 1, 0, "made in " + fabs));
    }
    if (!fleetKnown || vendorSeats.isEmpty()) {
      answers.add(unknown(CsfCriterion.SOV_6_5, site, "accelerators or vendors unknown"));
    } else if (!inside.test(site.jurisdiction()) && !vendorHome) {
      answers.add(answer(CsfCriterion.SOV_6_5, site, 0, 0, "imported stack hosted outside " + home));
    } else if (!vendorHome) {
      answers.add(answer(CsfCriterion.SOV_6_5, site, 3, 50, home + "-hosted foreign stack"));
    } else if (!fabHome) {
      answers.add(answer(CsfCriterion.SOV_6_5, site, 3, 150, home + " processor IP with foreign fabs"));
    } else {
      answers.add(answer(CsfCriterion.SOV_6_5, site, 4, 200, home + " design, fab and operation"));
    }
    // SOV-4.4
    Set<String> staff = new TreeSet<>(site.administrationLocations());
    staff.addAll(site.supportLocations());
    if (staff.isEmpty()) {
      answers.add(unknown(CsfCriterion.SOV_4_4, site, "administration and support locations unknown"));
    } else {
      answers.add(staff.stream().allMatch(inside) ? answer(CsfCriterion.SOV_4_4, site, 3, 167 * 3 / 4.0,
          "administration and support from " + home)
          : answer(CsfCriterion.SOV_4_4, site, 1, 167 / 4.0, "administration or support from " + staff));
    }
    // SOV-7.1
    OptionalInt cert = OptionalInt.empty();
    if (site.operator().isPresent()) {
      for (Certification c : operatorOf(site.operator().get()).certifications()) {
        if (!c.isValidOn(asOf)) {
          continue;
        }
        int s = c.scheme() == CertificationScheme.SECNUMCLOUD || c.scheme() == CertificationScheme.EUCS ? 4
            : c.scheme() == CertificationScheme.C5 ? 3 : c.scheme() == CertificationScheme.ISO_27001 ? 2 : -1;
        if (s >= 0 && (cert.isEmpty() || s > cert.getAsInt())) {
          cert = OptionalInt.of(s);
        }
      }
    }
    answers.add(cert.isEmpty() ? unknown(CsfCriterion.SOV_7_1, site, "no security certification listed for the operator")
        : answer(CsfCriterion.SOV_7_1, site, cert.getAsInt(), 143 * cert.getAsInt() / 4.0,
            "security certification at SEAL " + cert.getAsInt()));
    // SOV-8.1
    if (site.pue().isEmpty()) {
      answers.add(unknown(CsfCriterion.SOV_8_1, site, "PUE not reported"));
    } else {
      double pue = site.pue().getAsDouble();
      answers.add(pue < 1.3 ? answer(CsfCriterion.SOV_8_1, site, 4, 187.5, "PUE " + pue + " < 1.3")
          : pue < 1.5 ? answer(CsfCriterion.SOV_8_1, site, 4, 125, "PUE " + pue + " < 1.5")
          : pue < 3 ? answer(CsfCriterion.SOV_8_1, site, 1, 62.5, "PUE " + pue + " < 3")
          : answer(CsfCriterion.SOV_8_1, site, 1, 0, "PUE " + pue));
    }
    answers.sort((x, y) -> x.criterion().compareTo(y.criterion()));
    for (CsfAnswer a : answers) {
      ev.need(a.isAnswered());
      if (!a.isAnswered()) {
        ev.gap(EntityKind.SITE, site.id(), a.criterion().code(), GapTreatment.UNKNOWN,
            a.rung() + ": excluded from the SEAL floor, earns no points");
      }
      ev.findings.add(a.finding());
    }
    CsfView view = new CsfView(answers, profile.csfWeights());
    StringBuilder scores = new StringBuilder();
    view.sealScores().forEach((k, v) -> scores.append(scores.length() == 0 ? "" : ", ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%.2f %%", v)));
    ev.findings.add(finding("csf-seal", view.seal().isPresent() ? Outcome.INFO : Outcome.UNKNOWN, "EU CSF: SEAL floor "
        + (view.seal().isPresent() ? view.seal().getAsInt() : "unknown") + " over " + (answers.size() - view.unknown().size())
        + " answered criteria (" + view.unknown().size() + " unknown, an upper bound); weighted score " + scores + ".",
        List.of(ref(EntityKind.SITE, site.id())), site.sources()));
    return view;
  }

  private List<Operator> roles(Site site) {
    List<Operator> list = new ArrayList<>();
    site.operator().map(this::operatorOf).ifPresent(list::add);
    site.owners().forEach(o -> list.add(operatorOf(o)));
    site.accessGateway().map(this::operatorOf).ifPresent(list::add);
    return list;
  }

  private CsfAnswer sov11(Site site, Predicate<String> inside) {
    List<String> providers = providers(site);
    if (providers.isEmpty()) {
      return unknown(CsfCriterion.SOV_1_1, site, "no operator or gateway known");
    }
    int worstSeal = 4;
    double worstPoints = 125;
    String rung = "entirely within " + home;
    String unknownWhy = null;
    for (String id : providers) {
      Operator p = operatorOf(id);
      Boolean pOut = holderOutside(p, inside);
      Control control = graph.controllers(id);
      Boolean ctlOut = Boolean.FALSE;
      for (String c : control.controllers()) {
        Boolean o = holderOutside(operatorOf(c), inside);
        if (Boolean.TRUE.equals(o)) {
          ctlOut = Boolean.TRUE;
          break;
        }
        if (o == null) {
          ctlOut = null;
        }
      }
      if (!Boolean.TRUE.equals(pOut) && !Boolean.TRUE.equals(ctlOut)
          && (pOut == null || ctlOut == null || !control.isDetermined())) {
        unknownWhy = pOut == null ? "seat of " + id + " unknown"
            : "control of " + control.undetermined() + " undetermined or a controller's seat unknown";
        continue;
      }
      UltimateOwnership u = lookThrough(p, inside);
      Holdings h = holdings(p.id(), u.capital(), u.unresolvedCapital(), inside);
      int seal;
      double pts;
      String r;
      if (Boolean.TRUE.equals(pOut) || Boolean.TRUE.equals(ctlOut)) {
        boolean entirely = h.total() + h.unknown() >= 1 - 1e-6 || Boolean.TRUE.equals(pOut);
        seal = 1;
        pts = entirely ? 0 : 41.67;
        r = (entirely ? "entirely" : "mostly") + " outside " + home + " (" + id + ")";
      } else if (h.total() + h.unknown() > SHARE_TOLERANCE) {
        seal = 3;
        pts = 83.34;
        r = "mostly within " + home + " (" + percent(h.total()) + " held outside, " + percent(h.unknown()) + " unknown)";
      } else {
        seal = 4;
        pts = 125;
        r = "entirely within " + home;
      }
      if (seal < worstSeal || (seal == worstSeal && pts < worstPoints)) {
        worstSeal = seal;
        worstPoints = pts;
        rung = r;
      }
    }
    if (unknownWhy != null && worstSeal > 1) {
      return unknown(CsfCriterion.SOV_1_1, site, unknownWhy);
    }
    return answer(CsfCriterion.SOV_1_1, site, worstSeal, worstPoints, rung);
  }

  private CsfAnswer answer(CsfCriterion c, Site site, int seal, double points, String rung) {
    return new CsfAnswer(c, OptionalInt.of(seal), points, rung, finding(c.findingId(), Outcome.INFO, c.code() + " "
        + c.title() + ": " + rung + " — SEAL " + seal + ", " + String.format(Locale.ROOT, "%.2f", points) + "/"
        + String.format(Locale.ROOT, "%.2f", c.maxPoints()) + " points" + (c.gates() ? "" : " (scores, does not gate)")
        + ".", List.of(ref(EntityKind.SITE, site.id())), site.sources()));
  }

  private CsfAnswer unknown(CsfCriterion c, Site site, String why) {
    return new CsfAnswer(c, OptionalInt.empty(), 0, why, finding(c.findingId(), Outcome.UNKNOWN, c.code() + " "
        + c.title() + ": unknown — " + why + ".", List.of(ref(EntityKind.SITE, site.id())), site.sources()));
  }

  // ===========================================================================================================
  // operator

  /**
   * Scores one operator wherever it runs: ownership, control, the foreign laws that reach it, SecNumCloud §19.6 a–b
   * and Gaia-X Label 3 seat and control.
   *
   * @param operatorId  the operator's identifier, not null
   * @return the result, not null
   * @throws IllegalArgumentException if the operator is not in the landscape
   */
  public OperatorSovereignty operator(String operatorId) {
    Operator p = operatorOf(operatorId);
    Evidence ev = new Evidence();
    List<Exposure> exposures = dedupe(exposures(null, List.of(), Role.OPERATOR, p, Set.of(), ev));
    List<Finding> lawFindings = new ArrayList<>();
    for (Exposure e : exposures) {
      lawFindings.add(finding("lawful-access", Outcome.INFO, e.lawName() + " reaches " + p.id()
          + (e.reached().equals(p.id()) ? "" : " through its controller " + e.reached()) + " (" + rule(e.rule()) + ").",
          e.chain(), e.sources()));
    }
    lawFindings.add(0, finding("lawful-access", exposures.isEmpty() ? Outcome.PASS : Outcome.FAIL, exposures.isEmpty()
        ? "No foreign extraterritorial law in force reaches " + p.id() + " or its controllers."
        : "Foreign law reaches " + p.id() + ": " + String.join(", ", lawKeys(exposures)) + ".",
        List.of(ref(EntityKind.OPERATOR, p.id())), p.sources()));
    ev.findings.addAll(0, lawFindings);
    Control control = graph.controllers(p.id());
    ev.findings.add(finding("control", control.isDetermined() ? Outcome.INFO : Outcome.UNKNOWN, control.toString() + ".",
        controlChain(p.id(), control), p.sources()));
    SecNumCloudView snc = secNumCloud(p, ev);
    GaiaXView gx = gaiaX(p, Optional.empty(), ev);
    return new OperatorSovereignty(p.id(), asOf, profile.label(), graph.ultimateHolders(p.id()), control, exposures,
        snc, gx, ev.findings, ev.coverage());
  }

  private static List<EntityRef> controlChain(String id, Control control) {
    List<EntityRef> chain = new ArrayList<>(List.of(ref(EntityKind.OPERATOR, id)));
    if (!control.chains().isEmpty()) {
      for (ControlLink l : control.chains().get(0)) {
        chain.add(via("controlled by (" + basis(l) + ")", EntityKind.OPERATOR, l.controller()));
      }
    }
    return chain;
  }

  // ===========================================================================================================
  // landscape

  /**
   * Scores the landscape: every home site not cancelled or decommissioned on the date, capacity-weighted.
   *
   * @return the result, not null
   */
  public LandscapeSovereignty landscape() {
    Evidence ev = new Evidence();
    Capacity homeCap = Capacity.ZERO;
    Capacity any = Capacity.ZERO;
    Map<String, Capacity> byLaw = new TreeMap<>();
    Map<String, Map<String, Capacity>> byEntity = new TreeMap<>();
    Map<CutOffLevel, Capacity> byLevel = new EnumMap<>(CutOffLevel.class);
    List<SiteSovereignty> results = new ArrayList<>();
    Map<String, Set<String>> lawSources = new HashMap<>();
    for (Site s : landscape.sites()) {
      SiteStatus st = s.statusOn(asOf);
      if (st == SiteStatus.CANCELLED || st == SiteStatus.DECOMMISSIONED || !home.contains(landscape, s.jurisdiction())) {
        continue;
      }
      SiteSovereignty r = site(s.id());
      results.add(r);
      Capacity c = capacity(s, ev);
      homeCap = homeCap.plus(c);
      if (r.isExposed()) {
        any = any.plus(c);
      }
      for (String law : r.laws()) {
        byLaw.merge(law, c, Capacity::plus);
      }
      Map<String, Set<String>> reachedByLaw = new TreeMap<>();
      for (Exposure e : r.exposures()) {
        reachedByLaw.computeIfAbsent(e.lawKey(), k -> new TreeSet<>()).add(e.reached());
        lawSources.computeIfAbsent(e.lawKey(), k -> new LinkedHashSet<>()).addAll(e.sources());
      }
      reachedByLaw.forEach((law, entities) -> entities.forEach(en ->
          byEntity.computeIfAbsent(law, k -> new TreeMap<>()).merge(en, c, Capacity::plus)));
      byLevel.merge(r.cutOff().level(), c, Capacity::plus);
    }
    for (Map.Entry<String, Capacity> e : byLaw.entrySet()) {
      Capacity c = e.getValue();
      double share = homeCap.h100Equivalents() == 0 ? 0 : c.h100Equivalents() / homeCap.h100Equivalents();
      ev.findings.add(finding("lawful-access-capacity", Outcome.INFO, e.getKey() + " reaches " + c.sites() + " home site"
          + (c.sites() == 1 ? "" : "s") + ", " + c.accelerators() + " accelerators, "
          + String.format(Locale.ROOT, "%.0f", c.h100Equivalents()) + " H100e (" + percent(share) + " of " + home
          + "), " + String.format(Locale.ROOT, "%.1f", c.itMw()) + " MW, through " + listed(byEntity.get(e.getKey()).keySet()) + ".",
          List.of(ref(EntityKind.LANDSCAPE, "landscape"), via("exposed to", EntityKind.LAW, e.getKey())),
          List.copyOf(lawSources.getOrDefault(e.getKey(), Set.of()))));
    }
    for (Map.Entry<CutOffLevel, Capacity> e : byLevel.entrySet()) {
      ev.findings.add(finding("cut-off-capacity", e.getKey() == CutOffLevel.NONE ? Outcome.INFO : Outcome.FAIL,
          name(e.getKey()) + ": " + e.getValue().sites() + " home sites, " + e.getValue().accelerators()
              + " accelerators, " + String.format(Locale.ROOT, "%.0f", e.getValue().h100Equivalents()) + " H100e.",
          List.of(ref(EntityKind.LANDSCAPE, "landscape")), List.of()));
    }
    LOG.debug("scored {} home sites of the landscape as of {}", results.size(), asOf);
    return new LandscapeSovereignty(asOf, profile.label(), homeCap, any, byLaw, byEntity, byLevel, results,
        ev.findings, ev.coverage());
  }

  private Capacity capacity(Site s, Evidence ev) {
    long acc = 0;
    double h100 = 0;
    long noFactor = 0;
    for (AcceleratorLot lot : s.fleet()) {
      if (lot.status() == SiteStatus.CANCELLED || lot.status() == SiteStatus.DECOMMISSIONED) {
        continue;
      }
      acc += lot.count();
      Optional<Double> f = lot.accelerator().flatMap(landscape::accelerator)
          .flatMap(a -> a.h100Equivalent().isPresent() ? Optional.of(a.h100Equivalent().getAsDouble()) : Optional.empty());
      ev.need(f.isPresent());
      if (f.isPresent()) {
        h100 += lot.count() * f.get();
      } else {
        noFactor += lot.count();
        ev.gap(EntityKind.SITE, s.id(), "fleet.accelerator", GapTreatment.EXCLUDED,
            "H100-equivalent factor unknown for " + lot.accelerator().or(lot::reportedModel).orElse("?")
                + ": counted as 0 H100e");
      }
    }
    ev.need(s.itCapacityMw().isPresent());
    if (s.itCapacityMw().isEmpty()) {
      ev.gap(EntityKind.SITE, s.id(), "itCapacityMw", GapTreatment.EXCLUDED, "IT capacity unknown: counted as 0 MW");
    }
    return new Capacity(1, acc, h100, s.itCapacityMw().orElse(0), noFactor, s.itCapacityMw().isPresent() ? 0 : 1);
  }

  // ===========================================================================================================
  // helpers

  /** How many names a landscape finding lists; the full sets are in the result ({@code LandscapeSovereignty}). */
  static final int LISTED_NAMES = 20;

  /**
   * The first {@link #LISTED_NAMES} names of a sorted set, and how many more: a finding's message is bounded (4096
   * characters) whatever the size of the landscape.
   */
  static String listed(Set<String> names) {
    if (names.size() <= LISTED_NAMES) {
      return names.toString();
    }
    StringBuilder sb = new StringBuilder("[");
    int i = 0;
    for (String n : names) {
      if (i == LISTED_NAMES) {
        break;
      }
      sb.append(i++ == 0 ? "" : ", ").append(n);
    }
    return sb.append(", … and ").append(names.size() - LISTED_NAMES).append(" more]").toString();
  }

  private static EntityRef ref(EntityKind kind, String id) {
    return EntityRef.of(kind, id);
  }

  private static EntityRef via(String relation, EntityKind kind, String id) {
    return EntityRef.via(relation, kind, id);
  }

  private static Finding finding(String criterion, Outcome outcome, String message, List<EntityRef> chain,
      List<String> sources) {
    return Finding.builder().criterion(criterion).outcome(outcome).message(message).chain(chain)
        .sources(new LinkedHashSet<>(sources)).build();
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
  }

  private static String points(double fraction) {
    return String.format(Locale.ROOT, "%.2f pp", fraction * 100);
  }
}
