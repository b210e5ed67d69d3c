package dev.sovai.io.jackson;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import dev.sovai.io.LandscapeFormatException;
import dev.sovai.io.ReadLimits;
import dev.sovai.io.internal.AssessmentCodec;
import dev.sovai.io.internal.Assembler;
import dev.sovai.io.internal.Cursor;
import dev.sovai.io.internal.LandscapeDecoder;
import dev.sovai.io.internal.LandscapeEncoder;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.Site;

/**
 * A Jackson module for the sovai model: {@link Landscape} (as a whole landscape document), {@link Jurisdiction},
 * {@link Operator}, {@link Stake}, {@link Accelerator}, {@link Site}, {@link AcceleratorLot}, {@link CapacityStep},
 * {@link LinpackMeasurement}, {@link Deal},
 * {@link Source}, {@link Money}, {@link PartialDate} and {@link Assessment}, in exactly the JSON form of
 * {@code docs/format.md}. The serializers and deserializers delegate to the library's own streaming codec, so a
 * mapper with this module reads as strictly as {@link dev.sovai.io.LandscapeReader} (unknown members, duplicates,
 * nulls, wrong types and model rules are errors whatever the mapper's features) and writes the same members in the
 * same order. No polymorphic type information is read or written.
 *
 * <p>A read failure is reported as a {@link MismatchedInputException} whose message lists every problem and whose
 * cause is the {@link LandscapeFormatException}.
 *
 * <p>The deserializers enforce the module's {@link ReadLimits} ({@link #limits()}; the defaults unless given):
 * array sizes, problem counts, and string and number lengths whatever the mapper's own stream constraints, and they
 * quote those limits in their messages. Give the mapper's parser the same limits, as
 * {@link SovaiMappers#strict(ReadLimits)} does, so that nesting depth and document length are bounded too.
 *
 * <p>The module's {@link #version()} is the version of the {@code sovai-io} artifact it comes from.
 *
 * <p>Registered for {@link java.util.ServiceLoader} ({@code ObjectMapper.findAndRegisterModules()}), with the default
 * limits.
 */
public final class SovaiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Version VERSION = buildVersion();

  private final ReadLimits limits;

  /** Creates the module with the {@linkplain ReadLimits#defaults() default limits}. */
  public SovaiModule() {
    this(ReadLimits.defaults());
  }

  /**
   * Creates the module with limits for its deserializers.
   *
   * @param limits  the limits, not null
   */
  public SovaiModule(ReadLimits limits) {
    super("sovai", VERSION);
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
    add(Landscape.class, (e, v) -> e.document(v), c -> Assembler.read(c, null));
    add(Jurisdiction.class, LandscapeEncoder::jurisdiction, c -> new LandscapeDecoder(c).jurisdiction());
    add(Operator.class, LandscapeEncoder::operator, c -> new LandscapeDecoder(c).operator(null));
    add(Stake.class, LandscapeEncoder::stake, c -> new LandscapeDecoder(c).stake());
    add(Accelerator.class, LandscapeEncoder::accelerator, c -> new LandscapeDecoder(c).accelerator());
    add(Site.class, LandscapeEncoder::site, c -> new LandscapeDecoder(c).site());
    add(AcceleratorLot.class, LandscapeEncoder::lot, c -> new LandscapeDecoder(c).lot());
    add(CapacityStep.class, LandscapeEncoder::step, c -> new LandscapeDecoder(c).step());
    add(LinpackMeasurement.class, LandscapeEncoder::linpack, c -> new LandscapeDecoder(c).linpack());
    add(Deal.class, LandscapeEncoder::deal, c -> new LandscapeDecoder(c).deal());
    add(Source.class, LandscapeEncoder::source, c -> new LandscapeDecoder(c).source());
    add(Money.class, LandscapeEncoder::money, c -> new LandscapeDecoder(c).money());
    add(PartialDate.class, (e, v) -> e.partialDate(v), c -> new LandscapeDecoder(c).partialDate());
    add(Assessment.class, (e, v) -> AssessmentCodec.write(e.generator(), v), AssessmentCodec::read);
  }

  /**
   * Obtains a module with limits for its deserializers.
   *
   * @param limits  the limits, not null
   * @return the module, not null
   */
  public static SovaiModule withLimits(ReadLimits limits) {
    return new SovaiModule(limits);
  }

  /** @return the limits the deserializers enforce, not null */
  public ReadLimits limits() {
    return limits;
  }

  /** @return the version of {@code sovai-io} as built, from the filtered resource {@code version.properties} */
  private static Version buildVersion() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = SovaiModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    String v = p.getProperty("version");
    return v == null || v.startsWith("$") ? Version.unknownVersion()
        : com.fasterxml.jackson.core.util.VersionUtil.parseVersion(v, "dev.sovai", "sovai-io");
  }

  /** Writes one value with an encoder. */
  @FunctionalInterface
  interface Encoding<T> {
    void write(LandscapeEncoder encoder, T value) throws IOException;
  }

  private <T> void add(Class<T> type, Encoding<T> encoding, Cursor.Session<T> decoding) {
    addSerializer(type, new CodecSerializer<>(type, encoding));
    addDeserializer(type, new CodecDeserializer<>(type, decoding, limits));
  }

  private static final class CodecSerializer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final Encoding<T> encoding;

    CodecSerializer(Class<T> type, Encoding<T> encoding) {
      this.type = type;
      this.encoding = encoding;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      encoding.write(new LandscapeEncoder(gen), value);
    }
  }

  private static final class CodecDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final Cursor.Session<T> decoding;
    private final ReadLimits limits;

    CodecDeserializer(Class<T> type, Cursor.Session<T> decoding, ReadLimits limits) {
      this.type = type;
      this.decoding = decoding;
      this.limits = limits;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return Cursor.run(p, limits, false, false, decoding);
      } catch (LandscapeFormatException e) {
        MismatchedInputException x = MismatchedInputException.from(p, type,
            "cannot read " + type.getSimpleName() + ": " + e.getMessage());
        x.initCause(e);
        throw x;
      }
    }
  }
}
