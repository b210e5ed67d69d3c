package dev.sovai.scoring.concentration;

import java.util.Locale;

import dev.sovai.model.assessment.HolderShare;
import dev.sovai.model.assessment.Shares;
import dev.sovai.model.site.SiteStatus;

/**
 * The holder table of a {@link ConcentrationResult} as neutral data ({@link Shares}): what was measured, the known
 * and unknown weights, HHI with its bounds, and each holder's weight, share of all and share of known capacity —
 * the figures of the partition itself, not a rendering of them.
 */
final class PartitionTable {
  private PartitionTable() {}

  /**
   * The table of a result.
   *
   * @param r  the result, not null
   * @param stage  {@code "before"} or {@code "after"} for a deal screening, or null
   * @return the table, not null
   */
  static Shares of(ConcentrationResult r, String stage) {
    Partition p = r.partition();
    ConcentrationIndex i = r.index();
    Shares.Builder b = Shares.builder().dimension(ConcentrationResult.slug(r.dimension()))
        .basis(r.basis().name().toLowerCase(Locale.ROOT).replace('_', '-')).unit(r.basis().unit())
        .region(r.scope().region().orElse("world")).asOf(r.asOf())
        .totalWeight(p.totalWeight()).unknownWeight(p.unknownWeight());
    for (SiteStatus s : java.util.EnumSet.copyOf(r.scope().statuses())) {
      b.addStatuses(s.name().toLowerCase(Locale.ROOT));
    }
    if (stage != null) {
      b.stage(stage);
    }
    if (!i.isEmpty()) {
      b.hhi(points(i.hhi()));
      if (i.hasUnknown()) {
        b.hhiLower(points(Math.min(i.hhi(), i.hhiLower()))).hhiUpper(points(Math.max(i.hhi(), i.hhiUpper())));
      }
    }
    double known = p.knownWeight();
    for (int rank = 0; rank < p.size(); rank++) {
      String h = p.holder(rank);
      double w = p.weight(rank);
      b.addHolders(HolderShare.of(h, w, fraction(p.shareOf(h)), known > 0 ? fraction(w / known) : 0,
          p.flagged().contains(h)));
    }
    return b.build();
  }

  private static double points(double hhi) {
    return Math.max(0, Math.min(ConcentrationIndex.HHI_SCALE, hhi));
  }

  private static double fraction(double share) {
    return Math.max(0, Math.min(1, share));
  }
}
