package dev.sovai.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A seed printed by a failing property reproduces it in any JVM: the generated landscapes depend on the seed and
 * size alone, not on identity hash codes (which differ from one JVM to the next and with what a JVM hashed before).
 * The test compares the landscapes of this JVM, which has run other tests, with those of a fresh JVM that first
 * generates a large landscape.
 */
class SameSeedSameLandscapeTest {
  private static final int SEEDS = 24;
  private static final int SIZE = 30;

  /**
   * Prints the text of the landscapes of seeds 1 to {@value #SEEDS} at size {@value #SIZE}, one per line, after
   * generating a large landscape if asked to (run in a fresh JVM by the test).
   *
   * @param args  {@code "perturb"} to generate a large landscape first
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("perturb")) {
      Landscapes.generate(7L, 2000, 200);
    }
    for (String line : texts()) {
      System.out.println(line);
    }
  }

  private static List<String> texts() {
    List<String> out = new ArrayList<>(SEEDS);
    for (long seed = 1; seed <= SEEDS; seed++) {
      out.add(Landscapes.gen().sample(seed, SIZE).toString().replace('\n', ' '));
    }
    return out;
  }

  @Test
  void aFreshJvmGeneratesTheSameLandscapes() throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    String path = String.join(File.pathSeparator, System.getProperty("jdk.module.path", ""),
        System.getProperty("java.class.path", ""));
    Process child = new ProcessBuilder(java, "-cp", path, SameSeedSameLandscapeTest.class.getName(), "perturb")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] printed = child.getInputStream().readAllBytes();
    assertEquals(true, child.waitFor(5, TimeUnit.MINUTES), "the child JVM did not end");
    assertEquals(0, child.exitValue(), "the child JVM failed");
    List<String> theirs = new String(printed, StandardCharsets.UTF_8).lines().toList();
    List<String> ours = texts();
    assertEquals(ours.size(), theirs.size(), "landscapes printed by the child JVM");
    for (int i = 0; i < ours.size(); i++) {
      String a = ours.get(i);
      String b = theirs.get(i);
      int at = 0;
      while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
        at++;
      }
      int from = Math.max(0, at - 60);
      int seed = i + 1;
      int first = at;
      assertTrue(a.equals(b), () -> "seed " + seed + " at size " + SIZE + ": the landscapes differ from character "
          + first + ": here \"…" + a.substring(from, Math.min(a.length(), first + 60)) + "…\", in a fresh JVM \"…"
          + b.substring(from, Math.min(b.length(), first + 60)) + "…\"");
    }
  }
}
