package dev.sovai.examples;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.ConcentrationIndex;
import dev.sovai.scoring.concentration.ConcentrationProfile;
import dev.sovai.scoring.concentration.ConcentrationScorer;
import dev.sovai.scoring.concentration.Dimension;
import dev.sovai.scoring.concentration.Measure;
import dev.sovai.scoring.concentration.Scope;
import dev.sovai.testkit.Landscapes;
import dev.sovai.testkit.Property;

/**
 * Generates test landscapes with {@code testkit} and checks a property over many seeds: the HHI of accelerator
 * capacity by ultimate controller always lies within its bounds. The README shows this class; a test runs it.
 */
public final class TestkitPropertyExample {
  private TestkitPropertyExample() {}

  /**
   * Checks the property over 200 generated landscapes.
   *
   * @throws AssertionError with the seed and the failing landscape if the property fails
   */
  public static void check() {
    // README:begin testkit-property
    ConcentrationScorer scorer = ConcentrationScorer.of(ConcentrationProfile.standard());
    Measure byController = Measure.of(Dimension.ULTIMATE_CONTROLLER, Basis.ACCELERATORS,
        Scope.operational().withPipeline());
    Property.forAll(Landscapes.gen())
        .named("HHI lies within its bounds")
        .tries(200)                  // a failure prints its seed: rerun it with -Dsovai.seed=<seed>
        .check((Landscape l) -> {
          ConcentrationIndex i = scorer.measure(l, byController).index();
          return i.isEmpty() || i.hhiLower() <= i.hhi() + 1e-6 && i.hhi() <= i.hhiUpper() + 1e-6;
        });
    // README:end testkit-property
  }

  /**
   * Checks the property over 200 landscapes.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    check();
    System.out.println("HHI lies within its bounds: 200 landscapes checked");
  }
}
