package dev.sovai.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
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
  /** A document with one mistake: a negative accelerator count. */
  static final String DOCUMENT = String.join("\n",
      "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",",
      " \"operators\": [{\"id\": \"acme\", \"name\": \"Acme Cloud\", \"kind\": \"neocloud\", \"seat\": \"PT\"}],",
      " \"sites\": [{\"id\": \"acme-sines\", \"name\": \"Acme Sines\", \"jurisdiction\": \"PT\",",
      "   \"operator\": \"acme\", \"status\": \"operational\",",
      "   \"fleet\": [{\"accelerator\": \"nvidia-h100-sxm\", \"count\": -5}]}]}",
      "");

  private ReadValidateWriteExample() {}

  /**
   * Reads the faulty document, then a corrected one, and writes it canonically into a directory.
   *
   * @param dir  a writable directory, not null
   * @return the corrected landscape, not null
   * @throws UncheckedIOException if the directory cannot be written
   */
  public static Landscape run(Path dir) {
    try {
      Path file = dir.resolve("my-landscape.json");
      Files.writeString(file, DOCUMENT);
      // README:begin read-validate-write
      LandscapeReader reader = LandscapeReader.strict().over(ReferenceData.load());   // reading is validating
      try {
        reader.read(file);
      } catch (LandscapeFormatException e) {
        for (Problem p : e.problems()) {
          System.out.println(p);          // /sites/0/fleet/0/count 5:58: count must be ≥ 0, was -5
        }
      }
      Files.writeString(file, DOCUMENT.replace("-5", "8500"));
      Landscape landscape = reader.read(file);
      LandscapeWriter.canonical().write(landscape, dir.resolve("canonical.json"));  // atomic: temp file, move
      // README:end read-validate-write
      return landscape;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the example in a temporary directory.
   *
   * @param args  ignored
   * @throws IOException if no temporary directory can be made
   */
  public static void main(String[] args) throws IOException {
    run(Files.createTempDirectory("sovai-example"));
  }
}
