package dev.sovai.scoring.energy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.csf.CsfRung;

/**
 * The EU Cloud Sovereignty Framework's SOV-8.4 mark (energy supplies) of one site: which rung of the
 * {@link CsfCriterion#SOV_8_4} ladder the supply reaches. The rung never gates the SEAL.
 */
final class CsfSupplyMark {
  private CsfSupplyMark() {}

  private static final String CLAUSE = "EU CSF SOV-8.4 energy supplies (never gates the SEAL)";

  /** What the mark depends on: whether the supply is reported and traceable, the bloc, the renewable share. */
  private record Key(boolean reported, boolean traceable, boolean inEu, OptionalDouble marketRenewable) {}

  /**
   * Marks a site.
   *
   * @param draft  where the mark goes
   * @param pass  the question, which shares the mark with every site that decides alike
   * @param inEu  whether the site is in the framework's EU bloc
   * @param supply  the site's energy supply, if reported
   * @param marketRenewable  the renewable share by contracts and certificates, if known
   */
  static void mark(SiteEnergyDraft draft, EnergyPass pass, boolean inEu, Optional<EnergySupply> supply,
      OptionalDouble marketRenewable) {
    boolean traceable = supply.isPresent() && traceable(supply.get());
    Key key = new Key(supply.isPresent(), traceable, inEu, marketRenewable);
    RegulatoryMark m = pass.known(key);
    draft.mark(m != null ? m : pass.keep(key, mark(pass, key)));
  }

  private static boolean traceable(EnergySupply e) {
    return !e.purchases().isEmpty() || !e.onSite().isEmpty() || e.reportedRef().isPresent();
  }

  private static RegulatoryMark mark(EnergyPass pass, Key key) {
    String clause = CLAUSE;
    List<CsfRung> rungs = CsfCriterion.SOV_8_4.rungs();
    if (!key.reported()) {
      return pass.mark("csf-sov-8.4", clause, Outcome.UNKNOWN, () -> "energy supply not reported");
    }
    boolean traceable = key.traceable();
    boolean inEu = key.inEu();
    OptionalDouble marketRenewable = key.marketRenewable();
    CsfRung top = rungs.get(rungs.size() - 1);
    CsfRung bottom = rungs.get(0);
    CsfRung middle = rungs.size() > 2 ? rungs.get(1) : bottom;
    if (traceable && inEu && marketRenewable.isPresent() && marketRenewable.getAsDouble() >= 1.0) {
      return pass.mark("csf-sov-8.4", clause, Outcome.PASS, () -> "rung \"" + top.label()
          + "\": EU site, supply fully matched by renewable contracts or certificates");
    } else if (traceable && inEu) {
      return pass.mark("csf-sov-8.4", clause, Outcome.FAIL, () -> "rung \"" + middle.label()
          + (middle.points().isEmpty() ? " (points not transcribed [U])" : "") + "\": EU site with traceable supply, "
          + EnergyValue.format(marketRenewable.orElse(0) * 100) + " % renewable by contracts or certificates");
    } else if (traceable) {
      return pass.mark("csf-sov-8.4", clause, Outcome.FAIL, () -> "rung \"" + bottom.label()
          + "\": supply is traceable but not in the EU");
    } else {
      return pass.mark("csf-sov-8.4", clause, Outcome.FAIL, () -> "rung \"" + bottom.label()
          + "\": no contract, on-site generation or REF recorded");
    }
  }
}
