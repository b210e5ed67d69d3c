package dev.sovai.io.internal;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.sovai.model.ModelException;
import dev.sovai.model.operator.CsfDeclaration;

/**
 * Reads and writes an operator's {@code csfDeclarations}: its declared answers to criteria of the EU Cloud
 * Sovereignty Framework, {@code {"criterion": "SOV-2.3", "rung": 4, "asOf": "2026-06-01", "sources": [...]}}. The
 * reader is strict: an unknown member, a criterion the calculator's catalogue does not list, a rung off its ladder or
 * a criterion declared twice is a problem at the element's JSON Pointer naming the value; the array's length is
 * bounded by the read limits' {@code maxArrayElements} like every array.
 */
final class CsfDeclarationCodec {
  private CsfDeclarationCodec() {}

  /**
   * Reads the array of declarations.
   *
   * @param c  the cursor, at the array
   * @param sources  reads the {@code sources} member (references to the document's sources)
   * @return the declarations that could be built, or null if the value is not an array
   * @throws IOException on a parse error
   */
  static List<CsfDeclaration> read(Cursor c, Cursor.Reading<List<String>> sources) throws IOException {
    Set<String> seen = new HashSet<>();
    return c.list(() -> {
      CsfDeclaration d = declaration(c, sources);
      if (d != null && !seen.add(d.criterion())) {
        c.problem(c.label() + " declares " + ModelException.describe(d.criterion())
            + " again; an operator declares each criterion once");
        return null;
      }
      return d;
    });
  }

  private static CsfDeclaration declaration(Cursor c, Cursor.Reading<List<String>> sources) throws IOException {
    int mark = c.mark();
    CsfDeclaration.Builder b = CsfDeclaration.builder();
    Cursor.Obj o = c.object(n -> {
      switch (n) {
        case "criterion": set(c.string(), b::criterion); return true;
        case "rung": set(c.int32(), b::rung); return true;
        case "asOf": set(c.parsed(LandscapeDecoder::day), b::asOf); return true;
        case "sources": set(sources.read(), b::sources); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "criterion", "rung", "asOf");
    }
    return c.build(o, mark, b::build);
  }

  private static <T> void set(T value, java.util.function.Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /**
   * Writes one declaration.
   *
   * @param g  the generator
   * @param d  the declaration
   * @throws IOException on a write failure
   */
  static void write(JsonGenerator g, CsfDeclaration d) throws IOException {
    g.writeStartObject();
    g.writeStringField("criterion", d.criterion());
    g.writeNumberField("rung", d.rung());
    g.writeStringField("asOf", d.asOf().toString());
    if (!d.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (String s : d.sources()) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
