package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.site.Site;

/**
 * A site's energy assessment while it is computed: the values, component scores, gaps, findings, regulatory marks
 * and sources found so far, and the count of inputs needed. The computation and the regulatory marks write into
 * it in a fixed order, which is the order of the result; {@link #build} freezes it into a {@link SiteEnergy}.
 *
 * <p>Implementation Requirements: Not thread-safe; one draft per computation.
 */
final class SiteEnergyDraft {
  private final Site site;
  private final EntityRef self;
  private final Map<EnergyQuantity, EnergyValue> values = new LinkedHashMap<>();
  private final Map<String, EnergyValue> componentScores = new LinkedHashMap<>();
  private final List<Gap> gaps = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final List<RegulatoryMark> marks = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private int needed;

  SiteEnergyDraft(Site site) {
    this.site = site;
    this.self = EntityRef.of(EntityKind.SITE, site.id());
  }

  /** @return the site as the subject of a finding or gap, not null */
  EntityRef self() {
    return self;
  }

  /** Records a value; a non-finite one becomes a gap instead. */
  void put(EnergyQuantity q, double value, boolean defaulted, String basis) {
    if (Double.isFinite(value)) {
      values.put(q, EnergyValue.of(q, value, defaulted, basis));
    } else {
      notFinite(q.metricName(), basis);
    }
  }

  /** Records the normalised value of a score component, as {@code "score.<component>"} in unit fraction. */
  void putComponent(String component, double score, boolean defaulted, String basis) {
    String name = "score." + component;
    if (Double.isFinite(score)) {
      componentScores.put(component, new EnergyValue(name, score, "fraction", defaulted, basis));
    } else {
      notFinite(name, basis);
    }
  }

  private void notFinite(String name, String basis) {
    gap(name, GapTreatment.EXCLUDED, "not computed: the inputs give a non-finite value (" + basis + ")");
  }

  void gap(String field, GapTreatment t, String detail) {
    gaps.add(Gap.builder().subject(self).field(field).treatment(t).detail(detail).build());
  }

  void finding(Finding f) {
    findings.add(f);
  }

  void mark(String criterion, String clause, Outcome o, String message) {
    marks.add(new RegulatoryMark(criterion, clause, o, message));
  }

  /** Counts inputs the assessment needs (negative to take back one that turned out not to be needed). */
  void need(int inputs) {
    needed += inputs;
  }

  boolean defaulted(EnergyQuantity q) {
    EnergyValue x = values.get(q);
    return x != null && x.defaulted();
  }

  OptionalDouble value(EnergyQuantity q) {
    EnergyValue x = values.get(q);
    return x == null ? OptionalDouble.empty() : OptionalDouble.of(x.value());
  }

  void addSources(List<String> ids) {
    for (String id : ids) {
      if (!sources.contains(id)) {
        sources.add(id);
      }
    }
  }

  SiteEnergy build(LocalDate asOf, String profile, double scoreLower, double scoreUpper) {
    return new SiteEnergy(site.id(), site.name(), site.jurisdiction(), site.statusOn(asOf), asOf, profile, values,
        componentScores, marks, findings, gaps, needed, scoreLower, scoreUpper, sources);
  }
}
