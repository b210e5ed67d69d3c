package dev.sovai.io.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.sovai.io.LandscapeFormat;
import dev.sovai.io.internal.Cursor.Obj;
import dev.sovai.model.Confidence;
import dev.sovai.model.ModelException;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealEffects;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.DealStatus;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
import dev.sovai.model.deal.SiteChange;
import dev.sovai.model.deal.StakeChange;
import dev.sovai.model.jurisdiction.Adequacy;
import dev.sovai.model.jurisdiction.AdequacyStatus;
import dev.sovai.model.jurisdiction.ExtraterritorialLaw;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.jurisdiction.Jurisdiction;
import dev.sovai.model.jurisdiction.ReachRule;
import dev.sovai.model.operator.Certification;
import dev.sovai.model.operator.CertificationScheme;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.operator.Remainder;
import dev.sovai.model.operator.Stake;
import dev.sovai.model.operator.StateLink;
import dev.sovai.model.operator.StateLinkKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.Coordinates;
import dev.sovai.model.site.EnergySource;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Sector;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteKind;
import dev.sovai.model.site.SiteStatus;

/**
 * Reads the landscape document and each model type from a {@link Cursor}. Each method is called with the parser
 * on the first token of the value and returns the value, or null after recording every problem found in it.
 *
 * <p>The class is long (about 1,000 lines) because it is one thing: the format's member table, one flat method per
 * model type, with the bookkeeping they share (the references read for the integrity check, the shared dates and
 * lots, the identifier of the entity being read). Each method mirrors one type of {@code docs/format.md}.
 */
public final class LandscapeDecoder {
  /** At most this many distinct dates and lots are remembered for sharing (bounded memory on hostile input). */
  private static final int SHARED_LIMIT = 200_000;
  /** The required members of the entities read most often (one array, not one per entity). */
  private static final String[] SITE_REQUIRED = {"id", "name", "jurisdiction", "status"};
  private static final String[] LOT_REQUIRED = {"count"};
  private static final String[] STAKE_REQUIRED = {"holder", "capitalShare"};

  private final Cursor c;
  private final Map<String, PartialDate> dates = new HashMap<>();
  /** {@link #date(String)}, made once rather than for every date read. */
  private final java.util.function.Function<String, PartialDate> dateOf = this::date;
  private final Map<AcceleratorLot, AcceleratorLot> lots = new HashMap<>();
  /** The identifier of the top-level entity being read, as written, or null. */
  private String entityId;
  /**
   * The references read in the top-level entity being read: where (kept cheaply: a pointer is built only for an
   * entity that cannot be built), to what kind, which identifier.
   */
  private final Places refPlaces = new Places();
  private EntityKind[] refKinds = new EntityKind[8];
  private String[] refIds = new String[8];

  /** A reference read in an entity that could not be built: where, to what kind, which identifier. */
  public static final class Reference {
    /** The JSON Pointer of the reference. */
    public final String pointer;
    /** The kind of entity it names. */
    public final EntityKind kind;
    /** The identifier it names. */
    public final String id;

    Reference(String pointer, EntityKind kind, String id) {
      this.pointer = pointer;
      this.kind = kind;
      this.id = id;
    }
  }

  /** Where each top-level entity starts in the input, by kind, in document order. */
  public static final class Starts {
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int size;

    void add(int line, int column) {
      if (size == lines.length) {
        lines = java.util.Arrays.copyOf(lines, size * 2);
        columns = java.util.Arrays.copyOf(columns, size * 2);
      }
      lines[size] = line;
      columns[size++] = column;
    }

    /**
     * @param index  the document index
     * @return the line where that entity starts, or 0
     */
    public int line(int index) {
      return index < size ? lines[index] : 0;
    }

    /**
     * @param index  the document index
     * @return the column where that entity starts, or 0
     */
    public int column(int index) {
      return index < size ? columns[index] : 0;
    }
  }

