package dev.sovai.importers.top500;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import dev.sovai.importers.ImportReport;
import dev.sovai.importers.LandscapeImport;
import dev.sovai.importers.RowWarning;
import dev.sovai.importers.RowWarning.Cause;
import dev.sovai.importers.RowWarning.Kind;
import dev.sovai.importers.internal.Assembler;
import dev.sovai.importers.internal.Cells;
import dev.sovai.importers.internal.CsvRecords;
import dev.sovai.importers.internal.RowNotes;
import dev.sovai.importers.internal.RowSkip;
import dev.sovai.importers.internal.Slug;
import dev.sovai.importers.internal.SpellingTable;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.Sector;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/**
 * Imports one edition of the TOP500 list from its CSV export (header {@code Rank,Previous Rank,First Appearance,…,
 * Site ID,System ID}; numbers with thousands separators, blank cells, {@code None} for CPU-only systems) into a
 * landscape dated the first day of the list's month.
 *
 * <p><b>Mapping of a row</b>: one site of kind {@link SiteKind#SUPERCOMPUTER} per system, operational, confidence
 * confirmed (a measured submission); "Name" (else "Computer") → name and identifier (its slug, {@code -r<row>}
 * when taken); "Site", the operating organisation → the site's operator (and so its owner); "Country", an English
 * short name → jurisdiction through the ISO 3166-1 table; "Year" → {@code operationalFrom} (a year); "Segment"
 * → sector (Academic → academic, Government → public, Industry and Vendor → private; Research and Others are left
 * out, as they mix public and private bodies); "Power (kW)" → {@code itCapacityMw} (kW / 1000): the system's
 * power measured during the Linpack run, the machine's own IT load, before cooling and other facility overheads.
 * "Rmax [TFlop/s]" and "Rpeak [TFlop/s]" (FP64 Linpack, as reported) → the site's {@link LinpackMeasurement}
 * (confirmed, dated by the list edition, citing the list), with the accelerator's catalogue identifier; the rank,
 * the computer and the accelerator as written go to the notes. "Accelerator/Co-Processor" is resolved through the
 * chip table; no fleet lot is made, since the list gives accelerator cores, not chips, and a count would be
 * invented: the measurement's accelerator is what the vendor and fab dimensions of the Rmax and Rpeak bases use.
 *
 * <p><b>Warnings</b>: only a file that is not a TOP500 export (a required column missing or named twice, broken
 * quoting, a row with the wrong number of fields) throws an {@link dev.sovai.importers.ImportException}; a blank
 * or unknown country skips its row, and an unreadable number, year or an accelerator the chip table does not know is
 * a {@link RowWarning} of a row imported with the rest.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe; each read is independent.
 */
public final class Top500Importer {
  static final String FORMAT = "TOP500 CSV";
  private static final SpellingTable COUNTRIES = SpellingTable.load("countries.tsv");
  private static final SpellingTable CHIPS = SpellingTable.load("chips.tsv");

  private final YearMonth list;
  private final Landscape catalogue;
  private final Source source;

  private Top500Importer(YearMonth list, Landscape catalogue) {
    this.list = Objects.requireNonNull(list, "list");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.source = Source.builder()
        .id("top500-" + list.getYear() + "-" + String.format(Locale.ROOT, "%02d", list.getMonthValue()))
        .title("TOP500 list, " + list.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + list.getYear())
        .publisher("TOP500.org")
        .url(URI.create(String.format(Locale.ROOT, "https://www.top500.org/lists/top500/%d/%02d/", list.getYear(),
            list.getMonthValue())))
        .published(PartialDate.ofMonth(list.getYear(), list.getMonthValue()))
        .language("en")
        .build();
  }

  /**
   * Obtains an importer for one edition of the list.
   *
   * @param list  the edition (June or November of a year), whose first day is the landscape's date, not null
   * @param catalogue  the landscape whose operators are reused when an operator's identifier matches, and whose
   *     accelerators name the chips in the notes (typically the bundled reference data), not null
   * @return the importer, not null
   */
  public static Top500Importer of(YearMonth list, Landscape catalogue) {
    return new Top500Importer(list, catalogue);
  }

