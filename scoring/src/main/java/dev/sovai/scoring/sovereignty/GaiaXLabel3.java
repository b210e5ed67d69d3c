package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.basis;
import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.ref;
import static dev.sovai.scoring.sovereignty.Findings.via;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.ownership.ChainSearch;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.ControlLink;

/**
 * Gaia-X Label Level 3 seat (P5.1.4), control (P5.1.5) and, for a site, data location (P5.1.2) for one provider.
 * See {@link GaiaXView}.
 */
final class GaiaXLabel3 {
  private final Facts facts;
  private final BlocMembership bloc;

  GaiaXLabel3(Facts facts, BlocMembership bloc) {
    this.facts = facts;
    this.bloc = bloc;
  }

  GaiaXView provider(Operator p, Optional<Site> site, Evidence ev) {
    String trusted = facts.profile.gaiaXBloc();
    Predicate<String> inside = inside(trusted);
    SeatAndControl sc = facts.gaiaXSeatAndControl(p.id(), id -> seatAndControl(p, trusted, inside));
    ev.addAll(sc.evidence());
    FindingList fs = new FindingList(); // built when the result is read; the builders never capture the facts
    fs.addAll(sc.findings());
    boolean eager = facts.eagerText;
    Outcome seat = sc.seat();
    Outcome ctl = sc.control();
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
      Outcome located = data;
      fs.addLater(eager, () -> finding("gaia-x-p5.1.2", located, "Gaia-X P5.1.2: customer data of site " + s.id()
          + " is processed in " + (s.dataLocations().isEmpty() ? "unknown places"
              : String.join(", ", new TreeSet<>(s.dataLocations()))) + (located == Outcome.PASS ? ", all in the EU/"
              + trusted : located == Outcome.FAIL ? ", not all in the EU/" + trusted : "") + ".",
          List.of(ref(EntityKind.SITE, s.id()), via("provided by", EntityKind.OPERATOR, p.id())), s.sources()));
    }
    ev.findings.addAll(fs);
    Outcome overall = data == Outcome.NOT_APPLICABLE ? Findings.worst(seat, ctl) : Findings.worst(seat, ctl, data);
    return new GaiaXView(p.id(), seat, ctl, data, overall, fs);
  }

  /** The test "in the EU or the trusted bloc". */
  private Predicate<String> inside(String trusted) {
    return code -> facts.landscape.isIn(code, trusted) || facts.landscape.isIn(code, "EU");
  }

  /**
   * P5.1.4 and P5.1.5 of a provider, which do not depend on the site: the same for each of its sites, worked out once per
   * question ({@link Facts#gaiaXSeatAndControl}).
   *
   * @param seat  the outcome of P5.1.4
   * @param control  the outcome of P5.1.5
   * @param findings  their findings, built when first read
   * @param evidence  what they needed and their gaps, without findings; never changed once made (it is added to the
   *     evidence of every site of the provider, from any thread)
   */
  record SeatAndControl(Outcome seat, Outcome control, FindingList findings, Evidence evidence) {}

  private SeatAndControl seatAndControl(Operator p, String trusted, Predicate<String> inside) {
    EntityRef subject = ref(EntityKind.OPERATOR, p.id());
    FindingList fs = new FindingList();
    Evidence ev = new Evidence();
    boolean eager = facts.eagerText;
    Boolean out = BlocMembership.outside(p, inside);
    Outcome seat = out == null ? Outcome.UNKNOWN : out ? Outcome.FAIL : Outcome.PASS;
    fs.addLater(eager, () -> finding("gaia-x-p5.1.4", seat, "Gaia-X P5.1.4: head office, headquarters and main"
        + " establishment of " + p.id() + (seat == Outcome.PASS ? " are all in the EU/" + trusted : seat == Outcome.FAIL
            ? " are not all in the EU/" + trusted : " are not all known") + ".", List.of(subject), p.sources()));
    Control control = facts.control(p.id());
    Outcome ctl = control.isDetermined() ? Outcome.PASS : Outcome.UNKNOWN;
    String msg = (control.isControlled() ? "controlled by " + Findings.listed(control.controllers()) + " (" + control.kind().name()
        .toLowerCase(Locale.ROOT) + ")" : "controlled by no listed holder")
        + (control.isDetermined() ? "" : ", but unlisted holders could control " + control.undetermined());
    List<EntityRef> chain = List.of(subject);
    ChainSearch.Walk walk = facts.search("outside EU/" + trusted, id -> bloc.holderOutside(id, inside))
        .untilFirst(p.id());
    if (walk.first().isPresent()) {
      ControlLink l = last(walk.first().get());
      ctl = Outcome.FAIL;
      msg = "controlled from outside the EU/" + trusted + " by " + l.controller() + " ("
          + facts.operator(l.controller()).seat().orElse("?") + ", " + basis(l) + ")";
      chain = ControlChains.path(List.of(subject), walk.first().get(), ControlChains::byBasis);
    } else if (walk.lastUnknown().isPresent()) {
      ctl = Outcome.UNKNOWN;
      msg = "the seat of controller " + last(walk.lastUnknown().get()).controller() + " is unknown";
      chain = ControlChains.path(List.of(subject), walk.lastUnknown().get(), ControlChains::byBasis);
    }
    Outcome decided = ctl;
    String why = msg;
    List<EntityRef> through = chain;
    fs.addLater(eager, () -> {
      LinkedHashSet<String> src = new LinkedHashSet<>(p.sources());
      p.stakes().forEach(s -> src.addAll(s.sources()));
      return finding("gaia-x-p5.1.5", decided, "Gaia-X P5.1.5 (decisive influence, EUMR 139/2004): " + p.id() + " is "
          + why + ".", through, List.copyOf(src));
    });
    ev.need(seat != Outcome.UNKNOWN);
    ev.need(ctl != Outcome.UNKNOWN);
    facts.undeterminedGaps(control, ev);
    return new SeatAndControl(seat, ctl, fs, ev);
  }

  private static ControlLink last(List<ControlLink> links) {
    return links.get(links.size() - 1);
  }
}
