package dev.sovai.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import dev.sovai.io.ReadLimits;

/**
 * The Jackson factories of the library, each configured explicitly: strict JSON (no comments, no NaN, no single
 * quotes, which are Jackson's defaults and are not changed), the reading limits, and for writing the canonical
 * layout (two-space indentation, {@code "\n"} line ends whatever the platform, {@code "name": value}) and the
 * shortest round-trip form of doubles (Schubfach, identical on every JDK).
 */
public final class Json {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final JsonFactory WRITING = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(64).build())
      .build();

  private Json() {}

  /**
   * @param limits  the limits
   * @return a factory whose parsers enforce them
   */
  public static JsonFactory reading(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .build();
  }

  /**
   * @param limits  the limits
   * @return the Jackson constraints for them
   */
  public static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxDocumentLength(limits.maxDocumentLength())
        .build();
  }

  /** @return the factory for canonical writing */
  public static JsonFactory writing() {
    return WRITING;
  }

  /**
   * Configures a generator for the canonical layout.
   *
   * @param g  the generator
   * @return the generator
   */
  public static JsonGenerator canonical(JsonGenerator g) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("").withArrayEmptySeparator(""));
    pp.indentArraysWith(INDENT);
    pp.indentObjectsWith(INDENT);
    g.setPrettyPrinter(pp);
    return g;
  }
}
