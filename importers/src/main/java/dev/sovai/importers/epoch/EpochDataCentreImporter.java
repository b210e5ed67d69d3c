package dev.sovai.importers.epoch;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import dev.sovai.importers.internal.Dms;
import dev.sovai.importers.internal.RowNotes;
import dev.sovai.importers.internal.RowSkip;
import dev.sovai.importers.internal.Slug;
import dev.sovai.importers.internal.SpellingTable;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/**
 * Imports Epoch AI's "Frontier data centers" hub (CC BY 4.0, credit Epoch AI): its site table
 * ({@code frontier_data_centers.csv}) and, optionally, its dated timeline ({@code frontier_data_center_timelines.csv})
 * into one landscape of sites of kind {@link SiteKind#CAMPUS}.
 *
 * <p><b>Mapping of a site row</b>: "Handle" → identifier (its slug) and the key the timeline uses; "Title" → name;
 * "Address" → place, and the jurisdiction found in it (a country name of the ISO 3166-1 table, or a US state by
 * name or by postal abbreviation before a ZIP code → its ISO 3166-2 code such as {@code US-TX}); "Latitude" and
 * "Longitude", written in degrees-minutes-seconds ({@code 32°35'25"N}, stray spaces allowed) → decimal
 * coordinates; "Owner" → owners and "Users" → tenants, each an organisation with Epoch's confidence tag
 * ({@code #confident} → confirmed, {@code #likely} → reported, {@code #speculative} → estimated); the site's
 * confidence is the weakest of its owners' tags, and every tag (users, project, investors, construction and
 * energy companies) is kept in the notes.
 *
 * <p><b>Capacity</b>: with a timeline, every timeline row of a site becomes one of its dated
 * {@link CapacityStep}s (confidence estimated, citing the hub): "Power (MW)", which Epoch AI gives as the facility's
 * total power, → {@code facilityPowerMw}; "H100 equivalents" → {@code h100Equivalents}; "Buildings operational" →
 * {@code buildingsOperational}. The site has no capacity of its own then, so scorers take the step in force on the
 * date they are asked about. The site's {@code operationalFrom} is the first row with power above zero; its status
 * is the one on the as-of date: operational when the row in force then has power, under construction when it has
 * none, announced when the timeline starts after the as-of date ({@link Site#statusOn} moves it on for other dates).
 * Two rows of one site with the same date: the later replaces the earlier, with a warning. Without a timeline the
 * table's "Current …" columns make one step dated on the import's as-of date (facility power and H100 equivalents,
 * as the timeline's are), so the site has no capacity of its own before that date either.
 *
 * <p><b>Warnings</b>: as for every importer, only a file that is not this dataset (header, quoting, field count)
 * throws an {@link dev.sovai.importers.ImportException}; a cell that cannot be used is a {@link RowWarning} and the
 * row is imported with the rest, or skipped when no jurisdiction can be found. The report counts the rows of both
 * files: a timeline row is "imported" when it belongs to an imported site, and skipped (with a warning whose reason
 * starts with "timeline") when its data centre is not in the site table or its date cannot be read.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe; each read is independent.
 */
public final class EpochDataCentreImporter {
  /** How exceptions about the site table start. */
  static final String FORMAT = "Epoch data centres CSV";
  /** How exceptions about the timeline start. */
  static final String TIMELINE_FORMAT = "Epoch data centre timelines CSV";
  static final String DATASET_SOURCE_ID = "epoch-frontier-data-centers";
  private static final SpellingTable COUNTRIES = SpellingTable.load("countries.tsv");
  private static final SpellingTable US_STATES = SpellingTable.load("us-states.tsv");

  /** The dataset itself. */
  static final Source DATASET_SOURCE = Source.builder()
      .id(DATASET_SOURCE_ID)
      .title("Frontier data centers (hub: site table and dated timelines)")
      .publisher("Epoch AI")
      .url(URI.create("https://epoch.ai/data/data-centers"))
      .published(PartialDate.ofYear(2025))
      .language("en")
      .licence("CC BY 4.0")
      .build();

  private final LocalDate asOf;
  private final Landscape catalogue;

