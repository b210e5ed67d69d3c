package dev.sovai.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import dev.sovai.io.LandscapeReader;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.scoring.energy.EnergyProfile;
import dev.sovai.scoring.energy.EnergyScorer;
import dev.sovai.scoring.energy.SiteEnergy;

/**
 * Reads a landscape document over the bundled reference data and scores one of its sites: the Nscale campus in
 * Portugal as the seed articles report it (12,600 GPUs for Microsoft; the chip is taken to be the GB300 of the
 * overall agreement). The README shows this class; a test runs it.
 */
public final class ReadAndScoreExample {
  private ReadAndScoreExample() {}

  /**
   * Reads the document {@code my-landscape.json} of the working directory and scores its site.
   *
   * @return the site's energy assessment, not null
   * @throws IOException if the file cannot be read
   */
  public static SiteEnergy score() throws IOException {
    // README:begin read-and-score
    Landscape landscape = LandscapeReader.strict()
        .over(ReferenceData.load())          // jurisdictions, grids, laws, vendors, accelerator catalogue
        .read(Path.of("my-landscape.json")); // or .parse(text), .read(inputStream)
    SiteEnergy energy = EnergyScorer.of(EnergyProfile.standard())
        .site(landscape, "nscale-portugal", LocalDate.of(2025, 11, 20));
    System.out.println(energy.explain());    // every figure with its unit, basis and defaults
    // README:end read-and-score
    return energy;
  }

  /**
   * Prints the site's energy assessment; run it from the examples directory, which holds {@code my-landscape.json}.
   *
   * @param args  ignored
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    score();
  }
}
