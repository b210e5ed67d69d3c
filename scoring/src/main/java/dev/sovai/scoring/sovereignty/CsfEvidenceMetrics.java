package dev.sovai.scoring.sovereignty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.sovai.model.assessment.Metric;

/**
 * The metrics of a site's CSF evidence split: {@code csfCriteria:derived}, {@code csfCriteria:declared} and
 * {@code csfCriteria:unknown} (counts of the catalogue's 48 criteria whose answer rests on each level, unit
 * {@code criteria}); {@code csfPointsShare:<level>:<preset>} (percent of the calculator-method score's weighted
 * attainable points resting on each level, for each weights preset); and {@code csfSealOnDeclared} (1 if the SEAL floor
 * is set by declared answers only, else 0; present only with a floor).
 */
final class CsfEvidenceMetrics {
  private CsfEvidenceMetrics() {}

  static List<Metric> of(CsfView csf) {
    List<Metric> out = new ArrayList<>();
    for (CsfEvidence e : CsfEvidence.values()) {
      out.add(Metric.of("csfCriteria:" + level(e), csf.criteria(e).size(), "criteria"));
    }
    for (Map.Entry<String, Map<CsfEvidence, Double>> p : csf.pointsShares().entrySet()) {
      for (Map.Entry<CsfEvidence, Double> e : p.getValue().entrySet()) {
        out.add(Metric.of("csfPointsShare:" + level(e.getKey()) + ":" + p.getKey(), e.getValue(), "%"));
      }
    }
    if (csf.seal().isPresent()) {
      out.add(Metric.of("csfSealOnDeclared", csf.sealOnDeclared() ? 1 : 0, "flag"));
    }
    return out;
  }

  private static String level(CsfEvidence e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
