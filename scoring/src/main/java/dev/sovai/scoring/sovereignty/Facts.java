package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sovai.model.UnknownEntityException;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.OwnershipGraph;

/**
 * What one question is answered from: the landscape, its ownership graph, the profile and the date. Looks entities
 * up by id (an unknown id is an {@link UnknownEntityException}) and names the parts of a site every axis reads.
 * Immutable; lives for one question.
 */
final class Facts {
  final Landscape landscape;
  final SovereigntyProfile profile;
  final LocalDate asOf;
  final OwnershipGraph graph;
  final HomeBloc home;

  Facts(Landscape landscape, SovereigntyProfile profile, LocalDate asOf, OwnershipGraph graph) {
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

  /** The organisations with a structural role at the site: operator, owners, access gateway. */
  List<Operator> roles(Site site) {
    List<Operator> list = new ArrayList<>();
    site.operator().map(this::operator).ifPresent(list::add);
    site.owners().forEach(o -> list.add(operator(o)));
    site.accessGateway().map(this::operator).ifPresent(list::add);
    return list;
  }

  /** The site's accelerator lots that have not ended ({@link dev.sovai.model.site.SiteStatus#isEnded()}). */
  List<AcceleratorLot> liveLots(Site site) {
    return site.fleet().stream().filter(lot -> !lot.status().isEnded()).toList();
  }

  /** The catalogue entry of a lot's accelerator, if the lot names one the catalogue holds. */
  Optional<Accelerator> accelerator(AcceleratorLot lot) {
    return lot.accelerator().flatMap(landscape::accelerator);
  }

  /** Records as gaps the operators whose control unlisted holders could decide. */
  void undeterminedGaps(Control control, Evidence ev) {
    for (String u : control.undetermined()) {
      ev.gap(EntityKind.OPERATOR, u, "stakes", GapTreatment.UNKNOWN, "no listed holder controls it and "
          + Findings.percent(1 - operator(u).listedVotingShare())
          + " of its votes are unlisted: an unknown controller is possible");
    }
  }
}
