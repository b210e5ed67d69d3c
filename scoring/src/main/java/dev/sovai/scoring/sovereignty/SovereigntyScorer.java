package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.ref;
import static dev.sovai.scoring.sovereignty.Findings.via;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sovai.model.UnknownEntityException;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.EntityScorer;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.OwnershipGraph;

/**
 * Scores sovereignty: a pure function of (landscape, profile, as-of date). Made from a profile, asked about a
 * landscape, a subject and a date:
 *
 * <pre>{@code
 * SovereigntyScorer scorer = SovereigntyScorer.of(SovereigntyProfile.standard());
 * SiteSovereignty sines = scorer.site(landscape, "nscale-sines");          // as of landscape.asOf()
 * OperatorSovereignty g42 = scorer.operator(landscape, "g42", LocalDate.of(2026, 3, 1));
 * LandscapeSovereignty all = scorer.landscape(landscape);
 * }</pre>
 *
 * The parts of a result are read from it: {@link SiteSovereignty#exposures()}, {@link SiteSovereignty#cutOff()},
 * {@link SiteSovereignty#secNumCloud()}, {@link SiteSovereignty#gaiaX()}, {@link SiteSovereignty#csf()};
 * {@link OperatorSovereignty#secNumCloud()}, {@link OperatorSovereignty#gaiaX()}, {@link OperatorSovereignty#control()}.
 * A cut-off scenario is a profile ({@link SovereigntyProfile#withScenario}).
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
 * the scenario of the profile) and enacted outside the home bloc applies if the accelerator's vendor is seated in the
 * enacting jurisdiction. The level is the more severe of the site's destination level (with the regime's
 * case-by-case carve-out for chips below its TPP threshold) and the level set for buyers whose ultimate parent is in
 * a listed country (the operator itself and its ultimate controllers). The site's level is the most severe over
 * lots and regimes; each decision is a {@link CutOffReason}. Vendor and fab jurisdictions outside the home bloc are
 * reported as foreign dependencies.
 *
 * <h2>Framework views</h2>
 * SecNumCloud §19.6 a–c and e ({@link SecNumCloudView}), Gaia-X Label 3 P5.1.2/P5.1.4/P5.1.5 ({@link GaiaXView}) for each
 * provider of a site (operator and access gateway), and the EU CSF ({@link CsfView}, rules from
 * {@link dev.sovai.scoring.csf.CsfCriterion}). Unknown facts are never counted as passing: they give unknown outcomes
 * and coverage gaps.
 *
 * <p>Implementation Requirements: This class is immutable in what it answers and thread-safe. It keeps the ownership
 * graph of the last landscape asked about, weakly: asking about the sites of one landscape builds its graph once,
 * and the scorer never keeps a landscape alive.
 */
