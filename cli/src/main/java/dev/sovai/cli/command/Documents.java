package dev.sovai.cli.command;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.sovai.cli.render.TerminalSafeWriter;
import dev.sovai.io.AssessmentWriter;
import dev.sovai.io.LandscapeFormatException;
import dev.sovai.io.LandscapeOverlay;
import dev.sovai.io.LandscapeReader;
import dev.sovai.io.LandscapeWriter;
import dev.sovai.io.Problem;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.assessment.Assessment;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.seed.SeedLandscape;

/**
 * Reading and writing documents for the command, turning every failure into a {@link UserException} with a
 * message a person understands: a missing or unreadable file ({@link Exit#USAGE}), an invalid document
 * ({@link Exit#INVALID}, every problem with its JSON Pointer and line:column).
 */
final class Documents {
  /** A date before any document's, so that merging a document over the reference keeps the document's date. */
  private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

  private Documents() {}

  /** A document read over the reference data, with the document's own date. */
  static final class Read {
    private final Landscape landscape;

    Read(Landscape landscape) {
      this.landscape = landscape;
    }

    /** @return the document merged over the reference data, dated as the document, not null */
    Landscape landscape() {
      return landscape;
    }

    /** @return the document's own date, not null */
    LocalDate documentDate() {
      return landscape.asOf();
    }
  }

  /** @return the reference data's date, not null */
  static LocalDate referenceDate() {
    return ReferenceData.load().asOf();
  }

  private static LandscapeReader reader() {
    return LandscapeReader.strict().over(ReferenceData.load().withAsOf(EPOCH));
  }

  /**
   * Reads a document over the reference data, keeping the document's date.
   *
   * @param file  the file, not null
   * @return the landscape, dated as the document, not null
   * @throws UserException if the file cannot be read or is invalid
   */
  static Landscape read(Path file) {
    return readWithDate(file).landscape();
  }

  /**
   * Reads a document over the reference data.
   *
   * @param file  the file, not null
   * @return what was read, not null
   * @throws UserException if the file cannot be read ({@link Exit#USAGE}) or is invalid ({@link Exit#INVALID})
   */
  static Read readWithDate(Path file) {
    return readWithDate(file.toString(), bytes(file));
  }

  private static Read readWithDate(String name, byte[] bytes) {
    try {
      return new Read(reader().read(bytes));
    } catch (LandscapeFormatException e) {
      throw invalid(name, e);
    }
  }

  private static UserException invalid(String file, LandscapeFormatException e) {
    String name = TerminalSafeWriter.oneLine(file);
    return new UserException(Exit.INVALID, name + " is not a valid landscape document, " + count(e) + ":",
        e.problems().stream().map(p -> "  " + name + ":" + place(p)).collect(Collectors.toList()), e);
  }

  /** @return the bundled seed landscape, dated as the seed document, not null */
  static Read seedRead() {
    return new Read(SeedLandscape.load());
  }

  /** @return the bundled seed landscape, not null */
  static Landscape seed() {
    return SeedLandscape.load();
  }

  /**
   * Reads a document named by a FILE argument over the reference data, keeping apart the entities it declares
   * itself. A path is read as a stream: the document's text is never held in memory.
   *
   * @param file  a path or {@value LandscapeCommand#SEED}, not null
   * @return the merged landscape and the document's own entities, not null
   * @throws UserException with {@link Exit#USAGE} if the file cannot be read, {@link Exit#INVALID} if it is not a
   *     valid document (the message lists every problem)
   */
  static LandscapeOverlay overlay(String file) {
    try {
      if (LandscapeCommand.SEED.equals(file)) {
        return reader().readOver(ReferenceData.load().withAsOf(EPOCH), bytes(file));
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new UserException(Exit.USAGE, "cannot read " + file + ": it is a directory");
      }
      return reader().readOver(ReferenceData.load().withAsOf(EPOCH), path);
    } catch (LandscapeFormatException e) {
      throw invalid(file, e);
    } catch (IOException e) {
      throw new UserException(Exit.USAGE, "cannot read " + file + ": " + reason(e), e);
    }
  }

