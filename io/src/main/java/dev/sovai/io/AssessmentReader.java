package dev.sovai.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import dev.sovai.io.internal.AssessmentCodec;
import dev.sovai.io.internal.Cursor;
import dev.sovai.io.internal.Input;
import dev.sovai.io.internal.Json;
import dev.sovai.model.assessment.Assessment;

/**
 * Reads scoring results in the JSON form that {@link AssessmentWriter} writes, with the same strictness, limits and
 * error reporting as {@link LandscapeReader}: any problem ends in one {@link LandscapeFormatException} listing every
 * problem found.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class AssessmentReader {
  private static final AssessmentReader STRICT = new AssessmentReader(ReadLimits.defaults());

  private final ReadLimits limits;
  private final JsonFactory factory;

  private AssessmentReader(ReadLimits limits) {
    this.limits = limits;
    this.factory = Json.reading(limits);
  }

  /** @return a strict reader with the default limits, not null */
  public static AssessmentReader strict() {
    return STRICT;
  }

  /**
   * @param newLimits  the limits, not null
   * @return a copy with those limits, not null
   */
  public AssessmentReader withLimits(ReadLimits newLimits) {
    return new AssessmentReader(Objects.requireNonNull(newLimits, "newLimits"));
  }

  /**
   * Reads one assessment object. The reader is not closed.
   *
   * @param in  the input, not null
   * @return the assessment, not null
   * @throws LandscapeFormatException listing every problem
   * @throws IOException if reading fails
   */
  public Assessment read(Reader in) throws IOException {
    try (JsonParser p = Input.open(factory, limits, in)) {
      return Cursor.run(p, limits, false, true, AssessmentCodec::read);
    }
  }

  /**
   * Reads one assessment object.
   *
   * @param json  the JSON text, not null
   * @return the assessment, not null
   * @throws LandscapeFormatException listing every problem
   */
  public Assessment parse(String json) {
    try (JsonParser p = Input.open(factory, limits, json)) {
      return Cursor.run(p, limits, false, true, AssessmentCodec::read);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document of assessments from UTF-8 bytes. The stream is not closed.
   *
   * @param in  the input, not null
   * @return the assessments in document order, not null
   * @throws LandscapeFormatException listing every problem
   * @throws IOException if reading fails
   */
  public List<Assessment> readAll(InputStream in) throws IOException {
    try (JsonParser p = Input.open(factory, limits, in)) {
      return Cursor.run(p, limits, false, true, AssessmentCodec::readAll);
    }
  }

  /**
   * Reads a document of assessments.
   *
   * @param json  the JSON text, not null
   * @return the assessments in document order, not null
   * @throws LandscapeFormatException listing every problem
   */
  public List<Assessment> parseAll(String json) {
    try (JsonParser p = Input.open(factory, limits, json)) {
      return Cursor.run(p, limits, false, true, AssessmentCodec::readAll);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
