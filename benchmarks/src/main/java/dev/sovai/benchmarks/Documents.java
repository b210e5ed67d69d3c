package dev.sovai.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import dev.sovai.io.LandscapeReader;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.model.landscape.Landscape;

/**
 * The operations the I/O benchmarks time, shared by the benchmark classes of each document size: the library's
 * strict reader and canonical writer, and the plain-databind baseline on the same bytes.
 */
final class Documents {
  static final LandscapeReader READER = LandscapeReader.strict();
  static final LandscapeWriter WRITER = LandscapeWriter.canonical();
  static final ObjectMapper PLAIN = PlainDocument.mapper();
  static final ObjectWriter PLAIN_WRITER = PlainDocument.writer(PLAIN);

  private Documents() {}

  /** The canonical document of the generated landscape of {@code sites} sites. */
  static byte[] document(int sites) {
    return WRITER.toBytes(Inputs.landscape(sites));
  }

  static PlainDocument readPlain(byte[] json) {
    try {
      return PLAIN.readValue(json, PlainDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long write(Landscape landscape) {
    DiscardingOutputStream out = new DiscardingOutputStream();
    try {
      WRITER.write(landscape, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.count();
  }

  static long writePlain(PlainDocument document) {
    DiscardingOutputStream out = new DiscardingOutputStream();
    try {
      PLAIN_WRITER.writeValue(out, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.count();
  }
}
