package dev.sovai.cli.render.csv;

import java.util.List;
import java.util.Locale;

import dev.sovai.cli.render.trend.ConcentrationTrend;
import dev.sovai.cli.render.trend.TrendPoint;
import dev.sovai.model.assessment.Metric;
import dev.sovai.scoring.concentration.ConcentrationResult;
import dev.sovai.scoring.concentration.Partition;

/**
 * Concentration as CSV: each holder's weight and share ({@code shares}), and the indices on each date of a trend
 * ({@code trend}) with each holder's share on each date ({@code trend-shares}). The basis' unit is in the column
 * names ({@code weight_accelerators}, {@code weight_mw}, …); shares are fractions of all capacity in scope.
 */
public final class ConcentrationTables {
  private ConcentrationTables() {}

  /**
   * The shares of one or more results as one table {@code shares}: dimension, scope, holder (empty for the part
   * with no known holder), weight, share, and whether the holder's attribution was estimated.
   *
   * @param results  the results, all on one basis, not empty, not null
   * @return the table, not null
   */
  public static CsvTable shares(List<ConcentrationResult> results) {
    String unit = column(results.get(0).basis().unit());
    CsvTable t = CsvTable.of("shares", "dimension", "scope", "as_of", "holder", "weight_" + unit, "share_fraction",
        "estimated");
    for (ConcentrationResult r : results) {
      Partition p = r.partition();
      double total = p.totalWeight();
      String dim = r.dimension().name().toLowerCase(Locale.ROOT).replace('_', '-');
      for (int rank = 0; rank < p.size(); rank++) {
        String h = p.holder(rank);
        t.row(dim, r.scope().toString(), r.asOf(), h, p.weight(rank), p.weight(rank) / total, p.flagged().contains(h));
      }
      if (p.unknownWeight() > 0) {
        t.row(dim, r.scope().toString(), r.asOf(), "", p.unknownWeight(), p.unknownWeight() / total, false);
      }
    }
    return t;
  }

  /**
   * A trend as two tables: {@code trend} (per date: HHI with its bounds, equivalent number, largest share, unknown
   * share, total weight, holders) and {@code trend-shares} (per date and holder: weight and share).
   *
   * @param trend  the trend, not null
   * @return the two tables, not null
   */
  public static List<CsvTable> trend(ConcentrationTrend trend) {
    String unit = column(trend.basis().unit());
    CsvTable idx = CsvTable.of("trend", "date", "hhi_points", "hhi_lower_points", "hhi_upper_points",
        "equivalent_number_holders", "largest_share_fraction", "unknown_share_fraction", "total_" + unit,
        "holder_count");
    CsvTable sh = CsvTable.of("trend-shares", "date", "holder", "weight_" + unit, "share_fraction");
    for (TrendPoint p : trend.points()) {
      Metric hhi = p.metric("hhi").orElse(null);
      idx.row(p.date(), hhi == null ? null : hhi.value(),
          hhi == null ? null : hhi.lower().orElse(hhi.value()), hhi == null ? null : hhi.upper().orElse(hhi.value()),
          p.metric("equivalentNumber").map(Metric::value).orElse(null),
          p.metric("largestShare").map(Metric::value).orElse(null), p.unknownShare(), p.totalWeight(),
          p.shares().size());
      p.shares().forEach((h, s) -> sh.row(p.date(), h, s * p.totalWeight(), s));
      if (p.unknownWeight() > 0) {
        sh.row(p.date(), "", p.unknownWeight(), p.unknownShare());
      }
    }
    return List.of(idx, sh);
  }

  static String column(String unit) {
    return unit.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }
}
