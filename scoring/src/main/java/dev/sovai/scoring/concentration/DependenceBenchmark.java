package dev.sovai.scoring.concentration;

import java.util.Objects;

import dev.sovai.model.PartialDate;
import dev.sovai.model.Provenance;
import dev.sovai.model.Source;

/**
 * A ceiling on the share of a home bloc's supply that may come from one third country, with its {@link Provenance}
 * and the {@link Source} findings cite.
 * Dependence above the ceiling ({@code share > ceiling}) is flagged.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class DependenceBenchmark {
  /**
   * The EU Critical Raw Materials Act's single-country benchmark: by 2030 no more than 65 % of the Union's annual
   * consumption of each strategic raw material, at any relevant stage of processing, should come from a single
   * third country (Regulation (EU) 2024/1252, Art. 5(1)(d)). Set for strategic raw materials, it is used here by
   * analogy for AI compute capacity and energy sources; its text says so.
   */
  public static final DependenceBenchmark EU_CRMA_2024 = of("eu-crma-2024-single-country",
      "no more than 65 % of consumption from a single third country by 2030 (EU CRMA Art. 5(1)(d), set for strategic"
          + " raw materials, applied by analogy)", 0.65,
      Provenance.of("European Parliament and Council of the European Union, Regulation (EU) 2024/1252 (Critical Raw"
          + " Materials Act), Art. 5(1)(d)", 2024),
      Source.builder().id("ref-eu-crma-2024").title("Regulation (EU) 2024/1252 establishing a framework for"
          + " ensuring a secure and sustainable supply of critical raw materials (Critical Raw Materials Act)")
          .publisher("European Parliament and Council of the European Union").published(PartialDate.ofMonth(2024, 4))
          .language("en").build());

  private final String id;
  private final String text;
  private final double ceiling;
  private final Provenance provenance;
  private final Source source;

  private DependenceBenchmark(String id, String text, double ceiling, Provenance provenance, Source source) {
    this.id = ThresholdRule.requireText(id, "id");
    this.text = ThresholdRule.requireText(text, "text");
    if (!(ceiling > 0.0 && ceiling <= 1.0)) {
      throw new IllegalArgumentException("dependence ceiling of " + id + " must be a fraction in (0, 1], was " + ceiling);
    }
    this.ceiling = ceiling;
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Obtains a benchmark.
   *
   * @param id  a slug naming it, not blank
   * @param text  the rule in plain words, not blank
   * @param ceiling  the largest acceptable single-country share, a fraction in (0, 1]
   * @param provenance  where the ceiling comes from and the year it was set, not null
   * @param source  the act as a source that findings cite by id, not null
   * @return the benchmark, not null
   * @throws IllegalArgumentException if a text is blank or the ceiling out of range
   */
  public static DependenceBenchmark of(String id, String text, double ceiling, Provenance provenance, Source source) {
    return new DependenceBenchmark(id, text, ceiling, provenance, source);
  }

  /** @return the identifier, not blank */
  public String id() {
    return id;
  }

  /** @return the rule in plain words, not blank */
  public String text() {
    return text;
  }

  /** @return the ceiling, a fraction in (0, 1] */
  public double ceiling() {
    return ceiling;
  }

  /** @return where the ceiling comes from and the year it was set, not null */
  public Provenance provenance() {
    return provenance;
  }

  /** @return the year it was set ({@code provenance().year()}) */
  public int year() {
    return provenance.year();
  }

  /** @return the source, not null */
  public Source source() {
    return source;
  }

  /**
   * Whether a share exceeds the ceiling ("no more than 65 %": 65 % is within it).
   *
   * @param share  a fraction
   * @return true if {@code share > ceiling}, equality judged with {@link Comparison}'s tolerance
   */
  public boolean exceededBy(double share) {
    return Comparison.GREATER_THAN.test(share, ceiling);
  }

  @Override
  public String toString() {
    return id + "@" + provenance.year() + ": " + text;
  }
}
