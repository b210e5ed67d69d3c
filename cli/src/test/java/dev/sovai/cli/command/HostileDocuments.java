package dev.sovai.cli.command;

import java.nio.charset.StandardCharsets;

import dev.sovai.cli.render.TerminalSafeWriter;

/**
 * Well-formed landscape documents with one hostile value, for the command's fuzz targets: the first byte of a fuzz
 * input picks the {@link Slot} (what kind of value, where), the rest (UTF-8) is the value. A regression input is
 * therefore easy to write by hand: one byte, then the value.
 */
final class HostileDocuments {
  private HostileDocuments() {}

  /** Where the value goes. */
  enum Slot {
    /** Every free text at once: operator and site names, place, reported model, deal title, notes, source title. */
    TEXT,
    /** A member name the format does not know, at the top and inside a site (the document is invalid). */
    MEMBER_NAME,
    /** An identifier: a site's id and the operator a site names (slugs, so usually invalid). */
    ID,
    /** A deal's money amount. */
    AMOUNT,
    /** A deal's currency. */
    CURRENCY,
    /** The accelerator count of each of two lots (their sum may overflow). */
    COUNT,
    /** The document's date and a site's announcement date (years beyond 9999, impossible days). */
    DATE,
    /** A site's IT capacity in MW and its PUE. */
    POWER,
    /** The capital share each of three holders gets of one company in a deal (three times 1 moves 300 %). */
    DEAL_SHARE,
    /**
     * The number of operators in a ring (at most 2,000), each holding 60 % of the next, every tenth operating a site.
     */
    RING;

    private static final Slot[] ALL = values();
  }

  /** The most operators {@link Slot#RING} builds: enough to show quadratic work, small enough for a fast build. */
  static final int MAX_RING = 2_000;

  /** A document made from a fuzz input. */
  static final class Doc {
    final Slot slot;
    final String value;
    final String json;

    Doc(Slot slot, String value, String json) {
      this.slot = slot;
      this.value = value;
      this.json = json;
    }

    @Override
    public String toString() {
      return slot + " " + TerminalSafeWriter.oneLine(value);
    }
  }

  /**
   * Makes the document of a fuzz input.
   *
   * @param data  the input: the slot's byte, then the value in UTF-8; may be empty (the seed-like empty value)
   * @return the document, not null
   */
  static Doc of(byte[] data) {
    Slot slot = data.length == 0 ? Slot.TEXT : Slot.ALL[(data[0] & 0xFF) % Slot.ALL.length];
    String value = data.length <= 1 ? "" : new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
    return new Doc(slot, value, json(slot, value));
  }

  /**
   * The slot's byte of a fuzz input, for {@link #of(byte[])}.
   *
   * @param data  the input, not null
   * @return the byte that picks the slot, or 0 for an empty input
   */
  static int slotByte(byte[] data) {
    return data.length == 0 ? 0 : data[0] & 0xFF;
  }