  /** The content of a document, in document order, before whole-landscape validation. */
  public static final class Document {
    /** The as-of date, or null if it was missing or bad. */
    public LocalDate asOf;
    /** Entities in document order (entities with problems left out). */
    public final List<Jurisdiction> jurisdictions = new ArrayList<>();
    /** Operators in document order. */
    public final List<Operator> operators = new ArrayList<>();
    /** Accelerators in document order. */
    public final List<Accelerator> accelerators = new ArrayList<>();
    /** Sites in document order. */
    public final List<Site> sites = new ArrayList<>();
    /** Deals in document order. */
    public final List<Deal> deals = new ArrayList<>();
    /** Sources in document order. */
    public final List<Source> sources = new ArrayList<>();
    /** Entity starts by top-level member name. */
    public final Map<String, Starts> starts = new HashMap<>();
    /**
     * The identifier (or code) each top-level entity was written with, by top-level member name, in document order;
     * null where it could not be read. Kept for entities that failed too, so that references to them are not
     * reported as dangling and duplicates among them are found.
     */
    public final Map<String, List<String>> ids = new HashMap<>();
    /**
     * The references read in each top-level entity that could not be built, by top-level member name and document
     * index: the whole-landscape check cannot see them in the model, so they are checked from here.
     */
    public final Map<String, Map<Integer, List<Reference>>> unbuiltReferences = new HashMap<>();
    /** For operators whose stakes were not written sorted by holder: the holders in document order. */
    public final Map<String, List<String>> stakeOrder = new HashMap<>();
    /** The top-level member names whose entities' identifiers were not all read, or not in increasing order. */
    private final java.util.Set<String> unordered = new java.util.HashSet<>();

    /**
     * @param member  a top-level member name
     * @return true if every entity of that member was written with an identifier, each greater than the one before
     *     (as the writer writes them), so that none repeats; true if there are none
     */
    public boolean increasing(String member) {
      return !unordered.contains(member);
    }
  }

