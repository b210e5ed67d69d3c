package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.lawKeys;
import static dev.sovai.scoring.sovereignty.Findings.percent;
import static dev.sovai.scoring.sovereignty.Findings.ref;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CertificationScheme;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.csf.CsfRung;
import dev.sovai.scoring.csf.PueRating;
import dev.sovai.scoring.ownership.Control;
import dev.sovai.scoring.ownership.UltimateOwnership;

/**
 * The EU Cloud Sovereignty Framework view of a site: one answer per criterion of {@link CsfCriterion} that the
 * landscape's facts speak to, each placed on a rung of the criterion's ladder (the SEAL tags and points are the
 * catalogue's), completed with the provider's declared answers to all 48 criteria ({@link CsfDeclared}), then the
 * floor and the weighted scores ({@link CsfView}).
 */
final class CsfAssessment {
  private final Facts facts;
  private final BlocMembership bloc;

  CsfAssessment(Facts facts, BlocMembership bloc) {
    this.facts = facts;
    this.bloc = bloc;
  }

  CsfView site(Site site, LawfulAccess.Paths paths, CutOffRisk cut, Evidence ev) {
    Predicate<String> inside = facts::isHome;
    Chips chips = chips(site);
    List<CsfAnswer> derived = new ArrayList<>();
    derived.add(sov11(site, inside));
    derived.add(sov18(site, cut));
    derived.add(sov22(site, paths));
    derived.add(sov24(site, cut));
    derived.add(sov34(site, inside));
    derived.addAll(chipOrigin(site, cut, chips, inside));
    derived.add(sov44(site, inside));
    derived.add(sov71(site));
    derived.add(sov81(site));
    for (CsfAnswer a : derived) {
      ev.need(a.isAnswered());
      if (!a.isAnswered()) {
        ev.gap(EntityKind.SITE, site.id(), a.criterion().code(), GapTreatment.UNKNOWN,
            a.rung() + ": excluded from the SEAL floor, earns no points");
      }
    }
    List<CsfAnswer> answers = new CsfDeclared(facts, site).combine(derived, ev.findings);
    for (CsfAnswer a : answers) {
      if (a.findingLater() != null) {
        ev.findings.addLater(a.findingLater());
      }
    }
    CsfView view = new CsfView(answers, facts.profile.csfWeights());
    // the words of the summary findings are built when the result is read: the builders capture the view and the site
    ev.findings.addLater(facts.eagerText, () -> CsfDeclared.evidence(view, site));
    ev.findings.addLater(facts.eagerText, () -> seal(view, site));
    return view;
  }

  /** The {@code csf-seal} finding: the floor, how many criteria it rests on, and the weighted scores. */
  private static Finding seal(CsfView view, Site site) {
    List<CsfAnswer> answers = view.answers();
    StringBuilder scores = new StringBuilder();
    view.sealScores().forEach((k, v) -> scores.append(scores.length() == 0 ? "" : ", ").append(k).append(' ')
        .append(view.unknownBecause().isPresent() ? "unknown"
            : String.format(Locale.ROOT, "%.2f %%", v) + (view.unknown().isEmpty() ? ""
                : String.format(Locale.ROOT, " (up to %.2f %%)", view.sealScoresUpper().get(k)))));
    return finding("csf-seal", view.seal().isPresent() ? Outcome.INFO : Outcome.UNKNOWN, "EU CSF: SEAL floor "
        + (view.seal().isPresent() ? view.seal().getAsInt() : "unknown") + " over " + (answers.size() - view.unknown().size())
        + " answered criteria (" + view.unknown().size() + " unknown, an upper bound"
        + (view.sealOnDeclared() ? "; set by declared answers only" : "") + "); weighted score " + scores + ".",
        List.of(ref(EntityKind.SITE, site.id())), site.sources());
  }

  /**
   * SOV-1.8 from the cut-off axis. Only the worst rung (immediate shutdown) stands while the axis lacks facts: any
   * better rung rests on a cut-off level that unknown accelerators or buyers could raise, so it is unknown.
   */
  private CsfAnswer sov18(Site site, CutOffRisk cut) {
    CsfCriterion c = CsfCriterion.SOV_1_8;
    if (cut.level() != CutOffLevel.PRESUMPTION_OF_DENIAL && !cut.isKnown()) {
      return unknown(c, site, cutOffUnknown(cut));
    }
    return switch (cut.level()) {
      case PRESUMPTION_OF_DENIAL -> answer(c, 0, site, "immediate shutdown (presumption of denial)");
      case CAPPED -> answer(c, 1, site, "delayed stop (supply capped)");
      case LICENCE_REQUIRED -> answer(c, 2, site, "temporary contractual continuity (licence required)");
      case NONE -> cut.foreignDependencies().isEmpty()
          ? answer(c, 4, site, "full autonomy (no foreign dependency)")
          : answer(c, 3, site, "can re-source (no restriction now, but depends on "
              + String.join(", ", cut.foreignDependencies()) + ")");
    };
  }

