package dev.sovai.benchmarks;

import java.io.OutputStream;

/** An output stream that counts the bytes written to it and keeps none, so writers are measured without storage. */
public final class DiscardingOutputStream extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  /** @return the number of bytes written so far */
  public long count() {
    return count;
  }
}
