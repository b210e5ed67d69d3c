package dev.sovai.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.sovai.io.internal.Json;
import dev.sovai.io.internal.LandscapeEncoder;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;

/**
 * Exports the sites of a landscape as a GeoJSON {@code FeatureCollection} (RFC 7946) that opens in any map tool:
 * one {@code Point} feature per site with coordinates ({@code [longitude, latitude]}, WGS 84), its key facts as
 * properties (see {@code docs/format.md}). Sites without coordinates are skipped and counted; the count is returned
 * and also written as the foreign member {@code "sovaiSkippedSites"}. Streaming, canonical layout.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class GeoJsonWriter {
  private static final GeoJsonWriter INSTANCE = new GeoJsonWriter();

  /** What an export wrote. */
  public static final class Summary {
    private final int features;
    private final int skipped;

    Summary(int features, int skipped) {
      this.features = features;
      this.skipped = skipped;
    }

    /** @return the number of features written (sites with coordinates), ≥ 0 */
    public int features() {
      return features;
    }

    /** @return the number of sites skipped because they have no coordinates, ≥ 0 */
    public int skipped() {
      return skipped;
    }

    @Override
    public String toString() {
      return features + " features, " + skipped + " sites without coordinates skipped";
    }
  }

  private GeoJsonWriter() {}

  /** @return the writer, not null */
  public static GeoJsonWriter sites() {
    return INSTANCE;
  }

  /**
   * Writes the sites of a landscape as UTF-8 GeoJSON; the stream is flushed, not closed.
   *
   * @param landscape  the landscape, not null
   * @param out  the output, not null
   * @return what was written, not null
   * @throws IOException if writing fails
   */
  public Summary write(Landscape landscape, OutputStream out) throws IOException {
    Objects.requireNonNull(landscape, "landscape");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out, JsonEncoding.UTF8))) {
      return write(landscape, g);
    }
  }

  /**
   * Writes the sites of a landscape as GeoJSON; the writer is flushed, not closed.
   *
   * @param landscape  the landscape, not null
   * @param out  the output, not null
   * @return what was written, not null
   * @throws IOException if writing fails
   */
  public Summary write(Landscape landscape, Writer out) throws IOException {
    Objects.requireNonNull(landscape, "landscape");
    try (JsonGenerator g = Json.canonical(Json.writing().createGenerator(out))) {
      return write(landscape, g);
    }
  }

  /**
   * @param landscape  the landscape, not null
   * @return the GeoJSON text, not null
   */
  public String writeToString(Landscape landscape) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(landscape, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static Summary write(Landscape l, JsonGenerator g) throws IOException {
    int features = 0;
    int skipped = 0;
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
    for (Site s : l.sites()) {
      if (s.coordinates().isEmpty()) {
        skipped++;
        continue;
      }
      features++;
      g.writeStartObject();
      g.writeStringField("type", "Feature");
      g.writeStringField("id", s.id());
      g.writeFieldName("geometry");
      g.writeStartObject();
      g.writeStringField("type", "Point");
      g.writeArrayFieldStart("coordinates");
      g.writeNumber(s.coordinates().get().longitude());
      g.writeNumber(s.coordinates().get().latitude());
      g.writeEndArray();
      g.writeEndObject();
      g.writeFieldName("properties");
      properties(l, s, g);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("sovaiSkippedSites", skipped);
    g.writeStringField("sovaiAsOf", l.asOf().toString());
    g.writeEndObject();
    g.writeRaw('\n');
    return new Summary(features, skipped);
  }

  private static void properties(Landscape l, Site s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", s.name());
    g.writeStringField("kind", LandscapeEncoder.lower(s.kind()));
    g.writeStringField("status", LandscapeEncoder.lower(s.statusOn(l.asOf())));
    g.writeStringField("jurisdiction", s.jurisdiction());
    if (s.place().isPresent()) {
      g.writeStringField("place", s.place().get());
    }
    if (s.operator().isPresent()) {
      g.writeStringField("operator", s.operator().get());
      g.writeStringField("operatorName", l.operator(s.operator().get()).map(o -> o.name()).orElse(s.operator().get()));
    }
    if (!s.effectiveOwners().isEmpty()) {
      g.writeStringField("owners", String.join(", ", s.effectiveOwners()));
    }
    if (s.accessGateway().isPresent()) {
      g.writeStringField("accessGateway", s.accessGateway().get());
    }
    if (s.itCapacityMw().isPresent()) {
      g.writeNumberField("itCapacityMw", s.itCapacityMw().getAsDouble());
    }
    if (s.pue().isPresent()) {
      g.writeNumberField("pue", s.pue().getAsDouble());
    }
    g.writeNumberField("acceleratorCount", s.acceleratorCount());
    if (s.operationalFrom().isPresent()) {
      g.writeStringField("operationalFrom", s.operationalFrom().get().toString());
    }
    g.writeStringField("confidence", LandscapeEncoder.lower(s.confidence()));
    g.writeEndObject();
  }
}
