package dev.sovai.cli.command;

import java.io.IOException;
import java.util.concurrent.Callable;

import dev.sovai.io.GeoJsonWriter;
import dev.sovai.model.landscape.Landscape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code sovai geojson FILE}: the sites as a GeoJSON FeatureCollection on standard output; sites without
 * coordinates are left out and counted on standard error (a line starting {@code geojson:}; only failures start
 * {@code sovai:}).
 */
@Command(name = "geojson", mixinStandardHelpOptions = true,
    description = {"Export the sites with coordinates as a GeoJSON FeatureCollection (to standard output), with"
        + " each site's key facts as properties; sites without coordinates are counted on standard error.",
        "FILE @seed stands for the bundled seed landscape."})
final class GeojsonCommand extends LandscapeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A landscape document (JSON), or @seed.")
  String file;

  @Override
  public Integer call() throws IOException {
    Landscape l = readArgument(file);
    GeoJsonWriter.Summary summary = GeoJsonWriter.sites().write(l, out());
    if (out().checkError()) {   // flushes; the run reports the failed write as the one "sovai:" line
      return Exit.OUTPUT;
    }
    if (summary.skipped() > 0) {   // a note, not a failure: it does not start with "sovai:"
      err().println("geojson: " + summary.features() + " sites exported; " + summary.skipped()
          + " left out for lack of coordinates");
    }
    return Exit.OK;
  }
}
