package dev.sovai.importers.epoch;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import dev.sovai.importers.ImportReport;
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
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.Sector;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/**
 * One import: maps each streamed row to a site as it comes, keeps only what the result needs, and assembles the
 * two landscapes at the end (phases can only be resolved once every row is known).
 */
final class ImportRun {
  static final String DATASET_SOURCE_ID = "epoch-ai-supercomputers";
  static final String ANONYMIZED = "Anonymized";
  static final String UNSPECIFIED_CHIP = "unspecified";
  private static final Currency USD = Currency.getInstance("USD");
  private static final int TEXT_LIMIT = 4000;

  private static final List<EpochColumn> SOURCE_COLUMNS = List.of(EpochColumn.SOURCE_1, EpochColumn.SOURCE_2,
      EpochColumn.SOURCE_3, EpochColumn.SOURCE_4, EpochColumn.SOURCE_5);
  private static final SpellingTable COUNTRIES = SpellingTable.load("countries.tsv");
  private static final SpellingTable CHIPS = SpellingTable.load("chips.tsv");

  /** The dataset itself: Pilz et al., "Trends in AI Supercomputers", Epoch AI, 2025, CC BY 4.0. */
  static final Source DATASET_SOURCE = Source.builder()
      .id(DATASET_SOURCE_ID)
      .title("Trends in AI Supercomputers (Pilz, Sanders, Rahman, Heim) and its dataset of AI supercomputers")
      .publisher("Epoch AI")
      .url(URI.create("https://arxiv.org/abs/2504.16026"))
      .published(PartialDate.ofMonth(2025, 4))
      .language("en")
      .licence("CC BY 4.0")
      .build();

  private final EpochImportOptions options;
  private final LocalDate asOf;
  private final Assembler assembler;

  private final Set<String> siteIds = new HashSet<>();
  /** Source text as written → source identifier. */
  private final Map<String, String> sourceIds = new HashMap<>();
  private final Map<String, Source> rowSources = new HashMap<>();
  /** Name of every row read → whether a row of that name is operational on the as-of date. */
  private final Map<String, Boolean> phases = new HashMap<>();
  /** Name of a predecessor → names of rows that build upon it. */
  private final Map<String, List<String>> builtUponBy = new HashMap<>();
  /** Shared copies of repeated warning texts, so that thousands of alike warnings hold one string. */
  private final Map<String, String> texts = new HashMap<>();
  private final RowNotes notes = new RowNotes();
  private final List<Pending> pending = new ArrayList<>();
  private final List<RowWarning> warnings = new ArrayList<>();
  private long rowsRead;

  /** A row mapped to a site, awaiting the phase decision. */
  private static final class Pending {
    final long row;
    final long line;
    final String supersededBy;
    final String buildsUpon;
    final Site site;
    /** Null when the row was imported as it stands. */
    Set<Cause> causes;
    /** Null when the row was imported as it stands. */
    List<String> reasons;

    Pending(CsvRecords.Row<EpochColumn> r, String supersededBy, String buildsUpon, Site site, RowNotes notes) {
      this.row = r.number();
      this.line = r.line();
      this.supersededBy = supersededBy;
      this.buildsUpon = buildsUpon;
      this.site = site;
      this.causes = notes.isEmpty() ? null : EnumSet.copyOf(notes.causes());
      this.reasons = notes.isEmpty() ? null : new ArrayList<>(notes.reasons());
    }

    String name() {
      return site.name();
    }

    void add(Cause cause, String reason) {
      if (causes == null) {
        causes = EnumSet.noneOf(Cause.class);
        reasons = new ArrayList<>(1);
      }
      causes.add(cause);
      reasons.add(reason);
    }
  }


  ImportRun(EpochImportOptions options) {
    this.options = options;
    this.asOf = options.asOf();
    this.assembler = new Assembler(options.catalogue(), DATASET_SOURCE,
        "Owner as named in Epoch AI's AI supercomputers dataset; kind and seat not given there");
  }

  EpochImport run(CsvRecords<EpochColumn> csv, boolean hasCoordinates) throws IOException {
    CsvRecords.Row<EpochColumn> r;
    while ((r = csv.next()) != null) {
      rowsRead++;
      row(r, hasCoordinates);
    }
    return finish();
  }

  // ---------------------------------------------------------------------------------------------------------
  // one row

