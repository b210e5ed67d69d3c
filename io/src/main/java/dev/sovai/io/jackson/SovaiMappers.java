package dev.sovai.io.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import dev.sovai.io.ReadLimits;
import dev.sovai.io.internal.Json;

/**
 * Preconfigured Jackson mappers for programs that want the sovai types in an {@code ObjectMapper} of their own.
 *
 * <p>{@link #strict()} sets every safety-relevant option explicitly rather than trusting defaults:
 * <ul>
 *   <li>stream read constraints from the given {@link ReadLimits} ({@link ReadLimits#defaults()} unless given: nesting
 *       depth, string, name and number length, document length), and the same limits in the module's deserializers
 *       (array sizes, problem counts, and the values quoted in messages);</li>
 *   <li>{@code STRICT_DUPLICATE_DETECTION}, {@code FAIL_ON_TRAILING_TOKENS}, {@code FAIL_ON_UNKNOWN_PROPERTIES},
 *       {@code FAIL_ON_NULL_FOR_PRIMITIVES}, {@code FAIL_ON_READING_DUP_TREE_KEY},
 *       {@code FAIL_ON_NUMBERS_FOR_ENUMS}, {@code FAIL_ON_INVALID_SUBTYPE} on;
 *       {@code ACCEPT_SINGLE_VALUE_AS_ARRAY} and {@code UNWRAP_SINGLE_VALUE_ARRAYS} off;</li>
 *   <li>no default typing, and a polymorphic type validator that denies every class, so that no class name in
 *       a document can ever select a type ({@code @class}-style payloads are refused);</li>
 *   <li>{@code USE_FAST_DOUBLE_WRITER} for doubles printed identically on every JDK; sorted map keys;</li>
 *   <li>the {@link SovaiModule}.</li>
 * </ul>
 */
public final class SovaiMappers {
  private SovaiMappers() {}

  /** @return a new strict mapper with the {@link SovaiModule}, not null */
  public static JsonMapper strict() {
    return strict(ReadLimits.defaults());
  }

  /**
   * @param limits  the limits to apply, to the parser and to the {@link SovaiModule}'s deserializers, not null
   * @return a new strict mapper with a {@link SovaiModule} of those limits, not null
   */
  public static JsonMapper strict(ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(Json.constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .deactivateDefaultTyping()
        .addModule(new SovaiModule(limits))
        .build();
  }
}
