package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.io.LandscapeWriter;
import dev.sovai.testkit.Landscapes;

/**
 * The command in a separate JVM with a small heap: running out of memory is one {@code sovai:} line that says what
 * to do, exit code 3, and no JVM stack trace.
 */
class ForkedHeapTest {
  @TempDir
  Path dir;

  static Process start(Path workDir, String heap, Path log, String... args) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String modulePath = System.getProperty("jdk.module.path", "");
    String full = modulePath.isEmpty() ? classPath : modulePath + File.pathSeparator + classPath;
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
        "-cp", full, SovaiCli.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExitThree() throws Exception {
    Path big = dir.resolve("big.json");
    LandscapeWriter.canonical().write(Landscapes.generate(7, 60_000, 6_000), big);
    Path log = dir.resolve("log.txt");
    Process p = start(dir, "24m", log, "validate", big.toString());
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "validate in 24 MiB still runs after 5 minutes");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(Exit.INTERNAL, p.exitValue(), output);
    assertTrue(output.startsWith("sovai: not enough memory"), output);
    assertEquals(1, output.strip().lines().count(), output);
    assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
  }

  @Test
  void fmtRewritesALargeDocumentInTheHeapValidateNeeds() throws Exception {
    Path canonical = dir.resolve("canonical.json");
    LandscapeWriter.canonical().write(Landscapes.generate(11, 120_000, 12_000), canonical);
    Path big = dir.resolve("big.json");
    try (java.io.BufferedReader in = Files.newBufferedReader(canonical, StandardCharsets.UTF_8);
        java.io.BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(" " + line + "\n");   // the same document, not in canonical form
      }
    }
    assertTrue(Files.size(big) > 50_000_000L, "a document of " + Files.size(big) + " bytes");
    for (String[] args : new String[][] {{"validate", big.toString()}, {"fmt", "--check", canonical.toString()},
        {"fmt", big.toString()}}) {
      Path log = dir.resolve("log.txt");
      Process p = start(dir, "256m", log, args);
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), String.join(" ", args) + " in 256 MiB still runs after 5 minutes");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(Exit.OK, p.exitValue(), () -> String.join(" ", args) + ": " + output);
    }
    assertEquals(Files.mismatch(canonical, big), -1L, "fmt wrote the canonical form");
  }
}
