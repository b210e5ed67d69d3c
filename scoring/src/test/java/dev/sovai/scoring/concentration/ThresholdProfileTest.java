package dev.sovai.scoring.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ThresholdProfileTest {
  private static List<String> fired(ThresholdProfile p, Situation s) {
    return p.firing(s).stream().map(ThresholdRule::id).collect(Collectors.toList());
  }

  @Test
  void fivePlusTenPercentIsDelta100AndNotAPresumptionUnderUs2023() {
    // 5 % and 10 % merge in a market whose other shares give a post-merger HHI well above 1,800.
    Partition pre = Partition.ofPercent(5, 10, 40, 45);
    Partition post = pre.combine("h1", "h2", "merged");
    double delta = post.index().hhi() - pre.index().hhi();
    assertEquals(100.0, delta, 1e-9);
    assertEquals(100.0, 2 * 5 * 10, 0.0);
    assertTrue(post.index().hhi() > 1800);
    Situation s = Situation.ofDeal(post.index().hhi(), delta, post.index().cr(1) > 0 ? post.shareOf("merged") : 0);
    assertEquals(List.of(), fired(ThresholdProfile.US_2023, s));
  }

  @Test
  void fivePointOnePlusTenIsDelta102AndAPresumptionAbove1800() {
    Partition pre = Partition.ofPercent(5.1, 10, 39.9, 45);
    Partition post = pre.combine("h1", "h2", "merged");
    double delta = post.index().hhi() - pre.index().hhi();
    assertEquals(102.0, delta, 1e-9);
    Situation s = Situation.ofDeal(post.index().hhi(), delta, post.shareOf("merged"));
    assertEquals(List.of("us-2023-g1-hhi"), fired(ThresholdProfile.US_2023, s));
    // the same change in a market that stays at or below 1,800 is not presumed
    assertEquals(List.of(), fired(ThresholdProfile.US_2023, Situation.ofDeal(1800, 102, 0.151)));
  }

  @Test
  void us2023BoundariesAreStrict() {
    ThresholdProfile p = ThresholdProfile.US_2023;
    assertEquals(List.of(), fired(p, Situation.ofDeal(1800, 100.0001, 0.2)));
    assertEquals(List.of("us-2023-g1-hhi"), fired(p, Situation.ofDeal(1800.0001, 100.0001, 0.2)));
    assertEquals(List.of(), fired(p, Situation.ofDeal(1800.0001, 100, 0.2)));
    assertEquals(List.of(), fired(p, Situation.ofDeal(1000, 150, 0.30)));
    assertEquals(List.of("us-2023-g1-share"), fired(p, Situation.ofDeal(1000, 150, 0.300001)));
    assertEquals("highly concentrated", p.bandOf(1800.0001).orElseThrow().label());
    assertTrue(p.bandOf(1800).isEmpty());
  }

  @Test
  void us2010BandsAndChanges() {
    ThresholdProfile p = ThresholdProfile.US_2010;
    assertEquals("unconcentrated", p.bandOf(1499.9999).orElseThrow().label());
    assertEquals("moderately concentrated", p.bandOf(1500).orElseThrow().label());
    assertEquals("moderately concentrated", p.bandOf(2500).orElseThrow().label());
    assertEquals("highly concentrated", p.bandOf(2500.0001).orElseThrow().label());
    assertEquals(List.of("us-2010-small-change"), fired(p, Situation.ofDeal(3000, 99.9999, 0.3)));
    assertEquals(List.of("us-2010-high-concern"), fired(p, Situation.ofDeal(3000, 100, 0.3)));
    assertEquals(List.of("us-2010-high-concern"), fired(p, Situation.ofDeal(3000, 200, 0.3)));
    assertEquals(List.of("us-2010-high-presumption"), fired(p, Situation.ofDeal(3000, 200.0001, 0.3)));
    assertEquals(List.of(), fired(p, Situation.ofDeal(2000, 100, 0.3)));
    assertEquals(List.of("us-2010-moderate"), fired(p, Situation.ofDeal(2000, 100.0001, 0.3)));
    assertEquals(List.of("us-2010-unconcentrated"), fired(p, Situation.ofDeal(1400, 150, 0.3)));
  }

  @Test
  void eu2004SafeHarboursAndMarks() {
    ThresholdProfile p = ThresholdProfile.EU_2004;
    assertEquals(List.of("eu-2004-p20-moderate"), fired(p, Situation.ofDeal(2000, 249.9999, 0.3)));
    assertEquals(List.of(), fired(p, Situation.ofDeal(2000, 250, 0.3)));
    assertEquals(List.of("eu-2004-p20-high"), fired(p, Situation.ofDeal(2000.0001, 149.9999, 0.3)));
    assertEquals(List.of(), fired(p, Situation.ofDeal(2000.0001, 150, 0.3)));
    assertEquals(List.of("eu-2004-p18-share", "eu-2004-p19-hhi"), fired(p, Situation.ofDeal(999.9999, 300, 0.2499)));
    assertEquals(List.of("eu-2004-p17-dominance"), fired(p, Situation.ofDeal(5000, 500, 0.50)));
    assertEquals(List.of(), fired(p, Situation.ofDeal(5000, 500, 0.4999999)));
    // a landscape without a deal: only the share mark applies
    assertEquals(List.of("eu-2004-p17-dominance"), fired(p, Situation.ofMarket(900, 0.6)));
  }

  @Test
  void gwbFortyPercentIsInclusive() {
    ThresholdProfile p = ThresholdProfile.DE_GWB;
    assertEquals(List.of("de-gwb-18-4"), fired(p, Situation.ofMarket(1600, 0.40)));
    assertEquals(List.of(), fired(p, Situation.ofMarket(1600, 0.3999)));
  }

  @Test
  void presetsCarryTheirSourceAndYear() {
    for (ThresholdProfile p : ThresholdProfile.presets()) {
      assertTrue(p.source().id().startsWith("ref-"), p.id());
      assertTrue(p.source().published().isPresent(), p.id());
      assertEquals(p, ThresholdProfile.preset(p.id()));
      assertEquals(p.source().published().orElseThrow().year(), p.provenance().year(), p.id());
      assertFalse(p.provenance().estimated(), p.id());
      assertTrue(p.provenance().citation().contains(p.source().title()), p.id());
    }
    assertEquals(2024, DependenceBenchmark.EU_CRMA_2024.provenance().year());
    assertEquals(2023, ThresholdProfile.US_2023.year());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThresholdProfile.preset("uk"));
    assertTrue(e.getMessage().contains("\"uk\""));
    assertThrows(IllegalArgumentException.class, () -> Condition.of(Indicator.HOLDER_SHARE, Comparison.AT_LEAST, 40));
    assertFalse(ThresholdProfile.US_2023.rules().get(0).appliesTo(Situation.ofMarket(5000, 0.5)));
  }

  @Test
  void euSafeHarbourOfParagraph18IncludesExactlyTwentyFivePercent() {
    ThresholdProfile p = ThresholdProfile.EU_2004;
    assertTrue(fired(p, Situation.ofDeal(3000, 300, 0.25)).contains("eu-2004-p18-share"), "a share of 25 % does not exceed 25 %");
    assertFalse(fired(p, Situation.ofDeal(3000, 300, 0.2500001)).contains("eu-2004-p18-share"));
  }
}
