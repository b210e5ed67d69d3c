package dev.sovai.scoring.ownership;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which of a few chosen organisations hold each operator of a landscape, directly or indirectly, through stakes of
 * any size ({@link OwnershipGraph#reach}). For each chosen organisation the operators it holds are marked once, one
 * walk down the stakes each (a bit per operator), so that a question is a look at those marks: asking it for every
 * site costs the number of chosen organisations, not a walk up every chain (a whole ring, in a ring of holdings).
 *
 * <p>Implementation Requirements: immutable, safe to share between threads.
 */
public final class HolderReach {
  private final OperatorIndex index;
  private final List<String> chosen;
  private final BitSet[] holds;

  HolderReach(OperatorIndex index, List<String> chosen, BitSet[] holds) {
    this.index = index;
    this.chosen = chosen;
    this.holds = holds;
  }

  /**
   * The chosen organisations among an operator and those that hold it directly or indirectly.
   *
   * @param operatorId  an operator's identifier, not null; another identifier is held by no one
   * @return their identifiers, in the order they were chosen in, not null
   */
  public List<String> amongHoldersOf(String operatorId) {
    int i = index.of(operatorId);
    List<String> out = new ArrayList<>();
    if (i < 0) {
      return out;
    }
    for (int k = 0; k < holds.length; k++) {
      if (holds[k].get(i)) {
        out.add(chosen.get(k));
      }
    }
    return out;
  }
}
