package dev.sovai.cli.command;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.sovai.cli.render.csv.CsvTable;

/** Writing the files of {@code --html FILE} and {@code --csv DIR}, failures reported in the user's terms. */
final class OutputFiles {
  private OutputFiles() {}

  /** Something that writes text. */
  interface Body {
    void write(Writer out) throws IOException;
  }

  /**
   * Writes a UTF-8 text file.
   *
   * @param file  the file, replaced if it exists, not null
   * @param body  what to write, not null
   * @throws UserException with {@link Exit#OUTPUT} if it cannot be written
   */
  static void write(Path file, Body body) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    } catch (IOException | java.io.UncheckedIOException e) {
      IOException io = e instanceof IOException ? (IOException) e : ((java.io.UncheckedIOException) e).getCause();
      throw new UserException(Exit.OUTPUT, "cannot write " + file + ": " + Documents.reason(io), e);
    }
  }

  /**
   * Writes tables as {@code DIR/NAME.csv}, creating the directory.
   *
   * @param dir  the directory, not null
   * @param tables  the tables, not null
   * @throws UserException with {@link Exit#OUTPUT} if a file cannot be written
   */
  static void csv(Path dir, Iterable<CsvTable> tables) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserException(Exit.OUTPUT, "cannot create the directory " + dir + ": " + Documents.reason(e), e);
    }
    for (CsvTable t : tables) {
      write(dir.resolve(t.name() + ".csv"), t::write);
    }
  }
}
