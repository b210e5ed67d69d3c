package dev.sovai.importers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an import of a dataset did: how many data rows were read, imported (into the landscape or kept apart as
 * planned), skipped and defaulted, and one {@link RowWarning} for every row that was not imported as it
 * stands, in row order.
 *
 * <p>Invariants: {@code rowsRead() == imported() + planned() + skipped()}; {@code skipped()} is the number of
 * {@link RowWarning.Kind#SKIPPED} warnings and {@code defaulted()} the number of
 * {@link RowWarning.Kind#DEFAULTED} ones (defaulted rows are among the imported and planned ones).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ImportReport {
  private final long rowsRead;
  private final long imported;
  private final long planned;
  private final List<RowWarning> warnings;

  /**
   * Creates a report.
   *
   * @param rowsRead  the number of data rows read, ≥ 0
   * @param imported  the number of rows imported into the main landscape, ≥ 0
   * @param planned  the number of rows kept apart as planned, ≥ 0
   * @param warnings  one warning per row not imported as it stands, not null
   */
  public ImportReport(long rowsRead, long imported, long planned, List<RowWarning> warnings) {
    this.rowsRead = rowsRead;
    this.imported = imported;
    this.planned = planned;
    this.warnings = Collections.unmodifiableList(new ArrayList<>(warnings));
  }

  /** @return the number of data rows in the file (the header is not counted), ≥ 0 */
  public long rowsRead() {
    return rowsRead;
  }

  /** @return the number of rows imported into the main landscape, ≥ 0 */
  public long imported() {
    return imported;
  }

  /** @return the number of planned rows imported into the landscape of planned systems (Epoch AI's planned rows; 0 for datasets without them), ≥ 0 */
  public long planned() {
    return planned;
  }

  /** @return the number of rows in neither landscape, ≥ 0 */
  public long skipped() {
    return count(RowWarning.Kind.SKIPPED);
  }

  /** @return the number of imported or planned rows with a defaulted or flagged value, ≥ 0 */
  public long defaulted() {
    return count(RowWarning.Kind.DEFAULTED);
  }

  /** @return one warning per row not imported as it stands, in row order, not null */
  public List<RowWarning> warnings() {
    return warnings;
  }

  /**
   * Counts the rows whose warning names a cause.
   *
   * @param cause  the cause, not null
   * @return the number of rows, ≥ 0
   */
  public long count(RowWarning.Cause cause) {
    return warnings.stream().filter(w -> w.causes().contains(cause)).count();
  }

  private long count(RowWarning.Kind kind) {
    return warnings.stream().filter(w -> w.kind() == kind).count();
  }

  /**
   * The one-paragraph summary, e.g. {@code "12 rows read: 6 imported, 2 planned kept apart, 4 skipped (1 not in
   * standard analysis, 3 superseded); 2 imported with defaults (2 unknown chip)"}.
   *
   * @return the summary, not null
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(rowsRead).append(" rows read: ").append(imported).append(" imported, ").append(planned)
        .append(" planned kept apart, ").append(skipped()).append(" skipped");
    appendCauses(sb, RowWarning.Kind.SKIPPED);
    sb.append("; ").append(defaulted()).append(" imported with defaults");
    appendCauses(sb, RowWarning.Kind.DEFAULTED);
    return sb.toString();
  }

  private void appendCauses(StringBuilder sb, RowWarning.Kind kind) {
    Map<RowWarning.Cause, Long> counts = new EnumMap<>(RowWarning.Cause.class);
    for (RowWarning w : warnings) {
      if (w.kind() == kind) {
        for (RowWarning.Cause c : w.causes()) {
          counts.merge(c, 1L, Long::sum);
        }
      }
    }
    if (counts.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((c, n) -> parts.add(n + " " + c.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    sb.append(" (").append(String.join(", ", parts)).append(')');
  }

  @Override
  public String toString() {
    return summary();
  }
}
