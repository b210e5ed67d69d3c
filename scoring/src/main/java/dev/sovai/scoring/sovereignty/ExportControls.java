package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.name;
import static dev.sovai.scoring.sovereignty.Findings.ref;
import static dev.sovai.scoring.sovereignty.Findings.via;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.ownership.Control;

/**
 * The cut-off axis: how far foreign export-control regimes can stop a site's accelerators or their supply, lot by
 * lot, and which foreign jurisdictions the accelerators depend on. See {@link SovereigntyScorer} for the rule.
 */
final class ExportControls {
  private final Facts facts;

  ExportControls(Facts facts) {
    this.facts = facts;
  }

  /**
   * Estimated Total Processing Performance of an accelerator: {@code max(denseBf16Tflops × 16, denseFp8Tflops × 8)}.
   *
   * @param a  the accelerator, not null
   * @return the TPP, or empty if no dense figure is known
   */
  static OptionalDouble tpp(Accelerator a) {
    double t = Math.max(a.denseBf16Tflops().orElse(0) * 16, a.denseFp8Tflops().orElse(0) * 8);
    return t > 0 ? OptionalDouble.of(t) : OptionalDouble.empty();
  }

  /**
   * The buyers whose seat a regime's parent rule reads: the operator and its ultimate controllers (for a ring of
   * mutual control, one controller per seat country: see {@link Facts#controllingBuyers}).
   */
  private List<Operator> buyers(Site site) {
    List<Operator> buyers = new ArrayList<>();
    if (site.operator().isPresent()) {
      Operator op = facts.operator(site.operator().get());
      buyers.add(op);
      for (Operator c : facts.controllingBuyers(facts.control(op.id()).group())) {
        if (!c.id().equals(op.id())) {
          buyers.add(c);
        }
      }
    }
    return buyers;
  }

  /** The cut-off risk of a site under the regimes the profile applies on the date. */
  CutOffRisk site(Site site, Evidence ev) {
    List<ExportControlRegime> regimes = facts.profile.regimesInForceOn(facts.asOf);
    TreeSet<String> dependencies = new TreeSet<>();
    FindingList findings = new FindingList(); // built when the result is read; the builders never capture the facts
    boolean eager = facts.eagerText;
    HomeBloc home = facts.home;
    List<ExportControlRegime> foreign = new ArrayList<>();
    for (ExportControlRegime r : regimes) {
      if (facts.isHome(r.enactedBy())) {
        findings.addLater(eager, () -> finding("cut-off", Outcome.NOT_APPLICABLE, r.name() + " is enacted inside the home"
            + " bloc " + home + ": not a foreign decision.", List.of(ref(EntityKind.SITE, site.id())), List.of()));
      } else {
        foreign.add(r);
      }
    }
    List<Operator> buyers = buyers(site);
    Set<String> unknownBuyers = new TreeSet<>();
    CutOffLevel level = CutOffLevel.NONE;
    List<CutOffReason> reasons = new ArrayList<>();
    boolean anyLot = false;
    long unknownAccelerators = 0;
    for (AcceleratorLot lot : facts.liveLots(site)) {
      Optional<Accelerator> acc = facts.accelerator(lot);
      ev.need(acc.isPresent());
      if (acc.isEmpty()) {
        unknownAccelerators += lot.count();
        ev.gap(EntityKind.SITE, site.id(), "fleet.accelerator", GapTreatment.UNKNOWN, "accelerator "
            + lot.reportedModel().orElse("?") + " is not in the catalogue: its vendor and regime are unknown");
        continue;
      }
      Accelerator a = acc.get();
      Operator vendor = facts.operator(a.vendor());
      Optional<String> vendorSeat = vendor.seat();
      ev.need(vendorSeat.isPresent());
      anyLot |= vendorSeat.isPresent();
      if (vendorSeat.isEmpty()) {
        unknownAccelerators += lot.count();
        ev.gap(EntityKind.OPERATOR, vendor.id(), "seat", GapTreatment.UNKNOWN, "vendor seat unknown: regimes cannot be applied");
      } else if (!facts.isHome(vendorSeat.get())) {
        dependencies.add(vendorSeat.get().substring(0, 2));
      }
      for (String fab : a.fabJurisdictions()) {
        if (!facts.isHome(fab)) {
          dependencies.add(fab.substring(0, 2));
        }
      }
      for (ExportControlRegime r : foreign) {
        if (vendorSeat.isEmpty() || !facts.landscape.isIn(vendorSeat.get(), r.enactedBy())) {
          continue;
        }
        List<CutOffReason> lotReasons = new ArrayList<>();
        LinkedHashSet<String> src = new LinkedHashSet<>(site.sources());
        src.addAll(lot.sources());
        src.addAll(a.sources());
        CutOffLevel lotLevel = destination(site, a, r, lotReasons, ev);
        if (r.parents().values().stream().anyMatch(p -> p != CutOffLevel.NONE)) {
          unknownBuyers.addAll(unknownBuyers(site, buyers));
        }
        for (Operator buyer : buyers) {
          if (buyer.seat().isEmpty()) {
            continue;
          }
          CutOffLevel p = r.parents().get(buyer.seat().get().substring(0, 2));
          if (p != null && p != CutOffLevel.NONE) {
            lotLevel = lotLevel.max(p);
            lotReasons.add(CutOffReason.parent(r, buyer.id(), buyer.seat().get(), p));
            src.addAll(buyer.sources());
          }
        }
        String seat = vendorSeat.get();
        String vendorId = vendor.id();
        Supplier<List<EntityRef>> chain = () -> List.of(ref(EntityKind.SITE, site.id()),
            via("fleet " + lot.count() + " ×", EntityKind.ACCELERATOR, a.id()),
            via("made by", EntityKind.OPERATOR, vendorId),
            via("seated in", EntityKind.JURISDICTION, seat),
            via("export controls", EntityKind.JURISDICTION, r.enactedBy()));
        List<String> sources = List.copyOf(src);
        if (lotLevel != CutOffLevel.NONE) {
          level = level.max(lotLevel);
          reasons.addAll(lotReasons);
          CutOffLevel set = lotLevel;
          List<CutOffReason> why = List.copyOf(lotReasons);
          findings.addLater(eager, () -> finding("cut-off", Outcome.FAIL, lot.count() + " × " + a.id() + ": " + name(set)
              + " — " + String.join("; ", why.stream().map(CutOffReason::message).toList()) + " ("
              + r.provenance().citation() + ").", chain.get(), sources));
        } else {
          findings.addLater(eager, () -> finding("cut-off", Outcome.PASS, lot.count() + " × " + a.id() + ": no licence, cap"
              + " or denial under " + r.name() + " for " + site.jurisdiction() + " (" + r.provenance().citation() + ").",
              chain.get(), sources));
        }
      }
    }
    if (site.fleet().isEmpty()) {
      ev.need(false);
      ev.gap(EntityKind.SITE, site.id(), "fleet", GapTreatment.UNKNOWN, "no accelerators listed: cut-off risk unknown");
    }
    List<String> unknowns = new ArrayList<>();
    if (level != CutOffLevel.PRESUMPTION_OF_DENIAL) {
      if (!anyLot) {
        unknowns.add("no accelerator of a known model and vendor is listed");
      } else if (unknownAccelerators > 0) {
        unknowns.add(unknownAccelerators + " accelerators of unknown model or vendor");
      }
      unknowns.addAll(unknownBuyers);
    }
    boolean unknownRisk = !unknowns.isEmpty();
    if (!dependencies.isEmpty()) {
      List<String> on = List.copyOf(dependencies);
      findings.addLater(eager, () -> finding("cut-off-dependency", Outcome.INFO, "The site's accelerators depend on vendors"
          + " or fabs in " + String.join(", ", on) + ", outside the home bloc " + home + ".",
          List.of(ref(EntityKind.SITE, site.id())), site.sources()));
    }
    List<String> regimeIds = foreign.stream().map(ExportControlRegime::id).toList();
    CutOffLevel found = level;
    boolean known = anyLot;
    long notAssessed = unknownAccelerators;
    List<String> buyersUnknown = List.copyOf(unknownBuyers);
    findings.addLater(0, eager, () -> finding("cut-off", found != CutOffLevel.NONE ? Outcome.FAIL : unknownRisk
        ? Outcome.UNKNOWN : Outcome.PASS, !known ? "No accelerator of a known model and vendor is listed: the cut-off"
            + " risk is unknown."
            : "Cut-off risk " + name(found) + (unknownRisk ? " at least" : "") + " under "
                + (regimeIds.isEmpty() ? "no foreign regime in force" : regimeIds.toString())
                + (notAssessed > 0 ? "; " + notAssessed + " accelerators of unknown model or vendor"
                    + " not assessed" : "") + (buyersUnknown.isEmpty() ? "" : "; a parent rule cannot be applied: "
                    + String.join(", ", buyersUnknown)) + ".",
        List.of(ref(EntityKind.SITE, site.id())), site.sources()));
    ev.findings.addAll(findings);
    return new CutOffRisk(level, regimeIds, reasons,
        List.copyOf(dependencies), unknowns, findings);
  }

