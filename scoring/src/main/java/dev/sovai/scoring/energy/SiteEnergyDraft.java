package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.lazy.Lazy;

/**
 * A site's energy assessment while it is computed: the values, component scores, gaps, findings, regulatory marks
 * and sources found so far, and the count of inputs needed. The computation and the regulatory marks write into
 * it in a fixed order, which is the order of the result; {@link #build} freezes it into a {@link SiteEnergy}.
 *
 * <p>What is decided (values, outcomes, counts) is recorded now; the words (derivations, gap details, findings, the
 * marks' clauses and messages) are recorded as builders that the result runs when it is first asked for them, or at
 * once when the draft is {@code eager} (the form the tests compare the lazy one with). A builder captures only
 * decided values and immutable parts of the landscape.
 *
 * <p>Implementation Requirements: Not thread-safe; one draft per computation.
 */
final class SiteEnergyDraft {
  private final Site site;
  private final EntityRef self;
  private final Quantities<EnergyQuantity> values = Quantities.quantities();
  private final Quantities<String> componentScores;
  private final EnergyPass pass;
  private final boolean eager;
  private final List<Supplier<Gap>> gaps = new ArrayList<>(16);
  private final List<Supplier<Finding>> findings = new ArrayList<>();
  private final List<RegulatoryMark> marks = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();
  private int needed;

  SiteEnergyDraft(Site site, EnergyPass pass) {
    this.site = site;
    this.pass = pass;
    this.eager = pass.eagerText();
    this.componentScores = pass.componentScores();
    this.self = EntityRef.of(EntityKind.SITE, site.id());
  }

  /** @return the site as the subject of a finding or gap, not null */
  EntityRef self() {
    return self;
  }

  /** Records a value with its derivation in words; a non-finite one becomes a gap instead. */
  void put(EnergyQuantity q, double value, boolean defaulted, Supplier<String> basis) {
    if (Double.isFinite(value)) {
      values.record(q.ordinal(), pass.value(q.metricName(), value, q.unit(), defaulted, basis));
    } else {
      notFinite(q.metricName(), basis);
    }
  }

  /** Records a value whose derivation is a constant text. */
  void put(EnergyQuantity q, double value, boolean defaulted, String basis) {
    if (Double.isFinite(value)) {
      values.record(q.ordinal(), EnergyValue.built(q.metricName(), value, q.unit(), defaulted, basis));
    } else {
      notFinite(q.metricName(), () -> basis);
    }
  }

  /** Records a value decided once for every site that decides alike ({@link EnergyPass#known}); it is finite. */
  void put(EnergyQuantity q, EnergyValue shared) {
    values.record(q.ordinal(), shared);
  }

  /** Records the normalised value of a score component, named {@code "score.<component>"}, in unit fraction. */
  void putComponent(int component, double score, boolean defaulted, Supplier<String> basis) {
    String name = pass.componentMetricName(component);
    if (Double.isFinite(score)) {
      componentScores.record(pass.componentIndex(component), pass.value(name, score, "fraction", defaulted, basis));
    } else {
      notFinite(name, basis);
    }
  }

  private void notFinite(String name, Supplier<String> basis) {
    gap(name, GapTreatment.EXCLUDED, () -> "not computed: the inputs give a non-finite value (" + basis.get() + ")");
  }

  /** Records a gap whose detail is built when first read. */
  void gap(String field, GapTreatment t, Supplier<String> detail) {
    EntityRef subject = self;
    Supplier<Gap> gap = () -> Gap.builder().subject(subject).field(field).treatment(t).detail(detail.get()).build();
    gaps.add(eager ? Lazy.built(gap.get()) : gap);
  }

  /** Records a gap with a constant detail. */
  void gap(String field, GapTreatment t, String detail) {
    EntityRef subject = self;
    Supplier<Gap> gap = () -> Gap.builder().subject(subject).field(field).treatment(t).detail(detail).build();
    gaps.add(eager ? Lazy.built(gap.get()) : gap);
  }

  /** Records a finding built when first read. */
  void finding(Supplier<Finding> f) {
    findings.add(eager ? Lazy.built(f.get()) : f);
  }

  /** Records a mark whose clause and message are built when first read. */
  void mark(String criterion, Supplier<String> clause, Outcome o, Supplier<String> message) {
    marks.add(pass.mark(criterion, clause, o, message));
  }

  /** Records a mark with a constant clause. */
  void mark(String criterion, String clause, Outcome o, Supplier<String> message) {
    marks.add(pass.mark(criterion, clause, o, message));
  }

  /** Records a mark decided once for every site that decides alike ({@link EnergyPass#known}). */
  void mark(RegulatoryMark shared) {
    marks.add(shared);
  }

  /** Counts inputs the assessment needs (negative to take back one that turned out not to be needed). */
  void need(int inputs) {
    needed += inputs;
  }

  /** @return the value of a quantity found so far, or null */
  EnergyValue quantity(EnergyQuantity q) {
    return values.at(q.ordinal());
  }

  boolean defaulted(EnergyQuantity q) {
    EnergyValue x = values.at(q.ordinal());
    return x != null && x.defaulted();
  }

  OptionalDouble value(EnergyQuantity q) {
    EnergyValue x = values.at(q.ordinal());
    return x == null ? OptionalDouble.empty() : OptionalDouble.of(x.value());
  }

  void addSources(List<String> ids) {
    for (String id : ids) {
      if (!sources.contains(id)) {
        sources.add(id);
      }
    }
  }

  SiteEnergy build(LocalDate asOf, SiteStatus status, String profile, double scoreLower, double scoreUpper) {
    return new SiteEnergy(site.id(), site.name(), site.jurisdiction(), status, asOf, profile, values,
        componentScores, marks, findings, gaps, needed, scoreLower, scoreUpper, sources);
  }
}
