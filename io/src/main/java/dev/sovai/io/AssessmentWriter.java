package dev.sovai.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.sovai.io.internal.AssessmentCodec;
import dev.sovai.io.internal.Json;
import dev.sovai.model.assessment.Assessment;

/**
 * Writes scoring results ({@link Assessment}) as JSON in the documented form (see {@code docs/format.md}), with the
 * same canonical layout as {@link LandscapeWriter}: one assessment as an object, or several as a document
 * {@code {"format": "sovai.assessments", "version": 1, "assessments": [...]}} in the given order. Streams and writers
 * are flushed, not closed.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class AssessmentWriter {
  private static final AssessmentWriter CANONICAL = new AssessmentWriter();

  private AssessmentWriter() {}

  /** @return the canonical writer, not null */
  public static AssessmentWriter canonical() {
    return CANONICAL;
  }

  /**
   * Writes one assessment as a JSON object followed by a newline.
   *
   * @param assessment  the assessment, not null
   * @param out  the output, not null
   * @throws IOException if writing fails
   */
  public void write(Assessment assessment, Writer out) throws IOException {
    Objects.requireNonNull(assessment, "assessment");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out))) {
      AssessmentCodec.write(g, assessment);
      g.writeRaw('\n');
    }
  }

  /**
   * Writes a document of assessments as UTF-8.
   *
   * @param assessments  the assessments, not null
   * @param out  the output, not null
   * @throws IOException if writing fails
   */
  public void writeAll(List<Assessment> assessments, OutputStream out) throws IOException {
    Objects.requireNonNull(assessments, "assessments");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out, JsonEncoding.UTF8))) {
      AssessmentCodec.writeAll(g, assessments);
      g.writeRaw('\n');
    }
  }

  /**
   * Writes a document of assessments.
   *
   * @param assessments  the assessments, not null
   * @param out  the output, not null
   * @throws IOException if writing fails
   */
  public void writeAll(List<Assessment> assessments, Writer out) throws IOException {
    Objects.requireNonNull(assessments, "assessments");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out))) {
      AssessmentCodec.writeAll(g, assessments);
      g.writeRaw('\n');
    }
  }

  /**
   * Writes a document of assessments with a {@code "referenceData"} member: the facts from the bundled reference
   * data the assessments rely on (see {@code docs/format.md}).
   *
   * @param assessments  the assessments, not null
   * @param facts  the reference facts, not null
   * @return the document, ending with a newline, not null
   */
  public String writeAllToString(List<Assessment> assessments, ReferenceFacts facts) {
    Objects.requireNonNull(assessments, "assessments");
    Objects.requireNonNull(facts, "facts");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out, JsonEncoding.UTF8))) {
      AssessmentCodec.writeAll(g, assessments, facts);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * @param assessment  the assessment, not null
   * @return the JSON object, ending with a newline, not null
   */
  public String writeToString(Assessment assessment) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(assessment, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * @param assessments  the assessments, not null
   * @return the document, ending with a newline, not null
   */
  public String writeAllToString(List<Assessment> assessments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeAll(assessments, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
