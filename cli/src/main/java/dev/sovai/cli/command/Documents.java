package dev.sovai.cli.command;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import dev.sovai.io.AssessmentWriter;
import dev.sovai.io.LandscapeFormatException;
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
      throw new UserException(Exit.INVALID, name + " is not a valid landscape document, "
          + count(e.problems()) + ":\n" + e.problems().stream().map(p -> "  " + name + ":" + place(p))
              .collect(Collectors.joining("\n")), e);
    }
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
   * Validates a document.
   *
   * @param file  the file, not null
   * @return every problem, empty if the document is valid, not null
   * @throws UserException with {@link Exit#USAGE} if the file cannot be read
   */
  static List<Problem> problems(Path file) {
    byte[] bytes = bytes(file);
    try {
      reader().read(bytes);
      return List.of();
    } catch (LandscapeFormatException e) {
      return e.problems();
    }
  }

  /**
   * The text of a file.
   *
   * @param file  a FILE argument: a path or {@value LandscapeCommand#SEED}, not null
   * @return its text, not null
   * @throws UserException with {@link Exit#USAGE} if it cannot be read or is not UTF-8
   */
  static String text(String file) {
    byte[] bytes = bytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserException(Exit.INVALID, file + " is not UTF-8 text", e);
    }
  }

  /**
   * The canonical form of a document: the document rewritten by the canonical writer. A document that refers to the
   * reference data is read over it, and only the entities it declares are written back.
   *
   * @param file  the file, for messages, not null
   * @param text  its text, not null
   * @return the canonical text, not null
   * @throws UserException with {@link Exit#INVALID} if the document is invalid
   */
  static String canonical(String file, String text) {
    try {
      return LandscapeWriter.canonical().writeToString(LandscapeReader.strict().parse(text));
    } catch (LandscapeFormatException standalone) {
      Landscape merged = readWithDate(file, text.getBytes(StandardCharsets.UTF_8)).landscape();
      String own = OwnEntities.keep(LandscapeWriter.canonical().writeToString(merged), OwnEntities.declared(text));
      Landscape again = reader().parse(own);
      if (!again.equals(merged)) {
        throw new IllegalStateException("the canonical form of " + file + " would not read back to the same landscape");
      }
      return own;
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
   * Validates a document named by a FILE argument ({@value LandscapeCommand#SEED} or a path).
   *
   * @param argument  the argument, not null
   * @return every problem, empty if the document is valid, not null
   * @throws UserException with {@link Exit#USAGE} if the file cannot be read
   */
  static List<Problem> problems(String argument) {
    byte[] bytes = bytes(argument);
    try {
      reader().read(bytes);
      return List.of();
    } catch (LandscapeFormatException e) {
      return e.problems();
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

  static String place(Problem p) {
    return (p.line() > 0 ? p.line() + ":" + p.column() + ": " : "-:-: ")
        + (p.pointer().isEmpty() ? "(document)" : p.pointer()) + ": " + p.message();
  }
}
