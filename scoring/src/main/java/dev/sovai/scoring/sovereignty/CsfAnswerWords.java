package dev.sovai.scoring.sovereignty;

import java.util.List;
import java.util.Locale;

import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.csf.CsfRung;

/**
 * The words of a derived CSF answer's finding: the criterion's heading ({@code "SOV-2.2 Exposure to foreign law: "}),
 * the reason, and the rung's SEAL tag and points ({@code " — SEAL 4, 200.00/200.00 points."}). The heading and the
 * rungs' words are fixed by {@link CsfCriterion}, so they are written once, not for every answer of every site.
 */
final class CsfAnswerWords {
  /** The heading of each criterion, by ordinal. */
  private static final String[] HEADINGS;
  /**
   * The words after the reason for each rung of each criterion, by ordinal and position on the ladder; null for a rung
   * whose points were not transcribed.
   */
  private static final String[][] RUNGS;

  static {
    CsfCriterion[] all = CsfCriterion.values();
    HEADINGS = new String[all.length];
    RUNGS = new String[all.length][];
    for (CsfCriterion c : all) {
      HEADINGS[c.ordinal()] = c.code() + " " + c.title() + ": ";
      List<CsfRung> ladder = c.rungs();
      RUNGS[c.ordinal()] = new String[ladder.size()];
      for (int i = 0; i < ladder.size(); i++) {
        // a rung without transcribed points has no words: answering on it fails when asked, as it did before
        RUNGS[c.ordinal()][i] = ladder.get(i).points().isPresent() ? rungWords(c, ladder.get(i)) : null;
      }
    }
  }

  private CsfAnswerWords() {}

  /**
   * The message of an answer on a rung.
   *
   * @param c  the criterion, not null
   * @param rung  the rung reached, not null; one of {@code c}'s ladder or not
   * @param why  the reason in sovai's words, not null
   */
  static String answered(CsfCriterion c, CsfRung rung, String why) {
    List<CsfRung> ladder = c.rungs();
    for (int i = 0; i < ladder.size(); i++) {
      if (ladder.get(i) == rung && RUNGS[c.ordinal()][i] != null) {
        return HEADINGS[c.ordinal()] + why + RUNGS[c.ordinal()][i];
      }
    }
    return HEADINGS[c.ordinal()] + why + rungWords(c, rung);
  }

  /**
   * The message of an unknown answer.
   *
   * @param c  the criterion, not null
   * @param why  why it is unknown, not null
   */
  static String unknown(CsfCriterion c, String why) {
    return HEADINGS[c.ordinal()] + "unknown — " + why + ".";
  }

  private static String rungWords(CsfCriterion c, CsfRung rung) {
    return " — SEAL " + rung.seal() + ", " + String.format(Locale.ROOT, "%.2f", rung.earned()) + "/"
        + String.format(Locale.ROOT, "%.2f", c.maxPoints()) + " points" + (c.gates() ? "" : " (scores, does not gate)")
        + ".";
  }
}
