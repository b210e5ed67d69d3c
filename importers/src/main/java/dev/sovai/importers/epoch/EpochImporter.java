package dev.sovai.importers.epoch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import dev.sovai.importers.ImportException;
import dev.sovai.importers.internal.CsvRecords;

/**
 * Imports Epoch AI's public "AI supercomputers" CSV (Pilz, Sanders, Rahman, Heim, <i>Trends in AI
 * Supercomputers</i>, Epoch AI, 2025, CC BY 4.0) into sovai landscapes.
 *
 * <pre>{@code
 * EpochImport result = EpochImporter.of(EpochImportOptions.asOf(LocalDate.of(2025, 11, 20))
 *         .withCatalogue(referenceData))
 *     .read(Path.of("gpu_clusters.csv"));
 * Landscape existing = result.landscape();     // Epoch's standard analysis, newest phases
 * Landscape planned = result.planned();        // planned systems, kept apart
 * System.out.println(result.report().summary());
 * }</pre>
 *
 * <p><b>Mapping of a row</b> (columns as in {@code research/concentration.md} §3.2):
 * <ul>
 *   <li>one {@link dev.sovai.model.site.Site} of kind {@code supercomputer}; its identifier is the slug of
 *       "Name" ({@code "xAI Colossus Memphis Phase 2"} → {@code xai-colossus-memphis-phase-2}), followed by
 *       {@code -r<row>} when an earlier row already took it (the dataset names every anonymised Chinese system
 *       "Anonymized Chinese System"); quotes wrapping a whole name are dropped;</li>
 *   <li>"Owner" → {@code owners}: a comma-separated list ("OpenAI,Microsoft") gives several owners, each an
 *       operator whose identifier is the slug of its name ({@code openai}, {@code microsoft}) and whose kind is
 *       {@code other} (the dataset does not say); an owner whose slug is an operator of the catalogue is that
 *       operator. A blank owner (every anonymised system) stays blank: no name is guessed. The site's
 *       {@code operator} is left unset, as the dataset does not name who runs the system;</li>
 *   <li>"Country" → {@code jurisdiction} through the bundled table {@code countries.tsv} (the dataset's
 *       spellings, e.g. "United States of America" → {@code US}, "Korea (Republic of)" → {@code KR}); a blank or
 *       unlisted country skips the row with a warning, since a site needs a jurisdiction;</li>
 *   <li>"Chip type (primary|secondary)" and "Chip quantity (…)" → fleet lots through the bundled table
 *       {@code chips.tsv} (e.g. "NVIDIA H100 SXM5 80GB" → {@code nvidia-h100-sxm}); a chip the table does not
 *       map, or whose accelerator is not in the options' catalogue, is kept as a lot with its
 *       {@code reportedModel} and reported quantity and flagged; an anonymised system's unnamed chips are kept
 *       as reported model {@code "Anonymized"}. Lots carry the site's status, date and confidence;</li>
 *   <li>"Power Capacity (MW)" → {@code itCapacityMw}. The dataset's unit is megawatts; it is Epoch's reported or
 *       calculated power of the whole system and may include more than IT power, but is stored unconverted;</li>
 *   <li>"First Operational Date" → {@code operationalFrom}; "Decommissioned Date (if applicable)" →
 *       {@code decommissioned} (the dataset writes {@code M/D/YYYY}; ISO dates, months and years are read
 *       too);</li>
 *   <li>"Status": Existing → {@code operational}, Planned → {@code announced}, Decommissioned →
 *       {@code decommissioned}; "Sector": Private, Public, Public/Private ({@code mixed}), Academic;</li>
 *   <li>"Certainty" → {@code confidence}: Confirmed → {@code confirmed}, Likely → {@code reported}, Unlikely →
 *       {@code estimated} (the weakest sovai has);</li>
 *   <li>"latitude"/"longitude" (when the file has them) → {@code coordinates}; "Location" → {@code place};
 *       "Note" → {@code notes};</li>
 *   <li>"16-bit OP/s" → {@code reportedDense16BitFlops} (FLOP/s); "H100 equivalents" →
 *       {@code reportedH100Equivalents}; "Hardware Cost" → {@code hardwareCost} in USD;</li>
 *   <li>sources: the dataset itself ({@code epoch-ai-supercomputers}) on every site, and "Source 1" … "Source 5"
 *       as sources with identifiers {@code epoch-src-<12 hex digits of the text's SHA-256>}.</li>
 * </ul>
 * Numbers may be written in plain or scientific notation ({@code 1.98E+20}).
 *
 * <p><b>Rows not imported as they stand</b> each get exactly one {@link dev.sovai.importers.RowWarning} with their row and line
 * numbers: skipped for the first of: blank name, unknown status, not in the standard analysis (an option),
 * blank or unknown country, a value the model refuses, or superseded by an operational later phase (an option);
 * otherwise defaulted, listing every value left out or flagged. {@link dev.sovai.importers.ImportReport#summary()} counts them.
 *
 * <p><b>A file that is not this dataset</b> (a wrong header, broken quoting, a row with the wrong number of fields)
 * throws an {@link ImportException} naming the line; nothing is returned then. <b>A cell that cannot be used</b>
 * never refuses the file: a number that is not one is left out, a float artifact in a whole-number column
 * ({@code 30000.000000000004}) is rounded, a fractional or negative chip quantity is left out (and with it the
 * lot), a non-boolean "Include in Standard Analysis" skips the row when that flag decides; each is a row warning
 * naming the column and the value.
 *
 * <p><b>Streaming</b>: rows are read one at a time through Jackson's CSV parser; only the sites being kept and
 * a few small indexes stay in memory (a 200,000-row file imports in a 256 MiB heap).
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe; each read is independent.
 */
public final class EpochImporter {
  /** How {@link ImportException} messages of this importer start. */
  static final String FORMAT = "Epoch CSV";
  private final EpochImportOptions options;

  private EpochImporter(EpochImportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Obtains an importer.
   *
   * @param options  the options, not null
   * @return the importer, not null
   */
  public static EpochImporter of(EpochImportOptions options) {
    return new EpochImporter(options);
  }

  /** @return the options, not null */
  public EpochImportOptions options() {
    return options;
  }

  /**
   * Reads a CSV file in UTF-8.
   *
   * @param file  the file, not null
   * @return the imported landscapes and the report, not null
   * @throws ImportException if the file is not Epoch AI's export (header, quoting, field count)
   * @throws IOException if the file cannot be read
   */
  public EpochImport read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  /**
   * Reads CSV text. The reader is read to its end but not closed.
   *
   * @param reader  the text, not null
   * @return the imported landscapes and the report, not null
   * @throws ImportException if the text is not Epoch AI's export (header, quoting, field count)
   * @throws IOException if reading fails
   */
  public EpochImport read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    CsvRecords<EpochColumn> csv = new CsvRecords<>(reader, FORMAT, "Epoch AI's AI supercomputers export",
        EpochColumn.class, true);
    boolean lat = csv.has(EpochColumn.LATITUDE);
    boolean lon = csv.has(EpochColumn.LONGITUDE);
    if (lat != lon) {
      throw new ImportException(FORMAT, 1, lat ? "longitude" : "latitude", null,
          "wrong header: latitude and longitude columns must come together", null);
    }
    return new ImportRun(options).run(csv, lat);
  }
}