  /**
   * Exposure to foreign law, from the lawful-access axis. Only the worst rung (fully exposed) stands while the axis is
   * unknown: a path of a law past its unconfirmed end, or any fact the axis lacks (an operator, a seat, control that
   * unlisted holders could decide), makes any better rung unknown.
   */
  private CsfAnswer sov22(Site site, LawfulAccess.Paths paths) {
    CsfCriterion c = CsfCriterion.SOV_2_2;
    List<Exposure> exposures = paths.certain();
    if (exposures.stream().anyMatch(e -> e.role() != Role.TENANT)) {
      return answer(c, 0, site, "fully exposed: " + String.join(", ", lawKeys(exposures)));
    }
    if (!paths.uncertain().isEmpty()) {
      return unknown(c, site, "may be exposed: the end of " + String.join(", ", lawKeys(paths.uncertain()))
          + " is not confirmed");
    }
    if (!paths.isComplete()) {
      return unknown(c, site, "lawful access is unknown, facts are missing: " + String.join("; ", paths.missing()));
    }
    if (!exposures.isEmpty()) {
      return answer(c, 1, site, "exposed through tenants only: " + String.join(", ", lawKeys(exposures)));
    }
    return answer(c, 4, site, "structural immunity: no foreign law reaches the site");
  }

  /** Why a rung above the worst cannot be read from the cut-off axis. */
  private static String cutOffUnknown(CutOffRisk cut) {
    return "the cut-off risk is unknown (" + String.join("; ", cut.unknowns()) + ")";
  }

  /** SOV-2.4 from the cut-off axis; only a restriction towards the site's country stands while the axis lacks facts. */
  private CsfAnswer sov24(Site site, CutOffRisk cut) {
    CsfCriterion c = CsfCriterion.SOV_2_4;
    if (cut.reasons().stream().anyMatch(r -> r.kind().isDestination())) {
      return answer(c, 0, site, "restrictions towards " + site.jurisdiction());
    }
    if (!cut.isKnown()) {
      return unknown(c, site, cutOffUnknown(cut));
    }
    if (cut.level() != CutOffLevel.NONE) {
      return answer(c, 1, site, "restricted through the buyer's parent");
    }
    if (!cut.regimes().isEmpty() && !cut.foreignDependencies().isEmpty()) {
      return answer(c, 3, site, "under a foreign regime, no restriction towards " + site.jurisdiction());
    }
    return answer(c, 4, site, "not exposed to foreign export restrictions");
  }

  private CsfAnswer sov34(Site site, Predicate<String> inside) {
    CsfCriterion c = CsfCriterion.SOV_3_4;
    if (site.dataLocations().isEmpty()) {
      return unknown(c, site, "data locations unknown");
    }
    long in = site.dataLocations().stream().filter(inside).count();
    return in == site.dataLocations().size() ? answer(c, 2, site, "all data in " + facts.home)
        : in > 0 ? answer(c, 1, site, facts.home + " by default, with third-country locations")
        : answer(c, 0, site, "data in third countries");
  }

  /**
   * Where the site's live, catalogued accelerators come from; {@code vendorsKnown} if every live lot is catalogued
   * with a vendor of known seat (and there is one), {@code fabsKnown} if moreover every one lists its fabs.
   */
  private record Chips(Set<String> vendorSeats, Set<String> fabs, boolean vendorsKnown, boolean fabsKnown) {}

  private Chips chips(Site site) {
    Set<String> vendorSeats = new TreeSet<>();
    Set<String> fabs = new TreeSet<>();
    List<AcceleratorLot> lots = facts.liveLots(site);
    boolean vendorsKnown = !lots.isEmpty();
    boolean fabsKnown = true;
    for (AcceleratorLot lot : lots) {
      Optional<Accelerator> a = facts.accelerator(lot);
      if (a.isPresent()) {
        Optional<String> seat = facts.operator(a.get().vendor()).seat();
        seat.ifPresent(vendorSeats::add);
        vendorsKnown &= seat.isPresent();
        fabs.addAll(a.get().fabJurisdictions());
        fabsKnown &= !a.get().fabJurisdictions().isEmpty();
      } else {
        vendorsKnown = false;
      }
    }
    return new Chips(vendorSeats, fabs, vendorsKnown, vendorsKnown && fabsKnown);
  }

