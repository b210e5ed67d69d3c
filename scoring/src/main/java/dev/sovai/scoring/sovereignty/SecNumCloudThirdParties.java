package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.basis;
import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.ref;
import static dev.sovai.scoring.sovereignty.Findings.via;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.ownership.ChainSearch;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlLink;

/**
 * ANSSI SecNumCloud 3.2 §19.6 c (third parties, subcontractors included, seated outside the bloc or owned or
 * controlled from outside it must not have the technical ability to obtain the data) and §19.6 e (links with a
 * foreign government or public body may be taken into account), for one provider, from what the landscape records.
 *
 * <p>The third parties of §19.6 c are the other organisations the landscape records at the site: its operator (it runs
 * the hardware) and its access gateway (it controls commercial access), each able to obtain the data; its facility
 * owners, whose physical access the format records but not whether it gives them the data. Subcontractors beyond
 * those are not in the format. §19.6 d (operating autonomy) and f (notice of changes) need facts the format does not
 * have and are not assessed.
 */
final class SecNumCloudThirdParties {
  private final Facts facts;
  private final BlocMembership bloc;
  private final Predicate<String> inside;
  private final String blocCode;

  SecNumCloudThirdParties(Facts facts, BlocMembership bloc, Predicate<String> inside, String blocCode) {
    this.facts = facts;
    this.bloc = bloc;
    this.inside = inside;
    this.blocCode = blocCode;
  }

  /** A third party at the site, with what it does there and whether that gives it the data. */
  private record Party(String id, String role, boolean canObtainData) {}

  /** The other organisations the landscape records at the site: its operator, access gateway, then owners by id. */
  List<String> thirdParties(Operator p, Site s) {
    return parties(p, s).stream().map(Party::id).toList();
  }

  private List<Party> parties(Operator p, Site s) {
    Map<String, Party> parties = new LinkedHashMap<>();
    s.operator().filter(o -> !o.equals(p.id()))
        .ifPresent(o -> parties.put(o, new Party(o, "runs the site", true)));
    s.accessGateway().filter(g -> !g.equals(p.id()))
        .ifPresent(g -> parties.putIfAbsent(g, new Party(g, "controls access to the site", true)));
    for (String o : new TreeSet<>(s.owners())) {   // in id order, whatever the document's order
      if (!o.equals(p.id())) {
        parties.putIfAbsent(o, new Party(o, "owns the facility", false));
      }
    }
    return List.copyOf(parties.values());
  }

  /**
   * §19.6 c at a site: FAIL if a third party able to obtain the data is seated outside the bloc or controlled from
   * outside it; UNKNOWN if a third party's seat or control is unknown, or a facility owner is outside (its technical
   * access is not recorded); else PASS for the parties the landscape records.
   *
   * @return the outcome, not null (its finding is added to {@code ev})
   */
  Outcome clauseC(Operator p, Site s, Evidence ev) {
    EntityRef subject = ref(EntityKind.SITE, s.id());
    EntityRef provider = via("provided by", EntityKind.OPERATOR, p.id());
    Outcome outcome = Outcome.PASS;
    String binding = null;
    List<EntityRef> chain = List.of(subject, provider);
    List<String> unknown = new ArrayList<>();
    List<EntityRef> unknownChain = null;
    LinkedHashSet<String> src = new LinkedHashSet<>(s.sources());
    List<Party> parties = parties(p, s);
    for (Party q : parties) {
      Operator o = facts.operator(q.id());
      src.addAll(o.sources());
      List<EntityRef> start = List.of(subject, provider, via("third party that " + q.role(), EntityKind.OPERATOR, q.id()));
      Boolean seatOutside = bloc.holderOutside(q.id(), inside);
      String outside = null;
      List<EntityRef> path = start;
      String doubt = null;
      String field = "control";
      if (Boolean.TRUE.equals(seatOutside)) {
        outside = q.id() + " (seated " + o.seat().orElse("?") + ", outside " + blocCode + ")";
      } else {
        ChainSearch.Walk walk = facts.search("outside " + blocCode, id -> bloc.holderOutside(id, inside))
            .untilFirst(q.id());
        Control control = facts.control(q.id());
        if (walk.first().isPresent()) {
          ControlLink l = walk.first().get().get(walk.first().get().size() - 1);
          outside = q.id() + " (controlled from outside " + blocCode + " by " + l.controller() + ", " + basis(l) + ")";
          path = ControlChains.path(start, walk.first().get(), ControlChains::byBasis);
        } else if (seatOutside == null) {
          doubt = q.id() + ": seat unknown";
          field = "seat";
        } else if (walk.lastUnknown().isPresent()) {
          List<ControlLink> links = walk.lastUnknown().get();
          doubt = q.id() + ": the seat of its controller " + links.get(links.size() - 1).controller() + " is unknown";
          path = ControlChains.path(start, links, ControlChains::byBasis);
        } else if (!control.isDetermined()) {
          doubt = q.id() + ": unlisted holders could control " + Findings.listed(control.undetermined());
        }
      }
      if (outside != null && q.canObtainData()) {
        if (outcome != Outcome.FAIL) {
          outcome = Outcome.FAIL;
          binding = outside + " " + q.role() + " and can obtain the data processed there";
          chain = path;
        }
      } else if (outside != null) {
        doubt = outside + " " + q.role() + "; whether that gives it the data is not recorded";
      }
      if (doubt != null) {
        unknown.add(doubt);
        if (unknownChain == null) {
          unknownChain = path;
        }
        ev.gap(EntityKind.OPERATOR, q.id(), field, GapTreatment.UNKNOWN, "SecNumCloud §19.6 c unknown at "
            + s.id() + ": " + doubt);
      }
    }
    if (outcome != Outcome.FAIL && !unknown.isEmpty()) {
      outcome = Outcome.UNKNOWN;
      binding = "a third party could be outside " + blocCode + " with access to the data: " + String.join("; ", unknown);
      chain = unknownChain;
    } else if (outcome == Outcome.PASS) {
      binding = parties.isEmpty()
          ? "no third party besides " + p.id() + " is recorded at " + s.id()
          : "the third parties recorded at " + s.id() + " (" + String.join(", ", parties.stream().map(Party::id).toList())
              + ") are seated in " + blocCode + " and not controlled from outside it";
      binding += " (subcontractors beyond its operator, access gateway and owners are not in the format)";
    }
    ev.need(outcome != Outcome.UNKNOWN);
    ev.findings.add(finding("secnumcloud-19.6-c", outcome, "SecNumCloud §19.6 c (a third party outside " + blocCode
        + ", or owned or controlled from outside it, must not be able to obtain the data): " + binding + ".", chain,
        List.copyOf(src)));
    return outcome;
  }

