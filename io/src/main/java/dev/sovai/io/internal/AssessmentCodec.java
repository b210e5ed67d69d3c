package dev.sovai.io.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;

import dev.sovai.io.internal.Cursor.Obj;
import dev.sovai.io.ReferenceFacts;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.assessment.Coverage;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.HolderShare;
import dev.sovai.model.assessment.Metric;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.assessment.Ownership;
import dev.sovai.model.assessment.Shares;
import dev.sovai.model.assessment.UltimateHolder;

/** Reads and writes the JSON form of {@link Assessment} (see {@code docs/format.md}). */
public final class AssessmentCodec {
  /** The value of the {@code "format"} member of a document of assessments. */
  public static final String FORMAT = "sovai.assessments";

  private AssessmentCodec() {}

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // writing

  /**
   * Writes a document of assessments: {@code {"format": "sovai.assessments", "version": 1, "assessments": [...]}}.
   *
   * @param g  the generator
   * @param all  the assessments, in the given order
   * @throws IOException on a write failure
   */
  public static void writeAll(JsonGenerator g, List<Assessment> all) throws IOException {
    writeAll(g, all, null);
  }

  /**
   * Writes a document of assessments with, if given, a {@code "referenceData"} member after the assessments: the
   * reference facts the assessments rely on ({@code asOf}, {@code count}, {@code operators}, {@code laws},
   * {@code grids} as {@code {"jurisdiction", "year"}} objects, {@code accelerators}; empty lists omitted).
   *
   * @param g  the generator
   * @param all  the assessments, in the given order
   * @param facts  the reference facts, or null for none
   * @throws IOException on a write failure
   */
  public static void writeAll(JsonGenerator g, List<Assessment> all, ReferenceFacts facts) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeNumberField("version", 1);
    g.writeArrayFieldStart("assessments");
    for (Assessment a : all) {
      write(g, a);
    }
    g.writeEndArray();
    if (facts != null) {
      g.writeObjectFieldStart("referenceData");
      g.writeStringField("asOf", facts.asOf().toString());
      g.writeNumberField("count", facts.count());
      strings(g, "operators", facts.operators());
      strings(g, "laws", facts.laws());
      if (!facts.grids().isEmpty()) {
        g.writeArrayFieldStart("grids");
        for (java.util.Map.Entry<String, Integer> e : facts.grids().entrySet()) {
          g.writeStartObject();
          g.writeStringField("jurisdiction", e.getKey());
          g.writeNumberField("year", e.getValue());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      strings(g, "accelerators", facts.accelerators());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, java.util.Collection<String> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  /**
   * Writes one assessment as an object.
   *
   * @param g  the generator
   * @param a  the assessment
   * @throws IOException on a write failure
   */
  public static void write(JsonGenerator g, Assessment a) throws IOException {
    g.writeStartObject();
    g.writeStringField("scorer", a.scorer());
    g.writeFieldName("subject");
    ref(g, a.subject());
    g.writeStringField("profile", a.profile());
    g.writeStringField("asOf", a.asOf().toString());
    if (a.headline().isPresent()) {
      g.writeNumberField("headline", a.headline().get());
    }
    if (!a.metrics().isEmpty()) {
      g.writeArrayFieldStart("metrics");
      for (Metric m : a.metrics()) {
        metric(g, m);
      }
      g.writeEndArray();
    }
    if (!a.findings().isEmpty()) {
      g.writeArrayFieldStart("findings");
      for (Finding f : a.findings()) {
        finding(g, f);
      }
      g.writeEndArray();
    }
    if (!a.shares().isEmpty()) {
      g.writeArrayFieldStart("shares");
      for (Shares t : a.shares()) {
        shares(g, t);
      }
      g.writeEndArray();
    }
    if (!a.ownership().isEmpty()) {
      g.writeArrayFieldStart("ownership");
      for (Ownership o : a.ownership()) {
        ownership(g, o);
      }
      g.writeEndArray();
    }
    g.writeFieldName("coverage");
    g.writeStartObject();
    g.writeNumberField("needed", a.coverage().needed());
    g.writeNumberField("known", a.coverage().known());
    if (!a.coverage().gaps().isEmpty()) {
      g.writeArrayFieldStart("gaps");
      for (Gap gap : a.coverage().gaps()) {
        g.writeStartObject();
        g.writeFieldName("subject");
        ref(g, gap.subject());
        g.writeStringField("field", gap.field());
        g.writeStringField("treatment", LandscapeEncoder.lower(gap.treatment()));
        g.writeStringField("detail", gap.detail());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void ref(JsonGenerator g, EntityRef r) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", LandscapeEncoder.lower(r.kind()));
    g.writeStringField("id", r.id());
    if (!r.relation().isEmpty()) {
      g.writeStringField("relation", r.relation());
    }
    g.writeEndObject();
  }

  private static void metric(JsonGenerator g, Metric m) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    if (m.isKnown()) {
      g.writeNumberField("value", m.value());
    } else {
      g.writeNullField("value");
    }
    g.writeStringField("unit", m.unit());
    if (m.unknownBecause().isPresent()) {
      g.writeStringField("unknown", m.unknownBecause().get());
    }
    if (m.lower().isPresent()) {
      g.writeNumberField("lower", m.lower().getAsDouble());
    }
    if (m.upper().isPresent()) {
      g.writeNumberField("upper", m.upper().getAsDouble());
    }
    if (m.defaulted()) {
      g.writeBooleanField("defaulted", true);
    }
    g.writeEndObject();
  }

  private static void shares(JsonGenerator g, Shares t) throws IOException {
    g.writeStartObject();
    g.writeStringField("dimension", t.dimension());
    g.writeStringField("basis", t.basis());
    g.writeStringField("unit", t.unit());
    g.writeStringField("region", t.region());
    strings(g, "statuses", t.statuses());
    g.writeStringField("asOf", t.asOf().toString());
    if (t.stage().isPresent()) {
      g.writeStringField("stage", t.stage().get());
    }
    g.writeNumberField("totalWeight", t.totalWeight());
    g.writeNumberField("knownWeight", t.knownWeight());
    g.writeNumberField("unknownWeight", t.unknownWeight());
    g.writeNumberField("unknownShare", t.unknownShare());
    if (t.hhi().isPresent()) {
      g.writeNumberField("hhi", t.hhi().getAsDouble());
    }
    if (t.hhiLower().isPresent()) {
      g.writeNumberField("hhiLower", t.hhiLower().getAsDouble());
    }
    if (t.hhiUpper().isPresent()) {
      g.writeNumberField("hhiUpper", t.hhiUpper().getAsDouble());
    }
    g.writeArrayFieldStart("holders");
    for (HolderShare h : t.holders()) {
      g.writeStartObject();
      g.writeStringField("holder", h.holder());
      g.writeNumberField("weight", h.weight());
      g.writeNumberField("shareOfAll", h.shareOfAll());
      g.writeNumberField("shareOfKnown", h.shareOfKnown());
      if (h.estimated()) {
        g.writeBooleanField("estimated", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void ownership(JsonGenerator g, Ownership o) throws IOException {
    g.writeStartObject();
    g.writeStringField("operator", o.operator());
    g.writeStringField("control", o.control());
    g.writeBooleanField("determined", o.determined());
    strings(g, "controllers", o.controllers());
    if (o.controllerCount() > o.controllers().size()) {
      g.writeNumberField("controllerCount", o.controllerCount());
    }
    if (o.holderCount() > o.holders().size()) {
      g.writeNumberField("holderCount", o.holderCount());
    }
    g.writeArrayFieldStart("holders");
    for (UltimateHolder h : o.holders()) {
      g.writeStartObject();
      g.writeStringField("holder", h.holder());
      g.writeStringField("kind", h.kind());
      g.writeNumberField("capital", h.capital());
      g.writeNumberField("votes", h.votes());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("criterion", f.criterion());
    g.writeStringField("outcome", LandscapeEncoder.lower(f.outcome()));
    g.writeStringField("message", f.message());
    if (!f.chain().isEmpty()) {
      g.writeArrayFieldStart("chain");
      for (EntityRef r : f.chain()) {
        ref(g, r);
      }
      g.writeEndArray();
    }
    if (!f.sources().isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (String s : f.sources()) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // reading

  /**
   * Reads a document of assessments.
   *
   * @param c  the cursor on the document's first token
   * @return the assessments, or null after recording problems
   * @throws IOException on a parse error
   */
  public static List<Assessment> readAll(Cursor c) throws IOException {
    List<List<Assessment>> out = new java.util.ArrayList<>(1);
    Obj o = c.object(n -> {
      switch (n) {
        case "format":
          String f = c.string();
          if (f != null && !FORMAT.equals(f)) {
            c.problem("format must be \"" + FORMAT + "\", was " + dev.sovai.model.ModelException.describe(f));
          }
          return true;
        case "version":
          Long v = c.integer();
          if (v != null && v != 1) {
            c.problem("version " + v + " is not supported; this library reads version 1");
          }
          return true;
        case "assessments":
          set(c.list(() -> read(c)), out::add);
          return true;
        case "referenceData":
          referenceData(c);
          return true;
        default:
          return false;
      }
    });
    if (o != null) {
      c.require(o, "format", "version", "assessments");
    }
    return c.problems().isEmpty() && !out.isEmpty() ? out.get(0) : null;
  }

  /** Checks the shape of a {@code "referenceData"} member; its content is information for people, not read back. */
  private static void referenceData(Cursor c) throws IOException {
    Obj o = c.object(n -> {
      switch (n) {
        case "asOf": c.string(); return true;
        case "count": c.integer(); return true;
        case "operators": case "laws": case "accelerators": c.list(c::string); return true;
        case "grids":
          c.list(() -> {
            Obj grid = c.object(m -> {
              switch (m) {
                case "jurisdiction": c.string(); return true;
                case "year": c.integer(); return true;
                default: return false;
              }
            });
            if (grid != null) {
              c.require(grid, "jurisdiction", "year");
            }
            return grid;
          });
          return true;
        default:
          return false;
      }
    });
    if (o != null) {
      c.require(o, "asOf", "count");
    }
  }

  /**
   * Reads one assessment object.
   *
   * @param c  the cursor on the object's first token
   * @return the assessment, or null after recording problems
   * @throws IOException on a parse error
   */
  public static Assessment read(Cursor c) throws IOException {
    int mark = c.mark();
    Assessment.Builder b = Assessment.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "scorer": set(c.string(), b::scorer); return true;
        case "subject": set(ref(c), b::subject); return true;
        case "profile": set(c.string(), b::profile); return true;
        case "asOf": set(c.parsed(LandscapeDecoder::day), b::asOf); return true;
        case "headline": set(c.number(), b::headline); return true;
        case "metrics": set(c.list(() -> metric(c)), b::metrics); return true;
        case "findings": set(c.list(() -> finding(c)), b::findings); return true;
        case "shares": set(c.list(() -> shares(c)), b::shares); return true;
        case "ownership": set(c.list(() -> ownership(c)), b::ownership); return true;
        case "coverage": set(coverage(c), b::coverage); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "scorer", "subject", "profile", "asOf", "coverage");
    }
    return c.build(o, mark, b::build);
  }

  private static EntityRef ref(Cursor c) throws IOException {
    int mark = c.mark();
    Object[] v = new Object[3];
    Obj o = c.object(n -> {
      switch (n) {
        case "kind": v[0] = c.enumeration(EntityKind.class); return true;
        case "id": v[1] = c.ref(); return true;
        case "relation": v[2] = c.string(); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "kind", "id");
    }
    return c.build(o, mark, () -> v[2] == null ? EntityRef.of((EntityKind) v[0], (String) v[1])
        : EntityRef.via((String) v[2], (EntityKind) v[0], (String) v[1]));
  }

  private static Metric metric(Cursor c) throws IOException {
    int mark = c.mark();
    Metric.Builder b = Metric.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "name": set(c.string(), b::name); return true;
        case "value":
          if (c.parser().currentToken() != JsonToken.VALUE_NULL) {
            set(c.number(), b::value);
          }
          return true;
        case "unit": set(c.string(), b::unit); return true;
        case "unknown": set(c.string(), b::unknownBecause); return true;
        case "lower": set(c.number(), b::lower); return true;
        case "upper": set(c.number(), b::upper); return true;
        case "defaulted": set(c.bool(), b::defaulted); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "name", "value", "unit");
    }
    return c.build(o, mark, b::build);
  }

  private static Finding finding(Cursor c) throws IOException {
    int mark = c.mark();
    Finding.Builder b = Finding.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "criterion": set(c.string(), b::criterion); return true;
        case "outcome": set(c.enumeration(Outcome.class), b::outcome); return true;
        case "message": set(c.string(), b::message); return true;
        case "chain": set(c.list(() -> ref(c)), b::chain); return true;
        case "sources": set(c.list(c::ref), b::sources); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "criterion", "outcome", "message");
    }
    return c.build(o, mark, b::build);
  }

  /**
   * Reads a holder table; {@code knownWeight} and {@code unknownShare} are derived from the other members, read only
   * for their type.
   */
  private static Shares shares(Cursor c) throws IOException {
    int mark = c.mark();
    Shares.Builder b = Shares.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "dimension": set(c.string(), b::dimension); return true;
        case "basis": set(c.string(), b::basis); return true;
        case "unit": set(c.string(), b::unit); return true;
        case "region": set(c.string(), b::region); return true;
        case "statuses": set(c.list(c::string), b::statuses); return true;
        case "asOf": set(c.parsed(LandscapeDecoder::day), b::asOf); return true;
        case "stage": set(c.string(), b::stage); return true;
        case "totalWeight": set(c.number(), b::totalWeight); return true;
        case "unknownWeight": set(c.number(), b::unknownWeight); return true;
        case "knownWeight": case "unknownShare": c.number(); return true;
        case "hhi": set(c.number(), b::hhi); return true;
        case "hhiLower": set(c.number(), b::hhiLower); return true;
        case "hhiUpper": set(c.number(), b::hhiUpper); return true;
        case "holders": set(c.list(() -> holderShare(c)), b::holders); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "dimension", "basis", "unit", "region", "statuses", "asOf", "totalWeight", "unknownWeight",
          "holders");
    }
    return c.build(o, mark, b::build);
  }

  /** A count written as a JSON integer, in [0, 2³¹ − 1]; null (with a problem reported) otherwise. */
  private static Integer count(Cursor c) throws IOException {
    Long v = c.integer();
    if (v == null) {
      return null;
    }
    if (v < 0 || v > Integer.MAX_VALUE) {
      c.problem("a count must be in [0, " + Integer.MAX_VALUE + "], was " + v);
      return null;
    }
    return v.intValue();
  }

  private static Ownership ownership(Cursor c) throws IOException {
    int mark = c.mark();
    Ownership.Builder b = Ownership.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "operator": set(c.string(), b::operator); return true;
        case "control": set(c.string(), b::control); return true;
        case "determined": set(c.bool(), b::determined); return true;
        case "controllers": set(c.list(c::string), b::controllers); return true;
        case "controllerCount": set(count(c), b::controllerCount); return true;
        case "holderCount": set(count(c), b::holderCount); return true;
        case "holders": set(c.list(() -> ultimateHolder(c)), b::holders); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "operator", "control", "determined", "holders");
    }
    return c.build(o, mark, b::build);
  }

  private static UltimateHolder ultimateHolder(Cursor c) throws IOException {
    int mark = c.mark();
    UltimateHolder.Builder b = UltimateHolder.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "holder": set(c.string(), b::holder); return true;
        case "kind": set(c.string(), b::kind); return true;
        case "capital": set(c.number(), b::capital); return true;
        case "votes": set(c.number(), b::votes); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "holder", "kind", "capital", "votes");
    }
    return c.build(o, mark, b::build);
  }

