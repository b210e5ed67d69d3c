package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.sovai.io.internal.Json;
import dev.sovai.model.landscape.Landscape;

/**
 * A landscape of 1,000,000 sites reads and writes in a 512 MiB heap. Runs in its own surefire execution
 * ({@code large-document} in {@code io/pom.xml}) with {@code -Xmx512m}; the test checks the heap limit itself.
 */
@Tag("large")
class LargeDocumentTest {
  static final int SITES = 1_000_000;
  static final int OPERATORS = 1_000;

  @Test
  void millionSiteDocumentStreamsIn512MiB(@TempDir Path dir) throws Exception {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(max <= 512L * 1024 * 1024, "this test must run with -Xmx512m, max heap is " + (max >> 20) + " MiB");
    Path file = dir.resolve("large.json");
    byte[] written;
    try (OutputStream out = Files.newOutputStream(file)) {
      written = generate(out);
    }
    Landscape l = LandscapeReader.strict().read(file);
    assertEquals(SITES, l.sites().size());
    assertEquals(OPERATORS + 1, l.operators().size());
    assertEquals("site-0999999", l.sites().get(SITES - 1).id());
    assertEquals(8L * SITES, l.sites().stream().mapToLong(s -> s.acceleratorCount()).sum());
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
      LandscapeWriter.canonical().write(l, new BufferedOutputStream(sink, 1 << 16));
    }
    assertArrayEquals(written, md.digest(), "rewriting the document gives the same bytes");
  }

  /** Writes a canonical document of {@link #SITES} sites, streaming, and returns its SHA-256. */
  private static byte[] generate(OutputStream target) throws IOException, java.security.NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    OutputStream out = new BufferedOutputStream(new DigestOutputStream(target, md), 1 << 16);
    String[] codes = {"FR", "DE", "PT", "US-TX", "NO"};
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out, JsonEncoding.UTF8))) {
      g.writeStartObject();
      g.writeStringField("format", "sovai.landscape");
      g.writeNumberField("version", 1);
      g.writeStringField("asOf", "2025-11-20");
      g.writeArrayFieldStart("operators");
      for (int i = 0; i < OPERATORS; i++) {
        g.writeStartObject();
        g.writeStringField("id", String.format("op-%04d", i));
        g.writeStringField("name", "Operator " + i);
        g.writeStringField("kind", "neocloud");
        g.writeEndObject();
      }
      g.writeStartObject();
      g.writeStringField("id", "vendor");
      g.writeStringField("name", "Vendor");
      g.writeStringField("kind", "chip_vendor");
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("accelerators");
      g.writeStartObject();
      g.writeStringField("id", "acc");
      g.writeStringField("vendor", "vendor");
      g.writeStringField("model", "Accel");
      g.writeNumberField("boardPowerWatts", 700.0);
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("sites");
      for (int i = 0; i < SITES; i++) {
        g.writeStartObject();
        g.writeStringField("id", String.format("site-%07d", i));
        g.writeStringField("name", "Site " + i);
        g.writeStringField("jurisdiction", codes[i % codes.length]);
        g.writeStringField("operator", String.format("op-%04d", i % OPERATORS));
        g.writeStringField("status", "operational");
        g.writeArrayFieldStart("fleet");
        g.writeStartObject();
        g.writeStringField("accelerator", "acc");
        g.writeNumberField("count", 8);
        g.writeEndObject();
        g.writeEndArray();
        g.writeNumberField("itCapacityMw", (i % 100) * 0.5);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
    return md.digest();
  }
}
