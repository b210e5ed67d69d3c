package dev.sovai.cli.render.csv;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.Metric;

/**
 * Assessments (any scorer's neutral results) as three CSV tables: {@code metrics} (one row per metric, its unit in
 * the {@code unit} column as metrics of many units share it), {@code findings} (one row per finding, the chain as
 * {@code kind:id} joined by {@code " > "}, sources joined by spaces) and {@code gaps} (one row per coverage gap).
 */
public final class AssessmentTables {
  private AssessmentTables() {}

  /**
   * The three tables of a list of assessments.
   *
   * @param assessments  the assessments, not null
   * @return the tables {@code metrics}, {@code findings}, {@code gaps}, not null
   */
  public static List<CsvTable> of(List<Assessment> assessments) {
    CsvTable metrics = CsvTable.of("metrics", "scorer", "subject_kind", "subject_id", "profile", "as_of", "metric",
        "value", "unit", "lower", "upper", "defaulted", "unknown");
    CsvTable findings = CsvTable.of("findings", "scorer", "subject_kind", "subject_id", "criterion", "outcome",
        "message", "chain", "sources");
    CsvTable gaps = CsvTable.of("gaps", "scorer", "subject_kind", "subject_id", "coverage_needed_facts",
        "coverage_known_facts", "gap_subject_kind", "gap_subject_id", "field", "treatment", "detail");
    for (Assessment a : assessments) {
      String kind = lower(a.subject().kind());
      String id = a.subject().id();
      for (Metric m : a.metrics()) {
        metrics.row(a.scorer(), kind, id, a.profile(), a.asOf(), m.name(),
            m.isKnown() ? (Object) m.value() : null, m.unit(),
            m.lower().isPresent() ? (Object) m.lower().getAsDouble() : null,
            m.upper().isPresent() ? (Object) m.upper().getAsDouble() : null, m.defaulted(),
            m.unknownBecause().orElse(null));
      }
      for (Finding f : a.findings()) {
        findings.row(a.scorer(), kind, id, f.criterion(), lower(f.outcome()), f.message(),
            f.chain().stream().map(AssessmentTables::ref).collect(Collectors.joining(" > ")),
            String.join(" ", f.sources()));
      }
      for (Gap g : a.coverage().gaps()) {
        gaps.row(a.scorer(), kind, id, a.coverage().needed(), a.coverage().known(), lower(g.subject().kind()),
            g.subject().id(), g.field(), lower(g.treatment()), g.detail());
      }
    }
    return List.of(metrics, findings, gaps);
  }

  private static String ref(EntityRef r) {
    return (r.relation().isEmpty() ? "" : r.relation() + " ") + lower(r.kind()) + ":" + r.id();
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