  private static String json(Slot slot, String v) {
    String text = slot == Slot.TEXT ? string(v) : "\"Acme\"";
    String siteName = slot == Slot.TEXT ? string(v) : "\"Sines\"";
    String siteId = slot == Slot.ID ? string(v) : "\"acme-sines\"";
    String siteOperator = slot == Slot.ID ? string(v) : "\"acme\"";
    String count = slot == Slot.COUNT ? v : "8";
    String date = slot == Slot.DATE ? string(v) : "\"2025-11-20\"";
    String announced = slot == Slot.DATE ? string(v) : "\"2024-03\"";
    String mw = slot == Slot.POWER ? v : "12";
    String pue = slot == Slot.POWER ? v : "1.3";
    String amount = slot == Slot.AMOUNT ? string(v) : "\"1500000000\"";
    String currency = slot == Slot.CURRENCY ? string(v) : "\"EUR\"";
    String share = slot == Slot.DEAL_SHARE ? v : "0.3";
    String member = slot == Slot.MEMBER_NAME ? ", " + string(v) + ": 1" : "";
    StringBuilder b = new StringBuilder();
    b.append("{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": ").append(date).append(member).append(",\n");
    b.append("\"operators\": [{\"id\": \"acme\", \"name\": ").append(text).append(", \"kind\": \"neocloud\", \"seat\": \"PT\","
        + " \"notes\": ").append(text).append(", \"sources\": [\"src\"]},\n");
    b.append(" {\"id\": \"b1\", \"name\": \"B1\", \"kind\": \"investor\", \"seat\": \"US\"},"
        + " {\"id\": \"b2\", \"name\": \"B2\", \"kind\": \"investor\", \"seat\": \"FR\"},"
        + " {\"id\": \"b3\", \"name\": \"B3\", \"kind\": \"investor\", \"seat\": \"DE\"}");
    int ring = slot == Slot.RING ? ringSize(v) : 0;
    for (int i = 0; i < ring; i++) {
      b.append(",\n {\"id\": \"r").append(i).append("\", \"name\": \"R").append(i).append("\", \"kind\": \"other\","
          + " \"seat\": \"US\", \"stakes\": [{\"holder\": \"r").append((i + 1) % ring).append("\", \"capitalShare\": 0.6,"
          + " \"votingShare\": 0.6}]}");
    }
    b.append("],\n\"sites\": [{\"id\": ").append(siteId).append(", \"name\": ").append(siteName)
        .append(", \"jurisdiction\": \"PT\", \"place\": ").append(text)
        .append(", \"coordinates\": {\"latitude\": 37.95, \"longitude\": -8.87}, \"operator\": ").append(siteOperator)
        .append(", \"status\": \"operational\", \"announced\": ").append(announced).append(", \"itCapacityMw\": ")
        .append(mw).append(", \"pue\": ").append(pue).append(member).append(",\n  \"fleet\": [{\"accelerator\":"
        + " \"nvidia-h100-sxm\", \"count\": ").append(count).append("}, {\"reportedModel\": ").append(text)
        .append(", \"count\": ").append(count).append("}], \"notes\": ").append(text).append("}");
    for (int i = 0; i < ring; i += 10) {
      b.append(",\n {\"id\": \"ring-").append(i).append("\", \"name\": \"Ring ").append(i).append("\", \"jurisdiction\":"
          + " \"DE\", \"operator\": \"r").append(i).append("\", \"status\": \"operational\", \"fleet\":"
          + " [{\"accelerator\": \"nvidia-h100-sxm\", \"count\": 16}]}");
    }
    b.append("],\n\"deals\": [{\"id\": \"d\", \"title\": ").append(text).append(", \"kind\": \"acquisition\","
        + " \"parties\": [{\"operator\": \"b1\", \"role\": \"acquirer\"}, {\"operator\": \"acme\", \"role\": \"target\"}],"
        + " \"value\": {\"amount\": ").append(amount).append(", \"currency\": ").append(currency).append("},"
        + " \"notes\": ").append(text).append(",\n  \"effects\": {\"stakes\": [");
    for (int i = 1; i <= 3; i++) {
      b.append(i > 1 ? ", " : "").append("{\"operator\": \"acme\", \"stake\": {\"holder\": \"b").append(i)
          .append("\", \"capitalShare\": ").append(share).append("}}");
    }
    b.append("]}}],\n\"sources\": [{\"id\": \"src\", \"title\": ").append(text)
        .append(", \"publisher\": \"P\", \"url\": \"https://example.org/a\", \"published\": \"2025-06\"}]}\n");
    return b.toString();
  }

  private static int ringSize(String v) {
    String digits = v.strip();
    int n;
    try {
      n = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      n = v.length();
    }
    return Math.max(2, Math.min(MAX_RING, n));
  }

  /**
   * A JSON string of a text, escaping only what JSON requires ({@code "}, {@code \} and the C0 controls), so that
   * every other character (C1 controls, bidi controls, separators) reaches the reader raw.
   */
  static String string(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
