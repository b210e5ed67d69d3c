package dev.sovai.cli.render;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sovai.io.ReferenceFacts;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;

/** Prints an {@link Assessment} (any scorer's neutral result) as readable text. */
public final class AssessmentText {
  private AssessmentText() {}

  /**
   * Prints the metrics, findings and coverage of an assessment.
   *
   * @param out  where to print, not null
   * @param a  the assessment, not null
   * @param indent  the indentation of every line
   * @param maxFindings  the most findings to print (the most important first); the rest are counted
   */
  public static void print(PrintWriter out, Assessment a, String indent, int maxFindings) {
    a.headline().ifPresent(h -> out.println(indent + headline(a, h)));
    if (!a.metrics().isEmpty()) {
      Table t = Table.of("metric", "value>", "unit", "note");
      for (Metric m : a.metrics()) {
        if (CsfEvidenceLine.shows(m.name())) {
          continue;
        }
        double magnitude = Math.max(m.isKnown() ? Math.abs(m.value()) : 0,
            Math.max(Math.abs(m.lower().orElse(0)), Math.abs(m.upper().orElse(0))));
        Quantity q = Quantity.scaleFor(m.unit(), magnitude);
        t.row(m.name(), m.isKnown() ? q.number(m.value()) : "unknown", q.unit(), note(m, q));
      }
      t.print(out, indent);
    }
    CsfEvidenceLine.of(a).ifPresent(line -> out.println(indent + line));
    List<Finding> findings = byImportance(a.findings());
    for (int i = 0; i < findings.size() && i < maxFindings; i++) {
      out.println(indent + finding(findings.get(i)));
    }
    if (findings.size() > maxFindings) {
      out.println(indent + "… and " + (findings.size() - maxFindings) + " more findings (--json lists all)");
    }
    out.println(indent + coverage(a));
  }

  /**
   * Orders findings by importance: failures, then unknowns, then information, then passes, then not applicable.
   *
   * @param findings  the findings, not null
   * @return a new sorted list, not null
   */
  static List<Finding> byImportance(List<Finding> findings) {
    return findings.stream().sorted(Comparator.comparingInt(f -> rank(f.outcome()))).collect(Collectors.toList());
  }

  static int rank(Outcome o) {
    switch (o) {
      case FAIL:
        return 0;
      case UNKNOWN:
        return 1;
      case INFO:
        return 2;
      case PASS:
        return 3;
      default:
        return 4;
    }
  }

  /** The mark of a finding that cites the bundled reference data. */
  static final String REFERENCE_MARK = " (reference data)";

  /**
   * One line for a finding: outcome, criterion, message, {@value #REFERENCE_MARK} if it cites the bundled reference
   * data, decisive chain.
   *
   * @param f  the finding, not null
   * @return the line, not null
   */
  static String finding(Finding f) {
    String chain = f.chain().size() > 1
        ? " [" + f.chain().stream().map(EntityRef::toString).collect(Collectors.joining(" → ")) + "]" : "";
    return TerminalSafeWriter.oneLine(String.format(Locale.ROOT, "%-7s %s: %s%s%s",
        f.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '), f.criterion(), f.message(), mark(f), chain));
  }

  private static String mark(Finding f) {
    return ReferenceFacts.citesReference(f) ? REFERENCE_MARK : "";
  }

  /**
   * The line that says which facts came from the bundled reference data, and how findings that cite it are marked.
   *
   * @param facts  the reference facts the output relies on, not null
   * @return the line, not null
   */
  public static String referenceLine(ReferenceFacts facts) {
    return facts.summary() + "; findings citing it are marked" + REFERENCE_MARK;
  }

  /**
   * One line for a finding without its chain: outcome, criterion, message and the reference-data mark.
   *
   * @param f  the finding, not null
   * @return the line, not null
   */
  static String findingWithoutChain(Finding f) {
    return TerminalSafeWriter.oneLine(String.format(Locale.ROOT, "%s %s: %s%s",
        f.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '), f.criterion(), f.message(), mark(f)));
  }

  /**
   * The coverage line: known / needed facts and how gaps were treated.
   *
   * @param a  the assessment, not null
   * @return the line, not null
   */
  static String coverage(Assessment a) {
    String line = "coverage " + a.coverage().known() + "/" + a.coverage().needed() + " facts known";
    if (!a.coverage().gaps().isEmpty()) {
      line += "; gaps: " + a.coverage().gaps().stream().limit(4).map(AssessmentText::gap)
          .collect(Collectors.joining("; "));
      if (a.coverage().gaps().size() > 4) {
        line += "; … " + (a.coverage().gaps().size() - 4) + " more";
      }
    }
    return line;
  }

  private static String gap(Gap g) {
    return g.subject().kind().name().toLowerCase(Locale.ROOT) + ":" + g.subject().id() + " " + g.field() + " "
        + g.treatment().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The headline line, saying what the headline is: for sovereignty the EU CSF weighted score of the profile's
   * first preset, for energy the energy score with unknown inputs counted 0 (its lower bound).
   *
   * @param a  the assessment, not null
   * @param h  its headline, in [0, 100]
   * @return the line, not null
   */
  static String headline(Assessment a, double h) {
    String what;
    switch (a.scorer()) {
      case "sovereignty":
        what = a.metrics().stream().map(Metric::name).filter(n -> n.startsWith("csfScore:")).findFirst()
            .map(n -> "EU CSF weighted score, " + n.substring("csfScore:".length()) + " weights")
            .orElse("EU CSF weighted score");
        break;
      case "energy":
        what = "energy score, unknowns counted 0: the lower bound";
        break;
      default:
        what = a.scorer() + " score";
    }
    return "headline (" + what + ") " + number(h) + " / 100";
  }

  private static String note(Metric m, Quantity q) {
    String bounds = m.lower().isPresent() || m.upper().isPresent()
        ? "[" + (m.lower().isPresent() ? q.number(m.lower().getAsDouble()) : "?") + ", "
            + (m.upper().isPresent() ? q.number(m.upper().getAsDouble()) : "?") + "]" : "";
    return (bounds + (m.defaulted() ? " defaulted" : "") + m.unknownBecause().map(u -> " (" + u + ")").orElse(""))
        .trim();
  }

  /**
   * Formats an estimate for people: rounded to 3 significant digits first (an estimate has no more), then as
   * {@link #number}: {@code 552128.4} gives {@code "552,000"}, {@code 23.64} gives {@code "23.6"}.
   *
   * @param v  the value, finite
   * @return the text, not null
   */
  public static String estimate(double v) {
    return v == 0 ? "0" : number(BigDecimal.valueOf(v).round(new MathContext(3, RoundingMode.HALF_EVEN)).doubleValue());
  }

  /**
   * Formats a number for people: integers without decimals, others with up to 3 significant decimals.
   *
   * @param v  the value, finite
   * @return the text, not null
   */
  public static String number(double v) {
    if (Math.abs(v) >= 1000 && Math.abs(v) < 1e15 || v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
    BigDecimal d = BigDecimal.valueOf(v);
    if (Math.abs(v) < 1) {
      return d.round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }
    int scale = Math.abs(v) >= 100 ? 1 : 2;
    return d.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }
}
