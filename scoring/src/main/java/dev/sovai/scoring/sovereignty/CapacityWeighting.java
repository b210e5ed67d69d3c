package dev.sovai.scoring.sovereignty;

import static dev.sovai.scoring.sovereignty.Findings.finding;
import static dev.sovai.scoring.sovereignty.Findings.listed;
import static dev.sovai.scoring.sovereignty.Findings.name;
import static dev.sovai.scoring.sovereignty.Findings.percent;
import static dev.sovai.scoring.sovereignty.Findings.ref;
import static dev.sovai.scoring.sovereignty.Findings.via;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;

/**
 * The landscape view: the home sites' results weighted by their capacity (sites, accelerators, H100 equivalents,
 * IT MW), by law, by reached organisation and by cut-off level.
 */
final class CapacityWeighting {
  private final Facts facts;
  private final Evidence ev = new Evidence();
  private Capacity home = Capacity.ZERO;
  private Capacity exposedToAny = Capacity.ZERO;
  /** Home sites with no foreign law found whose lawful-access axis lacks facts: neither exposed nor free. */
  private Capacity lawfulAccessUnknown = Capacity.ZERO;
  /** Home sites whose cut-off level the facts cannot settle: counted at no level. */
  private Capacity cutOffUnknown = Capacity.ZERO;
  private final Map<String, Capacity> byLaw = new TreeMap<>();
  private final Map<String, Capacity> uncertainByLaw = new TreeMap<>();
  private final Map<String, Map<String, Capacity>> byEntity = new TreeMap<>();
  private final Map<CutOffLevel, Capacity> byLevel = new EnumMap<>(CutOffLevel.class);
  private final Map<String, Set<String>> lawSources = new HashMap<>();

  CapacityWeighting(Facts facts) {
    this.facts = facts;
  }

  /** Whether a site counts: in the home bloc and not ended on the date. */
  boolean counts(Site s) {
    return !s.statusOn(facts.asOf).isEnded() && facts.isHome(s.jurisdiction());
  }

  /** Adds one home site's result, weighted by its capacity. */
  void add(Site s, SiteSovereignty r) {
    Capacity c = capacity(s);
    home = home.plus(c);
    if (r.isExposed()) {
      exposedToAny = exposedToAny.plus(c);
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
    Set<String> uncertainLaws = new TreeSet<>();
    for (Exposure e : r.uncertainExposures()) {
      uncertainLaws.add(e.lawKey());
      lawSources.computeIfAbsent(e.lawKey(), k -> new LinkedHashSet<>()).addAll(e.sources());
    }
    uncertainLaws.forEach(law -> uncertainByLaw.merge(law, c, Capacity::plus));
    if (r.cutOff().isKnown()) {
      byLevel.merge(r.cutOff().level(), c, Capacity::plus);
    } else {
      cutOffUnknown = cutOffUnknown.plus(c);
    }
    if (!r.isExposed() && !r.lawfulAccessGaps().isEmpty()) {
      lawfulAccessUnknown = lawfulAccessUnknown.plus(c);
    }
  }

  /** The landscape result over the sites added. */
  LandscapeSovereignty result(List<SiteSovereignty> sites) {
    for (Map.Entry<String, Capacity> e : byLaw.entrySet()) {
      Capacity c = e.getValue();
      double share = home.h100Equivalents() == 0 ? 0 : c.h100Equivalents() / home.h100Equivalents();
      ev.findings.add(finding("lawful-access-capacity", Outcome.INFO, e.getKey() + " reaches " + c.sites() + " home site"
          + (c.sites() == 1 ? "" : "s") + ", " + c.accelerators() + " accelerators, "
          + String.format(Locale.ROOT, "%.0f", c.h100Equivalents()) + " H100e (" + percent(share) + " of " + facts.home
          + "), " + String.format(Locale.ROOT, "%.1f", c.itMw()) + " MW, through "
          + listed(byEntity.get(e.getKey()).keySet()) + ".",
          List.of(ref(EntityKind.LANDSCAPE, "landscape"), via("exposed to", EntityKind.LAW, e.getKey())),
          List.copyOf(lawSources.getOrDefault(e.getKey(), Set.of()))));
    }
    for (Map.Entry<String, Capacity> e : uncertainByLaw.entrySet()) {
      ev.need(false);
      ev.gap(EntityKind.LAW, e.getKey(), "effectiveUntil", GapTreatment.UNKNOWN,
          "end not confirmed: whether it still reaches " + e.getValue().sites() + " home sites is unknown");
      ev.findings.add(finding("lawful-access-capacity", Outcome.UNKNOWN, e.getKey() + " may still reach "
          + e.getValue().sites() + " home site" + (e.getValue().sites() == 1 ? "" : "s") + ", "
          + String.format(Locale.ROOT, "%.0f", e.getValue().h100Equivalents())
          + " H100e: its end has passed but is not confirmed, so they are not counted as exposed or as free of it.",
          List.of(ref(EntityKind.LANDSCAPE, "landscape"), via("possibly exposed to", EntityKind.LAW, e.getKey())),
          List.copyOf(lawSources.getOrDefault(e.getKey(), Set.of()))));
    }
    for (Map.Entry<CutOffLevel, Capacity> e : byLevel.entrySet()) {
      ev.findings.add(finding("cut-off-capacity", e.getKey() == CutOffLevel.NONE ? Outcome.INFO : Outcome.FAIL,
          name(e.getKey()) + ": " + e.getValue().sites() + " home sites, " + e.getValue().accelerators()
              + " accelerators, " + String.format(Locale.ROOT, "%.0f", e.getValue().h100Equivalents()) + " H100e.",
          List.of(ref(EntityKind.LANDSCAPE, "landscape")), List.of()));
    }
    if (lawfulAccessUnknown.sites() > 0) {
      ev.findings.add(finding("lawful-access-capacity", Outcome.UNKNOWN, "No foreign law was found to reach "
          + lawfulAccessUnknown.sites() + " home site" + (lawfulAccessUnknown.sites() == 1 ? "" : "s") + ", "
          + String.format(Locale.ROOT, "%.0f", lawfulAccessUnknown.h100Equivalents()) + " H100e, but facts are missing:"
          + " they are counted neither as exposed nor as free of foreign law.",
          List.of(ref(EntityKind.LANDSCAPE, "landscape")), List.of()));
    }
    if (cutOffUnknown.sites() > 0) {
      ev.findings.add(finding("cut-off-capacity", Outcome.UNKNOWN, "unknown: " + cutOffUnknown.sites() + " home site"
          + (cutOffUnknown.sites() == 1 ? "" : "s") + ", " + cutOffUnknown.accelerators() + " accelerators, "
          + String.format(Locale.ROOT, "%.0f", cutOffUnknown.h100Equivalents()) + " H100e whose cut-off level the facts"
          + " cannot settle (unknown accelerators or buyers): counted at no level.",
          List.of(ref(EntityKind.LANDSCAPE, "landscape")), List.of()));
    }
    return new LandscapeSovereignty(facts.asOf, facts.profile.label(), home, exposedToAny, byLaw, byEntity, byLevel,
        sites, ev.findings, ev.coverage());
  }

  private Capacity capacity(Site s) {
    long acc = 0;
    double h100 = 0;
    long noFactor = 0;
    for (AcceleratorLot lot : facts.liveLots(s)) {
      acc += lot.count();
      Optional<Double> f = facts.accelerator(lot)
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
}
