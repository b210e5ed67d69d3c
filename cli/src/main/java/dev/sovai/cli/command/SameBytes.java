package dev.sovai.cli.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An output stream that compares what is written to it with what an input stream holds, byte for byte, without
 * keeping either: {@code fmt --check} compares a document's canonical form with the file as the writer produces it.
 */
final class SameBytes extends OutputStream {
  private final InputStream expected;
  private boolean same = true;

  /**
   * Compares against a stream.
   *
   * @param expected  the bytes to compare with, not null; closed with this stream
   */
  SameBytes(InputStream expected) {
    this.expected = new BufferedInputStream(expected, 1 << 16);
  }

  @Override
  public void write(int b) throws IOException {
    if (same && expected.read() != (b & 0xff)) {
      same = false;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; same && i < off + len; i++) {
      if (expected.read() != (b[i] & 0xff)) {
        same = false;
      }
    }
  }

  /**
   * Whether everything written matched and the input holds nothing more.
   *
   * @return true if both are the same bytes
   * @throws IOException if the input cannot be read
   */
  boolean matchedToTheEnd() throws IOException {
    return same && expected.read() == -1;
  }

  @Override
  public void close() throws IOException {
    expected.close();
  }
}
