package dev.sovai.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.sovai.model.landscape.Landscape;

/**
 * The reference data bundled with this library, as one landscape: jurisdictions with their blocs, adequacy status,
 * extraterritorial laws and grid figures, the accelerator catalogue, and the vendor operators ({@code nvidia},
 * {@code amd}, {@code tsmc}), each figure with its source ({@code ref-…} source ids) and year. It is the resource
 * {@value #RESOURCE} of this module, a landscape document read strictly.
 *
 * <p>A user's document is normally read over it: {@code LandscapeReader.strict().over(ReferenceData.load())}, so
 * the document can refer to {@code "nvidia-h100-sxm"} or rely on the grid of {@code "FR"} without declaring them.
 *
 * <p>Implementation Requirements: This class is thread-safe; the landscape is read once and shared (it is
 * immutable).
 */
public final class ReferenceData {
  /** The class-path resource holding the reference landscape. */
  public static final String RESOURCE = "/dev/sovai/io/reference/reference-landscape.json";

  private ReferenceData() {}

  private static final class Holder {
    static final Landscape REFERENCE = load(RESOURCE);
  }

  /**
   * Returns the bundled reference landscape (read on first use, then shared).
   *
   * @return the reference landscape, not null
   * @throws IllegalStateException if the bundled resource is missing or invalid (a defect of the build)
   */
  public static Landscape load() {
    try {
      return Holder.REFERENCE;
    } catch (ExceptionInInitializerError e) {
      throw new IllegalStateException("the bundled reference data " + RESOURCE + " could not be loaded: "
          + e.getCause().getMessage(), e.getCause());
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("the bundled reference data " + RESOURCE + " could not be loaded", e);
    }
  }

  /**
   * Reads a landscape document from a class-path resource of this module.
   *
   * @param resource  the absolute resource name
   * @return the landscape
   * @throws IllegalStateException if the resource is missing or invalid
   */
  static Landscape load(String resource) {
    try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled reference data " + resource + " is missing from the class path");
      }
      return LandscapeReader.strict().read(in);
    } catch (LandscapeFormatException e) {
      throw new IllegalStateException("the bundled reference data " + resource + " is invalid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled reference data " + resource + " could not be read", e);
    }
  }
}
