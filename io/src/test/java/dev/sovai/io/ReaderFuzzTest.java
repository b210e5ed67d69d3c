package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.sovai.model.landscape.Landscape;

/**
 * Fuzz tests of the reader. The rule: whatever the bytes, the only exception that may escape is
 * {@link LandscapeFormatException}, with at least one problem; and whatever reads is a fixed point of the writer.
 * In a normal build they run in regression mode over the inputs in {@code ReaderFuzzTestInputs/}; run
 * {@code JAZZER_FUZZ=1 mvn -pl io -am test -Dtest=ReaderFuzzTest} to fuzz.
 */
class ReaderFuzzTest {
  private static final byte[] RICH = LandscapeWriter.canonical().toBytes(Fixtures.rich());

  @FuzzTest(maxDuration = "30s")
  void readerLetsOnlyItsExceptionEscape(byte[] data) {
    check(LandscapeReader.strict(), data);
    check(LandscapeReader.strict().lenient(), data);
  }

  @FuzzTest(maxDuration = "30s")
  void mutatedValidDocuments(FuzzedDataProvider d) {
    // splice fuzz bytes into a valid document so that the fuzzer explores deep inside the format
    byte[] doc = RICH.clone();
    int edits = d.consumeInt(1, 8);
    for (int i = 0; i < edits && d.remainingBytes() > 0; i++) {
      doc[d.consumeInt(0, doc.length - 1)] = d.consumeByte();
    }
    String text = new String(doc, StandardCharsets.UTF_8);
    int cut = d.consumeInt(0, text.length());
    String spliced = text.substring(0, cut) + d.consumeString(64) + text.substring(cut);
    check(LandscapeReader.strict(), spliced.getBytes(StandardCharsets.UTF_8));
    check(LandscapeReader.strict().over(Fixtures.rich()), spliced.getBytes(StandardCharsets.UTF_8));
  }

  /** Where {@link #hostileValuesInPlausiblePlaces} puts its value, chosen by the first byte of the input. */
  private static final String[] SLOTS = {
      "\"deals\": [{\"id\": \"d\", \"title\": \"D\", \"kind\": \"partnership\", \"parties\": [{\"operator\": \"v\","
          + " \"role\": \"partner\"}], \"value\": {\"amount\": \"@\", \"currency\": \"EUR\"}}]",
      "\"deals\": [{\"id\": \"d\", \"title\": \"D\", \"kind\": \"partnership\", \"parties\": [{\"operator\": \"v\","
          + " \"role\": \"partner\"}], \"value\": {\"amount\": \"1\", \"currency\": \"@\"}}]",
      "\"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\", "
          + "\"fleet\": [{\"reportedModel\": \"X\", \"count\": @}, {\"reportedModel\": \"Y\", \"count\": @}]}]",
      "\"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\", "
          + "\"itCapacityMw\": @, \"pue\": @}]",
      "\"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\", "
          + "\"announced\": \"@\"}]",
      null, // the value is the document's asOf
  };

  /**
   * Well-formed documents with a hostile value (an amount such as {@code 1E-99999999}, a count near
   * {@code Long.MAX_VALUE}, a date of year 999999999, a code of no currency) in a plausible place: the first byte
   * picks the place, the rest is the value. Whatever it is, the reader and the Jackson module end in their own
   * exception, and in bounded time (a regression input that spun or ran out of memory would hang the build).
   */
  @FuzzTest(maxDuration = "30s")
  void hostileValuesInPlausiblePlaces(byte[] data) {
    if (data.length == 0) {
      return;
    }
    String value = new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
    String slot = SLOTS[(data[0] & 0xFF) % SLOTS.length];
    String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \""
        + (slot == null ? value : "2025-11-20") + "\", "
        + "\"operators\": [{\"id\": \"v\", \"name\": \"V\", \"kind\": \"chip_vendor\"}]"
        + (slot == null ? "" : ", " + slot.replace("@", value)) + "}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    check(LandscapeReader.strict(), bytes);
    try {
      dev.sovai.io.jackson.SovaiMappers.strict().readValue(bytes, Landscape.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException | com.fasterxml.jackson.core.JsonParseException e) {
      // the module's own refusal
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void check(LandscapeReader reader, byte[] data) {
    Landscape l;
    try {
      l = reader.read(data);
    } catch (LandscapeFormatException e) {
      assertFalse(e.problems().isEmpty());
      return;
    }
    byte[] once = LandscapeWriter.canonical().toBytes(l);
    assertEquals(l, LandscapeReader.strict().read(once));
    assertEquals(new String(once, StandardCharsets.UTF_8),
        new String(LandscapeWriter.canonical().toBytes(LandscapeReader.strict().read(once)), StandardCharsets.UTF_8));
  }
}
