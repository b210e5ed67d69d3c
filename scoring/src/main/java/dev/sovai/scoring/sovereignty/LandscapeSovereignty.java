package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Metric;
import dev.sovai.scoring.ScoringResult;

/**
 * The sovereignty of a landscape, capacity-weighted over the home bloc's sites that are not cancelled or
 * decommissioned on the date: how much of the home capacity (accelerators, H100 equivalents, IT MW) each foreign law
 * reaches, and through whom (the organisation the law reaches directly); and how much is at each cut-off level.
 *
 * @param asOf  the date, not null
 * @param profile  the profile label, not null
 * @param home  the home capacity, not null
 * @param exposedToAny  the home capacity reached by at least one foreign law, not null
 * @param byLaw  law key → home capacity it reaches, sorted, not null
 * @param byLawAndEntity  law key → reached organisation → home capacity, sorted, not null
 * @param byCutOffLevel  cut-off level → home capacity of the sites whose level is known (a site whose cut-off axis
 *     lacks facts is counted at no level, and a finding says how much capacity that is), not null
 * @param sites  the per-site results of the home sites, sorted by site, not null
 * @param findings  the landscape findings, not null
 * @param coverage  what was known and missing, not null
 */
public record LandscapeSovereignty(LocalDate asOf, String profile, Capacity home, Capacity exposedToAny,
    Map<String, Capacity> byLaw, Map<String, Map<String, Capacity>> byLawAndEntity,
    Map<CutOffLevel, Capacity> byCutOffLevel, List<SiteSovereignty> sites, List<Finding> findings,
    Coverage coverage) implements ScoringResult {
  /** Validates and copies. */
  public LandscapeSovereignty {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(exposedToAny, "exposedToAny");
    byLaw = Collections.unmodifiableMap(new TreeMap<>(byLaw));
    Map<String, Map<String, Capacity>> m = new TreeMap<>();
    byLawAndEntity.forEach((k, v) -> m.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
    byLawAndEntity = Collections.unmodifiableMap(m);
    byCutOffLevel = Collections.unmodifiableMap(new LinkedHashMap<>(byCutOffLevel));
    sites = List.copyOf(sites);
    findings = List.copyOf(findings);
    Objects.requireNonNull(coverage, "coverage");
  }

  /**
   * The share of the home bloc's H100-equivalent capacity a law reaches.
   *
   * @param lawKey  the law's key ({@code "US/us-cloud-act"}), not null
   * @return a fraction in [0, 1]; 0 if the law reaches nothing or there is no home capacity
   */
  public double h100ShareExposedTo(String lawKey) {
    Capacity c = byLaw.get(lawKey);
    return c == null || home.h100Equivalents() == 0 ? 0.0 : c.h100Equivalents() / home.h100Equivalents();
  }

  /** @return the explanation in words, not null */
  public String explain() {
    return Explanation.of("landscape", findings, coverage);
  }

  /**
   * Converts to the neutral assessment form. Metrics: {@code homeAccelerators}, {@code homeH100Equivalents},
   * {@code homeItMw}, and per law key {@code exposedAccelerators:<law>}, {@code exposedH100Equivalents:<law>},
   * {@code exposedItMw:<law>}, {@code exposedH100Share:<law>} (fraction); per cut-off level
   * {@code cutOffH100Equivalents:<level>}.
   *
   * @return the assessment, not null
   */
  public Assessment toAssessment() {
    Assessment.Builder b = Assessment.builder().scorer("sovereignty").subject(EntityRef.of(EntityKind.LANDSCAPE, "landscape"))
        .profile(profile).asOf(asOf).findings(findings).coverage(coverage)
        .addMetrics(Metric.of("homeAccelerators", home.accelerators(), "accelerators"))
        .addMetrics(Metric.of("homeH100Equivalents", home.h100Equivalents(), "H100e"))
        .addMetrics(Metric.of("homeItMw", home.itMw(), "MW"))
        .addMetrics(Metric.of("exposedH100Equivalents:any", exposedToAny.h100Equivalents(), "H100e"));
    for (Map.Entry<String, Capacity> e : byLaw.entrySet()) {
      b.addMetrics(Metric.of("exposedAccelerators:" + e.getKey(), e.getValue().accelerators(), "accelerators"));
      b.addMetrics(Metric.of("exposedH100Equivalents:" + e.getKey(), e.getValue().h100Equivalents(), "H100e"));
      b.addMetrics(Metric.of("exposedItMw:" + e.getKey(), e.getValue().itMw(), "MW"));
      b.addMetrics(Metric.of("exposedH100Share:" + e.getKey(), h100ShareExposedTo(e.getKey()), "fraction"));
    }
    for (Map.Entry<CutOffLevel, Capacity> e : byCutOffLevel.entrySet()) {
      b.addMetrics(Metric.of("cutOffH100Equivalents:" + e.getKey().name().toLowerCase(java.util.Locale.ROOT),
          e.getValue().h100Equivalents(), "H100e"));
    }
    return b.build();
  }
}
