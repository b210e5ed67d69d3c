package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.sovai.model.UnknownEntityException;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.ownership.ChainSearch;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlGroup;
import dev.sovai.scoring.ownership.OwnershipGraph;

/**
 * What one question is answered from: the landscape, its ownership graph, the profile and the date. Looks entities
 * up by id (an unknown id is an {@link UnknownEntityException}) and names the parts of a site every axis reads.
 * Lives for one question (one site, one operator, or every site of a landscape), and keeps for it what the axes
 * derive from chains of control: the {@link ChainSearch searches} up the chains, and what is derived from a
 * {@link ControlGroup} of ultimate controllers alone, once per group (every member of a ring shares one), so that
 * scoring every site of a ring costs what the ring holds once, not once per site; and the answers about a provider
 * that do not depend on the site (its ownership data, SecNumCloud §19.6 a–b, Gaia-X P5.1.4–5, the CSF's SOV-1.1),
 * once per provider, shared by its sites. Each memo holds at most one entry per operator (or per site's providers)
 * of the landscape and dies with the facts. Thread-safe.
 */
final class Facts {
  final Landscape landscape;
  final SovereigntyProfile profile;
  final LocalDate asOf;
  final OwnershipGraph graph;
  final HomeBloc home;
  /** True to build the words of findings at once: only to compare with the lazy form, which is the same. */
  final boolean eagerText;
  private final Map<String, ChainSearch> searches = new ConcurrentHashMap<>();
  private final Map<ControlGroup, Optional<Boolean>> controllersOutsideHome = new ConcurrentHashMap<>();
  private final Map<ControlGroup, List<Operator>> controllingBuyers = new ConcurrentHashMap<>();
  private final Map<String, ForeignStateLinks> foreignStateLinks = new ConcurrentHashMap<>();
  private final Map<String, Ownership> ownership = new ConcurrentHashMap<>();
  private final Map<String, Control> control = new ConcurrentHashMap<>();
  /** The foreign laws that apply on the date, worked out on first use (the same list, whichever thread does it). */
  private volatile List<ForeignLaw> foreignLaws;
  /** The words of the gap of an operator whose control unlisted holders could decide, by its id. */
  private final Map<String, String> undeterminedDetail = new ConcurrentHashMap<>();
  private final Map<String, SecNumCloud.OwnerClauses> secNumCloudOwnerClauses = new ConcurrentHashMap<>();
  private final Map<String, GaiaXLabel3.SeatAndControl> gaiaXSeatAndControl = new ConcurrentHashMap<>();
  private final Map<List<String>, CsfAssessment.OwnershipRung> csfOwnershipRung = new ConcurrentHashMap<>();

  Facts(Landscape landscape, SovereigntyProfile profile, LocalDate asOf, OwnershipGraph graph, boolean eagerText) {
    this.eagerText = eagerText;
    this.landscape = Objects.requireNonNull(landscape, "landscape");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.graph = Objects.requireNonNull(graph, "graph");
    this.home = profile.home();
  }

  Site site(String siteId) {
    Objects.requireNonNull(siteId, "siteId");
    return landscape.site(siteId).orElseThrow(() -> new UnknownEntityException(EntityKind.SITE, siteId));
  }

  Operator operator(String operatorId) {
    Objects.requireNonNull(operatorId, "operatorId");
    return landscape.operator(operatorId).orElseThrow(() -> new UnknownEntityException(EntityKind.OPERATOR, operatorId));
  }

  /** Whether a jurisdiction is in the profile's home bloc. */
  boolean isHome(String jurisdiction) {
    return home.contains(landscape, jurisdiction);
  }

  /** The site's providers in the frameworks' sense: its operator, then its access gateway if another organisation. */
  List<String> providers(Site site) {
    List<String> p = new ArrayList<>();
    site.operator().ifPresent(p::add);
    site.accessGateway().filter(g -> !p.contains(g)).ifPresent(p::add);
    return p;
  }

  /** The site's accelerator lots that have not ended ({@link dev.sovai.model.site.SiteStatus#isEnded()}). */
  List<AcceleratorLot> liveLots(Site site) {
    List<AcceleratorLot> fleet = site.fleet();
    List<AcceleratorLot> live = new ArrayList<>(fleet.size());
    for (AcceleratorLot lot : fleet) {
      if (!lot.status().isEnded()) {
        live.add(lot);
      }
    }
    return Collections.unmodifiableList(live);
  }

  /** The catalogue entry of a lot's accelerator, if the lot names one the catalogue holds. */
  Optional<Accelerator> accelerator(AcceleratorLot lot) {
    return lot.accelerator().flatMap(landscape::accelerator);
  }

  /**
   * A law of a jurisdiction outside the home bloc, in force on the date or past an end that is not certain.
   *
   * @param jurisdiction  the enacting jurisdiction
   * @param law  the law
   * @param searchKey  the key of the search up the chains of control for the organisations it reaches directly
   */
  record ForeignLaw(Jurisdiction jurisdiction, ExtraterritorialLaw law, String searchKey) {}

  /**
   * The laws of jurisdictions outside the home bloc that are in force on the date or past an end that is not certain,
   * in the landscape's order of jurisdictions and laws: the laws the lawful-access axis tries on every organisation.
   */
  List<ForeignLaw> foreignLaws() {
    List<ForeignLaw> laws = foreignLaws;
    if (laws == null) {
      List<ForeignLaw> out = new ArrayList<>();
      for (Jurisdiction j : landscape.jurisdictions()) {
        if (j.laws().isEmpty() || isHome(j.code())) {
          continue;
        }
        for (ExtraterritorialLaw law : j.laws()) {
          if (law.isInForceOn(asOf) || law.isUncertainOn(asOf)) {
            out.add(new ForeignLaw(j, law, "reached by " + j.code() + "/" + law.id()));
          }
        }
      }
      laws = List.copyOf(out);
      foreignLaws = laws;
    }
    return laws;
  }

