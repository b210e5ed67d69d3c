package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.sovai.io.jackson.SovaiModule;
import dev.sovai.model.landscape.Landscape;

/** The code of the README section, compiled and run. */
class ReadmeExampleTest {
  @Test
  void readValidateWriteAndEmbed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-landscape.json");
    Files.writeString(file, "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n"
        + " \"operators\": [{\"id\": \"acme\", \"name\": \"Acme Cloud\", \"kind\": \"neocloud\", \"seat\": \"PT\"}],\n"
        + " \"sites\": [{\"id\": \"acme-sines\", \"name\": \"Acme Sines\", \"jurisdiction\": \"PT\",\n"
        + "   \"operator\": \"acme\", \"status\": \"operational\",\n"
        + "   \"fleet\": [{\"accelerator\": \"nvidia-h100-sxm\", \"count\": -5}]}]}\n");
    StringBuilder out = new StringBuilder();

    // --- README: reading and validating
    LandscapeReader reader = LandscapeReader.strict().over(ReferenceData.load());
    try {
      Landscape landscape = reader.read(file);
      out.append(landscape.sites().size()).append(" sites\n");
    } catch (LandscapeFormatException e) {
      for (Problem p : e.problems()) {
        out.append(p).append('\n'); // "/sites/0/fleet/0/count 5:58: count must be ≥ 0, was -5"
      }
    }
    // --- end

    assertEquals("/sites/0/fleet/0/count 5:58: count must be ≥ 0, was -5\n", out.toString());
    Files.writeString(file, Files.readString(file).replace("-5", "8500"));

    // --- README: writing
    Landscape landscape = reader.read(file);
    LandscapeWriter.canonical().write(landscape, dir.resolve("canonical.json")); // atomic: temp file, then move
    // --- end

    // --- README: embedding in an existing ObjectMapper
    ObjectMapper mapper = new ObjectMapper().registerModule(new SovaiModule()); // or findAndRegisterModules()
    String json = mapper.writeValueAsString(landscape.site("acme-sines").orElseThrow());
    dev.sovai.model.site.Site site = mapper.readValue(json, dev.sovai.model.site.Site.class);
    // --- end

    assertEquals(landscape.site("acme-sines").orElseThrow(), site);
    assertTrue(Files.readString(dir.resolve("canonical.json")).contains("\"nvidia-h100-sxm\""));
    assertEquals(landscape, LandscapeReader.strict().read(dir.resolve("canonical.json")));
  }
}
