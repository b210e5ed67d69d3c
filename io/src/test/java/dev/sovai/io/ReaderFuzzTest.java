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
