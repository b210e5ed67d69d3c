package dev.sovai.cli.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that lets no control character through: text from a document (a name, a place, a note, a member name
 * quoted in an error) can never move the cursor, erase a line, set a window title, plant a hyperlink or reorder
 * what a terminal shows.
 *
 * <p>Every C0 control except line feed and tab (a carriage return only where it ends a line as {@code "\r\n"}),
 * DEL, every C1 control (U+0080–U+009F), the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the bidirectional marks (U+200E, U+200F, U+061C) and the line and paragraph separators
 * (U+2028, U+2029) are written as the six characters {@code \}{@code uXXXX} (lower-case hexadecimal). The escape is
 * visible in text and is the same character's escape in JSON, where such a character can only stand inside a
 * string: a JSON document written through this writer stays valid JSON with the same value.
 *
 * <p>Implementation Requirements: This class is not thread-safe (as no {@link Writer} is without a lock).
 */
public final class TerminalSafeWriter extends FilterWriter {
  private boolean pendingCarriageReturn;

  /**
   * Wraps a writer.
   *
   * @param out  the writer to protect, not null
   */
  public TerminalSafeWriter(Writer out) {
    super(out);
  }

  /**
   * Whether a character is written escaped.
   *
   * @param c  the character
   * @return true for the controls listed in the class description
   */
  public static boolean isEscaped(char c) {
    if (c < 0x20) {
      return c != '\n' && c != '\t';
    }
    return c == 0x7f || c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
        || c == 0x200e || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029;
  }

  /**
   * Escapes a text as this writer would write it.
   *
   * @param text  the text, not null
   * @return the text with every control escaped (a carriage return always, since a lone text has no line end)
   */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * Escapes a text that must stay on one line: everything {@link #escape(String)} escapes, and the line feed and the
   * tab as well. Text from a document (a name, a title, a note, a value quoted in a problem) goes through this before
   * it is placed in a line of output, so that it can neither start a line of its own (a fake {@code "FILE: valid"} or
   * {@code "sovai:"} line) nor break a table's columns.
   *
   * @param text  the text, not null
   * @return the text with every control, line feed and tab escaped as {@code \}{@code uXXXX}, not null
   */
  public static String oneLine(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean lineFeedsAndTabs) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isEscaped(c) || lineFeedsAndTabs && (c == '\n' || c == '\t')) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        appendEscape(b, c);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  private static void appendEscape(StringBuilder b, char c) {
    b.append("\\u");
    String hex = Integer.toHexString(c);
    for (int i = hex.length(); i < 4; i++) {
      b.append('0');
    }
    b.append(hex);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingCarriageReturn) {
      pendingCarriageReturn = false;
      if (ch == '\n') {
        out.write("\r\n");
        return;
      }
      out.write("\\u000d");
    }
    if (ch == '\r') {
      pendingCarriageReturn = true;
    } else if (isEscaped(ch)) {
      StringBuilder b = new StringBuilder(6);
      appendEscape(b, ch);
      out.write(b.toString());
    } else {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int start = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = cbuf[i];
      if (pendingCarriageReturn || c == '\r' || isEscaped(c)) {
        out.write(cbuf, start, i - start);
        write(c);
        start = i + 1;
      }
    }
    out.write(cbuf, start, end - start);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    char[] chars = new char[len];
    str.getChars(off, off + len, chars, 0);
    write(chars, 0, len);
  }

  @Override
  public void close() throws IOException {
    if (pendingCarriageReturn) {
      pendingCarriageReturn = false;
      out.write("\\u000d");
    }
    super.close();
  }
}
