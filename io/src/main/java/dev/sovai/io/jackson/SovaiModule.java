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
import dev.sovai.model.site.Site;

/**
 * A Jackson module for the sovai model: {@link Landscape} (as a whole landscape document), {@link Jurisdiction},
 * {@link Operator}, {@link Stake}, {@link Accelerator}, {@link Site}, {@link AcceleratorLot}, {@link Deal},
 * {@link Source}, {@link Money}, {@link PartialDate} and {@link Assessment}, in exactly the JSON form of
 * {@code docs/format.md}. The serializers and deserializers delegate to the library's own streaming codec, so a
 * mapper with this module reads as strictly as {@link dev.sovai.io.LandscapeReader} (unknown members, duplicates,
 * nulls, wrong types and model rules are errors whatever the mapper's features) and writes the same members in the
 * same order. No polymorphic type information is read or written.
 *
 * <p>A read failure is reported as a {@link MismatchedInputException} whose message lists every problem and whose
 * cause is the {@link LandscapeFormatException}.
 *
 * <p>Registered for {@link java.util.ServiceLoader} ({@code ObjectMapper.findAndRegisterModules()}).
 */
public final class SovaiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SovaiModule() {
    super("sovai", new Version(0, 1, 0, "SNAPSHOT", "dev.sovai", "sovai-io"));
    add(Landscape.class, (e, v) -> e.document(v), c -> Assembler.read(c, null));
    add(Jurisdiction.class, LandscapeEncoder::jurisdiction, c -> new LandscapeDecoder(c).jurisdiction());
    add(Operator.class, LandscapeEncoder::operator, c -> new LandscapeDecoder(c).operator(null));
    add(Stake.class, LandscapeEncoder::stake, c -> new LandscapeDecoder(c).stake());
    add(Accelerator.class, LandscapeEncoder::accelerator, c -> new LandscapeDecoder(c).accelerator());
    add(Site.class, LandscapeEncoder::site, c -> new LandscapeDecoder(c).site());
    add(AcceleratorLot.class, LandscapeEncoder::lot, c -> new LandscapeDecoder(c).lot());
    add(Deal.class, LandscapeEncoder::deal, c -> new LandscapeDecoder(c).deal());
    add(Source.class, LandscapeEncoder::source, c -> new LandscapeDecoder(c).source());
    add(Money.class, LandscapeEncoder::money, c -> new LandscapeDecoder(c).money());
    add(PartialDate.class, (e, v) -> e.partialDate(v), c -> new LandscapeDecoder(c).partialDate());
    add(Assessment.class, (e, v) -> AssessmentCodec.write(e.generator(), v), AssessmentCodec::read);
  }

  /** Writes one value with an encoder. */
  @FunctionalInterface
  interface Encoding<T> {
    void write(LandscapeEncoder encoder, T value) throws IOException;
  }

  private <T> void add(Class<T> type, Encoding<T> encoding, Cursor.Session<T> decoding) {
    addSerializer(type, new CodecSerializer<>(type, encoding));
    addDeserializer(type, new CodecDeserializer<>(type, decoding));
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

    CodecDeserializer(Class<T> type, Cursor.Session<T> decoding) {
      this.type = type;
      this.decoding = decoding;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return Cursor.run(p, ReadLimits.defaults(), false, false, decoding);
      } catch (LandscapeFormatException e) {
        MismatchedInputException x = MismatchedInputException.from(p, type,
            "cannot read " + type.getSimpleName() + ": " + e.getMessage());
        x.initCause(e);
        throw x;
      }
    }
  }
}