  private EpochDataCentreImporter(LocalDate asOf, Landscape catalogue) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * Obtains an importer.
   *
   * @param asOf  the landscape's date, which picks each site's timeline row, not null
   * @param catalogue  the landscape whose operators are reused when an owner's identifier matches (typically the
   *     bundled reference data), not null
   * @return the importer, not null
   */
  public static EpochDataCentreImporter of(LocalDate asOf, Landscape catalogue) {
    return new EpochDataCentreImporter(asOf, catalogue);
  }

  /**
   * Reads the files in UTF-8.
   *
   * @param sites  the site table, not null
   * @param timelines  the timeline, or null to use the table's current figures
   * @return the landscape and the report, not null
   * @throws dev.sovai.importers.ImportException if a file is not the dataset's (header, quoting, field count)
   * @throws IOException if a file cannot be read
   */
  public LandscapeImport read(Path sites, Path timelines) throws IOException {
    try (Reader s = Files.newBufferedReader(sites, StandardCharsets.UTF_8)) {
      if (timelines == null) {
        return read(s, null);
      }
      try (Reader t = Files.newBufferedReader(timelines, StandardCharsets.UTF_8)) {
        return read(s, t);
      }
    }
  }

  /**
   * Reads CSV text; the readers are read to their end but not closed.
   *
   * @param sites  the site table, not null
   * @param timelines  the timeline, or null to use the table's current figures
   * @return the landscape and the report, not null
   * @throws dev.sovai.importers.ImportException if a text is not the dataset's (header, quoting, field count)
   * @throws IOException if reading fails
   */
  public LandscapeImport read(Reader sites, Reader timelines) throws IOException {
    Objects.requireNonNull(sites, "sites");
    List<RowWarning> warnings = new ArrayList<>();
    Map<String, List<Step>> steps = new HashMap<>();
    long timelineRows = 0;
    List<CsvRecords.Row<TimelineColumn>> timelineRowsRead = new ArrayList<>();
    if (timelines != null) {
      CsvRecords<TimelineColumn> t = new CsvRecords<>(timelines, TIMELINE_FORMAT,
          "Epoch AI's frontier data centre timelines", TimelineColumn.class, false);
      CsvRecords.Row<TimelineColumn> r;
      while ((r = t.next()) != null) {
        timelineRows++;
        timelineRowsRead.add(r);
      }
    }
    CsvRecords<DataCentreColumn> csv = new CsvRecords<>(sites, FORMAT, "Epoch AI's frontier data centres table",
        DataCentreColumn.class, false);
    List<CsvRecords.Row<DataCentreColumn>> rows = new ArrayList<>();
    CsvRecords.Row<DataCentreColumn> row;
    while ((row = csv.next()) != null) {
      rows.add(row);
    }
    Set<String> handles = new HashSet<>();
    for (CsvRecords.Row<DataCentreColumn> r : rows) {
      handles.add(Cells.collapse(r.get(DataCentreColumn.HANDLE)));
    }
    long timelineUsed = 0;
    RowNotes notes = new RowNotes();
    for (CsvRecords.Row<TimelineColumn> r : timelineRowsRead) {
      notes.clear();
      String handle = Cells.collapse(r.get(TimelineColumn.DATA_CENTER));
      Optional<PartialDate> date = Cells.date("Date", r.get(TimelineColumn.DATE), notes);
      if (!handles.contains(handle)) {
        warnings.add(new RowWarning(r.number(), r.line(), handle, Kind.SKIPPED,
            EnumSet.of(Cause.UNMATCHED_TIMELINE_ROW), "timeline row: data centre " + Cells.quote(handle)
                + " is not in the site table; left out"));
        continue;
      }
      if (date.isEmpty()) {
        warnings.add(new RowWarning(r.number(), r.line(), handle, Kind.SKIPPED,
            EnumSet.of(Cause.UNMATCHED_TIMELINE_ROW), "timeline row: " + String.join("; ", notes.reasons())));
        continue;
      }
      OptionalDouble power = Cells.number(TimelineColumn.POWER_MW.header(), r.get(TimelineColumn.POWER_MW), true,
          notes);
      OptionalDouble h100e = Cells.number(TimelineColumn.H100_EQUIVALENTS.header(),
          r.get(TimelineColumn.H100_EQUIVALENTS), true, notes);
      OptionalLong buildings = Cells.count(TimelineColumn.BUILDINGS_OPERATIONAL.header(),
          r.get(TimelineColumn.BUILDINGS_OPERATIONAL), true, notes);
      if (!notes.isEmpty()) {
        warnings.add(new RowWarning(r.number(), r.line(), handle, Kind.DEFAULTED, notes.causes(),
            "timeline row: " + String.join("; ", notes.reasons())));
      }
      timelineUsed++;
      List<Step> timeline = steps.computeIfAbsent(handle, k -> new ArrayList<>());
      Step step = new Step(date.get().earliest(), power, h100e, buildings, r.get(TimelineColumn.CONSTRUCTION_STATUS));
      if (timeline.removeIf(earlier -> earlier.date.equals(step.date))) {
        warnings.add(new RowWarning(r.number(), r.line(), handle, Kind.DEFAULTED, EnumSet.of(Cause.INVALID_VALUE),
            "timeline row: a second row dated " + step.date + " replaces the earlier one"));
      }
      timeline.add(step);
    }
    steps.values().forEach(l -> l.sort(Comparator.comparing(Step::date)));

    Assembler assembler = new Assembler(catalogue, DATASET_SOURCE,
        "Organisation as named in Epoch AI's frontier data centres hub; kind and seat not given there");
    List<Site> imported = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CsvRecords.Row<DataCentreColumn> r : rows) {
      notes.clear();
      String handle = Cells.collapse(r.get(DataCentreColumn.HANDLE));
      try {
        Site site = site(r, handle, timelines == null ? null : steps.getOrDefault(handle, List.of()), assembler,
            ids, notes);
        imported.add(site);
        ids.add(site.id());
        if (!notes.isEmpty()) {
          warnings.add(new RowWarning(r.number(), r.line(), handle, Kind.DEFAULTED, notes.causes(),
              String.join("; ", notes.reasons())));
        }
      } catch (RowSkip s) {
        warnings.add(new RowWarning(r.number(), r.line(), handle, Kind.SKIPPED, EnumSet.of(s.why()), s.getMessage()));
      }
    }
    imported.sort(Comparator.comparing(Site::id));
    warnings.sort(Comparator.comparing((RowWarning w) -> w.reason().startsWith("timeline")).thenComparingLong(
        RowWarning::row));
    Landscape l = assembler.build(asOf, imported, Map.of());
    return new LandscapeImport(l, new ImportReport(rows.size() + timelineRows, imported.size() + timelineUsed, 0,
        warnings));
  }

  /** One timeline row: its date and figures. */
  private static final class Step {
    final LocalDate date;
    final OptionalDouble powerMw;
    final OptionalDouble h100e;
    final OptionalLong buildings;
    final String status;

    Step(LocalDate date, OptionalDouble powerMw, OptionalDouble h100e, OptionalLong buildings, String status) {
      this.date = date;
      this.powerMw = powerMw;
      this.h100e = h100e;
      this.buildings = buildings;
      this.status = status;
    }

    /** The row as a capacity step: Epoch's "Power (MW)" is the facility's total power; figures are estimates. */
    CapacityStep toCapacityStep() {
      CapacityStep.Builder b = CapacityStep.builder().date(PartialDate.of(date)).addSources(DATASET_SOURCE_ID)
          .confidence(Confidence.ESTIMATED);
      powerMw.ifPresent(b::facilityPowerMw);
      h100e.ifPresent(b::h100Equivalents);
      buildings.ifPresent(b::buildingsOperational);
      return b.build();
    }

    LocalDate date() {
      return date;
    }

    boolean powered() {
      return powerMw.isPresent() && powerMw.getAsDouble() > 0;
    }
  }


  private Site site(CsvRecords.Row<DataCentreColumn> r, String handle, List<Step> timeline, Assembler assembler,
      Set<String> ids, RowNotes notes) throws RowSkip {
    if (handle.isEmpty()) {
      throw new RowSkip(Cause.BLANK_NAME, "handle is blank");
    }
    String address = Cells.collapse(r.get(DataCentreColumn.ADDRESS));
    String jurisdiction = jurisdiction(address).orElseThrow(() -> new RowSkip(Cause.NO_JURISDICTION,
        "no country or US state found in the address " + Cells.quote(address)));
    String title = Cells.collapse(r.get(DataCentreColumn.TITLE));
    Site.Builder b = Site.builder().name(title.isEmpty() ? handle : title).kind(SiteKind.CAMPUS)
        .jurisdiction(jurisdiction).addSources(DATASET_SOURCE_ID);
    if (!address.isEmpty()) {
      b.place(address);
    }
    coordinates(r, notes).ifPresent(b::coordinates);
    List<String> tagNotes = new ArrayList<>();
    Confidence confidence = null;
    for (Tagged t : tagged(r.get(DataCentreColumn.OWNER), DataCentreColumn.OWNER, notes)) {
      Optional<String> id = assembler.operatorId(t.name);
      if (id.isPresent()) {
        b.addOwners(id.get());
        confidence = confidence == null || t.confidence.compareTo(confidence) > 0 ? t.confidence : confidence;
      }
    }
    tagNotes.add(describe("owner", r.get(DataCentreColumn.OWNER)));
    Set<String> tenants = new LinkedHashSet<>();
    for (Tagged t : tagged(r.get(DataCentreColumn.USERS), DataCentreColumn.USERS, notes)) {
      assembler.operatorId(t.name).ifPresent(tenants::add);
    }
    b.tenants(tenants);
    tagNotes.add(describe("users", r.get(DataCentreColumn.USERS)));
    tagNotes.add(describe("project", r.get(DataCentreColumn.PROJECT)));
    tagNotes.add(describe("investors", r.get(DataCentreColumn.INVESTORS)));
    tagNotes.add(describe("construction", r.get(DataCentreColumn.CONSTRUCTION_COMPANIES)));
    tagNotes.add(describe("energy", r.get(DataCentreColumn.ENERGY_COMPANIES)));
    b.confidence(confidence == null ? Confidence.REPORTED : confidence);
    String capacityNote = capacity(r, timeline, b, notes);
    tagNotes.add(capacityNote);
    tagNotes.removeIf(String::isEmpty);
    b.notes("Epoch AI: " + String.join("; ", tagNotes));
    String id = Slug.unique(handle, "data-centre", r.number(), ids);
    try {
      return b.id(id).build();
    } catch (ModelException e) {
      throw new RowSkip(Cause.INVALID_VALUE, e.getMessage());
    }
  }

  /** Sets status, dates and capacity; returns the note saying where the capacity comes from. */
  private String capacity(CsvRecords.Row<DataCentreColumn> r, List<Step> timeline, Site.Builder b, RowNotes notes) {
    if (timeline == null) {
      OptionalDouble power = Cells.number(DataCentreColumn.CURRENT_POWER_MW.header(),
          r.get(DataCentreColumn.CURRENT_POWER_MW), true, notes);
      OptionalDouble h100e = Cells.number(DataCentreColumn.CURRENT_H100_EQUIVALENTS.header(),
          r.get(DataCentreColumn.CURRENT_H100_EQUIVALENTS), true, notes);
      boolean powered = power.isPresent() && power.getAsDouble() > 0;
      b.status(powered ? SiteStatus.OPERATIONAL : SiteStatus.UNDER_CONSTRUCTION);
      // the current figures are the facility's, as on the import's date: one step from that date, not IT capacity
      Step current = new Step(asOf, power.isPresent() && power.getAsDouble() > 0 ? power : OptionalDouble.empty(),
          h100e.isPresent() && h100e.getAsDouble() > 0 ? h100e : OptionalDouble.empty(), OptionalLong.empty(), "");
      if (current.powerMw.isPresent() || current.h100e.isPresent()) {
        try {
          b.addCapacitySteps(current.toCapacityStep());
          return "capacity from the table's current figures, as one step on " + asOf;
        } catch (ModelException e) {
          notes.add(Cause.INVALID_VALUE, "current figures: " + e.getMessage() + "; left out");
        }
      }
      return "no current figures in the table";
    }
    Step inForce = null;
    LocalDate firstPowered = null;
    for (Step s : timeline) {
      if (!s.date.isAfter(asOf)) {
        inForce = s;
      }
      if (firstPowered == null && s.powered()) {
        firstPowered = s.date;
      }
      try {
        b.addCapacitySteps(s.toCapacityStep());
      } catch (ModelException e) {
        notes.add(Cause.INVALID_VALUE, "timeline row of " + s.date + ": " + e.getMessage() + "; step left out");
      }
    }
    if (firstPowered != null) {
      b.operationalFrom(PartialDate.of(firstPowered));
    }
    String steps = timeline.size() + " capacity step(s) from the timeline";
    if (inForce == null) {
      b.status(SiteStatus.ANNOUNCED);
      return timeline.isEmpty() ? "no timeline row" : steps + ", which starts after " + asOf;
    }
    b.status(inForce.powered() ? SiteStatus.OPERATIONAL : SiteStatus.UNDER_CONSTRUCTION);
    return steps + "; status on " + asOf + " from the row of " + inForce.date
        + (inForce.status.isEmpty() ? "" : " (" + Cells.collapse(inForce.status) + ")");
  }

  private static Optional<Coordinates> coordinates(CsvRecords.Row<DataCentreColumn> r, RowNotes notes) {
    String lat = r.get(DataCentreColumn.LATITUDE);
    String lon = r.get(DataCentreColumn.LONGITUDE);
    if (lat.isEmpty() && lon.isEmpty()) {
      return Optional.empty();
    }
    OptionalDouble la = Dms.parse(lat, true);
    OptionalDouble lo = Dms.parse(lon, false);
    if (la.isEmpty() || lo.isEmpty()) {
      notes.add(Cause.INVALID_COORDINATES, "position " + Cells.quote(lat) + ", " + Cells.quote(lon)
          + " is not a position in degrees-minutes-seconds (32°35'25\"N) within range; left out");
      return Optional.empty();
    }
    return Optional.of(Coordinates.of(la.getAsDouble(), lo.getAsDouble()));
  }

  /**
   * The jurisdiction of an address: the last comma-separated part that is a country of the ISO 3166-1 table, else
   * a US state by name at the start of a part, or by postal abbreviation before a ZIP code.
   */
  static Optional<String> jurisdiction(String address) {
    String[] parts = address.split(",");
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = Cells.collapse(parts[i].replaceAll("\\d{4,6}(-\\d{4})?", ""));
      Optional<String> country = COUNTRIES.lookUp(p);
      if (country.isPresent()) {
        return country;
      }
    }
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = Cells.collapse(parts[i]);
      if (p.matches("[A-Z]{2} \\d{5}(-\\d{4})?")) {
        Optional<String> s = US_STATES.lookUp(p.substring(0, 2));
        if (s.isPresent()) {
          return s;
        }
      }
      String[] words = p.split(" ");
      for (int n = Math.min(3, words.length); n >= 1; n--) {
        String name = String.join(" ", Arrays.copyOf(words, n));
        if (name.length() > 2) {
          Optional<String> s = US_STATES.lookUp(name);
          if (s.isPresent()) {
            return s;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A name with Epoch's confidence tag. */
  private static final class Tagged {
    final String name;
    final Confidence confidence;

    Tagged(String name, Confidence confidence) {
      this.name = name;
      this.confidence = confidence;
    }
  }

  /** Splits "OpenAI #likely, Microsoft #likely" into names and confidences. */
  private static List<Tagged> tagged(String text, DataCentreColumn column, RowNotes notes) {
    List<Tagged> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = Cells.collapse(part);
      if (p.isEmpty()) {
        continue;
      }
      int hash = p.indexOf('#');
      String name = hash < 0 ? p : p.substring(0, hash).trim();
      Confidence c = Confidence.REPORTED;
      if (hash >= 0) {
        String tag = p.substring(hash + 1).trim().toLowerCase(Locale.ROOT);
        switch (tag) {
          case "confident":
            c = Confidence.CONFIRMED;
            break;
          case "likely":
            c = Confidence.REPORTED;
            break;
          case "speculative":
            c = Confidence.ESTIMATED;
            break;
          default:
            notes.add(Cause.UNKNOWN_CONFIDENCE_TAG, column.header() + " " + Cells.quote(p)
                + " has an unknown confidence tag; taken as reported");
        }
      }
      if (!name.isEmpty()) {
        out.add(new Tagged(name, c));
      }
    }
    return out;
  }

  private static String describe(String label, String text) {
    String t = Cells.collapse(text);
    return t.isEmpty() ? "" : label + " " + t;
  }
}