  /**
   * Why a regime's parent rule cannot be applied to every buyer: the operator unknown, a buyer's seat unknown, or
   * control that unlisted holders could decide (an unknown parent).
   */
  private List<String> unknownBuyers(Site site, List<Operator> buyers) {
    List<String> out = new ArrayList<>();
    if (site.operator().isEmpty()) {
      out.add("operator unknown");
      return out;
    }
    for (Operator b : buyers) {
      if (b.seat().isEmpty()) {
        out.add("seat of buyer " + b.id() + " unknown");
      }
    }
    Control control = facts.control(site.operator().get());
    if (!control.isDetermined()) {
      out.add("control of " + control.undetermined() + " undetermined: an unknown parent is possible");
    }
    return out;
  }

  /** The level a regime sets for the site's country as a destination, with the case-by-case carve-out. */
  private CutOffLevel destination(Site site, Accelerator a, ExportControlRegime r, List<CutOffReason> reasons,
      Evidence ev) {
    CutOffLevel dest = r.destinationLevel(site.jurisdiction());
    if (dest.compareTo(CutOffLevel.LICENCE_REQUIRED) > 0
        && r.caseByCaseDestinations().contains(site.jurisdiction().substring(0, 2))
        && r.caseByCaseBelowTpp().isPresent()) {
      OptionalDouble t = tpp(a);
      double threshold = r.caseByCaseBelowTpp().getAsDouble();
      if (t.isPresent() && t.getAsDouble() < threshold) {
        reasons.add(CutOffReason.carveOut(r, site.jurisdiction(), a.id(), t.getAsDouble(), threshold));
        return CutOffLevel.LICENCE_REQUIRED;
      }
      if (t.isEmpty()) {
        ev.gap(EntityKind.ACCELERATOR, a.id(), "denseBf16Tflops", GapTreatment.UNKNOWN,
            "TPP unknown: the case-by-case carve-out cannot apply");
      }
    }
    if (dest != CutOffLevel.NONE) {
      reasons.add(CutOffReason.destination(r, site.jurisdiction(), dest));
    }
    return dest;
  }
}
