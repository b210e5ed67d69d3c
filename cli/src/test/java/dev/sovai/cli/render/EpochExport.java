package dev.sovai.cli.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import dev.sovai.importers.epoch.EpochImportOptions;
import dev.sovai.importers.epoch.EpochImporter;
import dev.sovai.io.ReferenceData;
import dev.sovai.model.landscape.Landscape;

/**
 * Epoch AI's real "AI supercomputers" export (CC BY 4.0, credit Epoch AI), which the project ships once, in the
 * importers module's test resources. The cli tests read it by path, never by copy: the build names the file in the
 * system property {@code sovai.epochExport} (cli/pom.xml, surefire); run elsewhere (an IDE, from the module's
 * directory), the same path relative to the cli module is used.
 */
public final class EpochExport {
  private static final String RELATIVE =
      "../importers/src/test/resources/dev/sovai/importers/epoch/ai_supercomputers.csv";

  /** The date of the paper's headline (Pilz et al. 2025), the import's as-of date in the tests: 2025-05-31. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 5, 31);

  private EpochExport() {}

  /**
   * @return the CSV file, not null
   * @throws IllegalStateException if the file is not there (the repository is incomplete)
   */
  public static Path csv() {
    Path p = Path.of(System.getProperty("sovai.epochExport", RELATIVE));
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("Epoch AI's export is missing: " + p.toAbsolutePath()
          + " (importers/src/test/resources/dev/sovai/importers/epoch/ai_supercomputers.csv)");
    }
    return p;
  }

  /**
   * The export imported as {@code sovai import-epoch FILE --as-of DATE} does: Epoch's conventions (standard analysis,
   * newest operational phase), chips resolved to the bundled catalogue.
   *
   * @param asOf  the import's date, not null
   * @return the landscape of the imported (not planned) systems, not null
   */
  public static Landscape landscape(LocalDate asOf) {
    try {
      return EpochImporter.of(EpochImportOptions.asOf(asOf).withCatalogue(ReferenceData.load())).read(csv())
          .landscape();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