public final class SovereigntyScorer
    implements EntityScorer<SovereigntyProfile, SiteSovereignty, OperatorSovereignty, LandscapeSovereignty> {
  private static final Logger LOG = LoggerFactory.getLogger(SovereigntyScorer.class);

  private final SovereigntyProfile profile;
  /** True to build the words of findings at once: only to compare with the lazy form, which is the same. */
  private final boolean eagerText;
  /** The graph of the last landscape asked about; it names its landscape, so the reference must stay weak. */
  private volatile WeakReference<OwnershipGraph> lastGraph = new WeakReference<>(null);
  private volatile WeakReference<Facts> lastFacts = new WeakReference<>(null);

  private SovereigntyScorer(SovereigntyProfile profile, boolean eagerText) {
    this.profile = profile;
    this.eagerText = eagerText;
  }

  /**
   * Obtains a scorer.
   *
   * @param profile  the profile, not null
   * @return the scorer, not null
   */
  public static SovereigntyScorer of(SovereigntyProfile profile) {
    return new SovereigntyScorer(Objects.requireNonNull(profile, "profile"), false);
  }

  /**
   * Obtains a scorer whose results build the words of their findings at once instead of when first read: the results
   * are equal to those of {@link #of}; used only to compare the two.
   */
  static SovereigntyScorer eagerText(SovereigntyProfile profile) {
    return new SovereigntyScorer(Objects.requireNonNull(profile, "profile"), true);
  }

  @Override
  public SovereigntyProfile profile() {
    return profile;
  }

  /**
   * The ownership graph of a landscape, built once per landscape (the one last asked about is kept, weakly).
   *
   * @param landscape  the landscape, not null
   * @return its graph, not null
   */
  public OwnershipGraph ownership(Landscape landscape) {
    Objects.requireNonNull(landscape, "landscape");
    OwnershipGraph g = lastGraph.get();
    if (g != null && g.landscape() == landscape) {
      return g;
    }
    g = OwnershipGraph.of(landscape);
    lastGraph = new WeakReference<>(g);
    return g;
  }

  /**
   * The facts of a question, kept (weakly, like the graph: the scorer never keeps a landscape alive) for the next
   * question about the same landscape and date while the caller still holds them or no collection ran: what they
   * derive from chains of control ({@link Facts#search}, per {@link dev.sovai.scoring.ownership.ControlGroup}) is
   * then shared by every site asked about one by one, as by the landscape.
   */
  private Facts facts(Landscape landscape, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Facts f = lastFacts.get();
    if (f != null && f.landscape == landscape && f.asOf.equals(asOf)) {
      return f;
    }
    f = new Facts(landscape, profile, asOf, ownership(landscape), eagerText);
    lastFacts = new WeakReference<>(f);
    return f;
  }

  /**
   * Scores one site: both axes, the framework views, findings and coverage.
   *
   * @param landscape  the landscape, not null
   * @param siteId  the site's identifier, not null
   * @param asOf  the date (laws and regimes in force on it), not null
   * @return the result, not null
   * @throws UnknownEntityException if the landscape has no such site
   */
  @Override
  public SiteSovereignty site(Landscape landscape, String siteId, LocalDate asOf) {
    Facts f = facts(landscape, asOf);
    return site(f, f.site(siteId));
  }

  private static SiteSovereignty site(Facts f, Site site) {
    Evidence ev = new Evidence();
    LawfulAccess law = new LawfulAccess(f);
    LawfulAccess.Paths paths = law.site(site, ev);
    law.siteFindings(site, paths, ev);
    if (!f.isHome(site.jurisdiction())) {
      HomeBloc home = f.home;
      ev.findings.addLater(f.eagerText, () -> finding("site-location", Outcome.INFO, "The site stands in "
          + site.jurisdiction() + ", outside the home bloc " + home + ".", List.of(ref(EntityKind.SITE, site.id()),
              via("located in", EntityKind.JURISDICTION, site.jurisdiction())), site.sources()));
    }
    Evidence cutEv = new Evidence();
    CutOffRisk cut = new ExportControls(f).site(site, cutEv);
    ev.addAll(cutEv);
    BlocMembership bloc = new BlocMembership(f);
    SecNumCloud secNumCloud = new SecNumCloud(f, bloc);
    GaiaXLabel3 gaiaX = new GaiaXLabel3(f, bloc);
    List<SecNumCloudView> snc = new ArrayList<>();
    List<GaiaXView> gx = new ArrayList<>();
    List<Ownership> ownership = new ArrayList<>();
    List<String> providers = f.providers(site);
    for (String provider : providers) {
      ownership.add(f.ownership(provider));
      Evidence pe = new Evidence();
      snc.add(secNumCloud.provider(f.operator(provider), Optional.of(site), pe));
      gx.add(gaiaX.provider(f.operator(provider), Optional.of(site), pe));
      ev.addAll(pe);
    }
    if (providers.isEmpty()) {
      ev.need(false);
      ev.gap(EntityKind.SITE, site.id(), "operator", GapTreatment.UNKNOWN,
          "no operator or gateway known: SecNumCloud and Gaia-X are unknown");
    }
    Evidence csfEv = new Evidence();
    CsfView csf = new CsfAssessment(f, bloc).site(site, paths, cut, csfEv);
    ev.addAll(csfEv);
    return new SiteSovereignty(site.id(), f.asOf, f.profile.label(), paths.certain(), paths.uncertain(),
        paths.missing(), cut, snc, gx, csf, ev.findings, ev.coverage(), ownership);
  }

  /**
   * Scores one operator wherever it runs: ownership, control, the foreign laws that reach it, SecNumCloud §19.6 a–c and e
   * and Gaia-X Label 3 seat and control.
   *
   * @param landscape  the landscape, not null
   * @param operatorId  the operator's identifier, not null
   * @param asOf  the date (laws in force on it), not null
   * @return the result, not null
   * @throws UnknownEntityException if the landscape has no such operator
   */
  @Override
  public OperatorSovereignty operator(Landscape landscape, String operatorId, LocalDate asOf) {
    Facts f = facts(landscape, asOf);
    Operator p = f.operator(operatorId);
    Evidence ev = new Evidence();
    LawfulAccess law = new LawfulAccess(f);
    LawfulAccess.Paths paths = law.operator(p, ev);
    law.operatorFindings(p, paths, ev);
    Control control = f.control(p.id());
    ev.findings.add(finding("control", control.isDetermined() ? Outcome.INFO : Outcome.UNKNOWN, control + ".",
        ControlChains.path(List.of(ref(EntityKind.OPERATOR, p.id())),
            control.chains().isEmpty() ? List.of() : control.chains().get(0), ControlChains::byBasis),
        p.sources()));
    BlocMembership bloc = new BlocMembership(f);
    SecNumCloudView snc = new SecNumCloud(f, bloc).provider(p, ev);
    GaiaXView gx = new GaiaXLabel3(f, bloc).provider(p, Optional.empty(), ev);
    return new OperatorSovereignty(p.id(), f.asOf, f.profile.label(), f.graph.ultimateHolders(p.id()), control,
        paths.certain(), paths.uncertain(), paths.missing(), snc, gx, ev.findings, ev.coverage());
  }

  /**
   * Scores the landscape: every home site not cancelled or decommissioned on the date, capacity-weighted.
   *
   * @param landscape  the landscape, not null
   * @param asOf  the date, not null
   * @return the result, not null
   */
  @Override
  public LandscapeSovereignty landscape(Landscape landscape, LocalDate asOf) {
    Facts f = facts(landscape, asOf);
    CapacityWeighting weighting = new CapacityWeighting(f);
    List<SiteSovereignty> results = new ArrayList<>();
    for (Site s : landscape.sites()) {
      if (weighting.counts(s)) {
        SiteSovereignty r = site(f, s);
        results.add(r);
        weighting.add(s, r);
      }
    }
    LOG.debug("scored {} home sites of the landscape as of {}", results.size(), asOf);
    return weighting.result(results);
  }

  @Override
  public String toString() {
    return "SovereigntyScorer[" + profile.label() + "]";
  }
}
