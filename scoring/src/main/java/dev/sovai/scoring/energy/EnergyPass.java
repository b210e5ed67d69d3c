package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.lazy.Lazy;

/**
 * One question put to an {@link EnergyScorer} (a site, an operator's sites or a landscape, on a date) and what its
 * sites share, found once for the question instead of once per site: the facts of each jurisdiction ({@link Place})
 * and the decisions that sites deciding alike share — a regulatory mark depends only on a few decided values (the
 * PUE, the renewable share, the WUE, …), and every site with the same values gets the same mark, one instance for all.
 *
 * <p>Both tables die with the question. Places are bounded by the jurisdictions of the landscape; shared decisions by
 * {@link #SHARED}: beyond it, decisions are made per site, as without sharing, and give the same results.
 *
 * <p>Implementation Requirements: Not thread-safe: one pass per question, on the thread that asks it; what it hands
 * out (places, marks, values) is immutable and may be read from any thread.
 */
final class EnergyPass {
  /** The most shared decisions one question keeps. */
  static final int SHARED = 4096;

  private final EnergyProfile profile;
  private final boolean eagerText;
  private final Landscape land;
  private final LocalDate asOf;
  private final Map<String, Place> places = new HashMap<>();
  private final Map<Object, Object> shared = new HashMap<>();
  /** The metric name of each score component of the profile, {@code "score.<component>"}, in the profile's order. */
  private final String[] componentMetricNames;
  /** The name of each score component, in the profile's order. */
  private final String[] componentNames;
  /** The first place of each component's name in the profile: where a component's value is recorded. */
  private final int[] componentIndex;

  EnergyPass(EnergyProfile profile, boolean eagerText, Landscape land, LocalDate asOf) {
    this.profile = profile;
    this.eagerText = eagerText;
    this.land = land;
    this.asOf = asOf;
    this.componentMetricNames = profile.score().stream().map(c -> "score." + c.name()).toArray(String[]::new);
    this.componentNames = profile.score().stream().map(ScoreComponent::name).toArray(String[]::new);
    this.componentIndex = new int[componentNames.length];
    for (int i = 0; i < componentNames.length; i++) {
      componentIndex[i] = Arrays.asList(componentNames).indexOf(componentNames[i]);
    }
  }

  EnergyProfile profile() {
    return profile;
  }

  /** @return true to build the words of results at once (only to compare with the lazy form) */
  boolean eagerText() {
    return eagerText;
  }

  Landscape land() {
    return land;
  }

  LocalDate asOf() {
    return asOf;
  }

  /** @return the metric name of the profile's score component at an index, {@code "score.<component>"} */
  String componentMetricName(int component) {
    return componentMetricNames[component];
  }

  /** @return where the value of the profile's score component at an index is recorded: its name's first place */
  int componentIndex(int component) {
    return componentIndex[component];
  }

  /** @return an empty table of a site's component values, keyed by the profile's component names */
  Quantities<String> componentScores() {
    return Quantities.components(componentNames);
  }

  /** @return what the sites of a jurisdiction share */
  Place place(String jurisdiction) {
    Place p = places.get(jurisdiction);
    if (p == null) {
      p = Place.of(land, profile.rules(), jurisdiction);
      places.put(jurisdiction, p);
    }
    return p;
  }

  /**
   * The decision of a key if it was made before in this question: the key is a record of every value the decision
   * depends on besides the question itself (its profile, landscape and date), and its type names the decision, so
   * that the type of the decision follows from the type of the key. Callers make the decision when it is not known
   * and {@link #keep} it.
   *
   * @param <T>  the type of the decision
   * @param key  the key, not null
   * @return the decision shared by every site with an equal key, or null if none is kept
   */
  <T> T known(Object key) {
    @SuppressWarnings("unchecked")
    T t = (T) shared.get(key);
    return t;
  }

  /**
   * Keeps a decision for the sites to come with an equal key, while fewer than {@link #SHARED} are kept.
   *
   * @param <T>  the type of the decision
   * @param key  the key, not null
   * @param decision  the decision, not null
   * @return the decision
   */
  <T> T keep(Object key, T decision) {
    if (shared.size() < SHARED) {
      shared.put(key, decision);
    }
    return decision;
  }

  /** Words built when first read, or now if the question builds them at once. */
  Lazy<String> text(Supplier<String> words) {
    return Lazy.of(eagerText, words);
  }

  /** A value whose derivation in words is built when first read, or now if the question builds words at once. */
  EnergyValue value(String name, double value, String unit, boolean defaulted, Supplier<String> basis) {
    return eagerText ? EnergyValue.built(name, value, unit, defaulted, Objects.requireNonNull(basis.get(),
        "a lazy value's builder returned null")) : EnergyValue.of(name, value, unit, defaulted, basis);
  }

  /** A mark whose clause and message are built when first read. */
  RegulatoryMark mark(String criterion, Supplier<String> clause, Outcome o, Supplier<String> message) {
    return RegulatoryMark.of(criterion, text(clause), o, text(message));
  }

  /** A mark with a constant clause. */
  RegulatoryMark mark(String criterion, String clause, Outcome o, Supplier<String> message) {
    return RegulatoryMark.of(criterion, Lazy.built(clause), o, text(message));
  }
}
