package dev.sovai.scoring.concentration;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The data a {@link ConcentrationScorer} tests its measurements against: the regulators' {@link ThresholdProfile
 * threshold profiles} (HHI bands, presumptions, dominance marks) and the {@link DependenceBenchmark} a home bloc's
 * foreign dependence is compared with. Obtain the bundled profile with {@link #standard()} and adapt it with the
 * {@code with…} methods.
 *
 * <p>Implementation Requirements: This record is immutable and thread-safe.
 *
 * @param thresholds  the threshold profiles to test, in order, possibly none, not null
 * @param dependenceBenchmark  the single-country ceiling of foreign dependence, not null
 */
public record ConcentrationProfile(List<ThresholdProfile> thresholds, DependenceBenchmark dependenceBenchmark) {
  private static final ConcentrationProfile STANDARD = new ConcentrationProfile(ThresholdProfile.presets(),
      DependenceBenchmark.EU_CRMA_2024);

  /**
   * Checks the profile.
   *
   * @throws NullPointerException if an argument is null
   */
  public ConcentrationProfile {
    thresholds = List.copyOf(thresholds);
    Objects.requireNonNull(dependenceBenchmark, "dependenceBenchmark");
  }

  /**
   * The bundled profile: the four threshold presets ({@link ThresholdProfile#US_2023}, {@link ThresholdProfile#US_2010},
   * {@link ThresholdProfile#EU_2004}, {@link ThresholdProfile#DE_GWB}) and the EU Critical Raw Materials Act's 65 %
   * single-country ceiling ({@link DependenceBenchmark#EU_CRMA_2024}).
   *
   * @return the profile, not null
   */
  public static ConcentrationProfile standard() {
    return STANDARD;
  }

  /**
   * Returns a copy testing other threshold profiles.
   *
   * @param newThresholds  the threshold profiles, possibly none, not null
   * @return the copy, not null
   */
  public ConcentrationProfile withThresholds(List<ThresholdProfile> newThresholds) {
    return new ConcentrationProfile(newThresholds, dependenceBenchmark);
  }

  /**
   * Returns a copy with another dependence ceiling.
   *
   * @param newBenchmark  the benchmark, not null
   * @return the copy, not null
   */
  public ConcentrationProfile withDependenceBenchmark(DependenceBenchmark newBenchmark) {
    return new ConcentrationProfile(thresholds, newBenchmark);
  }

  /**
   * @return the profile name concentration assessments carry: the threshold profiles' {@code id@year} joined by
   *     {@code "+"} ({@code "us-2023@2023+us-2010@2010+eu-2004@2004+de-gwb@2013"}), or {@code "none"}
   */
  public String label() {
    return thresholds.isEmpty() ? "none"
        : thresholds.stream().map(ThresholdProfile::versionedName).collect(Collectors.joining("+"));
  }
}
