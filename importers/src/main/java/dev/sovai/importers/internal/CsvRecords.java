package dev.sovai.importers.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import dev.sovai.importers.ImportException;

/**
 * Streams the rows of a published CSV file, one at a time, through Jackson's CSV parser: checks the header against
 * the dataset's columns, then hands out each data row with its row number and the line it starts on. Only
 * structural problems throw an {@link ImportException}: an empty file, a wrong header (a required column missing, a
 * column named twice, and, when the dataset's column list is closed, a column it does not have), broken quoting, a
 * row with the wrong number of fields. Cell contents are never judged here.
 *
 * @param <C> the dataset's column enumeration
 */
public final class CsvRecords<C extends Enum<C> & CsvRecords.Column> implements Closeable {
  private static final CsvMapper MAPPER = new CsvMapper();

  /** One column of a dataset as its header names it. */
  public interface Column {
    /** @return the header text exactly as the publisher writes it, not null */
    String header();

    /** @return true if every file of the dataset has the column */
    boolean required();
  }

  private final String format;
  private final CsvParser parser;
  private final int[] index;
  private final int width;
  private long rows;

  /** One data row: its 1-based number (header not counted), the 1-based line it starts on, its fields. */
  public static final class Row<C extends Enum<C>> {
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

    /** @return the 1-based data row number (the header is not counted) */
    public long number() {
      return number;
    }

    /** @return the 1-based line of the file where the row starts */
    public long line() {
      return line;
    }

    /**
     * @param c  a column, not null
     * @return the trimmed text of the column, empty if blank or if the file has no such (optional) column
     */
    public String get(C c) {
      int i = index[c.ordinal()];
      return i < 0 ? "" : fields[i].trim();
    }
  }

  /**
   * Reads the header.
   *
   * @param reader  the CSV text, not null
   * @param format  the kind of file, as error messages start ({@code "Epoch CSV"}), not null
   * @param dataset  the dataset's name for messages ({@code "Epoch AI's AI supercomputers export"}), not null
   * @param type  the column enumeration, not null
   * @param closed  true if a header column that is not one of {@code type} makes the file a wrong one; false to
   *     ignore such columns (a publisher that adds columns over the years)
   * @throws ImportException if the file is empty or its header is not the dataset's
   * @throws IOException if reading fails
   */
  public CsvRecords(Reader reader, String format, String dataset, Class<C> type, boolean closed) throws IOException {
    this.format = format;
    this.parser = MAPPER.getFactory().createParser(reader);
    C[] all = type.getEnumConstants();
    this.index = new int[all.length];
    Arrays.fill(index, -1);
    Map<String, C> byHeader = new HashMap<>();
    for (C c : all) {
      byHeader.put(c.header(), c);
    }
    List<String> header = new ArrayList<>();
    long line = readRecord(header, 0);
    if (header.isEmpty() || (header.size() == 1 && header.get(0).isBlank())) {
      throw new ImportException(format, 1, null, null, "the file is empty; expected the header of " + dataset, null);
    }
    if (!header.get(0).isEmpty() && header.get(0).charAt(0) == '\uFEFF') {
      header.set(0, header.get(0).substring(1));
    }
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      C c = byHeader.get(h);
      if (c == null) {
        if (closed) {
          throw new ImportException(format, line, null, h,
              "wrong header: column " + (i + 1) + " is not a column of " + dataset, null);
        }
        continue;
      }
      if (index[c.ordinal()] >= 0) {
        throw new ImportException(format, line, h, h, "wrong header: column named twice (columns "
            + (index[c.ordinal()] + 1) + " and " + (i + 1) + ")", null);
      }
      index[c.ordinal()] = i;
    }
    for (C c : all) {
      if (c.required() && index[c.ordinal()] < 0) {
        throw new ImportException(format, line, c.header(), null, "wrong header: required column is missing", null);
      }
    }
    this.width = header.size();
  }

  /**
   * @param c  a column, not null
   * @return true if the file's header has the column
   */
  public boolean has(C c) {
    return index[c.ordinal()] >= 0;
  }

  /**
   * @param type  the column enumeration, not null
   * @return the columns the file's header has, not null
   */
  public Set<C> present(Class<C> type) {
    Set<C> s = EnumSet.noneOf(type);
    for (C c : type.getEnumConstants()) {
      if (has(c)) {
        s.add(c);
      }
    }
    return s;
  }

  /**
   * Reads the next data row, skipping blank lines.
   *
   * @return the row, or null at the end of the file
   * @throws ImportException on broken quoting or a row with the wrong number of fields
   * @throws IOException if reading fails
   */
  public Row<C> next() throws IOException {
    while (true) {
      List<String> fields = new ArrayList<>(width);
      long line = readRecord(fields, width);
      if (line < 0) {
        return null;
      }
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue;
      }
      rows++;
      if (fields.size() != width) {
        throw new ImportException(format, line, null, null,
            "row " + rows + " has " + fields.size() + " fields, the header has " + width, null);
      }
      return new Row<>(rows, line, fields.toArray(new String[0]), index);
    }
  }

  /** Reads one record into {@code into}; returns the line it starts on, or -1 at the end. */
  private long readRecord(List<String> into, int max) throws IOException {
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return -1;
      }
      if (t != JsonToken.START_ARRAY) {
        throw new ImportException(format, line(parser.currentLocation()), null, null, "unexpected CSV structure",
            null);
      }
      long line = -1;
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (line < 0) {
          line = line(parser.currentTokenLocation());
        }
        if (max > 0 && into.size() >= max) {
          throw new ImportException(format, line, null, null,
              "row " + (rows + 1) + " has more fields than the header's " + max, null);
        }
        into.add(parser.getText());
      }
      if (t != JsonToken.END_ARRAY) {
        throw new ImportException(format, line(parser.currentLocation()), null, null, "unexpected CSV structure",
            null);
      }
      return line < 0 ? line(parser.currentLocation()) : line;
    } catch (JsonProcessingException e) {
      throw new ImportException(format, line(e.getLocation()), null, null,
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
