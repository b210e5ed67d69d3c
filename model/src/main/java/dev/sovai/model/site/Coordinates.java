package dev.sovai.model.site;

import org.immutables.value.Value;

import dev.sovai.model.internal.Checks;
import dev.sovai.model.internal.Require;

/**
 * A WGS 84 position in decimal degrees.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Coordinates {
  Coordinates() {}

  /** @return latitude in degrees, in [-90, 90] */
  @Value.Parameter
  public abstract double latitude();

  /** @return longitude in degrees, in [-180, 180] */
  @Value.Parameter
  public abstract double longitude();

  /**
   * Obtains a position.
   *
   * @param latitude  degrees in [-90, 90]
   * @param longitude  degrees in [-180, 180]
   * @return the position, not null
   * @throws dev.sovai.model.ModelException if out of range
   */
  public static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.check(() -> Require.range("Coordinates", null, "latitude", latitude(), -90, 90));
    c.check(() -> Require.range("Coordinates", null, "longitude", longitude(), -180, 180));
    c.done();
  }
}
