package dev.sovai.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sovai.seed.SeedLandscape;

/** {@code fmt} keeps what the user had: permissions, symbolic links, hard links; it leaves no temporary file. */
class FmtFilesTest {
  @TempDir
  Path dir;

  /** @return a valid document that is not in canonical form (the seed with its lines indented one more space) */
  private Path untidy(String name) throws IOException {
    String text;
    try (InputStream in = SeedLandscape.openDocument()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve(name);
    Files.writeString(file, text.replace("\n", "\n "), StandardCharsets.UTF_8);
    return file;
  }

  private static void assertCanonical(Path file) {
    SovaiCliTest.Run check = SovaiCliTest.run("fmt", "--check", file.toString());
    assertEquals(Exit.OK, check.code, check::toString);
  }

  @Test
  void keepsThePermissions() throws IOException {
    Path file = untidy("doc.json");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    SovaiCliTest.Run r = SovaiCliTest.run("fmt", file.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    assertCanonical(file);
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(Files.getOwner(dir), Files.getOwner(file));
  }

  @Test
  void formatsTheTargetOfASymbolicLinkAndKeepsTheLink() throws IOException {
    Path target = untidy("target.json");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());
    SovaiCliTest.Run r = SovaiCliTest.run("fmt", link.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertCanonical(target);
  }

  @Test
  void keepsHardLinks() throws IOException {
    Path file = untidy("a.json");
    Path other = Files.createLink(dir.resolve("b.json"), file);
    Object inode = Files.getAttribute(file, "unix:ino");
    SovaiCliTest.Run r = SovaiCliTest.run("fmt", file.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    assertEquals(inode, Files.getAttribute(file, "unix:ino"), "same inode");
    assertEquals(2, Files.getAttribute(file, "unix:nlink"));
    assertEquals(Files.readString(file), Files.readString(other));
    assertCanonical(other);
  }

  @Test
  void leavesNoTemporaryFileAndRemovesOldLeftOvers() throws IOException {
    Path file = untidy("doc.json");
    Path leftOver = dir.resolve(".doc.json.sovai-fmt-2147483646.tmp");   // a pid no process has
    Files.writeString(leftOver, "{\"partial\": ");
    Path live = FileRewrite.temporaryFor(dir.resolve("other.json"));     // this process's: not touched
    Files.writeString(live, "{");
    SovaiCliTest.Run r = SovaiCliTest.run("fmt", file.toString());
    assertEquals(Exit.OK, r.code, r::toString);
    assertFalse(Files.exists(leftOver), "the left-over of a dead process is removed");
    assertTrue(Files.exists(live), "the temporary file of a running process is kept");
    Files.delete(live);
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "only the document is left");
    }
  }
}
