package dev.sovai.cli.render.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country outlines of Natural Earth's 1:110m Admin 0 countries (public domain; {@code countries.tsv} and
 * {@code NATURAL-EARTH.txt} beside this class), in longitude and latitude, and the two views the report draws: the
 * world and Europe, each an equirectangular projection scaled by the cosine of its middle latitude. Countries too
 * small for outlines at that scale (Singapore, Hong Kong, Bahrain, Malta, …) have a point instead: their capital in
 * Natural Earth's 1:110m populated places ({@code places.tsv}).
 */
final class WorldMap {
  /** One view: a box of longitudes and latitudes drawn into a width × height SVG. */
  enum View {
    WORLD("world", -170, 190, -58, 84, 1000),
    EUROPE("europe", -25, 45, 34, 72, 1000);

    final String id;
    final double west;
    final double east;
    final double south;
    final double north;
    final double width;
    final double height;
    private final double kx;

    View(String id, double west, double east, double south, double north, double width) {
      this.id = id;
      this.west = west;
      this.east = east;
      this.south = south;
      this.north = north;
      this.width = width;
      double cos = Math.cos(Math.toRadians((south + north) / 2));
      this.kx = width / (east - west);
      this.height = Math.round((north - south) * kx / cos);
    }

    double x(double lon) {
      double l = lon < west ? lon + 360 : lon;   // the world view starts at 170° W: the far east of Russia wraps
      return (l - west) * kx;
    }

    double y(double lat) {
      return (north - lat) * height / (north - south);
    }

    boolean contains(double lon, double lat) {
      double l = lon < west ? lon + 360 : lon;
      return l >= west && l <= east && lat >= south && lat <= north;
    }
  }

  /**
   * A country: its ISO 3166-1 alpha-2 code, or, where Natural Earth gives none (Northern Cyprus, Somaliland), a minus
   * sign and Natural Earth's three-letter {@code ADM0_A3} code, such as {@code -SOL}, which no site can name; its
   * name, label point and outline.
   */
  record Country(String code, String name, double labelLon, double labelLat, List<double[][]> rings) {}

  private static volatile WorldMap loaded;

  private final List<Country> countries;
  private final Map<String, Country> byCode = new HashMap<>();
  private final Map<String, double[]> places;
  private final Map<View, String> paths = new java.util.EnumMap<>(View.class);

  private WorldMap(List<Country> countries, Map<String, double[]> places) {
    this.countries = List.copyOf(countries);
    this.places = Map.copyOf(places);
    countries.forEach(c -> byCode.put(c.code(), c));
  }

  /** @return the bundled outlines, read once */
  static WorldMap load() {
    WorldMap m = loaded;
    if (m == null) {
      try (BufferedReader countries = resource("countries.tsv"); BufferedReader places = resource("places.tsv")) {
        m = new WorldMap(parse(countries), points(places));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled countries.tsv or places.tsv", e);
      }
      loaded = m;
    }
    return m;
  }

  private static BufferedReader resource(String name) {
    InputStream in = WorldMap.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the sovai-cli jar");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** {@code places.tsv}: code, name, longitude, latitude. */
  private static Map<String, double[]> points(BufferedReader r) throws IOException {
    Map<String, double[]> points = new HashMap<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (!line.isBlank()) {
        String[] f = line.split("\t", -1);
        points.put(f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
      }
    }
    return points;
  }

  private static List<Country> parse(BufferedReader r) throws IOException {
    List<Country> list = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      List<double[][]> rings = new ArrayList<>();
      for (String poly : f[4].split("\\|")) {
        for (String ring : poly.split(";")) {
          String[] pts = ring.split(" ");
          double[][] xy = new double[pts.length][];
          for (int i = 0; i < pts.length; i++) {
            int comma = pts[i].indexOf(',');
            xy[i] = new double[] {Double.parseDouble(pts[i].substring(0, comma)),
                Double.parseDouble(pts[i].substring(comma + 1))};
          }
          rings.add(xy);
        }
      }
      list.add(new Country(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), rings));
    }
    return list;
  }

  /** @return the countries, not null */
  List<Country> countries() {
    return countries;
  }

  /**
   * The label point of a jurisdiction's country (a subdivision such as {@code US-TX} has its country's, as the
   * outlines have no subdivisions), or the capital of a country too small for an outline.
   *
   * @param jurisdiction  an ISO 3166-1 or 3166-2 code, not null
   * @return longitude and latitude, empty when neither the outlines nor the points hold that country
   */
  Optional<double[]> centroid(String jurisdiction) {
    int dash = jurisdiction.indexOf('-');
    String code = dash > 0 ? jurisdiction.substring(0, dash) : jurisdiction;
    Country c = byCode.get(code);
    if (c == null) {
      return Optional.ofNullable(places.get(code)).map(double[]::clone);
    }
    return Optional.of(new double[] {c.labelLon(), c.labelLat()});
  }

  /**
   * The SVG path data of each country in a view, one {@code <path>} each; countries outside the view are left out.
   *
   * @param view  the view
   * @return the path elements, not null
   */
  String paths(View view) {
    return paths.computeIfAbsent(view, this::draw);
  }

  private String draw(View v) {
    StringBuilder b = new StringBuilder(64 * 1024);
    for (Country c : countries) {
      StringBuilder d = new StringBuilder();
      for (double[][] ring : c.rings()) {
        if (!touches(v, ring)) {
          continue;
        }
        double[] prev = null;
        for (int i = 0; i < ring.length; i++) {
          double x = v.x(ring[i][0]);
          double y = v.y(ring[i][1]);
          if (prev != null && Math.abs(x - prev[0]) > v.width / 2) {   // a ring crossing the wrap: start again
            d.append('M');
          } else {
            d.append(i == 0 ? 'M' : 'L');
          }
          d.append(Markup.coord(x)).append(' ').append(Markup.coord(y));
          prev = new double[] {x, y};
        }
        d.append('Z');
      }
      if (d.length() > 0) {
        b.append("<path class=\"country\" data-code=\"").append(Markup.esc(c.code())).append("\" d=\"").append(d)
            .append("\"><title>").append(Markup.esc(c.name())).append("</title></path>\n");
      }
    }
    return b.toString();
  }

  private static boolean touches(View v, double[][] ring) {
    for (double[] p : ring) {
      if (v.contains(p[0], p[1])) {
        return true;
      }
    }
    return false;
  }
}