  /**
   * SOV-3.5, SOV-5.2 and SOV-6.5, answered from the fleet's vendors and fabs (and, for SOV-3.5, the cut-off axis). A
   * rung that a foreign vendor or fab already decides stands; any better rung needs every live lot's origin.
   */
  private List<CsfAnswer> chipOrigin(Site site, CutOffRisk cut, Chips chips, Predicate<String> inside) {
    boolean vendorHome = !chips.vendorSeats().isEmpty() && chips.vendorSeats().stream().allMatch(inside);
    boolean fabHome = !chips.fabs().isEmpty() && chips.fabs().stream().allMatch(inside);
    boolean vendorsKnown = chips.vendorsKnown();
    List<CsfAnswer> out = new ArrayList<>();
    CsfCriterion c35 = CsfCriterion.SOV_3_5;
    if (cut.level() != CutOffLevel.NONE) {
      out.add(answer(c35, 0, site, "restricted chips"));
    } else if (!cut.isKnown()) {
      out.add(unknown(c35, site, cutOffUnknown(cut)));
    } else if (!vendorsKnown) {
      out.add(unknown(c35, site, "accelerators or vendors unknown"));
    } else if (vendorHome && fabHome) {
      out.add(answer(c35, 2, site, "chips of " + facts.home + " origin"));
    } else {
      out.add(answer(c35, 1, site, "foreign accelerators (vendors in " + chips.vendorSeats() + ")"));
    }
    CsfCriterion c52 = CsfCriterion.SOV_5_2;
    if (!chips.fabs().isEmpty() && !fabHome) {
      out.add(answer(c52, 0, site, "made in " + chips.fabs()));
    } else if (!chips.fabsKnown()) {
      out.add(unknown(c52, site, "fab jurisdictions unknown"));
    } else {
      out.add(answer(c52, 1, site, "made in " + facts.home));
    }
    CsfCriterion c65 = CsfCriterion.SOV_6_5;
    boolean foreignVendor = !chips.vendorSeats().stream().allMatch(inside);
    if (!inside.test(site.jurisdiction()) && foreignVendor) {
      out.add(answer(c65, 0, site, "imported stack hosted outside " + facts.home));
    } else if (!vendorsKnown) {
      out.add(unknown(c65, site, "accelerators or vendors unknown"));
    } else if (!vendorHome) {
      out.add(answer(c65, 1, site, facts.home + "-hosted foreign stack"));
    } else if (!fabHome) {
      out.add(answer(c65, 3, site, facts.home + " processor IP with foreign fabs"));
    } else {
      out.add(answer(c65, 4, site, facts.home + " design, fab and operation"));
    }
    return out;
  }

  private CsfAnswer sov44(Site site, Predicate<String> inside) {
    CsfCriterion c = CsfCriterion.SOV_4_4;
    Set<String> staff = new TreeSet<>(site.administrationLocations());
    staff.addAll(site.supportLocations());
    if (staff.isEmpty()) {
      return unknown(c, site, "administration and support locations unknown");
    }
    // clearance is not in the model: at most the "all EU staff" rung
    return staff.stream().allMatch(inside) ? answer(c, 1, site, "administration and support from " + facts.home)
        : answer(c, 0, site, "administration or support from " + staff);
  }

  private CsfAnswer sov71(Site site) {
    CsfCriterion c = CsfCriterion.SOV_7_1;
    int best = -1;
    if (site.operator().isPresent()) {
      for (Certification cert : facts.operator(site.operator().get()).certifications()) {
        if (cert.isValidOn(facts.asOf)) {
          best = Math.max(best, position(cert.scheme()));
        }
      }
    }
    if (best < 0) {
      return unknown(c, site, "no security certification listed for the operator");
    }
    return answer(c, best, site, "security certification at SEAL " + c.rung(best).seal());
  }

  /** The position of a certification scheme on the SOV-7.1 ladder, or -1 if it is not on it. */
  private static int position(CertificationScheme scheme) {
    return switch (scheme) {
      case ISO_27001 -> 0;
      case C5 -> 1;
      case SECNUMCLOUD, EUCS -> 2;
      default -> -1;
    };
  }

  private CsfAnswer sov81(Site site) {
    CsfCriterion c = CsfCriterion.SOV_8_1;
    PueRating rating = PueRating.of(facts.landscape, site);
    if (rating.pue().isEmpty()) {
      return unknown(c, site, "PUE not reported");
    }
    double pue = rating.pue().getAsDouble();
    CsfRung reached = rating.reached().orElseThrow();
    if (!rating.isAnswered()) {
      return unknown(c, site, "PUE " + pue + " < " + bound(reached) + " reaches SEAL " + reached.seal()
          + " only with an improvement roadmap, which the data does not record"
          + rating.withoutRoadmap().map(r -> " (without one: " + r.label() + ", SEAL " + r.seal() + ")").orElse(""));
    }
    String text = reached.pueBelow().isEmpty() ? "PUE " + pue : "PUE " + pue + " < " + bound(reached)
        + (reached.condition() == CsfRung.Condition.EU_VERIFIED ? ", EU-verified (reported for a confirmed EU site)" : "");
    return CsfAnswer.withFindingLater(c.entry(), CsfEvidence.DERIVED, OptionalInt.of(reached.seal()), reached.earned(),
        text, facts.eagerText, () -> answered(c, reached, text, site));
  }