  /**
   * Reads a CSV file in UTF-8.
   *
   * @param file  the export, not null
   * @return the landscape and the report, not null
   * @throws dev.sovai.importers.ImportException if the file is not a TOP500 export (header, quoting, field count)
   * @throws IOException if the file cannot be read
   */
  public LandscapeImport read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  /**
   * Reads CSV text; the reader is read to its end but not closed.
   *
   * @param reader  the text, not null
   * @return the landscape and the report, not null
   * @throws dev.sovai.importers.ImportException if the text is not a TOP500 export (header, quoting, field count)
   * @throws IOException if reading fails
   */
  public LandscapeImport read(Reader reader) throws IOException {
    CsvRecords<Top500Column> csv = new CsvRecords<>(Objects.requireNonNull(reader, "reader"), FORMAT,
        "the TOP500 list's CSV export", Top500Column.class, false);
    Assembler assembler = new Assembler(catalogue, source,
        "Operating organisation as named in the TOP500 list (its \"Site\" column); kind and seat not given there");
    List<Site> sites = new ArrayList<>();
    List<RowWarning> warnings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    RowNotes notes = new RowNotes();
    long rows = 0;
    CsvRecords.Row<Top500Column> r;
    while ((r = csv.next()) != null) {
      rows++;
      notes.clear();
      String name = Cells.name(r.get(Top500Column.NAME));
      if (name.isEmpty()) {
        name = Cells.name(r.get(Top500Column.COMPUTER));
      }
      try {
        Site s = site(r, name, assembler, ids, notes);
        sites.add(s);
        ids.add(s.id());
        if (!notes.isEmpty()) {
          warnings.add(new RowWarning(r.number(), r.line(), name, Kind.DEFAULTED, notes.causes(),
              String.join("; ", notes.reasons())));
        }
      } catch (RowSkip e) {
        warnings.add(new RowWarning(r.number(), r.line(), name, Kind.SKIPPED, EnumSet.of(e.why()), e.getMessage()));
      }
    }
    sites.sort(Comparator.comparing(Site::id));
    Landscape l = assembler.build(list.atDay(1), sites, Map.of());
    return new LandscapeImport(l, new ImportReport(rows, sites.size(), 0, warnings));
  }


  private Site site(CsvRecords.Row<Top500Column> r, String name, Assembler assembler, Set<String> ids,
      RowNotes notes) throws RowSkip {
    if (name.isEmpty()) {
      throw new RowSkip(Cause.BLANK_NAME, "name and computer are blank");
    }
    String country = Cells.collapse(r.get(Top500Column.COUNTRY));
    if (country.isEmpty()) {
      throw new RowSkip(Cause.BLANK_COUNTRY, "country is blank, so the site has no jurisdiction");
    }
    String jurisdiction = COUNTRIES.lookUp(country).orElseThrow(() -> new RowSkip(Cause.UNKNOWN_COUNTRY,
        "country " + Cells.quote(country) + " is not in the importer's country table"));
    Site.Builder b = Site.builder().name(name).kind(SiteKind.SUPERCOMPUTER).jurisdiction(jurisdiction)
        .status(SiteStatus.OPERATIONAL).confidence(Confidence.CONFIRMED).addSources(source.id());
    assembler.operatorId(r.get(Top500Column.SITE)).ifPresent(b::operator);
    Cells.date("Year", r.get(Top500Column.YEAR), notes).ifPresent(b::operationalFrom);
    sector(r.get(Top500Column.SEGMENT)).ifPresent(b::sector);
    OptionalLong rank = Cells.count("Rank", r.get(Top500Column.RANK), true, notes);
    OptionalDouble rmax = Cells.number("Rmax [TFlop/s]", r.get(Top500Column.RMAX), true, notes);
    OptionalDouble rpeak = Cells.number("Rpeak [TFlop/s]", r.get(Top500Column.RPEAK), true, notes);
    OptionalDouble powerKw = Cells.number("Power (kW)", r.get(Top500Column.POWER_KW), true, notes);
    OptionalLong accCores = Cells.count("Accelerator/Co-Processor Cores", r.get(Top500Column.ACCELERATOR_CORES), true,
        notes);
    if (powerKw.isPresent() && powerKw.getAsDouble() > 0) {
      b.itCapacityMw(powerKw.getAsDouble() / 1000);
    }
    List<String> parts = new ArrayList<>();
    parts.add(source.title() + (rank.isPresent() ? ", rank " + rank.getAsLong() : ""));
    powerKw.ifPresent(v -> parts.add("measured power " + tflops(v) + " kW"));
    Optional<String> chip = chip(r.get(Top500Column.ACCELERATOR));
    accelerator(r.get(Top500Column.ACCELERATOR), chip, accCores, notes).ifPresent(parts::add);
    linpack(rmax, rpeak, chip, notes, parts).ifPresent(b::linpack);
    String computer = Cells.collapse(r.get(Top500Column.COMPUTER));
    if (!computer.isEmpty()) {
      parts.add("computer " + computer);
    }
    b.notes(String.join("; ", parts));
    String id = Slug.unique(name, "system", r.number(), ids);
    try {
      return b.id(id).build();
    } catch (ModelException e) {
      throw new RowSkip(Cause.INVALID_VALUE, e.getMessage());
    }
  }