  /**
   * Whether a document's bytes are exactly the canonical form of its own entities. The canonical text is compared
   * as it is written, against the file as it is read: neither is held in memory.
   *
   * @param file  a path or {@value LandscapeCommand#SEED}, not null
   * @param document  the document as read by {@link #overlay(String)}, not null
   * @return true if the file is canonical
   * @throws UserException with {@link Exit#USAGE} if the file cannot be read again
   */
  static boolean isCanonical(String file, LandscapeOverlay document) {
    try (InputStream in = LandscapeCommand.SEED.equals(file) ? new ByteArrayInputStream(bytes(file))
        : Files.newInputStream(Path.of(file));
        SameBytes same = new SameBytes(in)) {
      LandscapeWriter.canonical().write(document, same);
      return same.matchedToTheEnd();
    } catch (IOException e) {
      throw new UserException(Exit.USAGE, "cannot read " + file + ": " + reason(e), e);
    }
  }

  /**
   * The JSON form of one assessment (sovai-io's documented form).
   *
   * @param a  the assessment, not null
   * @return the JSON text, ending with a newline, not null
   */
  static String json(Assessment a) {
    return AssessmentWriter.canonical().writeToString(a);
  }

  /**
   * The JSON form of several assessments (sovai-io's documented form).
   *
   * @param all  the assessments, not null
   * @return the JSON text, ending with a newline, not null
   */
  static String json(List<Assessment> all) {
    return AssessmentWriter.canonical().writeAllToString(all);
  }

  /**
   * The JSON form of several assessments with the facts of the bundled reference data they rely on.
   *
   * @param all  the assessments, not null
   * @param facts  the reference facts, not null
   * @return the JSON text, ending with a newline, not null
   */
  static String json(List<Assessment> all, dev.sovai.io.ReferenceFacts facts) {
    return AssessmentWriter.canonical().writeAllToString(all, facts);
  }

  /**
   * The bytes a FILE argument names: {@value LandscapeCommand#SEED} for the bundled seed document, else a path.
   *
   * @param argument  the argument, not null
   * @return the bytes, not null
   * @throws UserException with {@link Exit#USAGE} if the file cannot be read
   */
  static byte[] bytes(String argument) {
    if (LandscapeCommand.SEED.equals(argument)) {
      try (java.io.InputStream in = SeedLandscape.openDocument()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot read the bundled seed document", e);
      }
    }
    return bytes(Path.of(argument));
  }

  /**
   * Validates a document named by a FILE argument ({@value LandscapeCommand#SEED} or a path), reading a path as a
   * stream.
   *
   * @param argument  the argument, not null
   * @return the exception listing every problem, empty if the document is valid, not null
   * @throws UserException with {@link Exit#USAGE} if the file cannot be read
   */
  static Optional<LandscapeFormatException> check(String argument) {
    try {
      if (LandscapeCommand.SEED.equals(argument)) {
        reader().read(bytes(argument));
      } else {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
          throw new UserException(Exit.USAGE, "cannot read " + argument + ": it is a directory");
        }
        reader().read(path);
      }
      return Optional.empty();
    } catch (LandscapeFormatException e) {
      return Optional.of(e);
    } catch (IOException e) {
      throw new UserException(Exit.USAGE, "cannot read " + argument + ": " + reason(e), e);
    }
  }

  private static byte[] bytes(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserException(Exit.USAGE, "cannot read " + file + ": it is a directory");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UserException(Exit.USAGE, "cannot read " + file + ": " + reason(e), e);
    }
  }

  /**
   * A short reason for an I/O failure.
   *
   * @param e  the failure, not null
   * @return the reason, not null
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static String count(List<Problem> problems) {
    return problems.size() == 1 ? "1 problem" : problems.size() + " problems";
  }

  /**
   * The number of problems an exception lists, and whether reading stopped at the limit.
   *
   * @param e  the exception, not null
   * @return {@code "3 problems"}, or {@code "100 problems (reading stopped there: there are more)"}
   */
  static String count(LandscapeFormatException e) {
    return count(e.problems()) + (e.isTruncated() ? " (reading stopped there: there are more)" : "");
  }

  static String place(Problem p) {
    return TerminalSafeWriter.oneLine((p.line() > 0 ? p.line() + ":" + p.column() + ": " : "-:-: ")
        + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message());
  }
}