  private static HolderShare holderShare(Cursor c) throws IOException {
    int mark = c.mark();
    HolderShare.Builder b = HolderShare.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "holder": set(c.string(), b::holder); return true;
        case "weight": set(c.number(), b::weight); return true;
        case "shareOfAll": set(c.number(), b::shareOfAll); return true;
        case "shareOfKnown": set(c.number(), b::shareOfKnown); return true;
        case "estimated": set(c.bool(), b::estimated); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "holder", "weight", "shareOfAll", "shareOfKnown");
    }
    return c.build(o, mark, b::build);
  }

  private static Coverage coverage(Cursor c) throws IOException {
    int mark = c.mark();
    Coverage.Builder b = Coverage.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "needed": set(c.int32(), b::needed); return true;
        case "known": set(c.int32(), b::known); return true;
        case "gaps": set(c.list(() -> gap(c)), b::gaps); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "needed", "known");
    }
    return c.build(o, mark, b::build);
  }

  private static Gap gap(Cursor c) throws IOException {
    int mark = c.mark();
    Gap.Builder b = Gap.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "subject": set(ref(c), b::subject); return true;
        case "field": set(c.string(), b::field); return true;
        case "treatment": set(c.enumeration(GapTreatment.class), b::treatment); return true;
        case "detail": set(c.string(), b::detail); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "subject", "field", "treatment", "detail");
    }
    return c.build(o, mark, b::build);
  }
}
