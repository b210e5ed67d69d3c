package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command that writes a file or standard output exits {@value Exit#OUTPUT} ("output not written") with one
 * {@code sovai:} line when its output cannot be written: a file in a directory that does not exist, under a path that
 * is a regular file, standard output that fails (in-process) or is {@code /dev/full} (in a forked JVM).
 */
class OutputFailureTest {
  @TempDir
  Path dir;

  /** The commands that write a file, with {@code @OUT} where the file goes. */
  static Stream<Arguments> fileWriters() {
    String epoch = ImportEpochCommandTest.SAMPLE.toString();
    return Stream.of(
        Arguments.of((Object) new String[] {"import-epoch", epoch, "--as-of", "2025-11-20", "-o", "@OUT"}),
        Arguments.of((Object) new String[] {"import-epoch", epoch, "--as-of", "2025-11-20", "--planned", "@OUT"}),
        Arguments.of((Object) new String[] {"import-epoch-datacenters", ImportDatasetCommandsTest.SITES.toString(),
            "--as-of", "2025-12-31", "-o", "@OUT"}),
        Arguments.of((Object) new String[] {"import-top500", ImportDatasetCommandsTest.TOP500.toString(), "--list",
            "2025-06", "-o", "@OUT"}),
        Arguments.of((Object) new String[] {"report", "--html", "@OUT"}),
        Arguments.of((Object) new String[] {"report", "--csv", "@OUT"}),
        Arguments.of((Object) new String[] {"score", "@seed", "--csv", "@OUT"}),
        Arguments.of((Object) new String[] {"concentration", "@seed", "--by", "operator", "--basis", "sites", "--csv",
            "@OUT"}),
        Arguments.of((Object) new String[] {"trend", "@seed", "--by", "operator", "--basis", "sites", "--from",
            "2024-01-01", "--to", "2026-01-01", "--csv", "@OUT"}));
  }

  private static String[] with(String[] args, String out) {
    String[] a = args.clone();
    for (int i = 0; i < a.length; i++) {
      a[i] = a[i].replace("@OUT", out);
    }
    return a;
  }

  private static void assertOneLineOutputFailure(SovaiCliTest.Run r, String file) {
    assertEquals(Exit.OUTPUT, r.code, r::toString);
    List<String> lines = r.err.lines().filter(l -> l.startsWith("sovai:")).toList();
    assertEquals(1, lines.size(), r::toString);
    assertTrue(lines.get(0).startsWith("sovai: cannot "), r::toString);
    assertTrue(lines.get(0).contains(file), r::toString);
    assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), r::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileWriters")
  void aFileInADirectoryThatDoesNotExistExitsFour(String[] args) {
    String out = dir.resolve("no-such-dir").resolve("deeper").resolve("out").toString();
    if (args[args.length - 2].equals("--csv")) {
      // --csv creates its directory: make that impossible with a regular file where a directory must be
      out = dir.resolve("a-file").resolve("tables").toString();
    }
    write(dir.resolve("a-file"));
    SovaiCliTest.Run r = SovaiCliTest.run(with(args, out));
    assertOneLineOutputFailure(r, Path.of(out).getParent().getFileName().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileWriters")
  void aFileUnderARegularFileExitsFour(String[] args) {
    Path notADir = dir.resolve("plain.txt");
    write(notADir);
    String out = notADir.resolve("out").toString();
    SovaiCliTest.Run r = SovaiCliTest.run(with(args, out));
    assertOneLineOutputFailure(r, "plain.txt");
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(notADir), left.toList(), "nothing else is left in the directory");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path file) {
    try {
      Files.writeString(file, "x", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The commands that write their result to standard output. */
  static Stream<Arguments> stdoutWriters() {
    return Stream.of(
        Arguments.of((Object) new String[] {"import-epoch", ImportEpochCommandTest.SAMPLE.toString(), "--as-of",
            "2025-11-20"}),
        Arguments.of((Object) new String[] {"import-epoch-datacenters", ImportDatasetCommandsTest.SITES.toString(),
            "--as-of", "2025-12-31"}),
        Arguments.of((Object) new String[] {"import-top500", ImportDatasetCommandsTest.TOP500.toString(), "--list",
            "2025-06"}),
        Arguments.of((Object) new String[] {"report", "--json"}),
        Arguments.of((Object) new String[] {"report"}),
        Arguments.of((Object) new String[] {"score", "@seed"}),
        Arguments.of((Object) new String[] {"validate", "@seed"}),
        Arguments.of((Object) new String[] {"fmt", "--check", "@seed"}),
        Arguments.of((Object) new String[] {"concentration", "@seed", "--by", "operator", "--basis", "sites"}),
        Arguments.of((Object) new String[] {"deal", "@seed", "aligned-acquisition"}),
        Arguments.of((Object) new String[] {"geojson", "@seed"}),
        Arguments.of((Object) new String[] {"trend", "@seed", "--by", "operator", "--basis", "sites", "--from",
            "2024-01-01", "--to", "2026-01-01"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stdoutWriters")
  void aFailingStandardOutputExitsFour(String[] args) {
    StringWriter err = new StringWriter();
    int code = SovaiCli.run(args, new PrintWriter(fullDisk()), new PrintWriter(err));
    assertEquals(Exit.OUTPUT, code, err::toString);
    assertTrue(err.toString().endsWith("sovai: cannot write the output (standard output closed or full); what was"
        + " printed is incomplete\n"), err::toString);
    assertEquals(1, err.toString().lines().filter(l -> l.startsWith("sovai:")).count(), err::toString);
  }

  /** @return a writer that fails every write and flush, as standard output on a full disk does */
  static Writer fullDisk() {
    return new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void devFullAsStandardOutputExitsFour() throws Exception {
    for (String[] args : new String[][] {{"report", "--json"},
        {"import-top500", ImportDatasetCommandsTest.TOP500.toAbsolutePath().toString(), "--list", "2025-06"}}) {
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      String modulePath = System.getProperty("jdk.module.path", "");
      String full = modulePath.isEmpty() ? classPath : modulePath + File.pathSeparator + classPath;
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", full, SovaiCli.class.getName()));
      command.addAll(List.of(args));
      Path log = dir.resolve("err.txt");
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(new File("/dev/full"))
          .redirectError(log.toFile()).start();
      assertTrue(p.waitFor(2, TimeUnit.MINUTES), "still running after 2 minutes");
      String err = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(Exit.OUTPUT, p.exitValue(), () -> String.join(" ", args) + ": " + err);
      assertTrue(err.contains("sovai: cannot write the output"), err);
      assertFalse(err.contains("\tat "), err);
    }
  }
}
