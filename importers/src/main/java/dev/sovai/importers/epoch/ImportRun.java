package dev.sovai.importers.epoch;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sovai.importers.epoch.EpochRowWarning.Cause;
import dev.sovai.importers.epoch.EpochRowWarning.Kind;
import dev.sovai.model.Cited;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Stake;
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
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?");

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
  private final Landscape catalogue;

  private final Set<String> siteIds = new HashSet<>();
  /** Owner name as written → operator identifier (one shared string per owner). */
  private final Map<String, String> ownerIds = new HashMap<>();
  /** One string per operator identifier, shared by every site that names it. */
  private final Map<String, String> ownerIdStrings = new HashMap<>();
  /** Operator identifier → the owner's name as first written. */
  private final Map<String, String> ownerNames = new HashMap<>();
  /** Source text as written → source identifier. */
  private final Map<String, String> sourceIds = new HashMap<>();
  private final Map<String, Source> rowSources = new HashMap<>();
  /** Name of every row read → whether a row of that name is operational on the as-of date. */
  private final Map<String, Boolean> phases = new HashMap<>();
  /** Name of a predecessor → names of rows that build upon it. */
  private final Map<String, List<String>> builtUponBy = new HashMap<>();
  /** Shared copies of repeated warning texts, so that thousands of alike warnings hold one string. */
  private final Map<String, String> texts = new HashMap<>();
  private final Set<Cause> scratchCauses = EnumSet.noneOf(Cause.class);
  private final List<String> scratchReasons = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private final List<EpochRowWarning> warnings = new ArrayList<>();
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

    Pending(EpochCsv.Row r, String supersededBy, String buildsUpon, Site site, Set<Cause> causes,
        List<String> reasons) {
      this.row = r.number();
      this.line = r.line();
      this.supersededBy = supersededBy;
      this.buildsUpon = buildsUpon;
      this.site = site;
      this.causes = causes.isEmpty() ? null : EnumSet.copyOf(causes);
      this.reasons = reasons.isEmpty() ? null : new ArrayList<>(reasons);
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

  /** Why a row is skipped: one cause and its explanation. */
  private static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;
    final Cause cause;

    Skip(Cause cause, String reason) {
      super(reason, null, false, false);
      this.cause = cause;
    }
  }

  ImportRun(EpochImportOptions options) {
    this.options = options;
    this.asOf = options.asOf();
    this.catalogue = options.catalogue();
  }

  EpochImport run(EpochCsv csv) throws IOException {
    EpochCsv.Row r;
    while ((r = csv.next()) != null) {
      rowsRead++;
      row(r, csv.hasCoordinates());
    }
    return finish();
  }

  // ---------------------------------------------------------------------------------------------------------
  // one row

  private void row(EpochCsv.Row r, boolean hasCoordinates) {
    // Parse every typed column first, so that a malformed number fails the import whatever the options.
    String name = cleanName(r.get(EpochColumn.NAME));
    String statusText = r.get(EpochColumn.STATUS);
    boolean include = bool(r, EpochColumn.INCLUDE_IN_STANDARD_ANALYSIS);
    OptionalDouble h100e = number(r, EpochColumn.H100_EQUIVALENTS);
    OptionalDouble qty1 = quantity(r, EpochColumn.CHIP_QUANTITY_PRIMARY);
    OptionalDouble qty2 = quantity(r, EpochColumn.CHIP_QUANTITY_SECONDARY);
    OptionalDouble powerMw = number(r, EpochColumn.POWER_CAPACITY_MW);
    Optional<BigDecimal> cost = decimal(r, EpochColumn.HARDWARE_COST);
    OptionalDouble flops16 = number(r, EpochColumn.OPS_16_BIT);
    OptionalDouble lat = hasCoordinates ? number(r, EpochColumn.LATITUDE) : OptionalDouble.empty();
    OptionalDouble lon = hasCoordinates ? number(r, EpochColumn.LONGITUDE) : OptionalDouble.empty();

    Set<Cause> causes = scratchCauses;
    List<String> reasons = scratchReasons;
    causes.clear();
    reasons.clear();
    Optional<PartialDate> firstOperational =
        date(r, EpochColumn.FIRST_OPERATIONAL_DATE, causes, reasons);
    Optional<PartialDate> decommissioned = date(r, EpochColumn.DECOMMISSIONED_DATE, causes, reasons);
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
        throw new Skip(Cause.BLANK_NAME, "name is blank");
      }
      if (status == null) {
        throw new Skip(Cause.UNKNOWN_STATUS, statusText.isEmpty() ? "status is blank"
            : "status \"" + statusText + "\" is not Existing, Planned or Decommissioned");
      }
      if (status != SiteStatus.ANNOUNCED && options.standardAnalysisOnly() && !include) {
        throw new Skip(Cause.NOT_IN_STANDARD_ANALYSIS, "not in Epoch's standard analysis");
      }
      String country = r.get(EpochColumn.COUNTRY);
      if (country.isEmpty()) {
        throw new Skip(Cause.BLANK_COUNTRY, "country is blank, so the site has no jurisdiction");
      }
      String jurisdiction = COUNTRIES.lookUp(country).orElseThrow(() -> new Skip(Cause.UNKNOWN_COUNTRY,
          "country \"" + country + "\" is not in the importer's country table"));

      Confidence confidence = confidence(r.get(EpochColumn.CERTAINTY), causes, reasons);
      Site.Builder b = Site.builder()
          .name(name)
          .kind(SiteKind.SUPERCOMPUTER)
          .jurisdiction(jurisdiction)
          .status(status)
          .confidence(confidence);
      text(r.get(EpochColumn.LOCATION)).ifPresent(b::place);
      text(r.get(EpochColumn.NOTE)).ifPresent(b::notes);
      coordinates(lat, lon, causes, reasons).ifPresent(b::coordinates);
      firstOperational.ifPresent(b::operationalFrom);
      decommissioned.ifPresent(b::decommissioned);
      sector(r.get(EpochColumn.SECTOR), causes, reasons).ifPresent(b::sector);
      powerMw.ifPresent(b::itCapacityMw);
      flops16.ifPresent(b::reportedDense16BitFlops);
      h100e.ifPresent(b::reportedH100Equivalents);
      cost.ifPresent(c -> b.hardwareCost(Money.of(c, USD)));
      for (String owner : owners(r.get(EpochColumn.OWNER))) {
        b.addOwners(owner);
      }
      boolean anonymized = ANONYMIZED.equalsIgnoreCase(r.get(EpochColumn.GPU_SUPPLIER_PRIMARY));
      lot(r.get(EpochColumn.CHIP_TYPE_PRIMARY), qty1, anonymized, status, firstOperational, confidence,
          causes, reasons).ifPresent(b::addFleet);
      boolean anonymized2 = ANONYMIZED.equalsIgnoreCase(r.get(EpochColumn.GPU_SUPPLIER_SECONDARY));
      lot(r.get(EpochColumn.CHIP_TYPE_SECONDARY), qty2, anonymized2, status, firstOperational, confidence,
          causes, reasons).ifPresent(b::addFleet);
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
        throw new Skip(Cause.INVALID_VALUE, e.getMessage());
      }
      siteIds.add(id);
      pending.add(new Pending(r, supersededBy, buildsUpon, site, causes, reasons));
    } catch (Skip s) {
      warnings.add(new EpochRowWarning(r.number(), r.line(), name, Kind.SKIPPED, EnumSet.of(s.cause),
          shared(s.getMessage())));
    } catch (ModelException e) {
      warnings.add(new EpochRowWarning(r.number(), r.line(), name, Kind.SKIPPED, EnumSet.of(Cause.INVALID_VALUE),
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

  private static Confidence confidence(String certainty, Set<Cause> causes, List<String> reasons) {
    switch (certainty.toLowerCase(Locale.ROOT)) {
      case "confirmed":
        return Confidence.CONFIRMED;
      case "likely":
        return Confidence.REPORTED;
      case "unlikely":
        return Confidence.ESTIMATED;
      default:
        causes.add(Cause.UNKNOWN_CERTAINTY);
        reasons.add(certainty.isEmpty() ? "certainty is blank; confidence left at reported"
            : "certainty \"" + certainty + "\" is unknown; confidence left at reported");
        return Confidence.REPORTED;
    }
  }

  private static Optional<Sector> sector(String text, Set<Cause> causes, List<String> reasons) {
    switch (text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "")) {
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
        causes.add(Cause.UNKNOWN_SECTOR);
        reasons.add("sector \"" + text + "\" is unknown; left out");
        return Optional.empty();
    }
  }

  private static Optional<Coordinates> coordinates(OptionalDouble lat, OptionalDouble lon, Set<Cause> causes,
      List<String> reasons) {
    if (lat.isEmpty() && lon.isEmpty()) {
      return Optional.empty();
    }
    if (lat.isEmpty() || lon.isEmpty()) {
      causes.add(Cause.INVALID_COORDINATES);
      reasons.add("only one of latitude and longitude is given; position left out");
      return Optional.empty();
    }
    double la = lat.getAsDouble();
    double lo = lon.getAsDouble();
    if (!(la >= -90 && la <= 90 && lo >= -180 && lo <= 180)) {
      causes.add(Cause.INVALID_COORDINATES);
      reasons.add("position " + la + ", " + lo + " is out of range; left out");
      return Optional.empty();
    }
    return Optional.of(Coordinates.of(la, lo));
  }

  private Optional<AcceleratorLot> lot(String chip, OptionalDouble quantity, boolean anonymized, SiteStatus status,
      Optional<PartialDate> date, Confidence confidence, Set<Cause> causes, List<String> reasons) {
    if (chip.isEmpty() && quantity.isEmpty()) {
      return Optional.empty();
    }
    AcceleratorLot.Builder b = AcceleratorLot.builder().status(status).confidence(confidence);
    date.ifPresent(b::date);
    if (chip.isEmpty()) {
      b.count((long) quantity.getAsDouble());
      if (anonymized) {
        return Optional.of(b.reportedModel(ANONYMIZED).build());
      }
      causes.add(Cause.INCOMPLETE_CHIP);
      reasons.add((long) quantity.getAsDouble() + " chips without a chip type; kept as reported model \""
          + UNSPECIFIED_CHIP + "\"");
      return Optional.of(b.reportedModel(UNSPECIFIED_CHIP).build());
    }
    if (quantity.isEmpty()) {
      causes.add(Cause.INCOMPLETE_CHIP);
      reasons.add("chip \"" + chip + "\" without a quantity; no fleet lot");
      return Optional.empty();
    }
    b.count((long) quantity.getAsDouble());
    Optional<String> id = CHIPS.lookUp(chip);
    if (id.isPresent() && catalogue.accelerator(id.get()).isPresent()) {
      return Optional.of(b.accelerator(id.get()).build());
    }
    causes.add(Cause.UNKNOWN_CHIP);
    reasons.add(id.isPresent()
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
      String id = ownerIds.get(part);
      if (id == null) {
        String name = cleanName(part);
        if (name.isEmpty()) {
          continue;
        }
        String slug = Slug.of(name);
        String fresh = slug.isEmpty() ? "owner-" + Slug.digest(name) : slug;
        ownerNames.putIfAbsent(fresh, name);
        id = ownerIdStrings.computeIfAbsent(fresh, k -> k);
        ownerIds.put(part, id);
      }
      ids.add(id);
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

  private static boolean bool(EpochCsv.Row r, EpochColumn c) {
    String v = r.get(c);
    switch (v.toLowerCase(Locale.ROOT)) {
      case "":
      case "false":
      case "no":
        return false;
      case "true":
      case "yes":
        return true;
      default:
        throw new EpochImportException(r.line(), c.header(), v, "must be TRUE, FALSE or blank (row " + r.number()
            + ")", null);
    }
  }

  private static OptionalDouble number(EpochCsv.Row r, EpochColumn c) {
    String v = r.get(c);
    if (v.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (v.length() > 64 || !NUMBER.matcher(v).matches()) {
      throw new EpochImportException(r.line(), c.header(), v, "not a number (row " + r.number() + ")", null);
    }
    double d = Double.parseDouble(v);
    if (Double.isInfinite(d)) {
      throw new EpochImportException(r.line(), c.header(), v, "number out of range (row " + r.number() + ")", null);
    }
    return OptionalDouble.of(d);
  }

  private static OptionalDouble quantity(EpochCsv.Row r, EpochColumn c) {
    OptionalDouble d = number(r, c);
    if (d.isPresent()) {
      double q = d.getAsDouble();
      if (q < 0 || q != Math.rint(q) || q > 1e15) {
        throw new EpochImportException(r.line(), c.header(), r.get(c),
            "a chip quantity must be a whole number ≥ 0 (row " + r.number() + ")", null);
      }
    }
    return d;
  }

  private static Optional<BigDecimal> decimal(EpochCsv.Row r, EpochColumn c) {
    String v = r.get(c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.length() > 64 || !NUMBER.matcher(v).matches()) {
      throw new EpochImportException(r.line(), c.header(), v, "not a number (row " + r.number() + ")", null);
    }
    BigDecimal d = new BigDecimal(v);
    if (d.precision() - d.scale() > 30 || d.scale() > 30) {
      throw new EpochImportException(r.line(), c.header(), v, "number out of range (row " + r.number() + ")", null);
    }
    return Optional.of(d);
  }

  private static Optional<PartialDate> date(EpochCsv.Row r, EpochColumn c, Set<Cause> causes, List<String> reasons) {
    String v = r.get(c);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      Matcher m = US_DATE.matcher(v);
      if (m.matches()) {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2))));
      }
      m = ISO_DATE_TIME.matcher(v);
      if (m.matches()) {
        return Optional.of(PartialDate.parse(m.group(1)));
      }
      return Optional.of(PartialDate.parse(v));
    } catch (ModelException e) {
      causes.add(Cause.UNREADABLE_DATE);
      reasons.add(c.header() + " \"" + v + "\" is not a date (M/D/YYYY or ISO); left out");
      return Optional.empty();
    }
  }

  /** Trims, collapses white space and strips quotes that wrap the whole name ({@code "\"A, B\""}). */
  static String cleanName(String text) {
    String s = collapse(text);
    while (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s;
  }

  /** Trims and turns every run of white space into one space; returns the same string when already so. */
  static String collapse(String text) {
    int n = text.length();
    boolean clean = n == 0 || (text.charAt(0) > ' ' && text.charAt(n - 1) > ' ');
    for (int i = 0; clean && i < n; i++) {
      char c = text.charAt(i);
      if (c < ' ' || (c == ' ' && text.charAt(i - 1) == ' ')) {
        clean = false;
      }
    }
    return clean ? text : WHITESPACE.matcher(text.trim()).replaceAll(" ");
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
          warnings.add(new EpochRowWarning(p.row, p.line, p.name(), Kind.SKIPPED, EnumSet.of(Cause.SUPERSEDED),
              "superseded by \"" + successor.get() + "\", operational on " + asOf));
          continue;
        }
        unknownLink(p, p.supersededBy, "superseded by");
        unknownLink(p, p.buildsUpon, "builds upon");
      }
      if (p.causes != null) {
        warnings.add(new EpochRowWarning(p.row, p.line, p.name(), Kind.DEFAULTED, p.causes,
            shared(String.join("; ", p.reasons))));
      }
      (p.site.status() == SiteStatus.ANNOUNCED ? planned : current).add(p.site);
    }
    warnings.sort(Comparator.comparingLong(EpochRowWarning::row));
    EpochImportReport report = new EpochImportReport(rowsRead, current.size(), planned.size(), warnings);
    // free the row indexes before the landscapes are built: only the sites are needed from here on
    pending.clear();
    phases.clear();
    builtUponBy.clear();
    siteIds.clear();
    ownerIds.clear();
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
    Map<String, Operator> operators = new TreeMap<>();
    Map<String, Accelerator> accelerators = new TreeMap<>();
    Map<String, Source> sources = new TreeMap<>();
    Deque<String> fromCatalogue = new ArrayDeque<>();
    sources.put(DATASET_SOURCE_ID, DATASET_SOURCE);
    for (Site s : sites) {
      for (String o : s.owners()) {
        if (operators.containsKey(o)) {
          continue;
        }
        if (catalogue.operator(o).isPresent()) {
          fromCatalogue.add(o);
        } else {
          operators.put(o, Operator.builder().id(o).name(ownerNames.get(o)).kind(OperatorKind.OTHER)
              .notes("Owner as named in Epoch AI's AI supercomputers dataset; kind and seat not given there")
              .addSources(DATASET_SOURCE_ID).build());
        }
      }
      for (String id : s.sources()) {
        Source src = rowSources.get(id);
        if (src != null) {
          sources.putIfAbsent(id, src);
        }
      }
      for (AcceleratorLot lot : s.fleet()) {
        lot.accelerator().ifPresent(a -> {
          if (!accelerators.containsKey(a)) {
            Accelerator acc = catalogue.accelerator(a).orElseThrow();
            accelerators.put(a, acc);
            cite(acc, sources);
            fromCatalogue.add(acc.vendor());
          }
        });
      }
    }
    while (!fromCatalogue.isEmpty()) {
      String id = fromCatalogue.pop();
      if (operators.containsKey(id)) {
        continue;
      }
      Operator o = catalogue.operator(id).orElseThrow();
      operators.put(id, o);
      cite(o, sources);
      for (Stake st : o.stakes()) {
        cite(st, sources);
        fromCatalogue.add(st.holder());
      }
      o.stateLinks().forEach(l -> cite(l, sources));
      o.certifications().forEach(c -> cite(c, sources));
    }
    return Landscape.builder().asOf(asOf).sites(sites).operators(operators.values())
        .accelerators(accelerators.values()).sources(sources.values()).build();
  }

  private void cite(Cited cited, Map<String, Source> into) {
    for (String id : cited.sources()) {
      if (!into.containsKey(id)) {
        catalogue.source(id).ifPresent(s -> into.put(id, s));
      }
    }
  }
}
