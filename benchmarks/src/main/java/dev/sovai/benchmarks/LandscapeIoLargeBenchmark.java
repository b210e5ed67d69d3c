package dev.sovai.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.sovai.model.landscape.Landscape;

/**
 * Reading and writing landscape documents of 1,000,000 sites (about 450 MB): as {@link LandscapeIoBenchmark}, but
 * each operation takes seconds, so each iteration times one document (single shot) after one warm-up document.
 * Peak heap of the strict read is checked apart, in a 512 MiB heap, by {@link ReadHeap}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LandscapeIoLargeBenchmark {

  /** A document in memory, for the readers. */
  @State(Scope.Benchmark)
  public static class Bytes {
    /** The number of sites. */
    @Param("1000000")
    public int sites;
    byte[] json;

    /** Generates the landscape and writes its document. */
    @Setup(Level.Trial)
    public void setUp() {
      json = Documents.document(sites);
    }
  }

  /** A landscape, for the library's writer. */
  @State(Scope.Benchmark)
  public static class Model {
    /** The number of sites. */
    @Param("1000000")
    public int sites;
    Landscape landscape;

    /** Generates the landscape. */
    @Setup(Level.Trial)
    public void setUp() {
      landscape = Inputs.landscape(sites);
    }
  }

  /** The same document as baseline records, for the baseline writer. */
  @State(Scope.Benchmark)
  public static class Plain {
    /** The number of sites. */
    @Param("1000000")
    public int sites;
    PlainDocument document;

    /** Generates the landscape, writes it and binds the document to records. */
    @Setup(Level.Trial)
    public void setUp() {
      document = Documents.readPlain(Documents.document(sites));
    }
  }

  /**
   * The library's strict reader.
   *
   * @param in  the document
   * @return the landscape
   */
  @Benchmark
  public Landscape readStrict(Bytes in) {
    return Documents.READER.read(in.json);
  }

  /**
   * The baseline reader: plain databind into records.
   *
   * @param in  the document
   * @return the records
   */
  @Benchmark
  public PlainDocument readBaseline(Bytes in) {
    return Documents.readPlain(in.json);
  }

  /**
   * The library's canonical writer.
   *
   * @param in  the landscape
   * @return the number of bytes written
   */
  @Benchmark
  public long writeCanonical(Model in) {
    return Documents.write(in.landscape);
  }

  /**
   * The baseline writer: plain databind from records.
   *
   * @param in  the records
   * @return the number of bytes written
   */
  @Benchmark
  public long writeBaseline(Plain in) {
    return Documents.writePlain(in.document);
  }
}
