package dev.sovai.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Site;
import dev.sovai.scoring.energy.EnergyAggregate;
import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.energy.SiteEnergy;
import dev.sovai.scoring.sovereignty.LandscapeSovereignty;
import dev.sovai.scoring.sovereignty.SiteSovereignty;
import dev.sovai.scoring.sovereignty.SovereigntyProfile;
import dev.sovai.scoring.sovereignty.SovereigntyScorer;

/**
 * Whole-landscape scoring of 1,000, 10,000 and 100,000 sites: {@code sovereignty} is
 * {@code SovereigntyScorer.of(SovereigntyProfile.standard()).landscape(landscape)} (ownership graph, every home site's exposures and
 * cut-off risk, capacity-weighted aggregates), {@code energy} is
 * {@code EnergyScorer.of(EnergyProfile.standard()).landscape(landscape)} (every site's power, energy, carbon and
 * water, and their aggregate). The baseline ({@code visitBaseline}) visits every site and looks up what any scorer
 * needs (its operator, its jurisdiction's grid and blocs, its accelerators in the catalogue) with no scoring.
 *
 * <p>{@code sovereignty} and {@code energy} return the result to JMH, so nothing the result holds can be elided: the
 * decisions (levels, outcomes, numbers, counts) are computed; the words of the results (messages, derivations,
 * formatted numbers) are built only when read, and {@code sovereigntyExplained} and {@code energyExplained} read them
 * all: they score and then explain every site, which is what a report of every site costs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ScoringBenchmark {
  /** The number of sites. */
  @Param({"1000", "10000", "100000"})
  public int sites;

  Landscape landscape;
  EnergyScorer energy;

  /** Generates the landscape. */
  @Setup(Level.Trial)
  public void setUp() {
    landscape = Inputs.landscape(sites);
    energy = EnergyScorer.of(EnergyProfile.standard());
  }

  /**
   * The sovereignty of the landscape.
   *
   * @return the result
   */
  @Benchmark
  public LandscapeSovereignty sovereignty() {
    return SovereigntyScorer.of(SovereigntyProfile.standard()).landscape(landscape);
  }

  /**
   * The energy of the landscape.
   *
   * @return the result
   */
  @Benchmark
  public EnergyAggregate energy() {
    return energy.landscape(landscape);
  }

  /**
   * The sovereignty of the landscape, every site explained and converted to an assessment.
   *
   * @return the total length of the explanations and the number of findings
   */
  @Benchmark
  public long sovereigntyExplained() {
    long n = 0;
    for (SiteSovereignty s : sovereignty().sites()) {
      n += s.explain().length() + s.toAssessment().findings().size();
    }
    return n;
  }

  /**
   * The energy of the landscape, every site explained and converted to an assessment.
   *
   * @return the total length of the explanations and the number of findings
   */
  @Benchmark
  public long energyExplained() {
    long n = 0;
    for (SiteEnergy s : energy().sites()) {
      n += s.explain().length() + s.toAssessment().findings().size();
    }
    return n;
  }

  /**
   * The baseline: every site visited with the lookups a scorer needs.
   *
   * @return a checksum of what was looked up
   */
  @Benchmark
  public long visitBaseline() {
    long sum = 0;
    for (Site s : landscape.sites()) {
      sum += s.statusOn(landscape.asOf()).ordinal();
      sum += s.operator().flatMap(landscape::operator).map(o -> o.stakes().size()).orElse(0);
      sum += landscape.gridOf(s.jurisdiction()).isPresent() ? 1 : 0;
      sum += landscape.isIn(s.jurisdiction(), "EU") ? 1 : 0;
      for (AcceleratorLot l : s.fleet()) {
        sum += l.accelerator().flatMap(landscape::accelerator).isPresent() ? l.count() : 0;
      }
    }
    return sum;
  }
}