  /**
   * Who ultimately controls an operator ({@link OwnershipGraph#controllers}), asked once per question: every axis and
   * framework of every site the operator has a role at reads it.
   *
   * @param operatorId  the operator's identifier
   */
  Control control(String operatorId) {
    return control.computeIfAbsent(operatorId, graph::controllers);
  }

  /**
   * An operator's ownership and control as data, looked through once per question: every site the operator provides
   * carries the same table.
   *
   * @param operatorId  the operator's identifier
   */
  Ownership ownership(String operatorId) {
    return ownership.computeIfAbsent(operatorId,
        id -> OwnershipTable.of(graph.ultimateHolders(id), control(id)));
  }

  /**
   * SecNumCloud §19.6 a and b of a provider, which its sites share: worked out once per question.
   *
   * @param operatorId  the provider's identifier, the key
   * @param clauses  works them out (the same for one key)
   */
  SecNumCloud.OwnerClauses secNumCloudOwnerClauses(String operatorId,
      Function<String, SecNumCloud.OwnerClauses> clauses) {
    return secNumCloudOwnerClauses.computeIfAbsent(operatorId, clauses);
  }

  /**
   * Gaia-X P5.1.4 and P5.1.5 of a provider, which its sites share: worked out once per question.
   *
   * @param operatorId  the provider's identifier, the key
   * @param seatAndControl  works them out (the same for one key)
   */
  GaiaXLabel3.SeatAndControl gaiaXSeatAndControl(String operatorId,
      Function<String, GaiaXLabel3.SeatAndControl> seatAndControl) {
    return gaiaXSeatAndControl.computeIfAbsent(operatorId, seatAndControl);
  }

  /**
   * The CSF's SOV-1.1 rung of a site's providers, which their sites share: worked out once per question.
   *
   * @param providers  the providers' identifiers ({@link #providers}), the key
   * @param rung  works it out (the same for one key)
   */
  CsfAssessment.OwnershipRung csfOwnershipRung(List<String> providers,
      Function<List<String>, CsfAssessment.OwnershipRung> rung) {
    return csfOwnershipRung.computeIfAbsent(List.copyOf(providers), rung);
  }

  /**
   * The operators' recorded links with states outside a bloc and who holds whom, worked out once per bloc and question.
   *
   * @param blocCode  the bloc's code, the key (one predicate per code)
   * @param inside  whether a jurisdiction is inside that bloc
   */
  ForeignStateLinks foreignStateLinks(String blocCode, Predicate<String> inside) {
    return foreignStateLinks.computeIfAbsent(blocCode, k -> ForeignStateLinks.of(graph, inside));
  }

  /**
   * The search up the chains of control for one property, made once per question.
   *
   * @param property  what is searched for, in words: the key of the search (one property per key)
   * @param test  TRUE if an operator (by id) has it, FALSE if not, null if unknown
   */
  ChainSearch search(String property, Function<String, Boolean> test) {
    return searches.computeIfAbsent(property, k -> graph.chainSearch(test));
  }

  /**
   * Whether any ultimate controller of a group is seated outside the home bloc: TRUE as soon as one is, else null if
   * one's seat is unknown, else FALSE; once per group.
   *
   * @param group  the ultimate controllers
   * @param outside  TRUE if a controller (by id) is outside, null if unknown
   */
  Boolean anyControllerOutsideHome(ControlGroup group, Function<String, Boolean> outside) {
    return controllersOutsideHome.computeIfAbsent(group, g -> {
      Boolean any = Boolean.FALSE;
      for (String ctl : g.controllers()) {
        Boolean o = outside.apply(ctl);
        if (Boolean.TRUE.equals(o)) {
          return Optional.of(Boolean.TRUE);
        }
        if (o == null) {
          any = null;
        }
      }
      return Optional.ofNullable(any);
    }).orElse(null);
  }

  /**
   * The ultimate controllers of a group as buyers whose seat export-control parent rules read: all of them, in order;
   * for a ring of mutual control (every member controls every other, so one per seat country says the same) the first
   * of each seat country, and the first of unknown seat. Once per group.
   *
   * @param group  the ultimate controllers
   * @return the operators, not null
   */
  List<Operator> controllingBuyers(ControlGroup group) {
    return controllingBuyers.computeIfAbsent(group, g -> {
      List<Operator> out = new ArrayList<>();
      Set<String> countries = new HashSet<>();
      for (String c : g.controllers()) {
        Operator op = operator(c);
        if (!g.isCircular() || countries.add(op.seat().map(s -> s.substring(0, 2)).orElse(""))) {
          out.add(op);
        }
      }
      return List.copyOf(out);
    });
  }

  /** Records as gaps the operators whose control unlisted holders could decide. */
  void undeterminedGaps(Control control, Evidence ev) {
    for (String u : control.undetermined()) {
      ev.gap(EntityKind.OPERATOR, u, "stakes", GapTreatment.UNKNOWN, undeterminedDetail.computeIfAbsent(u,
          id -> "no listed holder controls it and " + Findings.percent(1 - operator(id).listedVotingShare())
              + " of its votes are unlisted: an unknown controller is possible"));
    }
  }
}
