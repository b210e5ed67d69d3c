package dev.sovai.cli.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Metric;

/**
 * The sovereignty assessment's CSF evidence split in one line of text, in place of its metrics
 * ({@code csfCriteria:*}, {@code csfPointsShare:*}, {@code csfSealOnDeclared}) in the metric table:
 * {@code CSF evidence of 48: 11 derived, 0 declared, 37 unknown; points 22.1/0.0/77.9 % (csf-v1.2.1); SEAL by
 * declared: no}, the points being the shares of the calculator-method score's attainable points.
 */
final class CsfEvidenceLine {
  private CsfEvidenceLine() {}

  /**
   * @param name  a metric name
   * @return true if the metric is shown by this line rather than in the table
   */
  static boolean shows(String name) {
    return name.startsWith("csfCriteria:") || name.startsWith("csfPointsShare:") || name.equals("csfSealOnDeclared");
  }

  /**
   * @param a  an assessment
   * @return the line, or empty if the assessment has no CSF evidence metrics
   */
  static Optional<String> of(Assessment a) {
    Optional<Metric> derived = metric(a.metrics(), "csfCriteria:derived");
    if (derived.isEmpty()) {
      return Optional.empty();
    }
    long declared = count(a.metrics(), "csfCriteria:declared");
    long unknown = count(a.metrics(), "csfCriteria:unknown");
    StringBuilder b = new StringBuilder("CSF evidence of ").append(Math.round(derived.get().value()) + declared + unknown)
        .append(": ").append(Math.round(derived.get().value())).append(" derived, ").append(declared)
        .append(" declared, ").append(unknown).append(" unknown");
    a.metrics().stream().map(Metric::name).filter(n -> n.startsWith("csfPointsShare:derived:")).findFirst()
        .ifPresent(n -> {
          String preset = n.substring("csfPointsShare:derived:".length());
          b.append("; points ");
          String sep = "";
          for (String level : List.of("derived", "declared", "unknown")) {
            double v = metric(a.metrics(), "csfPointsShare:" + level + ":" + preset).map(Metric::value).orElse(0.0);
            b.append(sep).append(String.format(Locale.ROOT, "%.1f", v));
            sep = "/";
          }
          b.append(" % (").append(preset).append(')');
        });
    metric(a.metrics(), "csfSealOnDeclared").ifPresent(m -> b.append("; SEAL by declared: ")
        .append(m.value() > 0 ? "yes" : "no"));
    return Optional.of(b.toString());
  }

  private static long count(List<Metric> metrics, String name) {
    return metric(metrics, name).map(m -> Math.round(m.value())).orElse(0L);
  }

  private static Optional<Metric> metric(List<Metric> metrics, String name) {
    return metrics.stream().filter(m -> m.name().equals(name) && m.isKnown()).findFirst();
  }
}
