package dev.sovai.importers.epoch;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Streams the rows of an Epoch AI CSV export, one at a time, through Jackson's CSV parser: checks the header,
 * then hands out each data row with its row number and the line it starts on. Structural problems (a wrong
 * header, broken quoting, a row with the wrong number of fields) throw an {@link EpochImportException}.
 */
final class EpochCsv implements Closeable {
  private static final CsvMapper MAPPER = new CsvMapper();

  private final CsvParser parser;
  private final int[] index = new int[EpochColumn.values().length];
  private final int width;
  private final boolean coordinates;
  private long rows;

  /** One data row: its 1-based number (header not counted), the 1-based line it starts on, its fields. */
  static final class Row {
    private final long number;
    private final long line;
    private final String[] fields;
    private final int[] index;

    Row(long number, long line, String[] fields, int[] index) {
      this.number = number;
      this.line = line;
      this.fields = fields;
      this.index = index;
    }

    long number() {
      return number;
    }

    long line() {
      return line;
    }

    /** @return the trimmed text of a column, empty if blank or if the file has no such (optional) column */
    String get(EpochColumn c) {
      int i = index[c.ordinal()];
      return i < 0 ? "" : fields[i].trim();
    }
  }

  EpochCsv(Reader reader) throws IOException {
    this.parser = MAPPER.getFactory().createParser(reader);
    Arrays.fill(index, -1);
    List<String> header = new ArrayList<>();
    long line = readRecord(header);
    if (header.isEmpty()) {
      throw new EpochImportException(1, null, null, "the file is empty; expected the header of Epoch AI's export",
          null);
    }
    if (!header.get(0).isEmpty() && header.get(0).charAt(0) == '\uFEFF') {
      header.set(0, header.get(0).substring(1));
    }
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      EpochColumn c = EpochColumn.ofHeader(h);
      if (c == null) {
        throw new EpochImportException(line, null, h,
            "wrong header: column " + (i + 1) + " is not a column of Epoch AI's AI supercomputers export", null);
      }
      if (index[c.ordinal()] >= 0) {
        throw new EpochImportException(line, h, h, "wrong header: column named twice (columns "
            + (index[c.ordinal()] + 1) + " and " + (i + 1) + ")", null);
      }
      index[c.ordinal()] = i;
    }
    for (EpochColumn c : EpochColumn.values()) {
      if (c.required() && index[c.ordinal()] < 0) {
        throw new EpochImportException(line, c.header(), null, "wrong header: required column is missing", null);
      }
    }
    boolean lat = index[EpochColumn.LATITUDE.ordinal()] >= 0;
    boolean lon = index[EpochColumn.LONGITUDE.ordinal()] >= 0;
    if (lat != lon) {
      throw new EpochImportException(line, lat ? "longitude" : "latitude", null,
          "wrong header: latitude and longitude columns must come together", null);
    }
    this.coordinates = lat;
    this.width = header.size();
  }

  /** @return true if the file has latitude and longitude columns */
  boolean hasCoordinates() {
    return coordinates;
  }

  /**
   * Reads the next data row, skipping blank lines.
   *
   * @return the row, or null at the end of the file
   * @throws EpochImportException on broken quoting or a row with the wrong number of fields
   * @throws IOException if reading fails
   */
  Row next() throws IOException {
    while (true) {
      List<String> fields = new ArrayList<>(width);
      long line = readRecord(fields);
      if (line < 0) {
        return null;
      }
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      rows++;
      if (fields.size() != width) {
        throw new EpochImportException(line, null, null,
            "row " + rows + " has " + fields.size() + " fields, the header has " + width, null);
      }
      return new Row(rows, line, fields.toArray(new String[0]), index);
    }
  }

  /** Reads one record into {@code into}; returns the line it starts on, or -1 at the end. */
  private long readRecord(List<String> into) throws IOException {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return -1;
      }
      if (t != JsonToken.START_ARRAY) {
        throw new EpochImportException(line(parser.currentLocation()), null, null, "unexpected CSV structure", null);
      }
      long line = -1;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (line < 0) {
          line = line(parser.currentTokenLocation());
        }
        if (width > 0 && into.size() >= width) {
          throw new EpochImportException(line, null, null,
              "row " + (rows + 1) + " has more fields than the header's " + width, null);
        }
        into.add(parser.getText());
      }
      if (t != JsonToken.END_ARRAY) {
        throw new EpochImportException(line(parser.currentLocation()), null, null, "unexpected CSV structure", null);
      }
      return line < 0 ? line(parser.currentLocation()) : line;
    } catch (JsonProcessingException e) {
      throw new EpochImportException(line(e.getLocation()), null, null,
          "malformed CSV: " + e.getOriginalMessage(), e);
    }
  }

  private static long line(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