  /**
   * @param cursor  the cursor
   */
  public LandscapeDecoder(Cursor cursor) {
    this.c = cursor;
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // document

  /**
   * Reads a whole landscape document.
   *
   * @return its content, never null (check the cursor's problems)
   * @throws IOException on a parse error
   */
  public Document document() throws IOException {
    Document d = new Document();
    Obj o = c.object(n -> {
      switch (n) {
        case "format":
          String f = c.string();
          if (f != null && !LandscapeFormat.NAME.equals(f)) {
            c.problem("format must be \"" + LandscapeFormat.NAME + "\", was " + ModelException.describe(f));
          }
          return true;
        case "version":
          Long v = c.integer();
          if (v != null && v != LandscapeFormat.VERSION) {
            c.problem("version " + v + " is not supported; this library reads version " + LandscapeFormat.VERSION);
          }
          return true;
        case "asOf":
          d.asOf = c.parsed(LandscapeDecoder::day);
          return true;
        case "jurisdictions":
          entities(n, d, d.jurisdictions, this::jurisdiction);
          return true;
        case "operators":
          entities(n, d, d.operators, () -> operator(d.stakeOrder));
          return true;
        case "accelerators":
          entities(n, d, d.accelerators, this::accelerator);
          return true;
        case "sites":
          entities(n, d, d.sites, this::site);
          return true;
        case "deals":
          entities(n, d, d.deals, this::deal);
          return true;
        case "sources":
          entities(n, d, d.sources, this::source);
          return true;
        default:
          return false;
      }
    });
    if (o != null) {
      c.require(o, "format", "version", "asOf");
    }
    c.forgetShared(); // the landscape keeps the strings; the table need not outlive the reading
    return d;
  }

  private <T> void entities(String name, Document d, List<T> out, Cursor.Reading<T> reader) throws IOException {
    Starts starts = new Starts();
    d.starts.put(name, starts);
    List<String> ids = new ArrayList<>();
    d.ids.put(name, ids);
    String[] previous = new String[1];
    c.array(i -> {
      starts.add(c.tokenLine(), c.tokenColumn());
      entityId = null;
      refPlaces.clear();
      T v = reader.read();
      ids.add(entityId);
      // compared while both identifiers are fresh in the cache, rather than in a pass over every entity afterwards
      if (entityId == null || previous[0] != null && previous[0].compareTo(entityId) >= 0) {
        d.unordered.add(name);
      }
      previous[0] = entityId;
      if (v == null && refPlaces.size() > 0) {
        d.unbuiltReferences.computeIfAbsent(name, k -> new HashMap<>()).put(i, refsRead());
      }
      if (v != null) {
        out.add(v);
      } else {
        out.add(null); // keeps document indices aligned; the document has problems and is never built
      }
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // shared values

  /**
   * Parses a full date {@code yyyy-MM-dd} with a year in 0001–9999, in the library's own words: the text forms and
   * bounds of {@link PartialDate}, and a date known to the day only.
   *
   * @param text  the text
   * @return the date
   * @throws ModelException if it is not such a date
   */
  public static LocalDate day(String text) {
    boolean shape = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    for (int i = 0; i < text.length() && shape; i++) {
      shape = i == 4 || i == 7 || (text.charAt(i) >= '0' && text.charAt(i) <= '9');
    }
    if (!shape) {
      throw new ModelException("LocalDate", null, "date", text,
          "must be written yyyy-MM-dd with a year from 0001 to 9999");
    }
    return PartialDate.parse(text).earliest();
  }

  /**
   * @return a partial date, or null
   * @throws IOException on a parse error
   */
  public PartialDate partialDate() throws IOException {
    return c.parsedRef(dateOf);
  }

  /** Equal dates of a document share one instance: dates repeat a great deal in large documents. */
  private PartialDate date(String text) {
    PartialDate d = dates.get(text);
    if (d == null) {
      d = PartialDate.parse(text);
      if (dates.size() < SHARED_LIMIT) {
        dates.put(text, d);
      }
    }
    return d;
  }

  /** Equal accelerator lots of a document share one instance (they are immutable values). */
  private AcceleratorLot shared(AcceleratorLot lot) {
    if (lot == null) {
      return null;
    }
    AcceleratorLot known = lots.get(lot);
    if (known != null) {
      return known;
    }
    if (lots.size() < SHARED_LIMIT) {
      lots.put(lot, lot);
    }
    return lot;
  }

  /** Reads the identifier of a top-level entity, remembering it even if the entity turns out to be invalid. */
  private String id(boolean shared) throws IOException {
    String s = shared ? c.ref() : c.string();
    entityId = s;
    return s;
  }

  /** A reference to an entity of a kind, remembered in case its entity cannot be built. */
  private String ref(EntityKind kind) throws IOException {
    String s = c.ref();
    if (s != null) {
      int n = refPlaces.size();
      if (n == refIds.length) {
        refKinds = java.util.Arrays.copyOf(refKinds, n * 2);
        refIds = java.util.Arrays.copyOf(refIds, n * 2);
      }
      refKinds[n] = kind;
      refIds[n] = s;
      c.keepPlace(refPlaces);
    }
    return s;
  }

  /** @return the references read in the entity just read (which could not be built) */
  private List<Reference> refsRead() {
    List<Reference> out = new ArrayList<>(refPlaces.size());
    for (int i = 0; i < refPlaces.size(); i++) {
      out.add(new Reference(refPlaces.pointer(i), refKinds[i], refIds[i]));
    }
    return out;
  }

  private List<String> refs(EntityKind kind) throws IOException {
    return c.list(() -> ref(kind));
  }

  private List<String> strings() throws IOException {
    return c.list(c::string);
  }

  /** A set written as an array: the same value twice is a problem (the writer never writes it). */
  private <T> List<T> distinct(Cursor.Reading<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    Object[] seen = new Object[1]; // a hash set of the values, made once the list is long: short lists are searched
    boolean ok = c.array(i -> {
      T v = element.read();
      if (v == null) {
        return;
      }
      if (repeats(out, seen, v)) {
        c.problem(c.label() + " repeats " + ModelException.describe(v instanceof Enum ? LandscapeEncoder.lower((Enum<?>) v) : v)
            + "; a set lists each value once");
        return;
      }
      out.add(v);
    });
    return ok ? out : null;
  }

  /** @return true if {@code v} is in {@code values} (searched while short, then through a hash set kept in seen[0]) */
  @SuppressWarnings("unchecked")
  private static <T> boolean repeats(List<T> values, Object[] seen, T v) {
    if (seen[0] == null) {
      if (values.size() < 8) {
        return values.contains(v);
      }
      seen[0] = new java.util.HashSet<>(values);
    }
    return !((java.util.Set<T>) seen[0]).add(v);
  }

  private List<String> codes() throws IOException {
    return distinct(c::ref);
  }

  private Confidence confidence() throws IOException {
    return c.enumeration(Confidence.class);
  }

  /**
   * @return money, or null
   * @throws IOException on a parse error
   */
  public Money money() throws IOException {
    int mark = c.mark();
    String[] parts = new String[2];
    Obj o = c.object(n -> {
      switch (n) {
        case "amount":
          if (c.parser().currentToken().isNumeric()) {
            c.problem("amount must be a string (so that no digit is lost), was a number " + c.parser().getText());
          } else {
            parts[0] = c.string();
          }
          return true;
        case "currency":
          parts[1] = c.string();
          return true;
        default:
          return false;
      }
    });
    if (o != null) {
      c.require(o, "amount", "currency");
    }
    return c.build(o, mark, () -> Money.of(parts[0], parts[1]));
  }

  /**
   * @return a source, or null
   * @throws IOException on a parse error
   */
  public Source source() throws IOException {
    int mark = c.mark();
    Source.Builder b = Source.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "id": set(id(true), b::id); return true;
        case "title": set(c.string(), b::title); return true;
        case "publisher": set(c.string(), b::publisher); return true;
        case "url": set(c.parsed(LandscapeDecoder::uri), b::url); return true;
        case "published": set(partialDate(), b::published); return true;
        case "language": set(c.ref(), b::language); return true;
        case "licence": set(c.ref(), b::licence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "id", "title");
    }
    return c.build(o, mark, b::build);
  }

  private static URI uri(String s) {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new ModelException("Source", null, "url", s, "must be a URI (" + e.getReason() + ")");
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // jurisdictions

  /**
   * @return a jurisdiction, or null
   * @throws IOException on a parse error
   */
  public Jurisdiction jurisdiction() throws IOException {
    int mark = c.mark();
    Jurisdiction.Builder b = Jurisdiction.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "code": set(id(true), b::code); return true;
        case "name": set(c.string(), b::name); return true;
        case "blocs": set(codes(), b::blocs); return true;
        case "adequacy": set(adequacy(), b::adequacy); return true;
        case "laws": set(c.list(this::law), b::laws); return true;
        case "grid": set(grid(), b::grid); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "code", "name");
    }
    return c.build(o, mark, b::build);
  }

  private Adequacy adequacy() throws IOException {
    int mark = c.mark();
    Adequacy.Builder b = Adequacy.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "status": set(c.enumeration(AdequacyStatus.class), b::status); return true;
        case "decided": set(partialDate(), b::decided); return true;
        case "scope": set(c.string(), b::scope); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "status");
    }
    return c.build(o, mark, b::build);
  }