  private static String bound(CsfRung rung) {
    double b = rung.pueBelow().orElseThrow();
    return b == Math.rint(b) ? Long.toString((long) b) : Double.toString(b);
  }

  private CsfAnswer sov11(Site site, Predicate<String> inside) {
    CsfCriterion c = CsfCriterion.SOV_1_1;
    List<String> providers = facts.providers(site);
    if (providers.isEmpty()) {
      return unknown(c, site, "no operator or gateway known");
    }
    OwnershipRung r = facts.csfOwnershipRung(providers, k -> ownershipRung(k, inside));
    return r.position().isPresent() ? answer(c, r.position().getAsInt(), site, r.why()) : unknown(c, site, r.why());
  }

  /**
   * SOV-1.1 of a site's providers, which depends on them alone: the same for each of their sites, worked out once per
   * question ({@link Facts#csfOwnershipRung}).
   *
   * @param position  the rung's position on the ladder, empty if unknown
   * @param why  the rung in sovai's words, or why it is unknown
   */
  record OwnershipRung(OptionalInt position, String why) {}

  private OwnershipRung ownershipRung(List<String> providers, Predicate<String> inside) {
    CsfCriterion c = CsfCriterion.SOV_1_1;
    int worst = 3;
    String rung = "entirely within " + facts.home;
    String unknownWhy = null;
    for (String id : providers) {
      Operator p = facts.operator(id);
      Boolean pOut = BlocMembership.holderOutside(p, inside);
      Control control = facts.control(id);
      Boolean ctlOut = facts.anyControllerOutsideHome(control.group(), ctl -> bloc.holderOutside(ctl, inside));
      if (!Boolean.TRUE.equals(pOut) && !Boolean.TRUE.equals(ctlOut)
          && (pOut == null || ctlOut == null || !control.isDetermined())) {
        unknownWhy = pOut == null ? "seat of " + id + " unknown"
            : "control of " + control.undetermined() + " undetermined or a controller's seat unknown";
        continue;
      }
      UltimateOwnership u = bloc.lookThrough(p, inside);
      BlocMembership.Holdings h = bloc.holdings(p.id(), u.capital(), u.unresolvedCapital(), inside);
      int position;
      String r;
      if (Boolean.TRUE.equals(pOut) || Boolean.TRUE.equals(ctlOut)) {
        boolean entirely = h.total() + h.unknown() >= 1 - 1e-6 || Boolean.TRUE.equals(pOut);
        position = entirely ? 0 : 1;
        r = (entirely ? "entirely" : "mostly") + " outside " + facts.home + " (" + id + ")";
      } else if (h.total() + h.unknown() > SecNumCloud.SHARE_TOLERANCE) {
        position = 2;
        r = "mostly within " + facts.home + " (" + percent(h.total()) + " held outside, " + percent(h.unknown())
            + " unknown)";
      } else {
        position = 3;
        r = "entirely within " + facts.home;
      }
      if (position < worst) {
        worst = position;
        rung = r;
      }
    }
    if (unknownWhy != null && c.rung(worst).seal() > 1) {
      return new OwnershipRung(OptionalInt.empty(), unknownWhy);
    }
    return new OwnershipRung(OptionalInt.of(worst), rung);
  }

  /** The answer on the rung at a position of the criterion's ladder, with sovai's words for why. */
  private CsfAnswer answer(CsfCriterion c, int position, Site site, String why) {
    CsfRung rung = c.rung(position);
    return CsfAnswer.withFindingLater(c.entry(), CsfEvidence.DERIVED, OptionalInt.of(rung.seal()), rung.earned(), why,
        facts.eagerText, () -> answered(c, rung, why, site));
  }

  private static Finding answered(CsfCriterion c, CsfRung rung, String why, Site site) {
    return finding(c.findingId(), Outcome.INFO, CsfAnswerWords.answered(c, rung, why),
        List.of(ref(EntityKind.SITE, site.id())), site.sources());
  }

  private CsfAnswer unknown(CsfCriterion c, Site site, String why) {
    return CsfAnswer.withFindingLater(c.entry(), CsfEvidence.UNKNOWN, OptionalInt.empty(), 0, why, facts.eagerText,
        () -> finding(c.findingId(), Outcome.UNKNOWN, CsfAnswerWords.unknown(c, why),
            List.of(ref(EntityKind.SITE, site.id())), site.sources()));
  }
}
