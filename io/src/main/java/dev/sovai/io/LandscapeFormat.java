package dev.sovai.io;

/**
 * The identity of the sovai landscape document: its {@code "format"} member, the versions this library reads and
 * writes, and its media type.
 */
public final class LandscapeFormat {
  /** The value of the document's {@code "format"} member. */
  public static final String NAME = "sovai.landscape";
  /** The version this library writes, and the newest it reads. */
  public static final int VERSION = 1;
  /** The media type of a landscape document. */
  public static final String MEDIA_TYPE = "application/vnd.sovai.landscape+json";

  private LandscapeFormat() {}
}