  /**
   * §19.6 e: the recorded links with a state outside the bloc of the provider, of every organisation that holds it
   * directly or indirectly and, at a site, of the site's third parties and their holders. An INFO finding: the clause
   * says such links "may be taken into account", not that they fail it. When more than
   * {@value ForeignStateLinks#MAX_LINKED} organisations of the landscape have such links, holders are not followed and
   * the finding says so ({@link ForeignStateLinks}).
   *
   * @return the links in words ({@code "g42: funding by AE"}), sorted, not null
   */
  List<String> clauseE(Operator p, Optional<Site> site, Evidence ev) {
    List<String> roots = new ArrayList<>(List.of(p.id()));
    site.ifPresent(s -> roots.addAll(thirdParties(p, s)));
    ForeignStateLinks known = facts.foreignStateLinks(blocCode, inside);
    TreeSet<String> related = new TreeSet<>();
    for (String root : roots) {
      related.addAll(known.linkedAmongHoldersOf(root));
    }
    TreeSet<String> links = new TreeSet<>();   // in order, whatever the order of the stakes
    LinkedHashSet<String> src = new LinkedHashSet<>();
    StateLink first = null;
    String firstHolder = null;
    String firstWords = null;
    for (String id : related) {
      for (StateLink l : known.linksOf(id)) {
        String words = id + ": " + l.kind().name().toLowerCase(Locale.ROOT) + " by " + l.jurisdiction();
        links.add(words);
        src.addAll(l.sources());
        if (first == null || words.compareTo(firstWords) < 0) {
          first = l;
          firstHolder = id;
          firstWords = words;
        }
      }
    }
    List<EntityRef> chain = new ArrayList<>();
    site.ifPresent(s -> chain.add(ref(EntityKind.SITE, s.id())));
    chain.add(site.isPresent() ? via("provided by", EntityKind.OPERATOR, p.id()) : ref(EntityKind.OPERATOR, p.id()));
    if (first != null) {
      if (!firstHolder.equals(p.id())) {
        chain.add(via("related (holder or third party)", EntityKind.OPERATOR, firstHolder));
      }
      chain.add(via("state link (" + first.kind().name().toLowerCase(Locale.ROOT) + ") with", EntityKind.JURISDICTION,
          first.jurisdiction()));
    }
    String scope = p.id() + (known.isComplete() ? ", its holders" : "")
        + (site.isPresent() ? " and the third parties at " + site.get().id() : "");
    if (!known.isComplete()) {
      scope += " (their holders are not followed: " + known.linkedCount() + " organisations of the landscape have such"
          + " links, more than the " + ForeignStateLinks.MAX_LINKED + " followed)";
    }
    String message = links.isEmpty()
        ? "no link of " + scope + " with a state outside " + blocCode + " is recorded"
        : "links of " + scope + " with a state outside " + blocCode + ": " + Findings.listed(links)
            + " (the clause leaves their weight to the assessor)";
    Finding f = finding("secnumcloud-19.6-e", Outcome.INFO, "SecNumCloud §19.6 e (links with a foreign government or"
        + " public body may be taken into account): " + message + ".", chain, List.copyOf(src));
    ev.findings.add(f);
    return List.copyOf(links);
  }
}
