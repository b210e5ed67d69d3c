package dev.sovai.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README, taken as a user would copy it: the block alone, as the body of a
 * {@code main(String[] args)} with the imports the README states ({@link #IMPORTS}), compiled against the published
 * modules only (the examples module's own classes are left off the class path) and run in a fresh JVM in an empty
 * working directory. A block that uses a name it does not define, or that fails when run, fails here.
 */
class ReadmeSnippetsTest {
  /** The imports the README states for its blocks ("Every Java block … with these imports"). */
  static final List<String> IMPORTS = List.of("java.io.*", "java.math.*", "java.nio.file.*", "java.time.*",
      "java.util.*", "com.fasterxml.jackson.databind.*", "com.fasterxml.jackson.databind.json.*",
      "dev.sovai.model.*", "dev.sovai.model.accelerator.*", "dev.sovai.model.assessment.*", "dev.sovai.model.deal.*",
      "dev.sovai.model.jurisdiction.*", "dev.sovai.model.landscape.*", "dev.sovai.model.operator.*",
      "dev.sovai.model.site.*", "dev.sovai.io.*", "dev.sovai.io.jackson.*", "dev.sovai.importers.epoch.*",
      "dev.sovai.seed.*", "dev.sovai.scoring.*", "dev.sovai.scoring.sovereignty.*", "dev.sovai.scoring.energy.*",
      "dev.sovai.scoring.concentration.*", "dev.sovai.scoring.ownership.*", "dev.sovai.testkit.*");

  /** Blocks that continue the block named (the README says so beside them): both are compiled as one body. */
  static final Map<String, String> CONTINUES = Map.of("energy-report", "energy-landscape");

  /** Command-line arguments of blocks that read {@code args}; paths are relative to the examples module. */
  static final Map<String, List<String>> ARGUMENTS = Map.of("epoch-shares",
      List.of("../importers/src/test/resources/dev/sovai/importers/epoch/epoch-sample.csv"));

  /** Files a block reads from its working directory, copied there from the examples module. */
  static final Map<String, List<String>> FILES = Map.of("read-and-score", List.of("my-landscape.json"));

  @TempDir
  static Path work;

  static Map<String, List<String>> blocks;
  static String classPath;
  static Path classes;

  @BeforeAll
  static void compileEveryBlock() throws IOException {
    Path module = ReadmeExamplesTest.moduleDir();
    blocks = ReadmeExamplesTest.readmeBlocks(
        Files.readAllLines(module.getParent().resolve("README.md"), StandardCharsets.UTF_8));
    assertTrue(blocks.size() >= 10, "the README has " + blocks.size() + " example blocks");
    classPath = publishedClassPath(module);
    Path sources = Files.createDirectories(work.resolve("src"));
    classes = Files.createDirectories(work.resolve("classes"));
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, List<String>> b : blocks.entrySet()) {
      Path file = sources.resolve(className(b.getKey()) + ".java");
      Files.writeString(file, source(b.getKey()), StandardCharsets.UTF_8);
      files.add(file.toFile());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    List<String> options = List.of("-classpath", classPath, "-d", classes.toString(), "-encoding", "UTF-8",
        "-proc:none", "--release", "17");
    boolean ok = javac.getTask(diagnostics, null, null, options, null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromFiles(files)).call();
    assertTrue(ok, () -> "README blocks do not compile on their own against the published modules:\n" + diagnostics);
  }

  /** @return the test class path less the examples module's own classes: what a consumer project would have */
  static String publishedClassPath(Path module) {
    String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path own = module.resolve("target").toAbsolutePath().normalize();
    return Arrays.stream(full.split(File.pathSeparator))
        .filter(e -> !Path.of(e).toAbsolutePath().normalize().startsWith(own))
        .collect(Collectors.joining(File.pathSeparator));
  }

  static String className(String block) {
    return "Readme_" + block.replace('-', '_');
  }

  static String source(String name) {
    StringBuilder s = new StringBuilder();
    IMPORTS.forEach(i -> s.append("import ").append(i).append(";\n"));
    s.append("\npublic final class ").append(className(name)).append(" {\n")
        .append("  public static void main(String[] args) throws Exception {\n");
    String before = CONTINUES.get(name);
    if (before != null) {
      blocks.get(before).forEach(l -> s.append("    ").append(l).append('\n'));
    }
    blocks.get(name).forEach(l -> s.append("    ").append(l).append('\n'));
    return s.append("  }\n}\n").toString();
  }

  @TestFactory
  Stream<DynamicTest> everyReadmeBlockRunsOnItsOwn() {
    return blocks.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> run(name)));
  }

  private static void run(String name) throws IOException, InterruptedException {
    Path module = ReadmeExamplesTest.moduleDir();
    Path dir = Files.createDirectories(work.resolve("run-" + name));
    for (String f : FILES.getOrDefault(name, List.of())) {
      Files.copy(module.resolve(f), dir.resolve(f));
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classes + File.pathSeparator + classPath, className(name)));
    ARGUMENTS.getOrDefault(name, List.of()).forEach(a -> command.add(module.resolve(a).toAbsolutePath().toString()));
    Path log = work.resolve(name + ".log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("README block " + name + " still runs after 5 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), () -> "README block " + name + " failed:\n" + output);
  }
}
