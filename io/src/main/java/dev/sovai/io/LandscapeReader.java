package dev.sovai.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import dev.sovai.io.internal.Assembler;
import dev.sovai.io.internal.Cursor;
import dev.sovai.io.internal.Input;
import dev.sovai.io.internal.Locator;
import dev.sovai.io.internal.Json;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.landscape.MergeRule;

/**
 * Reads landscape documents (format {@code "sovai.landscape"}, version 1, see {@code docs/format.md}) from UTF-8
 * input, streaming: the document is never held as a tree, so a document of a million sites reads in a few hundred
 * MiB of heap.
 *
 * <p><b>Strict by default.</b> Unknown members, duplicate members, content after the document, {@code null}
 * anywhere, values of the wrong type, values the model refuses ({@code count must be ≥ 0, was -5}), unresolved
 * references and duplicate identifiers are all errors. {@link #lenient()} skips unknown members instead, logging
 * each one (slf4j, logger {@code dev.sovai.io.LandscapeReader}, level WARN); every other rule still holds.
 *
 * <p><b>All problems at once.</b> A read either returns a whole, valid {@link Landscape} or throws one
 * {@link LandscapeFormatException} listing every problem found, each with its JSON Pointer and line:column, in
 * document order. There is never a partial result. A problem of one kind never hides one of another: the problems of
 * each entity (structure, model rules) and the whole-landscape rules (unique identifiers, references that resolve,
 * deal effects that apply, {@link Landscape#dealViolations()}) over every entity that could be built are reported
 * together, and a reference to an entity that exists but could not be built is not reported as dangling. Malformed
 * JSON and exceeded {@linkplain ReadLimits limits} stop reading at once (the problems found before are kept); so does
 * reaching {@link ReadLimits#maxProblems()}, which the exception reports as {@link LandscapeFormatException#isTruncated()}.
 *
 * <p><b>Bounds.</b> Every number is bounded as the model bounds it ({@link dev.sovai.model.Bounds}): a money amount
 * such as {@code "1E-99999999"} is refused on its written form before any arithmetic, dates have years 0001 to 9999.
 *
 * <p><b>Over a base.</b> {@link #over(Landscape)} merges each document over a base landscape (typically
 * {@link ReferenceData#load()}) with {@link MergeRule#OVERLAY_WINS} before the whole landscape is validated, so a
 * document may refer to entities it does not declare. The result equals {@code base.merge(document)} whenever the
 * document is valid on its own. {@link #readOver(Landscape, Path)} returns both the merged landscape and the
 * document's own entities ({@link LandscapeOverlay}), which {@link LandscapeWriter} writes back as the document alone.
 *
 * <p>Input streams and readers passed in are not closed; paths are opened and closed by the reader.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe; one instance may read many documents
 * concurrently.
 */
public final class LandscapeReader {
  private static final LandscapeReader STRICT = new LandscapeReader(false, null, ReadLimits.defaults());

  private final boolean lenient;
  private final Landscape base;
  private final ReadLimits limits;
  private final JsonFactory factory;

  private LandscapeReader(boolean lenient, Landscape base, ReadLimits limits) {
    this.lenient = lenient;
    this.base = base;
    this.limits = limits;
    this.factory = Json.reading(limits);
  }

  /** @return a strict reader with the default limits and no base, not null */
  public static LandscapeReader strict() {
    return STRICT;
  }

  /** @return a copy that skips unknown members, logging each one, not null */
  public LandscapeReader lenient() {
    return new LandscapeReader(true, base, limits);
  }

  /**
   * Returns a copy that merges each document over a base landscape before validating it.
   *
   * @param baseLandscape  the base, such as {@link ReferenceData#load()}, not null
   * @return the new reader, not null
   */
  public LandscapeReader over(Landscape baseLandscape) {
    return new LandscapeReader(lenient, Objects.requireNonNull(baseLandscape, "baseLandscape"), limits);
  }

  /**
   * Returns a copy with other limits.
   *
   * @param newLimits  the limits, not null
   * @return the new reader, not null
   */
  public LandscapeReader withLimits(ReadLimits newLimits) {
    return new LandscapeReader(lenient, base, Objects.requireNonNull(newLimits, "newLimits"));
  }

  /** @return true if unknown members are skipped rather than reported */
  public boolean isLenient() {
    return lenient;
  }

