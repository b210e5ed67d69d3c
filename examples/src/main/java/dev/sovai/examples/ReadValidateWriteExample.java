package dev.sovai.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.sovai.io.LandscapeFormatException;
import dev.sovai.io.LandscapeReader;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.io.Problem;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.landscape.Landscape;

/**
 * Reads a landscape document over the bundled reference data, shows how every problem is reported, and writes the
 * corrected landscape canonically. The README shows this class; a test runs it.
 */
public final class ReadValidateWriteExample {
  private ReadValidateWriteExample() {}

  /**
   * Writes a document with one mistake (a negative accelerator count) to a temporary directory, reads it, corrects
   * it, reads it again and writes it canonically beside it.
   *
   * @return the canonical file written, not null
   * @throws IOException if the temporary directory cannot be written
   */
  public static Path run() throws IOException {
    // README:begin read-validate-write
    Path file = Files.createTempDirectory("sovai").resolve("my-landscape.json");
    Files.writeString(file, """
        {"format": "sovai.landscape", "version": 1, "asOf": "2025-11-20",
         "operators": [{"id": "acme", "name": "Acme Cloud", "kind": "neocloud", "seat": "PT"}],
         "sites": [{"id": "acme-sines", "name": "Acme Sines", "jurisdiction": "PT", "operator": "acme",
           "status": "operational", "fleet": [{"accelerator": "nvidia-h100-sxm", "count": -5}]}]}
        """);
    LandscapeReader reader = LandscapeReader.strict().over(ReferenceData.load());   // reading is validating
    try {
      reader.read(file);
    } catch (LandscapeFormatException e) {
      for (Problem p : e.problems()) {
        System.out.println(p);          // /sites/0/fleet/0/count 4:83: count must be ≥ 0, was -5
      }
    }
    Files.writeString(file, Files.readString(file).replace("-5", "8500"));
    Landscape landscape = reader.read(file);
    Path canonical = file.resolveSibling("canonical.json");
    LandscapeWriter.canonical().write(landscape, canonical);  // atomic: temp file, move
    // README:end read-validate-write
    return canonical;
  }

  /**
   * Runs the example and prints where the canonical document was written.
   *
   * @param args  ignored
   * @throws IOException if no temporary directory can be made
   */
  public static void main(String[] args) throws IOException {
    System.out.println(run());
  }
}
