package dev.sovai.examples;

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
  /** The document: one site, its operator and its tenant; the GB300 comes from the reference catalogue. */
  static final String DOCUMENT = String.join("\n",
      "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",",
      " \"operators\": [",
      "  {\"id\": \"microsoft\", \"name\": \"Microsoft\", \"kind\": \"hyperscaler\", \"seat\": \"US\"},",
      "  {\"id\": \"nscale\", \"name\": \"Nscale\", \"kind\": \"neocloud\", \"seat\": \"GB\"}],",
      " \"sites\": [",
      "  {\"id\": \"nscale-portugal\", \"name\": \"Nscale campus in Portugal\", \"jurisdiction\": \"PT\",",
      "   \"operator\": \"nscale\", \"tenants\": [\"microsoft\"], \"status\": \"announced\",",
      "   \"fleet\": [{\"accelerator\": \"nvidia-gb300\", \"count\": 12600, \"status\": \"announced\"}]}]}");

  private ReadAndScoreExample() {}

  /**
   * Reads the document and scores its site.
   *
   * @return the site's energy assessment, not null
   */
  public static SiteEnergy score() {
    // README:begin read-and-score
    Landscape landscape = LandscapeReader.strict()
        .over(ReferenceData.load())          // jurisdictions, grids, laws, vendors, accelerator catalogue
        .parse(DOCUMENT);                    // or .read(Path.of("my-landscape.json"))
    SiteEnergy energy = EnergyScorer.of(EnergyProfile.defaults())
        .site(landscape, "nscale-portugal", LocalDate.of(2025, 11, 20));
    System.out.println(energy.report());     // every figure with its unit, basis and defaults
    // README:end read-and-score
    return energy;
  }

  /**
   * Prints the site's energy assessment.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    score();
  }
}