  private ExtraterritorialLaw law() throws IOException {
    int mark = c.mark();
    ExtraterritorialLaw.Builder b = ExtraterritorialLaw.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "id": set(c.ref(), b::id); return true;
        case "name": set(c.string(), b::name); return true;
        case "reach": set(distinct(() -> c.enumeration(ReachRule.class)), b::reach); return true;
        case "effectiveFrom": set(partialDate(), b::effectiveFrom); return true;
        case "effectiveUntil": set(partialDate(), b::effectiveUntil); return true;
        case "summary": set(c.string(), b::summary); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "id", "name", "reach");
    }
    return c.build(o, mark, b::build);
  }

  private GridProfile grid() throws IOException {
    int mark = c.mark();
    GridProfile.Builder b = GridProfile.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "year": set(c.int32(), b::year); return true;
        case "carbonIntensityGramsPerKwh": set(c.number(), b::carbonIntensityGramsPerKwh); return true;
        case "lowCarbonShare": set(c.number(), b::lowCarbonShare); return true;
        case "renewableShare": set(c.number(), b::renewableShare); return true;
        case "nuclearShare": set(c.number(), b::nuclearShare); return true;
        case "netImportShare": set(c.number(), b::netImportShare); return true;
        case "demandTwh": set(c.number(), b::demandTwh); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "year", "carbonIntensityGramsPerKwh");
    }
    return c.build(o, mark, b::build);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // operators

  /**
   * @param stakeOrder  receives, for an operator whose stakes are not sorted by holder, the holders in document
   *     order (may be null)
   * @return an operator, or null
   * @throws IOException on a parse error
   */
  public Operator operator(Map<String, List<String>> stakeOrder) throws IOException {
    int mark = c.mark();
    Operator.Builder b = Operator.builder();
    List<List<Stake>> stakes = new ArrayList<>(1);
    Obj o = c.object(n -> {
      switch (n) {
        case "id": set(id(true), b::id); return true;
        case "name": set(c.string(), b::name); return true;
        case "kind": set(c.enumeration(OperatorKind.class), b::kind); return true;
        case "seat": set(c.ref(), b::seat); return true;
        case "centralAdministration": set(c.ref(), b::centralAdministration); return true;
        case "mainEstablishment": set(c.ref(), b::mainEstablishment); return true;
        case "operationsIn": set(codes(), b::operationsIn); return true;
        case "stakes":
          List<Stake> s = c.list(this::stake);
          if (s != null) {
            stakes.add(s);
            b.stakes(s);
          }
          return true;
        case "remainder": set(c.enumeration(Remainder.class), b::remainder); return true;
        case "stateLinks": set(c.list(this::stateLink), b::stateLinks); return true;
        case "certifications": set(c.list(this::certification), b::certifications); return true;
        case "csfDeclarations":
          set(CsfDeclarationCodec.read(c, () -> refs(EntityKind.SOURCE)), b::csfDeclarations);
          return true;
        case "notes": set(c.string(), b::notes); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "id", "name", "kind");
    }
    Operator op = c.build(o, mark, b::build);
    if (op != null && stakeOrder != null && !stakes.isEmpty()) {
      List<String> docOrder = new ArrayList<>();
      stakes.get(0).forEach(s -> docOrder.add(s.holder()));
      List<String> modelOrder = new ArrayList<>();
      op.stakes().forEach(s -> modelOrder.add(s.holder()));
      if (!docOrder.equals(modelOrder)) {
        stakeOrder.put(op.id(), docOrder);
      }
    }
    return op;
  }

  /**
   * @return a stake, or null
   * @throws IOException on a parse error
   */
  public Stake stake() throws IOException {
    int mark = c.mark();
    Stake.Builder b = Stake.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "holder": set(ref(EntityKind.OPERATOR), b::holder); return true;
        case "capitalShare": set(c.number(), b::capitalShare); return true;
        case "votingShare": set(c.number(), b::votingShare); return true;
        case "veto": set(c.bool(), b::veto); return true;
        case "appointsBoardMajority": set(c.bool(), b::appointsBoardMajority); return true;
        case "asOf": set(partialDate(), b::asOf); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, STAKE_REQUIRED);
    }
    return c.build(o, mark, b::build);
  }

  private StateLink stateLink() throws IOException {
    int mark = c.mark();
    StateLink.Builder b = StateLink.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "jurisdiction": set(c.ref(), b::jurisdiction); return true;
        case "kind": set(c.enumeration(StateLinkKind.class), b::kind); return true;
        case "description": set(c.string(), b::description); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "jurisdiction", "kind");
    }
    return c.build(o, mark, b::build);
  }

  private Certification certification() throws IOException {
    int mark = c.mark();
    Certification.Builder b = Certification.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "scheme": set(c.enumeration(CertificationScheme.class), b::scheme); return true;
        case "level": set(c.string(), b::level); return true;
        case "scope": set(c.string(), b::scope); return true;
        case "validFrom": set(partialDate(), b::validFrom); return true;
        case "validUntil": set(partialDate(), b::validUntil); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "scheme");
    }
    return c.build(o, mark, b::build);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // accelerators

  /**
   * @return an accelerator, or null
   * @throws IOException on a parse error
   */
  public Accelerator accelerator() throws IOException {
    int mark = c.mark();
    Accelerator.Builder b = Accelerator.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "id": set(id(true), b::id); return true;
        case "vendor": set(ref(EntityKind.OPERATOR), b::vendor); return true;
        case "model": set(c.string(), b::model); return true;
        case "boardPowerWatts": set(c.number(), b::boardPowerWatts); return true;
        case "denseBf16Tflops": set(c.number(), b::denseBf16Tflops); return true;
        case "denseFp8Tflops": set(c.number(), b::denseFp8Tflops); return true;
        case "h100Equivalent": set(c.number(), b::h100Equivalent); return true;
        case "fabJurisdictions": set(codes(), b::fabJurisdictions); return true;
        case "released": set(partialDate(), b::released); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "id", "vendor", "model");
    }
    return c.build(o, mark, b::build);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // sites

  /**
   * @return a site, or null
   * @throws IOException on a parse error
   */
  public Site site() throws IOException {
    int mark = c.mark();
    Site.Builder b = Site.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "id": set(id(false), b::id); return true;
        case "name": set(c.string(), b::name); return true;
        case "kind": set(c.enumeration(SiteKind.class), b::kind); return true;
        case "jurisdiction": set(c.ref(), b::jurisdiction); return true;
        case "place": set(c.ref(), b::place); return true;
        case "coordinates": set(coordinates(), b::coordinates); return true;
        case "operator": set(ref(EntityKind.OPERATOR), b::operator); return true;
        case "owners": c.each(() -> ref(EntityKind.OPERATOR), b::addOwners); return true;
        case "accessGateway": set(ref(EntityKind.OPERATOR), b::accessGateway); return true;
        case "tenants": c.each(() -> ref(EntityKind.OPERATOR), b::addTenants); return true;
        case "status": set(c.enumeration(SiteStatus.class), b::status); return true;
        case "announced": set(partialDate(), b::announced); return true;
        case "operationalFrom": set(partialDate(), b::operationalFrom); return true;
        case "decommissioned": set(partialDate(), b::decommissioned); return true;
        case "fleet": c.each(this::lot, b::addFleet); return true;
        case "itCapacityMw": set(c.number(), b::itCapacityMw); return true;
        case "pue": set(c.number(), b::pue); return true;
        case "energy": set(energy(), b::energy); return true;
        case "dataLocations": set(codes(), b::dataLocations); return true;
        case "administrationLocations": set(codes(), b::administrationLocations); return true;
        case "supportLocations": set(codes(), b::supportLocations); return true;
        case "sector": set(c.enumeration(Sector.class), b::sector); return true;
        case "reportedDense16BitFlops": set(c.number(), b::reportedDense16BitFlops); return true;
        case "reportedH100Equivalents": set(c.number(), b::reportedH100Equivalents); return true;
        case "linpack": set(linpack(), b::linpack); return true;
        case "capacitySteps": c.each(this::step, b::addCapacitySteps); return true;
        case "hardwareCost": set(money(), b::hardwareCost); return true;
        case "notes": set(c.string(), b::notes); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, SITE_REQUIRED);
    }
    return c.build(o, mark, b::build);
  }

  private Coordinates coordinates() throws IOException {
    int mark = c.mark();
    double[] v = new double[2];
    Obj o = c.object(n -> {
      switch (n) {
        case "latitude": set(c.number(), d -> v[0] = d); return true;
        case "longitude": set(c.number(), d -> v[1] = d); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "latitude", "longitude");
    }
    return c.build(o, mark, () -> Coordinates.of(v[0], v[1]));
  }

  /**
   * @return a Linpack measurement, or null
   * @throws IOException on a parse error
   */
  public LinpackMeasurement linpack() throws IOException {
    int mark = c.mark();
    LinpackMeasurement.Builder b = LinpackMeasurement.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "rmaxTflops": set(c.number(), b::rmaxTflops); return true;
        case "rpeakTflops": set(c.number(), b::rpeakTflops); return true;
        case "accelerator": set(ref(EntityKind.ACCELERATOR), b::accelerator); return true;
        case "list": set(partialDate(), b::list); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "rmaxTflops");
    }
    return c.build(o, mark, b::build);
  }

  /**
   * @return a capacity step, or null
   * @throws IOException on a parse error
   */
  public CapacityStep step() throws IOException {
    int mark = c.mark();
    CapacityStep.Builder b = CapacityStep.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "date": set(partialDate(), b::date); return true;
        case "itPowerMw": set(c.number(), b::itPowerMw); return true;
        case "facilityPowerMw": set(c.number(), b::facilityPowerMw); return true;
        case "h100Equivalents": set(c.number(), b::h100Equivalents); return true;
        case "buildingsOperational": set(c.integer(), b::buildingsOperational); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "date");
    }
    return c.build(o, mark, b::build);
  }

  /**
   * @return an accelerator lot, or null
   * @throws IOException on a parse error
   */
  public AcceleratorLot lot() throws IOException {
    int mark = c.mark();
    AcceleratorLot.Builder b = AcceleratorLot.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "accelerator": set(ref(EntityKind.ACCELERATOR), b::accelerator); return true;
        case "reportedModel": set(c.ref(), b::reportedModel); return true;
        case "count": set(c.integer(), b::count); return true;
        case "status": set(c.enumeration(SiteStatus.class), b::status); return true;
        case "date": set(partialDate(), b::date); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, LOT_REQUIRED);
    }
    return shared(c.build(o, mark, b::build));
  }

  private EnergySupply energy() throws IOException {
    int mark = c.mark();
    EnergySupply.Builder b = EnergySupply.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "gridConnected": set(c.bool(), b::gridConnected); return true;
        case "gridCapacityMw": set(c.number(), b::gridCapacityMw); return true;
        case "purchases": set(c.list(this::purchase), b::purchases); return true;
        case "onSite": set(c.list(this::onSite), b::onSite); return true;
        case "reportedRef": set(c.number(), b::reportedRef); return true;
        case "erf": set(c.number(), b::erf); return true;
        case "wueLitresPerKwh": set(c.number(), b::wueLitresPerKwh); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    return c.build(o, mark, b::build);
  }

  private PowerPurchase purchase() throws IOException {
    int mark = c.mark();
    PowerPurchase.Builder b = PowerPurchase.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "source": set(c.enumeration(EnergySource.class), b::source); return true;
        case "share": set(c.number(), b::share); return true;
        case "capacityMw": set(c.number(), b::capacityMw); return true;
        case "supplier": set(ref(EntityKind.OPERATOR), b::supplier); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "source");
    }
    return c.build(o, mark, b::build);
  }

  private OnSiteGeneration onSite() throws IOException {
    int mark = c.mark();
    OnSiteGeneration.Builder b = OnSiteGeneration.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "source": set(c.enumeration(EnergySource.class), b::source); return true;
        case "capacityMw": set(c.number(), b::capacityMw); return true;
        case "share": set(c.number(), b::share); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "source");
    }
    return c.build(o, mark, b::build);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // deals

  /**
   * @return a deal, or null
   * @throws IOException on a parse error
   */
  public Deal deal() throws IOException {
    int mark = c.mark();
    Deal.Builder b = Deal.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "id": set(id(false), b::id); return true;
        case "title": set(c.string(), b::title); return true;
        case "kind": set(c.enumeration(DealKind.class), b::kind); return true;
        case "parties": set(c.list(this::party), b::parties); return true;
        case "status": set(c.enumeration(DealStatus.class), b::status); return true;
        case "announced": set(partialDate(), b::announced); return true;
        case "closed": set(partialDate(), b::closed); return true;
        case "value": set(money(), b::value); return true;
        case "sites": set(refs(EntityKind.SITE), b::sites); return true;
        case "accelerators": set(c.list(this::lot), b::accelerators); return true;
        case "effects": set(effects(), b::effects); return true;
        case "notes": set(c.string(), b::notes); return true;
        case "sources": set(refs(EntityKind.SOURCE), b::sources); return true;
        case "confidence": set(confidence(), b::confidence); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "id", "title", "kind", "parties");
    }
    return c.build(o, mark, b::build);
  }

  private Party party() throws IOException {
    int mark = c.mark();
    Object[] v = new Object[2];
    Obj o = c.object(n -> {
      switch (n) {
        case "operator": v[0] = ref(EntityKind.OPERATOR); return true;
        case "role": v[1] = c.enumeration(PartyRole.class); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "operator", "role");
    }
    return c.build(o, mark, () -> Party.of((String) v[0], (PartyRole) v[1]));
  }

  private DealEffects effects() throws IOException {
    int mark = c.mark();
    DealEffects.Builder b = DealEffects.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "stakes": set(c.list(this::stakeChange), b::stakes); return true;
        case "sites": set(c.list(this::siteChange), b::sites); return true;
        default: return false;
      }
    });
    return c.build(o, mark, b::build);
  }

  private StakeChange stakeChange() throws IOException {
    int mark = c.mark();
    Object[] v = new Object[2];
    Obj o = c.object(n -> {
      switch (n) {
        case "operator": v[0] = ref(EntityKind.OPERATOR); return true;
        case "stake": v[1] = stake(); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "operator", "stake");
    }
    return c.build(o, mark, () -> StakeChange.of((String) v[0], (Stake) v[1]));
  }

  private SiteChange siteChange() throws IOException {
    int mark = c.mark();
    SiteChange.Builder b = SiteChange.builder();
    Obj o = c.object(n -> {
      switch (n) {
        case "site": set(ref(EntityKind.SITE), b::site); return true;
        case "operator": set(ref(EntityKind.OPERATOR), b::operator); return true;
        case "owners": set(refs(EntityKind.OPERATOR), b::owners); return true;
        case "accessGateway": set(ref(EntityKind.OPERATOR), b::accessGateway); return true;
        default: return false;
      }
    });
    if (o != null) {
      c.require(o, "site");
    }
    return c.build(o, mark, b::build);
  }
}
