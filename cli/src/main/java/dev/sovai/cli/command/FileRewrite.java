package dev.sovai.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file's content the way {@code fmt} must: the new text is first written in full to a temporary file
 * beside the target, then put in place, so that a failure or a kill never leaves a half-written document.
 *
 * <ul>
 *   <li>A symbolic link is followed: its target is rewritten and the link stays a link.
 *   <li>The file keeps its permissions and, where the process may set them, its owner and group.
 *   <li>A file with several hard links keeps them: its content is copied over the same inode once the temporary
 *       file is complete (not atomic; the temporary file is kept until the copy has succeeded).
 *   <li>Temporary files are named {@code .NAME.sovai-fmt-PID.tmp}; they are removed when the JVM stops on SIGINT or
 *       SIGTERM, and a left-over one whose process no longer runs is removed by the next rewrite in that directory.
 * </ul>
 */
final class FileRewrite {
  private static final Pattern LEFT_OVER = Pattern.compile("^\\.(.+)\\.sovai-fmt-(\\d+)\\.tmp$");
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (Path p : IN_FLIGHT) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // the JVM is stopping: the next run removes what is left
        }
      }
    }, "sovai-fmt-cleanup"));
  }

  /** Writes the new content to a stream. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes.
     *
     * @param out  the stream, not null
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private FileRewrite() {}

  /**
   * The name of the temporary file for a target in this process.
   *
   * @param target  the file, not null
   * @return the temporary file beside it, not null
   */
  static Path temporaryFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".sovai-fmt-" + ProcessHandle.current().pid() + ".tmp");
  }

  /**
   * Removes the left-over temporary files of processes that no longer run, in a directory.
   *
   * @param dir  the directory, not null
   * @return how many were removed
   * @throws IOException if the directory cannot be listed
   */
  static int removeLeftOvers(Path dir) throws IOException {
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.sovai-fmt-*.tmp")) {
      for (Path f : files) {
        Matcher m = LEFT_OVER.matcher(f.getFileName().toString());
        if (m.matches() && !alive(Long.parseLong(m.group(2))) && Files.deleteIfExists(f)) {
          removed++;
        }
      }
    }
    return removed;
  }

  private static boolean alive(long pid) {
    return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * Replaces a file's content.
   *
   * @param file  the file or a symbolic link to it, not null
   * @param content  the new content, not null
   * @throws IOException if the file cannot be read or written; the original is then unchanged
   */
  static void replace(Path file, Content content) throws IOException {
    Path target = file.toRealPath();
    removeLeftOvers(target.getParent());
    PosixFileAttributes attributes = posix(target);
    int links = linkCount(target);
    Path tmp = temporaryFor(target);
    IN_FLIGHT.add(tmp);
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (links > 1) {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
          long size = Files.size(tmp);
          try (FileChannel from = FileChannel.open(tmp, StandardOpenOption.READ)) {
            for (long done = 0; done < size; ) {
              done += from.transferTo(done, size - done, channel);
            }
          }
          channel.force(true);
        }
      } else {
        if (attributes != null) {
          keepAttributes(tmp, attributes);
        }
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
      IN_FLIGHT.remove(tmp);
    }
  }

  private static PosixFileAttributes posix(Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    return view == null ? null : view.readAttributes();
  }

  private static int linkCount(Path target) {
    try {
      Object n = Files.getAttribute(target, "unix:nlink");
      return n instanceof Integer ? (Integer) n : 1;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return 1;
    }
  }

  private static void keepAttributes(Path tmp, PosixFileAttributes original) throws IOException {
    Files.setPosixFilePermissions(tmp, original.permissions());
    PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
    try {
      view.setGroup(original.group());
    } catch (FileSystemException | UnsupportedOperationException e) {
      // not allowed for this user: the file keeps the process's group
    }
    try {
      view.setOwner(original.owner());
    } catch (FileSystemException | UnsupportedOperationException e) {
      // only the superuser may give a file away: the file is then owned by the user who formats it
    }
  }
}
