package dev.sovai.io.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import dev.sovai.io.LandscapeFormatException;
import dev.sovai.io.Problem;
import dev.sovai.io.ReadLimits;

/**
 * Opens parsers over the inputs the readers accept. Byte input must be UTF-8 (RFC 8259 §8.1): a UTF-16 or UTF-32
 * document, which Jackson would otherwise detect and decode, is refused before parsing. Failures to open a parser
 * are content problems, reported as {@link LandscapeFormatException} like every other.
 */
public final class Input {
  private Input() {}

  /**
   * @param factory  the factory
   * @param limits  the limits (for messages)
   * @param utf8  the document
   * @return a parser
   * @throws LandscapeFormatException if the document is not UTF-8 or too long
   */
  public static JsonParser open(JsonFactory factory, ReadLimits limits, byte[] utf8) {
    check(utf8, utf8.length);
    try {
      return factory.createParser(utf8);
    } catch (IOException e) {
      throw refused(limits, e);
    }
  }

  /**
   * @param factory  the factory
   * @param limits  the limits (for messages)
   * @param in  the document as UTF-8 bytes
   * @return a parser
   * @throws LandscapeFormatException if the document is not UTF-8 or too long
   * @throws IOException if reading the stream fails
   */
  public static JsonParser open(JsonFactory factory, ReadLimits limits, InputStream in) throws IOException {
    PushbackInputStream pin = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n = 0;
    int r;
    while (n < 4 && (r = pin.read(head, n, 4 - n)) > 0) {
      n += r;
    }
    if (n > 0) {
      pin.unread(head, 0, n);
    }
    check(head, n);
    try {
      return factory.createParser(pin);
    } catch (CharConversionException | JsonProcessingException e) {
      throw refused(limits, e);
    }
  }

  /**
   * @param factory  the factory
   * @param limits  the limits (for messages)
   * @param in  the document as characters
   * @return a parser
   * @throws LandscapeFormatException if the document is too long
   * @throws IOException if reading fails
   */
  public static JsonParser open(JsonFactory factory, ReadLimits limits, Reader in) throws IOException {
    try {
      return factory.createParser(in);
    } catch (JsonProcessingException e) {
      throw refused(limits, e);
    }
  }

  /**
   * @param factory  the factory
   * @param limits  the limits (for messages)
   * @param json  the document
   * @return a parser
   * @throws LandscapeFormatException if the document is too long
   */
  public static JsonParser open(JsonFactory factory, ReadLimits limits, String json) {
    try {
      return factory.createParser(json);
    } catch (IOException e) {
      throw refused(limits, e);
    }
  }

  private static void check(byte[] b, int n) {
    if (n >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      throw one("the document must be UTF-8; it starts with a UTF-16 or UTF-32 byte order mark");
    }
    for (int i = 0; i < Math.min(n, 4); i++) {
      if (b[i] == 0) {
        throw one("the document must be UTF-8; a zero byte at its start shows UTF-16 or UTF-32");
      }
    }
  }

  private static LandscapeFormatException refused(ReadLimits limits, IOException e) {
    if (e instanceof StreamConstraintsException) {
      return one("the document is longer than the limit of " + limits.maxDocumentLength()
          + " bytes (ReadLimits.maxDocumentLength)");
    }
    String m = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
    return one("the document cannot be decoded: " + (m == null ? "unreadable input" : m.lines().findFirst().orElse(m)));
  }

  private static LandscapeFormatException one(String message) {
    return new LandscapeFormatException(List.of(Problem.of("", 1, 1, message)));
  }
}
