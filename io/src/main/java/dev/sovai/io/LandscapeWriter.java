package dev.sovai.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.sovai.io.internal.Json;
import dev.sovai.io.internal.LandscapeEncoder;
import dev.sovai.model.landscape.Landscape;

/**
 * Writes landscape documents in canonical form, streaming (no tree, no whole-document string): equal landscapes
 * give identical bytes, and reading then writing a canonical document gives it back byte for byte.
 *
 * <p>The canonical form (see {@code docs/format.md}): UTF-8; two-space indentation, {@code "\n"} line ends and a
 * final newline; members in a fixed order per type (the model's declaration order, {@code id} first); entity lists
 * sorted by identifier (as the model keeps them), other lists in model order, sets sorted; absent optionals, empty
 * collections and attributes equal to their documented default left out; doubles in their shortest round-trip form
 * ({@code 0.35}, {@code 120.0}, {@code 1.5E18}), identical on every JDK; money amounts as plain decimal strings.
 *
 * <p>Streams and writers passed in are flushed, not closed. {@link #write(Landscape, Path)} is atomic: the document
 * is written to a temporary file in the same directory, forced to storage, then moved over the target, so the
 * target is never half-written.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class LandscapeWriter {
  private static final LandscapeWriter CANONICAL = new LandscapeWriter();

  private LandscapeWriter() {}

  /** @return the canonical writer, not null */
  public static LandscapeWriter canonical() {
    return CANONICAL;
  }

  /**
   * Writes a landscape as UTF-8 to a stream, which is flushed and not closed.
   *
   * @param landscape  the landscape, not null
   * @param out  the output, not null
   * @throws IOException if writing fails
   */
  public void write(Landscape landscape, OutputStream out) throws IOException {
    Objects.requireNonNull(landscape, "landscape");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out, JsonEncoding.UTF8))) {
      write(landscape, g);
    }
  }

  /**
   * Writes a landscape to a character stream, which is flushed and not closed.
   *
   * @param landscape  the landscape, not null
   * @param out  the output, not null
   * @throws IOException if writing fails
   */
  public void write(Landscape landscape, Writer out) throws IOException {
    Objects.requireNonNull(landscape, "landscape");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out))) {
      write(landscape, g);
    }
  }

  /**
   * Writes a landscape to a file atomically: a temporary file in the same directory is written, forced to storage
   * and moved over {@code file}. On failure the file is left as it was.
   *
   * @param landscape  the landscape, not null
   * @param file  the file, not null; its directory must exist
   * @throws IOException if writing or moving fails
   */
  public void write(Landscape landscape, Path file) throws IOException {
    Objects.requireNonNull(landscape, "landscape");
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
        write(landscape, buffered);
        buffered.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Writes a landscape to a string.
   *
   * @param landscape  the landscape, not null
   * @return the document, ending with a newline, not null
   */
  public String writeToString(Landscape landscape) {
    return new String(toBytes(landscape), StandardCharsets.UTF_8);
  }

  /**
   * Writes a landscape to UTF-8 bytes.
   *
   * @param landscape  the landscape, not null
   * @return the document, not null
   */
  public byte[] toBytes(Landscape landscape) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(landscape, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes a document's own entities (those it declares over its base) canonically: the document as its author
   * wrote it, in canonical form. Reading the result over the same base gives the same merged landscape.
   *
   * @param overlay  the document read over its base, not null
   * @param out  the output, not closed, not null
   * @throws IOException if writing fails
   */
  public void write(LandscapeOverlay overlay, OutputStream out) throws IOException {
    Objects.requireNonNull(overlay, "overlay");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out, JsonEncoding.UTF8))) {
      new LandscapeEncoder(g).document(overlay.asOf(), overlay.jurisdictions(), overlay.operators(),
          overlay.accelerators(), overlay.sites(), overlay.deals(), overlay.sources());
      g.writeRaw('\n');
      g.flush();
    }
  }

  /**
   * Writes a document's own entities canonically, as {@link #write(LandscapeOverlay, OutputStream)}.
   *
   * @param overlay  the document read over its base, not null
   * @return the canonical text, ending with a newline, not null
   */
  public String writeToString(LandscapeOverlay overlay) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(overlay, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  private static void write(Landscape landscape, JsonGenerator g) throws IOException {
    new LandscapeEncoder(g).document(landscape);
    g.writeRaw('\n');
    g.flush();
  }
}
