package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.basis;
import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.percent;
import static dev.sovai.scoring.sovereignty.Findings.points;
import static dev.sovai.scoring.sovereignty.Findings.ref;
import static dev.sovai.scoring.sovereignty.Findings.via;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.ownership.ChainSearch;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlLink;
import dev.sovai.scoring.ownership.UltimateOwnership;

/**
 * ANSSI SecNumCloud 3.2 §19.6 a (registered office, central administration and principal establishment in the
 * bloc), §19.6 b (capital and votes held from outside the bloc: individually not more than 24 %, collectively
 * not more than 39 %, on both measures; no outside veto or board-majority right, directly or through control) and,
 * through {@link SecNumCloudThirdParties}, §19.6 c (third parties at a site) and e (foreign state links), for one
 * operator taken as the provider. See {@link SecNumCloudView}.
 */
final class SecNumCloud {
  /** Shares within this distance of a threshold count as on it (figures in the sources are rounded). */
  static final double SHARE_TOLERANCE = 1e-9;

  private final Facts facts;
  private final BlocMembership bloc;

  SecNumCloud(Facts facts, BlocMembership bloc) {
    this.facts = facts;
    this.bloc = bloc;
  }

  /** The view of a provider on its own, without a site: §19.6 c is not applicable. */
  SecNumCloudView provider(Operator p, Evidence ev) {
    return provider(p, Optional.empty(), ev);
  }

  /** The view of a provider, at a site if given (§19.6 c reads the site's third parties). */
  SecNumCloudView provider(Operator p, Optional<Site> site, Evidence ev) {
    int firstFinding = ev.findings.size();
    SecNumCloudThresholds t = facts.profile.secNumCloud();
    Predicate<String> inside = bloc.inBloc(t.bloc());
    OwnerClauses ab = facts.secNumCloudOwnerClauses(p.id(), id -> ownerClauses(p, t, inside));
    ev.addAll(ab.evidence());
    SecNumCloudThirdParties others = new SecNumCloudThirdParties(facts, bloc, inside, t.bloc());
    Outcome c = site.isPresent() ? others.clauseC(p, site.get(), ev) : Outcome.NOT_APPLICABLE;
    List<String> stateLinks = others.clauseE(p, site, ev);
    return new SecNumCloudView(p.id(), ab.a(), ab.b(), c, Findings.worst(ab.a(), ab.b(), c), ab.binding(), ab.largest(),
        ab.total(), ab.unknown(), ab.individual(), ab.collective(), stateLinks,
        ev.findings.subList(firstFinding, ev.findings.size()));
  }

  /**
   * §19.6 a and b of a provider, which do not depend on the site: the same for each of its sites, worked out once per
   * question ({@link Facts#secNumCloudOwnerClauses}).
   *
   * @param a  the outcome of §19.6 a (seats)
   * @param b  the outcome of §19.6 b (holdings, rights and control)
   * @param binding  what decides b, in words
   * @param largest  the largest holding outside the bloc, a fraction
   * @param total  the holdings outside the bloc together, a fraction
   * @param unknown  the holdings of unknown or unlisted holders, a fraction
   * @param individual  the headroom to the individual threshold
   * @param collective  the headroom to the collective threshold
   * @param evidence  the findings of a and b, what they needed and their gaps; never changed once made (it is added to
   *     the evidence of every site of the provider, from any thread)
   */
  record OwnerClauses(Outcome a, Outcome b, String binding, double largest, double total, double unknown,
      Headroom individual, Headroom collective, Evidence evidence) {}

  private OwnerClauses ownerClauses(Operator p, SecNumCloudThresholds t, Predicate<String> inside) {
    Evidence ev = new Evidence();
    String crit = "secnumcloud-19.6";
    EntityRef subject = ref(EntityKind.OPERATOR, p.id());
    // a
    Boolean out = BlocMembership.outside(p, inside);
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
    UltimateOwnership u = bloc.lookThrough(p, inside);
    BlocMembership.Holdings cap = bloc.holdings(p.id(), u.capital(), u.unresolvedCapital(), inside);
    BlocMembership.Holdings vot = bloc.holdings(p.id(), u.votes(), u.unresolvedVotes(), inside);
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
    Control control = facts.control(p.id());
    String rightsBreach = null;
    boolean rightsUnknown = !control.isDetermined();
    for (ControlLink l : control.direct()) {
      Boolean o = bloc.holderOutside(l.controller(), inside);
      if (Boolean.TRUE.equals(o)) {
        rightsBreach = l.controller() + " (outside " + t.bloc() + ") has decisive influence over " + p.id() + " ("
            + basis(l) + ", " + percent(l.votingShare()) + " of votes)";
      } else if (o == null) {
        rightsUnknown = true;
      }
    }
    for (Stake e : p.stakes()) {
      if (e.veto() || e.appointsBoardMajority()) {
        Boolean o = bloc.holderOutside(e.holder(), inside);
        if (Boolean.TRUE.equals(o) && rightsBreach == null) {
          rightsBreach = e.holder() + " (outside " + t.bloc() + ") holds a " + (e.veto() ? "veto" : "board-majority right");
        } else if (o == null) {
          rightsUnknown = true;
        }
      }
    }
    List<EntityRef> chain = new ArrayList<>(List.of(subject));
    if (rightsBreach == null) {
      ChainSearch.Walk walk = facts.search("outside " + t.bloc(), id -> bloc.holderOutside(id, inside))
          .untilFirst(p.id());
      rightsUnknown |= walk.lastUnknown().isPresent();
      if (walk.first().isPresent()) {
        List<ControlLink> links = walk.first().get();
        ControlLink l = links.get(links.size() - 1);
        rightsBreach = p.id() + " is controlled from outside " + t.bloc() + " by " + l.controller() + " (" + basis(l) + ")";
        chain = ControlChains.path(List.of(subject), links, ControlChains::byBasis);
      }
    }
    Outcome b;
    String binding;
    if (failShares || rightsBreach != null) {
      b = Outcome.FAIL;
      if (rightsBreach != null) {
        binding = rightsBreach;
      } else if (largest > t.individual() + SHARE_TOLERANCE) {
        BlocMembership.Holdings h = cap.largest() >= vot.largest() ? cap : vot;
        binding = h.largestHolder() + " holds " + percent(largest) + " (" + (h == cap ? "capital" : "votes")
            + "), more than " + percent(t.individual()) + " individually";
        Operator holder = facts.operator(h.largestHolder());
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
    double largestUnknown = Math.max(cap.largestUnknown(), vot.largestUnknown());
    Headroom individual = largestUnknown > largest + SHARE_TOLERANCE
        ? new Headroom(t.individual() - largestUnknown, t.individual() - largest, Optional.of(percent(largestUnknown)
            + " of " + p.id() + " is held by " + (cap.largestUnknown() >= vot.largestUnknown() ? cap.largestUnknownHolder()
                : vot.largestUnknownHolder()) + ", of unknown seat, who could be outside " + t.bloc()))
        : Headroom.known(t.individual() - largest);
    Headroom collective = unknown > SHARE_TOLERANCE
        ? new Headroom(t.collective() - total - unknown, t.collective() - total, Optional.of(percent(unknown) + " of "
            + p.id() + " is held by unlisted, free-float or unknown-seat holders who could be outside " + t.bloc()))
        : Headroom.known(t.collective() - total);
    return new OwnerClauses(a, b, binding, largest, total, unknown, individual, collective, ev);
  }
}
