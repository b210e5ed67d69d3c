package dev.sovai.scoring.concentration;

import static dev.sovai.scoring.concentration.Comparison.AT_LEAST;
import static dev.sovai.scoring.concentration.Comparison.AT_MOST;
import static dev.sovai.scoring.concentration.Comparison.GREATER_THAN;
import static dev.sovai.scoring.concentration.Comparison.LESS_THAN;
import static dev.sovai.scoring.concentration.Indicator.DELTA_HHI;
import static dev.sovai.scoring.concentration.Indicator.HHI;
import static dev.sovai.scoring.concentration.Indicator.HOLDER_SHARE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Provenance;
import dev.sovai.model.Source;

/**
 * A regulator's concentration thresholds as data: the HHI bands it names and the rules (safe harbours,
 * presumptions, dominance marks) it states, each with its clause, with the guideline's {@link Provenance} and the
 * {@link Source} its findings cite.
 * Inequalities are exactly the text's: "more than 100" is strict, "at least 40 %" is not.
 *
 * <p>Presets: {@link #US_2023}, {@link #US_2010}, {@link #EU_2004}, {@link #DE_GWB}. Any other profile can be
 * built with {@link #of}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class ThresholdProfile {
  private final String id;
  private final String name;
  private final Provenance provenance;
  private final Source source;
  private final List<HhiBand> bands;
  private final List<ThresholdRule> rules;

  private ThresholdProfile(String id, String name, Provenance provenance, Source source, List<HhiBand> bands,
      List<ThresholdRule> rules) {
    this.id = ThresholdRule.requireText(id, "id");
    this.name = ThresholdRule.requireText(name, "name");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.source = Objects.requireNonNull(source, "source");
    this.bands = List.copyOf(bands);
    this.rules = List.copyOf(rules);
  }

  /**
   * Obtains a profile.
   *
   * @param id  a slug naming the profile ({@code "us-2023"}), not blank
   * @param name  its name, not blank
   * @param provenance  the guideline as a citation, the year it was issued, whether its figures are estimated,
   *     not null
   * @param source  the guideline's text as a source that findings cite by id, not null
   * @param bands  the HHI bands it names, possibly empty, not null
   * @param rules  its rules, possibly empty, not null
   * @return the profile, not null
   * @throws IllegalArgumentException if a text is blank
   */
  public static ThresholdProfile of(String id, String name, Provenance provenance, Source source, List<HhiBand> bands,
      List<ThresholdRule> rules) {
    return new ThresholdProfile(id, name, provenance, source, bands, rules);
  }

  /** @return the identifier ({@code "us-2023"}), not blank */
  public String id() {
    return id;
  }

  /** @return the name, not blank */
  public String name() {
    return name;
  }

  /** @return where the thresholds come from: the guideline, the year it was issued, not null */
  public Provenance provenance() {
    return provenance;
  }

  /** @return the year the guideline was issued ({@code provenance().year()}) */
  public int year() {
    return provenance.year();
  }

  /** @return the identifier and year as an assessment's profile name ({@code "us-2023@2023"}), not null */
  public String versionedName() {
    return id + "@" + provenance.year();
  }

  /** @return the source of the guideline's text, not null */
  public Source source() {
    return source;
  }

  /** @return the HHI bands, not null */
  public List<HhiBand> bands() {
    return bands;
  }

  /** @return the rules, not null */
  public List<ThresholdRule> rules() {
    return rules;
  }

  /**
   * The band an HHI falls in.
   *
   * @param hhi  the HHI on 0–10,000
   * @return the first band containing it, or empty if the guideline names none for it
   */
  public Optional<HhiBand> bandOf(double hhi) {
    return bands.stream().filter(b -> b.contains(hhi)).findFirst();
  }

  /**
   * The rules that fire on a situation.
   *
   * @param situation  the situation, not null
   * @return the rules that fire, in the profile's order, not null
   */
  public List<ThresholdRule> firing(Situation situation) {
    Objects.requireNonNull(situation, "situation");
    return rules.stream().filter(r -> r.firesOn(situation)).collect(Collectors.toList());
  }

  /**
   * Finds a preset by identifier.
   *
   * @param id  {@code "us-2023"}, {@code "us-2010"}, {@code "eu-2004"} or {@code "de-gwb"}, not null
   * @return the preset, not null
   * @throws IllegalArgumentException if no preset has that identifier
   */
  public static ThresholdProfile preset(String id) {
    return presets().stream().filter(p -> p.id.equals(id)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("no threshold profile \"" + id + "\"; presets are "
            + presets().stream().map(ThresholdProfile::id).collect(Collectors.joining(", "))));
  }

  /** @return the presets, newest US first, not null */
  public static List<ThresholdProfile> presets() {
    return List.of(US_2023, US_2010, EU_2004, DE_GWB);
  }

  @Override
  public String toString() {
    return name + " (" + versionedName() + ")";
  }

  // -----------------------------------------------------------------------------------------------------------
  // presets

  private static Source source(String id, String title, String publisher, PartialDate published, String language) {
    return Source.builder().id(id).title(title).publisher(publisher).published(published).language(language).build();
  }

  /** A preset: its provenance cites the source's publisher and title, in the year the guideline was issued. */
  private static ThresholdProfile preset(String id, String name, int year, Source source, List<HhiBand> bands,
      List<ThresholdRule> rules) {
    return of(id, name, Provenance.of(source.publisher().orElse(name) + ", " + source.title(), year), source, bands,
        rules);
  }

  private static Condition c(Indicator q, Comparison op, double threshold) {
    return Condition.of(q, op, threshold);
  }

  /**
   * US Department of Justice and Federal Trade Commission, Merger Guidelines (18 December 2023), Guideline 1:
   * a market with HHI greater than 1,800 is highly concentrated; a merger that creates or furthers a highly
   * concentrated market with a change of more than 100 points is presumed to substantially lessen competition,
   * and so is one creating a firm with a share over 30 % with a change of more than 100 points. On
   * 18 February 2025 the agencies said the 2023 guidelines stay in effect.
   */
  public static final ThresholdProfile US_2023 = preset("us-2023", "US Merger Guidelines 2023", 2023,
      source("ref-us-merger-guidelines-2023", "Merger Guidelines",
          "U.S. Department of Justice and Federal Trade Commission", PartialDate.of(2023, 12, 18), "en"),
      List.of(HhiBand.of("highly concentrated", c(HHI, GREATER_THAN, 1800))),
      List.of(
          ThresholdRule.of("us-2023-g1-hhi", "Guideline 1", RuleEffect.PRESUMPTION,
              List.of(c(HHI, GREATER_THAN, 1800), c(DELTA_HHI, GREATER_THAN, 100)), true, Confidence.CONFIRMED,
              "post-merger HHI greater than 1,800 and a change of more than 100 points: presumed to substantially"
                  + " lessen competition"),
          ThresholdRule.of("us-2023-g1-share", "Guideline 1", RuleEffect.PRESUMPTION,
              List.of(c(HOLDER_SHARE, GREATER_THAN, 0.30), c(DELTA_HHI, GREATER_THAN, 100)), true,
              Confidence.REPORTED,
              "merged firm's share greater than 30 % and a change of more than 100 points: presumed to"
                  + " substantially lessen competition")));

  /**
   * US Department of Justice and Federal Trade Commission, Horizontal Merger Guidelines (19 August 2010), § 5.3:
   * unconcentrated below 1,500, moderately concentrated between 1,500 and 2,500, highly concentrated above
   * 2,500; a change of less than 100 points is unlikely to have adverse effects; in a moderately concentrated
   * market a change of more than 100, and in a highly concentrated one a change between 100 and 200, potentially
   * raise significant concerns; in a highly concentrated market a change of more than 200 is presumed likely to
   * enhance market power.
   */
  public static final ThresholdProfile US_2010 = preset("us-2010", "US Horizontal Merger Guidelines 2010", 2010,
      source("ref-us-horizontal-merger-guidelines-2010", "Horizontal Merger Guidelines",
          "U.S. Department of Justice and Federal Trade Commission", PartialDate.of(2010, 8, 19), "en"),
      List.of(HhiBand.of("unconcentrated", c(HHI, LESS_THAN, 1500)),
          HhiBand.of("moderately concentrated", c(HHI, AT_LEAST, 1500), c(HHI, AT_MOST, 2500)),
          HhiBand.of("highly concentrated", c(HHI, GREATER_THAN, 2500))),
      List.of(
          ThresholdRule.of("us-2010-small-change", "§ 5.3", RuleEffect.SAFE_HARBOUR,
              List.of(c(DELTA_HHI, LESS_THAN, 100)), true, Confidence.CONFIRMED,
              "a change of less than 100 points: unlikely to have adverse competitive effects"),
          ThresholdRule.of("us-2010-unconcentrated", "§ 5.3", RuleEffect.SAFE_HARBOUR,
              List.of(c(HHI, LESS_THAN, 1500)), true, Confidence.CONFIRMED,
              "a post-merger HHI below 1,500 (unconcentrated): unlikely to have adverse competitive effects"),
          ThresholdRule.of("us-2010-moderate", "§ 5.3", RuleEffect.CONCERN,
              List.of(c(HHI, AT_LEAST, 1500), c(HHI, AT_MOST, 2500), c(DELTA_HHI, GREATER_THAN, 100)), true,
              Confidence.CONFIRMED,
              "moderately concentrated and a change of more than 100 points: potentially raises significant"
                  + " competitive concerns"),
          ThresholdRule.of("us-2010-high-concern", "§ 5.3", RuleEffect.CONCERN,
              List.of(c(HHI, GREATER_THAN, 2500), c(DELTA_HHI, AT_LEAST, 100), c(DELTA_HHI, AT_MOST, 200)), true,
              Confidence.CONFIRMED,
              "highly concentrated and a change between 100 and 200 points: potentially raises significant"
                  + " competitive concerns"),
          ThresholdRule.of("us-2010-high-presumption", "§ 5.3", RuleEffect.PRESUMPTION,
              List.of(c(HHI, GREATER_THAN, 2500), c(DELTA_HHI, GREATER_THAN, 200)), true, Confidence.CONFIRMED,
              "highly concentrated and a change of more than 200 points: presumed likely to enhance market power")));

  /**
   * European Commission, Guidelines on the assessment of horizontal mergers (OJ C 31, 5.2.2004, 2004/C 31/03),
   * ¶ 17–21: a combined share that does not exceed 25 % is not liable to impede effective competition (¶ 18); a share of 50 %
   * or more may in itself be evidence of a dominant position (¶ 17); concerns are unlikely below a post-merger
   * HHI of 1,000 (¶ 19), between 1,000 and 2,000 with a change below 250, or above 2,000 with a change below 150
   * (¶ 20), unless special circumstances apply. The HHI levels create no presumption either way (¶ 21).
   */
  public static final ThresholdProfile EU_2004 = preset("eu-2004", "EU Horizontal Merger Guidelines 2004", 2004,
      source("ref-eu-horizontal-merger-guidelines-2004",
          "Guidelines on the assessment of horizontal mergers under the Council Regulation on the control of"
              + " concentrations between undertakings (2004/C 31/03)",
          "European Commission (Official Journal of the European Union C 31)", PartialDate.of(2004, 2, 5), "en"),
      List.of(HhiBand.of("below 1,000", c(HHI, LESS_THAN, 1000)),
          HhiBand.of("1,000 to 2,000", c(HHI, AT_LEAST, 1000), c(HHI, AT_MOST, 2000)),
          HhiBand.of("above 2,000", c(HHI, GREATER_THAN, 2000))),
      List.of(
          ThresholdRule.of("eu-2004-p18-share", "¶ 18", RuleEffect.SAFE_HARBOUR,
              List.of(c(HOLDER_SHARE, AT_MOST, 0.25)), true, Confidence.REPORTED,
              "combined market share not exceeding 25 %: not liable to impede effective competition"),
          ThresholdRule.of("eu-2004-p19-hhi", "¶ 19", RuleEffect.SAFE_HARBOUR,
              List.of(c(HHI, LESS_THAN, 1000)), true, Confidence.REPORTED,
              "post-merger HHI below 1,000: horizontal competition concerns unlikely"),
          ThresholdRule.of("eu-2004-p20-moderate", "¶ 20", RuleEffect.SAFE_HARBOUR,
              List.of(c(HHI, AT_LEAST, 1000), c(HHI, AT_MOST, 2000), c(DELTA_HHI, LESS_THAN, 250)), true,
              Confidence.REPORTED,
              "post-merger HHI between 1,000 and 2,000 and a delta below 250: concerns unlikely"),
          ThresholdRule.of("eu-2004-p20-high", "¶ 20", RuleEffect.SAFE_HARBOUR,
              List.of(c(HHI, GREATER_THAN, 2000), c(DELTA_HHI, LESS_THAN, 150)), true, Confidence.REPORTED,
              "post-merger HHI above 2,000 and a delta below 150: concerns unlikely, unless special circumstances"),
          ThresholdRule.of("eu-2004-p17-dominance", "¶ 17", RuleEffect.DOMINANCE_INDICATION,
              List.of(c(HOLDER_SHARE, AT_LEAST, 0.50)), false, Confidence.REPORTED,
              "a market share of 50 % or more may in itself be evidence of a dominant market position")));

  /**
   * Germany, Gesetz gegen Wettbewerbsbeschränkungen (GWB) § 18(4): an undertaking is presumed dominant if it has a
   * market share of at least 40 %.
   */
  public static final ThresholdProfile DE_GWB = preset("de-gwb", "German Competition Act (GWB)", 2013,
      source("ref-de-gwb-18", "Gesetz gegen Wettbewerbsbeschränkungen (GWB), § 18 Marktbeherrschung",
          "Bundesministerium der Justiz", PartialDate.ofYear(2013), "de"),
      List.of(),
      List.of(ThresholdRule.of("de-gwb-18-4", "§ 18(4)", RuleEffect.DOMINANCE_PRESUMPTION,
          List.of(c(HOLDER_SHARE, AT_LEAST, 0.40)), false, Confidence.REPORTED,
          "a single undertaking with a market share of at least 40 % is presumed dominant")));
}
