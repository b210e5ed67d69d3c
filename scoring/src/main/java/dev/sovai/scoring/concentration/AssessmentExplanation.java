package dev.sovai.scoring.concentration;

import java.util.Locale;

import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.Metric;

/**
 * The text of a concentration result's {@code explain()}: a headline, the metrics with their bounds, each finding
 * with its outcome and criterion, then the coverage and its gaps. Built from the result's assessment, on request.
 */
final class AssessmentExplanation {
  private AssessmentExplanation() {}

  /**
   * Renders an assessment under a headline.
   *
   * @param headline  the first line, not null
   * @param a  the assessment, not null
   * @return lines separated by {@code \n}, the last one terminated, not null
   */
  static String of(String headline, Assessment a) {
    StringBuilder sb = new StringBuilder(headline).append('\n');
    for (Metric m : a.metrics()) {
      sb.append(String.format(Locale.ROOT, "  %-28s %s %s", m.name(), number(m.value()), m.unit()));
      if (m.lower().isPresent() || m.upper().isPresent()) {
        sb.append(" [").append(m.lower().isPresent() ? number(m.lower().getAsDouble()) : "?").append(", ")
            .append(m.upper().isPresent() ? number(m.upper().getAsDouble()) : "?").append(']');
      }
      sb.append('\n');
    }
    for (Finding f : a.findings()) {
      sb.append("  ").append(f.outcome().name().toLowerCase(Locale.ROOT)).append(' ').append(f.criterion()).append(": ")
          .append(f.message()).append('\n');
    }
    sb.append("Coverage ").append(a.coverage().known()).append('/').append(a.coverage().needed()).append(" known\n");
    for (Gap g : a.coverage().gaps()) {
      sb.append("  ").append(g.subject().id()).append(' ').append(g.treatment().name().toLowerCase(Locale.ROOT))
          .append(' ').append(g.field()).append(": ").append(g.detail()).append('\n');
    }
    return sb.toString();
  }

  static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
  }
}