  /** @return the limits enforced, not null */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a document from a stream of UTF-8 bytes. The stream is not closed.
   *
   * @param in  the input, not null
   * @return the landscape, not null
   * @throws LandscapeFormatException listing every problem of the document
   * @throws IOException if reading the stream fails
   */
  public Landscape read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = Input.open(factory, limits, in)) {
      return read(p);
    }
  }

  /**
   * Reads a document from characters. The reader is not closed.
   *
   * @param in  the input, not null
   * @return the landscape, not null
   * @throws LandscapeFormatException listing every problem of the document
   * @throws IOException if reading fails
   */
  public Landscape read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = Input.open(factory, limits, in)) {
      return read(p);
    }
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param file  the file, not null
   * @return the landscape, not null
   * @throws LandscapeFormatException listing every problem of the document
   * @throws IOException if the file cannot be read
   */
  public Landscape read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); JsonParser p = Input.open(factory, limits, in)) {
      return read(p, () -> factory.createParser(file.toFile()));
    }
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param utf8  the document, not null
   * @return the landscape, not null
   * @throws LandscapeFormatException listing every problem of the document
   */
  public Landscape read(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    try (JsonParser p = Input.open(factory, limits, utf8)) {
      return read(p, () -> factory.createParser(utf8));
    } catch (IOException e) {
      throw new UncheckedIOException("unexpected I/O failure on an in-memory document", e);
    }
  }

  /**
   * Reads a document from a string.
   *
   * @param json  the document, not null
   * @return the landscape, not null
   * @throws LandscapeFormatException listing every problem of the document
   */
  public Landscape parse(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = Input.open(factory, limits, json)) {
      return read(p, () -> factory.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException("unexpected I/O failure on an in-memory document", e);
    }
  }

  /**
   * Reads a document over a base landscape, keeping both the merged landscape and the document's own entities (for a
   * formatter that rewrites the document alone, or a tool that shows what the document adds). The base given here
   * replaces any base of this reader.
   *
   * @param baseLandscape  the base, such as {@link ReferenceData#load()}, not null
   * @param file  the UTF-8 document, not null
   * @return the document over the base, not null
   * @throws LandscapeFormatException listing every problem of the document (over the base)
   * @throws IOException if the file cannot be read
   */
  public LandscapeOverlay readOver(Landscape baseLandscape, Path file) throws IOException {
    Objects.requireNonNull(baseLandscape, "baseLandscape");
    try (InputStream in = Files.newInputStream(file); JsonParser p = Input.open(factory, limits, in)) {
      return Cursor.run(p, limits, lenient, true, c -> Assembler.readOver(c, baseLandscape),
          () -> factory.createParser(file.toFile()));
    }
  }

  /**
   * Reads a document over a base landscape, keeping both the merged landscape and the document's own entities.
   *
   * @param baseLandscape  the base, not null
   * @param utf8  the document, not null
   * @return the document over the base, not null
   * @throws LandscapeFormatException listing every problem of the document (over the base)
   */
  public LandscapeOverlay readOver(Landscape baseLandscape, byte[] utf8) {
    Objects.requireNonNull(baseLandscape, "baseLandscape");
    Objects.requireNonNull(utf8, "utf8");
    try (JsonParser p = Input.open(factory, limits, utf8)) {
      return Cursor.run(p, limits, lenient, true, c -> Assembler.readOver(c, baseLandscape),
          () -> factory.createParser(utf8));
    } catch (IOException e) {
      throw new UncheckedIOException("unexpected I/O failure on an in-memory document", e);
    }
  }

  /**
   * Reads a document given as a string over a base landscape, keeping both the merged landscape and the document's
   * own entities.
   *
   * @param baseLandscape  the base, not null
   * @param json  the document, not null
   * @return the document over the base, not null
   * @throws LandscapeFormatException listing every problem of the document (over the base)
   */
  public LandscapeOverlay parseOver(Landscape baseLandscape, String json) {
    Objects.requireNonNull(baseLandscape, "baseLandscape");
    Objects.requireNonNull(json, "json");
    try (JsonParser p = Input.open(factory, limits, json)) {
      return Cursor.run(p, limits, lenient, true, c -> Assembler.readOver(c, baseLandscape),
          () -> factory.createParser(json));
    } catch (IOException e) {
      throw new UncheckedIOException("unexpected I/O failure on an in-memory document", e);
    }
  }

  private Landscape read(JsonParser p) throws IOException {
    return read(p, null);
  }

  private Landscape read(JsonParser p, Locator.Source again) throws IOException {
    return Cursor.run(p, limits, lenient, true, c -> Assembler.read(c, base), again);
  }
}
