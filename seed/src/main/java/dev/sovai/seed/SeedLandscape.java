package dev.sovai.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import dev.sovai.io.LandscapeReader;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.landscape.Landscape;

/**
 * The bundled seed landscape: every system, actor, site, deal and figure of the five French press articles (2025)
 * the project was designed from, each citing its article ({@code seed-000} … {@code seed-004}), curated into the
 * resource {@value #RESOURCE} and read over the bundled reference data.
 *
 * <p>Where an article is vague (a town, a chip model, an approximate count), the landscape records what it says,
 * with confidence {@code reported} or {@code estimated} and a note; facts beyond the articles cite their own source
 * (ids starting with {@code ext-}).
 */
public final class SeedLandscape {
  /** The resource name of the document, relative to this class. */
  public static final String RESOURCE = "seed-landscape.json";

  /** A date before every document, so that the merge keeps the seed's own date rather than the reference's. */
  private static final LocalDate BEFORE_ALL = LocalDate.of(1970, 1, 1);

  private SeedLandscape() {}

  /**
   * Loads the seed landscape, read over {@link ReferenceData#load()} (its jurisdictions, laws, grids, vendors and
   * accelerator catalogue). The result is dated as the seed document (the date of its latest facts), not as the
   * reference data.
   *
   * @return the landscape, not null
   * @throws dev.sovai.io.LandscapeFormatException if the bundled document is invalid (a defect of this build)
   */
  public static Landscape load() {
    return Holder.LANDSCAPE;
  }

  /**
   * Opens the seed document itself (JSON, format v1).
   *
   * @return a new stream of UTF-8 bytes; the caller closes it, not null
   * @throws IllegalStateException if the resource is missing from this build
   */
  public static InputStream openDocument() {
    InputStream in = SeedLandscape.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("resource " + RESOURCE + " is missing next to " + SeedLandscape.class.getName());
    }
    return in;
  }

  private static final class Holder {
    static final Landscape LANDSCAPE = read();

    private static Landscape read() {
      try (InputStream in = openDocument()) {
        return LandscapeReader.strict().over(ReferenceData.load().withAsOf(BEFORE_ALL)).read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
      }
    }
  }
}