  private void row(CsvRecords.Row<EpochColumn> r, boolean hasCoordinates) {
    // Every typed cell is read first: an unusable one is left out with a note, never a refused file.
    RowNotes notes = this.notes;
    notes.clear();
    String name = cleanName(r.get(EpochColumn.NAME));
    String statusText = r.get(EpochColumn.STATUS);
    Optional<Boolean> include = flag(r.get(EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS));
    OptionalDouble h100e = number(r, EpochColumn.H100_EQUIVALENTS, notes);
    OptionalLong qty1 = Cells.count(EpochColumn.CHIP_QUANTITY_PRIMARY.header(),
        r.get(EpochColumn.CHIP_QUANTITY_PRIMARY), false, notes);
    OptionalLong qty2 = Cells.count(EpochColumn.CHIP_QUANTITY_SECONDARY.header(),
        r.get(EpochColumn.CHIP_QUANTITY_SECONDARY), false, notes);
    OptionalDouble powerMw = number(r, EpochColumn.POWER_CAPACITY_MW, notes);
    Optional<BigDecimal> cost = Cells.decimal(EpochColumn.HARDWARE_COST.header(), r.get(EpochColumn.HARDWARE_COST),
        notes);
    OptionalDouble flops16 = number(r, EpochColumn.OPS_16_BIT, notes);
    int before = notes.reasons().size();
    OptionalDouble lat = hasCoordinates ? number(r, EpochColumn.LATITUDE, notes) : OptionalDouble.empty();
    OptionalDouble lon = hasCoordinates ? number(r, EpochColumn.LONGITUDE, notes) : OptionalDouble.empty();
    boolean positionUnreadable = notes.reasons().size() > before;
    Optional<PartialDate> firstOperational = Cells.date(EpochColumn.FIRST_OPERATIONAL_DATE.header(),
        r.get(EpochColumn.FIRST_OPERATIONAL_DATE), notes);
    Optional<PartialDate> decommissioned = Cells.date(EpochColumn.DECOMMISSIONED_DATE.header(),
        r.get(EpochColumn.DECOMMISSIONED_DATE), notes);
    String supersededBy = cleanName(r.get(EpochColumn.SUPERSEDED_BY));
    String buildsUpon = cleanName(r.get(EpochColumn.BUILDS_UPON));

    SiteStatus status = status(statusText);
    if (!name.isEmpty()) {
      if (status != null && operationalOn(status, firstOperational, decommissioned)) {
        phases.put(name, Boolean.TRUE);
      } else {
        phases.putIfAbsent(name, Boolean.FALSE);
      }
      if (!buildsUpon.isEmpty()) {
        builtUponBy.computeIfAbsent(buildsUpon, x -> new ArrayList<>(1)).add(name);
      }
    }
    try {
      if (name.isEmpty()) {
        throw new RowSkip(Cause.BLANK_NAME, "name is blank");
      }
      if (status == null) {
        throw new RowSkip(Cause.UNKNOWN_STATUS, statusText.isEmpty() ? "status is blank"
            : "status \"" + statusText + "\" is not Existing, Planned or Decommissioned");
      }
      if (include.isEmpty()) {
        String flagNote = EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS.header() + " "
            + Cells.quote(r.get(EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS)) + " is not TRUE, FALSE or blank";
        if (status != SiteStatus.ANNOUNCED && options.standardAnalysisOnly()) {
          throw new RowSkip(Cause.UNREADABLE_FLAG, flagNote + ", so the row may not be in Epoch's standard analysis");
        }
        notes.add(Cause.UNREADABLE_FLAG, flagNote + "; not needed with these options");
      } else if (status != SiteStatus.ANNOUNCED && options.standardAnalysisOnly() && !include.get()) {
        throw new RowSkip(Cause.NOT_IN_STANDARD_ANALYSIS, "not in Epoch's standard analysis");
      }
      String country = r.get(EpochColumn.COUNTRY);
      if (country.isEmpty()) {
        throw new RowSkip(Cause.BLANK_COUNTRY, "country is blank, so the site has no jurisdiction");
      }
      String jurisdiction = COUNTRIES.lookUp(country).orElseThrow(() -> new RowSkip(Cause.UNKNOWN_COUNTRY,
          "country \"" + country + "\" is not in the importer's country table"));

      Confidence confidence = confidence(r.get(EpochColumn.CERTAINTY), notes);
      Site.Builder b = Site.builder()
          .name(name)
          .kind(SiteKind.SUPERCOMPUTER)
          .jurisdiction(jurisdiction)
          .status(status)
          .confidence(confidence);
      text(r.get(EpochColumn.LOCATION)).ifPresent(b::place);
      text(r.get(EpochColumn.NOTE)).ifPresent(b::notes);
      if (!positionUnreadable) {
        coordinates(lat, lon, notes).ifPresent(b::coordinates);
      }
      firstOperational.ifPresent(b::operationalFrom);
      decommissioned.ifPresent(b::decommissioned);
      sector(r.get(EpochColumn.SECTOR), notes).ifPresent(b::sector);
      powerMw.ifPresent(b::itCapacityMw);
      flops16.ifPresent(b::reportedDense16BitFlops);
      h100e.ifPresent(b::reportedH100Equivalents);
      cost.ifPresent(c -> b.hardwareCost(Money.of(c, USD)));
      for (String owner : owners(r.get(EpochColumn.OWNER))) {
        b.addOwners(owner);
      }
      boolean anonymized = ANONYMIZED.equalsIgnoreCase(r.get(EpochColumn.GPU_SUPPLIER_PRIMARY));
      lot(r.get(EpochColumn.CHIP_TYPE_PRIMARY), qty1, !r.get(EpochColumn.CHIP_QUANTITY_PRIMARY).isEmpty(),
          "primary", anonymized, status, firstOperational, confidence, notes).ifPresent(b::addFleet);
      boolean anonymized2 = ANONYMIZED.equalsIgnoreCase(r.get(EpochColumn.GPU_SUPPLIER_SECONDARY));
      lot(r.get(EpochColumn.CHIP_TYPE_SECONDARY), qty2, !r.get(EpochColumn.CHIP_QUANTITY_SECONDARY).isEmpty(),
          "secondary", anonymized2, status, firstOperational, confidence, notes).ifPresent(b::addFleet);
      Set<String> sourceIds = new LinkedHashSet<>();
      sourceIds.add(DATASET_SOURCE_ID);
      for (EpochColumn c : SOURCE_COLUMNS) {
        rowSource(r.get(c)).ifPresent(sourceIds::add);
      }
      b.sources(sourceIds);
      String id = siteId(name, r.number());
      Site site;
      try {
        site = b.id(id).build();
      } catch (ModelException e) {
        throw new RowSkip(Cause.INVALID_VALUE, e.getMessage());
      }
      siteIds.add(id);
      pending.add(new Pending(r, supersededBy, buildsUpon, site, notes));
    } catch (RowSkip s) {
      warnings.add(new RowWarning(r.number(), r.line(), name, Kind.SKIPPED, EnumSet.of(s.why()),
          shared(s.getMessage())));
    } catch (ModelException e) {
      warnings.add(new RowWarning(r.number(), r.line(), name, Kind.SKIPPED, EnumSet.of(Cause.INVALID_VALUE),
          e.getMessage()));
    }
  }

