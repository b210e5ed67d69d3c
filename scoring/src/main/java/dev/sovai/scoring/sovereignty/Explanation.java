package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Locale;

import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;

/** Writes findings and coverage as text for a person. */
final class Explanation {
  private Explanation() {}

  static String of(String title, List<Finding> findings, Coverage coverage) {
    StringBuilder b = new StringBuilder(title).append('\n');
    for (Finding f : findings) {
      b.append("  [").append(f.outcome().name().toLowerCase(Locale.ROOT)).append("] ").append(f.criterion())
          .append(": ").append(f.message()).append('\n');
      if (f.chain().size() > 1) {
        b.append("      ");
        for (int i = 0; i < f.chain().size(); i++) {
          EntityRef r = f.chain().get(i);
          b.append(i == 0 ? "" : " → ").append(r);
        }
        b.append('\n');
      }
      if (!f.sources().isEmpty()) {
        b.append("      sources: ").append(String.join(", ", f.sources())).append('\n');
      }
    }
    b.append("  coverage: ").append(coverage.known()).append('/').append(coverage.needed()).append(" facts known");
    for (Gap g : coverage.gaps()) {
      b.append("\n    gap ").append(g.subject()).append(' ').append(g.field()).append(" — ")
          .append(g.treatment().name().toLowerCase(Locale.ROOT)).append(": ").append(g.detail());
    }
    return b.append('\n').toString();
  }
}
