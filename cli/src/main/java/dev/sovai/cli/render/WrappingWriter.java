package dev.sovai.cli.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that wraps every line longer than a width ({@link LineWrap}) before passing it on: the one place where the
 * text outputs (report, score, concentration, deal, trend) are held to {@link LineWrap#WIDTH} columns. JSON and CSV
 * never pass through it.
 *
 * <p>A line is passed on when its line feed arrives, so output is not delayed by more than a line; {@link #flush()}
 * passes on a line still without its line feed. Each line is escaped first ({@link TerminalSafeWriter#escape(String)})
 * so that its width is measured as the terminal will show it; a carriage return right before the line feed is kept
 * as the line end. {@link #close()} flushes and does not close the wrapped writer (standard output stays open).
 *
 * <p>Implementation Requirements: This class is not thread-safe.
 */
public final class WrappingWriter extends FilterWriter {
  private final int width;
  private final StringBuilder line = new StringBuilder(256);

  /**
   * Wraps a writer.
   *
   * @param out  the writer that receives the wrapped lines, not null
   * @param width  the width in columns, at least 1
   * @throws IllegalArgumentException if the width is less than 1
   */
  public WrappingWriter(Writer out, int width) {
    super(out);
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1 column, was " + width);
    }
    this.width = width;
  }

  @Override
  public void write(int c) throws IOException {
    if (c == '\n') {
      endLine();
    } else {
      line.append((char) c);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(cbuf[i]);
    }
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(str.charAt(i));
    }
  }

  private void endLine() throws IOException {
    boolean crlf = line.length() > 0 && line.charAt(line.length() - 1) == '\r';
    if (crlf) {
      line.setLength(line.length() - 1);
    }
    String end = crlf ? "\r\n" : "\n";
    for (String piece : LineWrap.wrap(TerminalSafeWriter.escape(line.toString()), width)) {
      out.write(piece);
      out.write(end);
    }
    line.setLength(0);
  }

  @Override
  public void flush() throws IOException {
    if (line.length() > 0) {
      String rest = TerminalSafeWriter.escape(line.toString());
      line.setLength(0);
      out.write(String.join("\n", LineWrap.wrap(rest, width)));
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