  /** Operational on the as-of date: existing, in service by then for sure, and not certainly taken out. */
  private boolean operationalOn(SiteStatus status, Optional<PartialDate> from, Optional<PartialDate> until) {
    if (status != SiteStatus.OPERATIONAL) {
      return false;
    }
    if (until.isPresent() && until.get().isCertainlyOnOrBefore(asOf)) {
      return false;
    }
    return from.isEmpty() || from.get().isCertainlyOnOrBefore(asOf);
  }

  private static SiteStatus status(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "existing":
        return SiteStatus.OPERATIONAL;
      case "planned":
        return SiteStatus.ANNOUNCED;
      case "decommissioned":
        return SiteStatus.DECOMMISSIONED;
      default:
        return null;
    }
  }

  private static Confidence confidence(String certainty, RowNotes notes) {
    switch (certainty.toLowerCase(Locale.ROOT)) {
      case "confirmed":
        return Confidence.CONFIRMED;
      case "likely":
        return Confidence.REPORTED;
      case "unlikely":
        return Confidence.ESTIMATED;
      default:
        notes.add(Cause.UNKNOWN_CERTAINTY, certainty.isEmpty() ? "certainty is blank; confidence left at reported"
            : "certainty \"" + certainty + "\" is unknown; confidence left at reported");
        return Confidence.REPORTED;
    }
  }

  private static Optional<Sector> sector(String text, RowNotes notes) {
    switch (Cells.word(text)) {
      case "":
        return Optional.empty();
      case "private":
        return Optional.of(Sector.PRIVATE);
      case "public":
      case "government":
        return Optional.of(Sector.PUBLIC);
      case "public/private":
      case "private/public":
        return Optional.of(Sector.MIXED);
      case "academic":
      case "academia":
        return Optional.of(Sector.ACADEMIC);
      default:
        notes.add(Cause.UNKNOWN_SECTOR, "sector \"" + text + "\" is unknown; left out");
        return Optional.empty();
    }
  }

  private static Optional<Coordinates> coordinates(OptionalDouble lat, OptionalDouble lon, RowNotes notes) {
    if (lat.isEmpty() && lon.isEmpty()) {
      return Optional.empty();
    }
    if (lat.isEmpty() || lon.isEmpty()) {
      notes.add(Cause.INVALID_COORDINATES, "only one of latitude and longitude is given; position left out");
      return Optional.empty();
    }
    double la = lat.getAsDouble();
    double lo = lon.getAsDouble();
    if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
      notes.add(Cause.INVALID_COORDINATES, "position " + la + ", " + lo + " is out of range; left out");
      return Optional.empty();
    }
    return Optional.of(Coordinates.of(la, lo));
  }

  private Optional<AcceleratorLot> lot(String chip, OptionalLong quantity, boolean quantityGiven, String which,
      boolean anonymized, SiteStatus status, Optional<PartialDate> date, Confidence confidence, RowNotes notes) {
    if (chip.isEmpty() && quantity.isEmpty()) {
      return Optional.empty();
    }
    AcceleratorLot.Builder b = AcceleratorLot.builder().status(status).confidence(confidence);
    date.ifPresent(b::date);
    if (chip.isEmpty()) {
      b.count(quantity.getAsLong());
      if (anonymized) {
        return Optional.of(b.reportedModel(ANONYMIZED).build());
      }
      notes.add(Cause.INCOMPLETE_CHIP, quantity.getAsLong() + " " + which
          + " chips without a chip type; kept as reported model \"" + UNSPECIFIED_CHIP + "\"");
      return Optional.of(b.reportedModel(UNSPECIFIED_CHIP).build());
    }
    if (quantity.isEmpty()) {
      if (!quantityGiven) {
        notes.add(Cause.INCOMPLETE_CHIP, which + " chip \"" + chip + "\" without a quantity; no fleet lot");
      } else {
        notes.add(Cause.INCOMPLETE_CHIP, which + " chip \"" + chip + "\" without a usable quantity; no fleet lot");
      }
      return Optional.empty();
    }
    b.count(quantity.getAsLong());
    Optional<String> id = CHIPS.lookUp(chip);
    if (id.isPresent() && options.catalogue().accelerator(id.get()).isPresent()) {
      return Optional.of(b.accelerator(id.get()).build());
    }
    notes.add(Cause.UNKNOWN_CHIP, id.isPresent()
        ? "chip \"" + chip + "\" maps to " + id.get() + ", which the catalogue lacks; kept as reported model"
        : "chip \"" + chip + "\" is not in the chip table; kept as reported model");
    return Optional.of(b.reportedModel(chip).build());
  }

  private List<String> owners(String text) {
    Set<String> ids = new LinkedHashSet<>();
    if (text.isEmpty()) {
      return List.of();
    }
    for (String part : text.split(",")) {
      assembler.operatorId(part).ifPresent(ids::add);
    }
    return new ArrayList<>(ids);
  }

  private Optional<String> rowSource(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String known = sourceIds.get(text);
    if (known != null) {
      return Optional.of(known);
    }
    String title = collapse(text);
    String id = "epoch-src-" + Slug.digest(title);
    Source existing = rowSources.get(id);
    if (existing == null) {
      Source.Builder b = Source.builder().id(id).title(title.length() > 500 ? title.substring(0, 497) + "..." : title);
      url(title).ifPresent(b::url);
      existing = b.build();
      rowSources.put(id, existing);
    }
    sourceIds.put(text, existing.id());
    return Optional.of(existing.id());
  }

  private static Optional<URI> url(String text) {
    String first = text.split(" ", 2)[0];
    try {
      URI u = new URI(first);
      if (u.isAbsolute() && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
          && u.getHost() != null) {
        return Optional.of(u);
      }
    } catch (URISyntaxException e) {
      // not a URL: the source keeps its text as title only
    }
    return Optional.empty();
  }

  private String siteId(String name, long row) {
    String base = Slug.of(name);
    if (base.isEmpty()) {
      base = "row";
    }
    String id = base;
    if (siteIds.contains(id) || base.equals("row")) {
      id = base + "-r" + row;
    }
    return id;
  }

  // ---------------------------------------------------------------------------------------------------------
  // typed fields

  /** @return TRUE/YES → true, FALSE/NO/blank → false, anything else → empty */
  private static Optional<Boolean> flag(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "":
      case "false":
      case "no":
        return Optional.of(Boolean.FALSE);
      case "true":
      case "yes":
        return Optional.of(Boolean.TRUE);
      default:
        return Optional.empty();
    }
  }

  private static OptionalDouble number(CsvRecords.Row<EpochColumn> r, EpochColumn c, RowNotes notes) {
    return Cells.number(c.header(), r.get(c), false, notes);
  }

  /** Trims, collapses white space and strips quotes that wrap the whole name ({@code "\"A, B\""}). */
  static String cleanName(String text) {
    return Cells.name(text);
  }

  /** Trims and turns every run of white space into one space; returns the same string when already so. */
  static String collapse(String text) {
    return Cells.collapse(text);
  }

  private static Optional<String> text(String text) {
    String s = collapse(text);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(s.length() > TEXT_LIMIT ? s.substring(0, TEXT_LIMIT - 3) + "..." : s);
  }

  // ---------------------------------------------------------------------------------------------------------
  // the end: phases, then the two landscapes

  private EpochImport finish() {
    List<Site> current = new ArrayList<>();
    List<Site> planned = new ArrayList<>();
    for (Pending p : pending) {
      if (options.newestPhaseOnly()) {
        Optional<String> successor = operationalSuccessor(p);
        if (successor.isPresent()) {
          warnings.add(new RowWarning(p.row, p.line, p.name(), Kind.SKIPPED, EnumSet.of(Cause.SUPERSEDED),
              "superseded by \"" + successor.get() + "\", operational on " + asOf));
          continue;
        }
        unknownLink(p, p.supersededBy, "superseded by");
        unknownLink(p, p.buildsUpon, "builds upon");
      }
      if (p.causes != null) {
        warnings.add(new RowWarning(p.row, p.line, p.name(), Kind.DEFAULTED, p.causes,
            shared(String.join("; ", p.reasons))));
      }
      (p.site.status() == SiteStatus.ANNOUNCED ? planned : current).add(p.site);
    }
    warnings.sort(Comparator.comparingLong(RowWarning::row));
    ImportReport report = new ImportReport(rowsRead, current.size(), planned.size(), warnings);
    // free the row indexes before the landscapes are built: only the sites are needed from here on
    pending.clear();
    phases.clear();
    builtUponBy.clear();
    siteIds.clear();
    sourceIds.clear();
    texts.clear();
    Comparator<Site> byId = Comparator.comparing(Site::id);
    current.sort(byId);
    planned.sort(byId);
    return new EpochImport(assemble(current), assemble(planned), report);
  }

  private Optional<String> operationalSuccessor(Pending p) {
    if (!p.supersededBy.isEmpty() && !p.supersededBy.equals(p.name())
        && Boolean.TRUE.equals(phases.get(p.supersededBy))) {
      return Optional.of(p.supersededBy);
    }
    for (String s : builtUponBy.getOrDefault(p.name(), List.of())) {
      if (!s.equals(p.name()) && Boolean.TRUE.equals(phases.get(s))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private String shared(String text) {
    String known = texts.get(text);
    if (known != null) {
      return known;
    }
    if (texts.size() < 10_000) {
      texts.put(text, text);
    }
    return text;
  }

  private void unknownLink(Pending p, String target, String what) {
    if (!target.isEmpty() && !phases.containsKey(target)) {
      p.add(Cause.UNKNOWN_PHASE_LINK, what + " \"" + target + "\", which is not a row of the file; kept");
    }
  }

  private Landscape assemble(List<Site> sites) {
    return assembler.build(asOf, sites, rowSources);
  }
}
