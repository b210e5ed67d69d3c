package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.sovai.model.Provenance;

/**
 * An export-control regime on advanced AI accelerators as dated data: who enacts it, when it is in force, the level
 * it sets for each destination country (with a default for the rest), the level it sets wherever the buyer's
 * ultimate parent is seated in a listed country, and an optional case-by-case carve-out for chips below a Total
 * Processing Performance (TPP) threshold. The regime covers accelerators whose vendor is seated in the enacting
 * jurisdiction (the foreign-direct-product rule is not modelled).
 *
 * <p>TPP is estimated from the catalogue as {@code max(denseBf16Tflops × 16, denseFp8Tflops × 8)} (TPP = TOPS ×
 * bit length); memory bandwidth, the second criterion of the January 2026 rule, is not in the model.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ExportControlRegime {
  private static final Set<String> D5_AND_MACAU = Set.of("CN", "MO", "RU", "IR", "KP", "VE", "NI", "SY");
  private static final Set<String> TIER_1 = Set.of("US", "AU", "BE", "CA", "DK", "FI", "FR", "DE", "IE", "IT", "JP",
      "NL", "NZ", "NO", "KR", "ES", "SE", "TW", "GB");

  /**
   * US "Framework for Artificial Intelligence Diffusion", interim final rule 90 FR 4544 (published 15 January 2025),
   * rescinded 13 May 2025 before enforcement: Tier 1 (US + 18) no new restriction; Tier 3 (Country Group D:5 and
   * Macau; the countries the sources name) presumption of denial; every other country Tier 2, capped at about
   * 50,000 advanced GPUs (2025–27) without a VEU. Buyers whose ultimate parent is in Tier 3: presumption of denial.
   */
  public static final ExportControlRegime AI_DIFFUSION_2025_01 = new ExportControlRegime(
      "us-ai-diffusion-2025-01", "US AI Diffusion rule, tiers (90 FR 4544)", "US",
      LocalDate.of(2025, 1, 15), LocalDate.of(2025, 5, 13),
      Provenance.of("BIS, Framework for Artificial Intelligence Diffusion, 90 FR 4544 (15 Jan 2025); tier lists per"
          + " taiwannews.com.tw and wulfstein.org; caps per digitalpolicyalert.org", 2025),
      levels(TIER_1, CutOffLevel.NONE, D5_AND_MACAU, CutOffLevel.PRESUMPTION_OF_DENIAL), CutOffLevel.CAPPED,
      levels(D5_AND_MACAU, CutOffLevel.PRESUMPTION_OF_DENIAL), Set.of(), OptionalDouble.empty());

  /**
   * The baseline after BIS announced the rescission of the AI Diffusion rule (13 May 2025): the October 2023 and
   * December 2024 controls remain — licence presumed denied to China, Macau and D:5 countries; licence required for
   * the Middle-East destinations the sources name (United Arab Emirates, Saudi Arabia; the exact list is unverified)
   * and for buyers anywhere whose ultimate parent is in China, Macau or D:5.
   */
  public static final ExportControlRegime RESCISSION_BASELINE_2025_05 = new ExportControlRegime(
      "us-baseline-2025-05", "US advanced-computing controls after the AI Diffusion rescission", "US",
      LocalDate.of(2025, 5, 13), LocalDate.of(2026, 1, 15),
      Provenance.of("BIS rescission announcement of 13 May 2025 and GP10 guidance, per Akin Gump, Freshfields,"
          + " Alston & Bird (May 2025)", 2025),
      levels(D5_AND_MACAU, CutOffLevel.PRESUMPTION_OF_DENIAL, Set.of("AE", "SA"), CutOffLevel.LICENCE_REQUIRED),
      CutOffLevel.NONE, levels(D5_AND_MACAU, CutOffLevel.LICENCE_REQUIRED), Set.of(), OptionalDouble.empty());

  /**
   * BIS "Revision to License Review Policy for Advanced Computing Commodities" (effective 15 January 2026): as the
   * May 2025 baseline, but exports from the US to China and Macau of chips with TPP below 21,000 (H200 / MI325X
   * class) move from presumption of denial to case-by-case review (licence required); re-exports stay presumed denied.
   */
  public static final ExportControlRegime CHINA_CASE_BY_CASE_2026_01 = new ExportControlRegime(
      "us-china-case-by-case-2026-01", "US case-by-case review for China (January 2026)", "US",
      LocalDate.of(2026, 1, 15), null,
      Provenance.of("BIS, Revision to License Review Policy for Advanced Computing Commodities (13 Jan 2026, effective"
          + " 15 Jan 2026), per Morgan Lewis, Covington, Baker McKenzie, Fenwick", 2026),
      levels(D5_AND_MACAU, CutOffLevel.PRESUMPTION_OF_DENIAL, Set.of("AE", "SA"), CutOffLevel.LICENCE_REQUIRED),
      CutOffLevel.NONE, levels(D5_AND_MACAU, CutOffLevel.LICENCE_REQUIRED), Set.of("CN", "MO"), OptionalDouble.of(21_000));

  /** The three dated regimes, in date order. */
  public static final List<ExportControlRegime> US_AI_CHIPS =
      List.of(AI_DIFFUSION_2025_01, RESCISSION_BASELINE_2025_05, CHINA_CASE_BY_CASE_2026_01);

  private final String id;
  private final String name;
  private final String enactedBy;
  private final LocalDate effectiveFrom;
  private final LocalDate effectiveUntil;
  private final Provenance provenance;
  private final Map<String, CutOffLevel> destinations;
  private final CutOffLevel otherDestinations;
  private final Map<String, CutOffLevel> parents;
  private final Set<String> caseByCaseDestinations;
  private final OptionalDouble caseByCaseBelowTpp;

  private ExportControlRegime(String id, String name, String enactedBy, LocalDate effectiveFrom,
      LocalDate effectiveUntil, Provenance provenance, Map<String, CutOffLevel> destinations,
      CutOffLevel otherDestinations, Map<String, CutOffLevel> parents, Set<String> caseByCaseDestinations,
      OptionalDouble caseByCaseBelowTpp) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.enactedBy = Objects.requireNonNull(enactedBy, "enactedBy");
    this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
      throw new IllegalArgumentException("regime " + id + ": effectiveUntil " + effectiveUntil
          + " must be after effectiveFrom " + effectiveFrom);
    }
    this.effectiveUntil = effectiveUntil;
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.destinations = Collections.unmodifiableMap(new TreeMap<>(destinations));
    this.otherDestinations = Objects.requireNonNull(otherDestinations, "otherDestinations");
    this.parents = Collections.unmodifiableMap(new TreeMap<>(parents));
    this.caseByCaseDestinations = Collections.unmodifiableSet(new TreeSet<>(caseByCaseDestinations));
    this.caseByCaseBelowTpp = caseByCaseBelowTpp;
  }

  private static Map<String, CutOffLevel> levels(Set<String> a, CutOffLevel la) {
    Map<String, CutOffLevel> m = new TreeMap<>();
    a.forEach(c -> m.put(c, la));
    return m;
  }

  private static Map<String, CutOffLevel> levels(Set<String> a, CutOffLevel la, Set<String> b, CutOffLevel lb) {
    Map<String, CutOffLevel> m = levels(a, la);
    b.forEach(c -> m.put(c, lb));
    return m;
  }

  /**
   * Obtains a custom regime.
   *
   * @param id  a slug, not null
   * @param name  the name, not null
   * @param enactedBy  the enacting country's ISO code, not null
   * @param effectiveFrom  the first day in force, not null
   * @param effectiveUntil  the first day no longer in force, or null if open-ended; after effectiveFrom
   * @param provenance  where the rules come from, not null
   * @param destinations  destination country → level, not null
   * @param otherDestinations  the level for every other destination, not null
   * @param parents  country of the buyer's ultimate parent → level wherever the site is, not null
   * @param caseByCaseDestinations  destinations where chips below {@code caseByCaseBelowTpp} need only a licence
   * @param caseByCaseBelowTpp  the TPP threshold of the carve-out, if any
   * @return the regime, not null
   * @throws IllegalArgumentException if the dates are out of order
   */
  public static ExportControlRegime of(String id, String name, String enactedBy, LocalDate effectiveFrom,
      LocalDate effectiveUntil, Provenance provenance, Map<String, CutOffLevel> destinations,
      CutOffLevel otherDestinations, Map<String, CutOffLevel> parents, Set<String> caseByCaseDestinations,
      OptionalDouble caseByCaseBelowTpp) {
    return new ExportControlRegime(id, name, enactedBy, effectiveFrom, effectiveUntil, provenance, destinations,
        otherDestinations, parents, caseByCaseDestinations, caseByCaseBelowTpp);
  }

  /** @return the identifier, not null */
  public String id() {
    return id;
  }

  /** @return the name, not null */
  public String name() {
    return name;
  }

  /** @return the ISO code of the enacting country, not null */
  public String enactedBy() {
    return enactedBy;
  }

  /** @return the first day in force, not null */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** @return the first day no longer in force, if it ended */
  public Optional<LocalDate> effectiveUntil() {
    return Optional.ofNullable(effectiveUntil);
  }

  /** @return where the rules come from, not null */
  public Provenance provenance() {
    return provenance;
  }

  /** @return destination country → level; other countries get {@link #otherDestinations()} */
  public Map<String, CutOffLevel> destinations() {
    return destinations;
  }

  /** @return the level for destinations not listed, not null */
  public CutOffLevel otherDestinations() {
    return otherDestinations;
  }

  /** @return country of a buyer's ultimate parent → the level that applies to it anywhere */
  public Map<String, CutOffLevel> parents() {
    return parents;
  }

  /** @return destinations of the case-by-case carve-out, possibly empty */
  public Set<String> caseByCaseDestinations() {
    return caseByCaseDestinations;
  }

  /** @return the TPP below which the carve-out applies, if any */
  public OptionalDouble caseByCaseBelowTpp() {
    return caseByCaseBelowTpp;
  }

  /**
   * Whether the regime is in force on a date.
   *
   * @param date  the date, not null
   * @return true if {@code effectiveFrom ≤ date < effectiveUntil}
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && (effectiveUntil == null || date.isBefore(effectiveUntil));
  }

  /**
   * The level for a destination.
   *
   * @param jurisdiction  the site's ISO code (a subdivision counts as its country), not null
   * @return the level, not null
   */
  public CutOffLevel destinationLevel(String jurisdiction) {
    return destinations.getOrDefault(jurisdiction.substring(0, 2), otherDestinations);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExportControlRegime && ((ExportControlRegime) o).id.equals(id)
        && ((ExportControlRegime) o).destinations.equals(destinations)
        && ((ExportControlRegime) o).parents.equals(parents)
        && ((ExportControlRegime) o).effectiveFrom.equals(effectiveFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, destinations, parents, effectiveFrom);
  }

  @Override
  public String toString() {
    return id + " [" + effectiveFrom + ", " + (effectiveUntil == null ? "…" : effectiveUntil) + ")";
  }
}
