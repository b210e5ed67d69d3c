package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Objects;

import dev.sovai.model.assessment.Finding;

/**
 * The cut-off axis of a site: the most severe level at which a foreign export-control decision can stop its
 * accelerators or their supply under the regimes in force (or one scenario), with the reasons, the foreign
 * jurisdictions its accelerators depend on (vendor seat, fab), and the findings that explain it.
 *
 * @param level  the most severe level found, not null
 * @param regimes  identifiers of the regimes evaluated, not null
 * @param reasons  one reason per rule that set a level above none, in the order found, not null
 * @param foreignDependencies  foreign jurisdictions of vendors and fabs of the site's accelerators, sorted, not null
 * @param unknowns  why the level may be more severe than {@code level}, in words (accelerators of unknown model or
 *     vendor, no accelerator listed, a buyer whose seat or controller is unknown where a regime has a parent rule);
 *     empty if the level is known, not null
 * @param findings  the findings, not null
 */
public record CutOffRisk(CutOffLevel level, List<String> regimes, List<CutOffReason> reasons,
    List<String> foreignDependencies, List<String> unknowns, List<Finding> findings) {
  /** Validates and copies the lists. */
  public CutOffRisk {
    Objects.requireNonNull(level, "level");
    regimes = List.copyOf(regimes);
    reasons = List.copyOf(reasons);
    foreignDependencies = List.copyOf(foreignDependencies);
    unknowns = List.copyOf(unknowns);
    findings = FindingList.freeze(findings); // built when first read
  }

  /** @return true if the level is known: nothing could make it more severe ({@link #unknowns()} is empty) */
  public boolean isKnown() {
    return unknowns.isEmpty();
  }
}