  /** The Linpack figures as a model fact; an Rpeak below Rmax, or an Rpeak without Rmax, stays in the notes. */
  private Optional<LinpackMeasurement> linpack(OptionalDouble rmax, OptionalDouble rpeak, Optional<String> chip,
      RowNotes notes, List<String> parts) {
    if (rmax.isEmpty()) {
      rpeak.ifPresent(v -> parts.add("Rpeak " + tflops(v) + " TFlop/s (no Rmax)"));
      return Optional.empty();
    }
    LinpackMeasurement.Builder m = LinpackMeasurement.builder().rmaxTflops(rmax.getAsDouble())
        .list(PartialDate.ofMonth(list.getYear(), list.getMonthValue())).addSources(source.id())
        .confidence(Confidence.CONFIRMED);
    chip.ifPresent(m::accelerator);
    if (rpeak.isPresent() && rpeak.getAsDouble() >= rmax.getAsDouble()) {
      m.rpeakTflops(rpeak.getAsDouble());
    } else if (rpeak.isPresent()) {
      notes.add(Cause.INVALID_VALUE, "Rpeak " + tflops(rpeak.getAsDouble()) + " TFlop/s is below Rmax "
          + tflops(rmax.getAsDouble()) + "; Rpeak kept in the notes only");
      parts.add("Rpeak " + tflops(rpeak.getAsDouble()) + " TFlop/s (below Rmax)");
    }
    try {
      return Optional.of(m.build());
    } catch (ModelException e) {
      notes.add(Cause.INVALID_VALUE, e.getMessage() + "; Linpack figures left out");
      return Optional.empty();
    }
  }

  /** @return the catalogue identifier of the accelerator a cell names, if the chip table and catalogue have it */
  private Optional<String> chip(String text) {
    String chip = Cells.collapse(text);
    if (chip.isEmpty() || chip.equalsIgnoreCase("None")) {
      return Optional.empty();
    }
    return CHIPS.lookUp(chip).filter(a -> catalogue.accelerator(a).isPresent());
  }

  private Optional<String> accelerator(String text, Optional<String> id, OptionalLong cores, RowNotes notes) {
    String chip = Cells.collapse(text);
    if (chip.isEmpty() || chip.equalsIgnoreCase("None")) {
      return Optional.empty();
    }
    String coreText = cores.isPresent() ? " (" + cores.getAsLong() + " accelerator cores)" : "";
    if (id.isEmpty()) {
      notes.add(Cause.UNKNOWN_CHIP, "accelerator " + Cells.quote(chip)
          + " is not in the chip table or the catalogue; named in the notes only");
      return Optional.of("accelerator " + chip + coreText);
    }
    return Optional.of("accelerator " + chip + " = catalogue " + id.get() + coreText);
  }

  private static Optional<Sector> sector(String segment) {
    switch (Cells.word(segment)) {
      case "academic":
        return Optional.of(Sector.ACADEMIC);
      case "government":
        return Optional.of(Sector.PUBLIC);
      case "industry":
      case "vendor":
        return Optional.of(Sector.PRIVATE);
      default:
        return Optional.empty();
    }
  }

  private static String tflops(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%,.2f", v);
  }
}
