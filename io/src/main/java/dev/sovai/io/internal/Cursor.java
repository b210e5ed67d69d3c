package dev.sovai.io.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.ReaderBasedJsonParser;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import dev.sovai.io.LandscapeFormatException;
import dev.sovai.io.Problem;
import dev.sovai.io.ReadLimits;
import dev.sovai.model.ModelException;

/**
 * A position in a document being read with Jackson's streaming parser: it keeps the JSON Pointer of the current
 * value, collects every problem with its place, and reads typed values that report (rather than throw) what is
 * wrong. Each read method is called with the parser on the first token of a value and leaves it on the last token
 * of that value, whether the value was good or not.
 *
 * <p>The class is long (about 1,000 lines) because it is one thing: the parser, the current place, the member
 * locations and the problem list are one state that every typed read updates on the reader's hot path; split into
 * several classes, that state would have to be shared across them. What needs none of that state is in classes of its
 * own: the table of shared strings ({@code SharedStrings}), the stack of the current place ({@code Path}) and the kept
 * places of references ({@code Places}).
 */
public final class Cursor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.sovai.io.LandscapeReader");

  private final JsonParser p;
  private final ReadLimits limits;
  private final boolean lenient;
  private final List<Problem> problems = new ArrayList<>();
  /** True once reading stopped at {@link ReadLimits#maxProblems()}. */
  private boolean truncated;
  /** The path of the current value. */
  private final Path path = new Path();
  /** The strings shared between equal values of the document. */
  private final SharedStrings shared = new SharedStrings();
  /**
   * The record of the object being read at each depth, reused: an {@link Obj} is valid until the reader leaves the
   * value that holds it (its reader uses it before returning; nothing keeps it).
   */
  private Obj[] objects = new Obj[16];
  /** True if the parser's token line and column can be read without allocating a {@code JsonLocation}. */
  private final boolean plainPlaces;
  /** The constants of each enum type by lower-case name, in declaration order (made once per type, shared). */
  private static final ClassValue<Map<String, Enum<?>>> ENUMS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> m = new LinkedHashMap<>();
      for (Object e : type.getEnumConstants()) {
        m.put(((Enum<?>) e).name().toLowerCase(Locale.ROOT), (Enum<?>) e);
      }
      return java.util.Collections.unmodifiableMap(m);
    }
  };
  /** The constants of each enum type and their lower-case names as characters (made once per type, shared). */
  private static final ClassValue<Object[][]> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected Object[][] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      char[][] names = new char[constants.length][];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).toCharArray();
      }
      return new Object[][] {constants, names};
    }
  };
  private final java.util.Set<Problem> approximate =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Thrown to stop reading: a fatal problem (malformed JSON, a limit) or too many problems. Never escapes io. */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Reads one member of an object; returns false if the member is unknown. */
  @FunctionalInterface
  public interface Members {
    /**
     * @param name  the member name; the parser is on the first token of its value
     * @return true if the member is known (and its value was consumed), false if unknown (not consumed)
     * @throws IOException on a parse error
     */
    boolean read(String name) throws IOException;
  }

  /** Reads one element of an array. */
  @FunctionalInterface
  public interface Elements {
    /**
     * @param index  the 0-based index; the parser is on the first token of the element
     * @throws IOException on a parse error
     */
    void read(int index) throws IOException;
  }

  /** No member: no line and column give this place (the line would be Integer.MIN_VALUE). */
  private static final long ABSENT = Long.MIN_VALUE;

  /** @return a line and a column in one value, so that members need no {@code JsonLocation} each */
  private static long place(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFF_FFFFL);
  }

  private static int line(long place) {
    return (int) (place >>> 32);
  }

  private static int column(long place) {
    return (int) place;
  }

  /** Objects with more members than this index them in a hash map instead of scanning. */
  private static final int SCAN_LIMIT = 16;

  /**
   * An object that was read: its pointer (built when first asked for), where it starts, and where each of its
   * members' values starts (in small arrays scanned linearly, or a hash map for large objects).
   */
  public static final class Obj {
    /** The cursor's path, which passes through the object's place while the object is used. */
    private Path path;
    private int depth;
    private int stamp;
    private String pointer;
    private long start;
    private String[] names = new String[8];
    private int[] hashes = new int[8];
    private long[] places = new long[8];
    private int size;
    private Map<String, Long> index;

    /** Makes this the record of a new object at a path (its arrays are kept for the next object at this depth). */
    void reset(Path at, long start) {
      path = at;
      depth = at.depth();
      stamp = at.stamp(depth);
      this.start = start;
      this.pointer = null;
      if (index != null) {
        index = null;
        names = new String[8];
        hashes = new int[8];
        places = new long[8];
      } else {
        java.util.Arrays.fill(names, 0, size, null);
      }
      this.size = 0;
    }

    /**
     * @param name  a member name
     * @return where its value starts, as {@link #place(int, int)}, or {@link #ABSENT} if the object does not have it
     */
    long member(String name) {
      if (index != null) {
        Long place = index.get(name);
        return place == null ? ABSENT : place;
      }
      int h = name.hashCode();
      for (int i = 0; i < size; i++) {
        if (hashes[i] == h && names[i].equals(name)) {
          return places[i];
        }
      }
      return ABSENT;
    }

    /** Records a member that is not yet recorded. */
    void put(String name, long place) {
      if (index != null) {
        index.put(name, place);
        return;
      }
      if (size == SCAN_LIMIT) {
        index = new HashMap<>();
        for (int i = 0; i < size; i++) {
          index.put(names[i], places[i]);
        }
        index.put(name, place);
        names = null;
        hashes = null;
        places = null;
        return;
      }
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
        hashes = java.util.Arrays.copyOf(hashes, size * 2);
        places = java.util.Arrays.copyOf(places, size * 2);
      }
      names[size] = name;
      hashes[size] = name.hashCode();
      places[size] = place;
      size++;
    }

    /**
     * @param name  a member name
     * @return true if the object has it
     */
    public boolean has(String name) {
      return member(name) != ABSENT;
    }

    /** @return the object's JSON Pointer */
    public String pointer() {
      if (pointer == null) {
        if (!path.passesThrough(depth, stamp)) {
          throw new IllegalStateException("the pointer of an object is asked for after the reader left it");
        }
        pointer = path.pointer(depth);
      }
      return pointer;
    }

    /** @return the 1-based line where the object starts */
    public int line() {
      return Cursor.line(start);
    }

    /** @return the 1-based column where the object starts */
    public int column() {
      return Cursor.column(start);
    }
  }

  /**
   * Creates a cursor.
   *
   * @param parser  the parser, not yet advanced
   * @param limits  the limits
   * @param lenient  true to log and skip unknown members instead of reporting them
   */
  public Cursor(JsonParser parser, ReadLimits limits, boolean lenient) {
    this.p = parser;
    this.limits = limits;
    this.lenient = lenient;
    this.plainPlaces = parser.getClass() == UTF8StreamJsonParser.class || parser.getClass() == ReaderBasedJsonParser.class;
  }

  /**
   * @return where the current token (not a member name) starts, as {@link #place(int, int)}: the line and column
   *     of {@link JsonParser#currentTokenLocation()}, read from Jackson's own parsers without creating the location
   */
  private long tokenPlace() {
    if (plainPlaces && p.currentToken() != JsonToken.FIELD_NAME) {
      ParserBase b = (ParserBase) p;
      int column = b.getTokenColumnNr(); // one more than the location's column, unless unknown (negative)
      return place(b.getTokenLineNr(), column < 0 ? column : column - 1);
    }
    JsonLocation at = p.currentTokenLocation();
    return place(at.getLineNr(), at.getColumnNr());
  }

  /** @return the line where the current token starts, as {@link JsonParser#currentTokenLocation()} gives it */
  public int tokenLine() {
    return line(tokenPlace());
  }

  /** @return the column where the current token starts, as {@link JsonParser#currentTokenLocation()} gives it */
  public int tokenColumn() {
    return column(tokenPlace());
  }

  /** Forgets the shared strings (after a document was read: the strings stay in what was read). */
  public void forgetShared() {
    shared.clear();
  }

  /** Reads a value from a cursor and finishes it (builds, validates); returns null after recording problems. */
  @FunctionalInterface
  public interface Session<T> {
    /**
     * @param cursor  the cursor, on the first token of the value
     * @return the value, or null after recording problems
     * @throws IOException on a parse error
     */
    T read(Cursor cursor) throws IOException;
  }

  /**
   * Runs one read over a parser: the value, then (for a whole document) the check that nothing follows it. Every
   * content failure, including malformed JSON and exceeded limits, ends in a {@link LandscapeFormatException}.
   *
   * @param <T>  the type read
   * @param parser  the parser, not yet advanced for a whole document, or on the first token of the value
   * @param limits  the limits
   * @param lenient  true to skip unknown members with a log line
   * @param whole  true if the parser's input is the whole document (the document must end after the value)
   * @param session  the reading
   * @return the value, never null
   * @throws LandscapeFormatException listing every problem
   * @throws IOException if the underlying stream fails
   */
  public static <T> T run(JsonParser parser, ReadLimits limits, boolean lenient, boolean whole, Session<T> session)
      throws IOException {
    return run(parser, limits, lenient, whole, session, null);
  }

  /**
   * Runs one read, as {@link #run(JsonParser, ReadLimits, boolean, boolean, Session)}; on failure, problems whose
   * place is approximate are given their exact line and column by a second pass over the input.
   *
   * @param <T>  the type read
   * @param parser  the parser
   * @param limits  the limits
   * @param lenient  true to skip unknown members with a log line
   * @param whole  true if the parser's input is the whole document
   * @param session  the reading
   * @param again  opens the input again, or null if it cannot be read twice
   * @return the value, never null
   * @throws LandscapeFormatException listing every problem
   * @throws IOException if the underlying stream fails
   */
  public static <T> T run(JsonParser parser, ReadLimits limits, boolean lenient, boolean whole, Session<T> session,
      Locator.Source again) throws IOException {
    Cursor c = new Cursor(parser, limits, lenient);
    T value = null;
    try {
      if (whole && parser.nextToken() == null) {
        c.problemAt("", 1, 1, "the document is empty");
      } else {
        value = session.read(c);
        if (whole && c.problems().isEmpty() && parser.nextToken() != null) {
          c.problem("unexpected content after the end of the document");
        }
      }
    } catch (Stop stop) {
      value = null;
    } catch (IOException e) {
      c.fail(e);
    }
    if (!c.problems().isEmpty() || value == null) {
      if (c.problems().isEmpty()) {
        c.problems().add(Problem.of("", 0, 0, "the document could not be read"));
      }
      throw new LandscapeFormatException(c.relocated(again), c.truncated);
    }
    return value;
  }

  private List<Problem> relocated(Locator.Source again) {
    if (again == null || approximate.isEmpty()) {
      return problems;
    }
    java.util.Set<String> wanted = new java.util.HashSet<>();
    approximate.forEach(p -> wanted.add(p.pointer()));
    Map<String, int[]> at;
    try (JsonParser p2 = again.open()) {
      at = Locator.locate(p2, wanted);
    } catch (IOException | RuntimeException e) {
      return problems; // the approximate places stay
    }
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      int[] lc = approximate.contains(p) ? at.get(p.pointer()) : null;
      out.add(lc == null ? p : Problem.of(p.pointer(), lc[0], lc[1], p.message()));
    }
    return out;
  }

  /** @return the parser */
  public JsonParser parser() {
    return p;
  }

  /** @return the problems found so far, in order */
  public List<Problem> problems() {
    return problems;
  }

  /** @return a mark to compare with {@link #failedSince(int)} */
  public int mark() {
    return problems.size();
  }

  /**
   * @param mark  a value of {@link #mark()}
   * @return true if a problem was found since
   */
  public boolean failedSince(int mark) {
    return problems.size() > mark;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // pointer and problems

  /** @return the JSON Pointer of the current value */
  public String pointer() {
    return path.pointer();
  }

  /**
   * Keeps the place of the current value, for its pointer later.
   *
   * @param into  the places kept
   */
  void keepPlace(Places into) {
    into.add(path);
  }

  /**
   * Pushes a pointer segment; pair with {@link #pop()}.
   *
   * @param segment  the member name
   */
  public void push(String segment) {
    path.push(segment);
  }

  /** Pops the last pointer segment. */
  public void pop() {
    path.pop();
  }

  /** @return a short name of the current value for messages: its member name, or {@code name[i]} in an array */
  public String label() {
    int depth = path.depth();
    if (depth == 0) {
      return "the document";
    }
    String last = path.name(depth - 1);
    if (!last.isEmpty() && Character.isDigit(last.charAt(0)) && depth > 1) {
      return path.name(depth - 2) + "[" + last + "]";
    }
    return last;
  }

  /**
   * Records a problem at the current token.
   *
   * @param message  the message
   */
  public void problem(String message) {
    JsonLocation at = p.currentTokenLocation();
    add(Problem.of(pointer(), at.getLineNr(), at.getColumnNr(), message));
  }

  /**
   * Records a problem at a given place.
   *
   * @param pointer  the pointer
   * @param line  the line, or 0
   * @param column  the column, or 0
   * @param message  the message
   */
  public void problemAt(String pointer, int line, int column, String message) {
    add(Problem.of(pointer, line, column, message));
  }

  /**
   * Records a problem whose place is only approximately known (the start of the entity that holds the value); a
   * reader of a re-readable input replaces it with the exact place of the pointer.
   *
   * @param pointer  the exact pointer of the offending value
   * @param line  the approximate line, or 0
   * @param column  the approximate column, or 0
   * @param message  the message
   */
  public void problemNear(String pointer, int line, int column, String message) {
    Problem p = Problem.of(pointer, line, column, message);
    approximate.add(p);
    add(p);
  }

  private void add(Problem problem) {
    problems.add(problem);
    if (problems.size() >= limits.maxProblems()) {
      truncated = true; // said once in the exception's message, not as a problem: the count stays the count
      throw new Stop();
    }
  }

  /**
   * Turns a failure of the parser into a problem at the current place. I/O failures of the stream itself are
   * rethrown.
   *
   * @param e  the exception
   * @throws IOException if it is a failure of the underlying stream, not of the content
   */
  public void fail(IOException e) throws IOException {
    // Jackson reads the value that follows a member name together with the name: a failure there happens before
    // the member was pushed, so add it from the parser's context.
    com.fasterxml.jackson.core.JsonStreamContext ctx = p.getParsingContext();
    boolean atName = e.getMessage() != null && e.getMessage().startsWith("Name length");
    if (!atName && ctx != null && ctx.inObject() && ctx.getCurrentName() != null
        && (path.depth() == 0 || !path.name(path.depth() - 1).equals(ctx.getCurrentName()))) {
      push(ctx.getCurrentName());
    }
    if (e instanceof StreamConstraintsException) {
      JsonLocation at = p.currentLocation();
      problems.add(Problem.of(pointer(), at.getLineNr(), at.getColumnNr(), limitMessage(e.getMessage())));
    } else if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      JsonLocation at = j.getLocation() != null ? j.getLocation() : p.currentLocation();
      problems.add(Problem.of(pointer(), at.getLineNr(), at.getColumnNr(), "malformed JSON: " + clean(j.getOriginalMessage())));
    } else if (e instanceof CharConversionException) {
      JsonLocation at = p.currentLocation();
      problems.add(Problem.of(pointer(), at.getLineNr(), at.getColumnNr(), "malformed text: " + clean(e.getMessage())));
    } else {
      throw e;
    }
  }

  private String limitMessage(String m) {
    String s = m == null ? "" : m;
    if (s.startsWith("String value length")) {
      return "a string is longer than the limit of " + limits.maxStringLength() + " characters (ReadLimits.maxStringLength)";
    }
    if (s.startsWith("Number value length")) {
      return "a number is longer than the limit of " + limits.maxNumberLength() + " characters (ReadLimits.maxNumberLength)";
    }
    if (s.startsWith("Name length")) {
      return "a member name is longer than the limit of " + limits.maxNameLength() + " characters (ReadLimits.maxNameLength)";
    }
    if (s.startsWith("Document nesting depth")) {
      return "arrays and objects are nested deeper than the limit of " + limits.maxNestingDepth()
          + " levels (ReadLimits.maxNestingDepth)";
    }
    if (s.startsWith("Document length")) {
      return "the document is longer than the limit of " + limits.maxDocumentLength() + " bytes (ReadLimits.maxDocumentLength)";
    }
    return "a limit was exceeded: " + clean(s);
  }

  private static String clean(String s) {
    if (s == null) {
      return "unreadable input";
    }
    int cut = s.indexOf('\n');
    String line = cut >= 0 ? s.substring(0, cut) : s;
    // Jackson names where a structure started with its internal source description: keep only line:column
    line = line.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "$1:$2")
        .replace("(start marker at ", "(opened at ");
    line = line.replace("Unexpected end-of-input", "unexpected end of input");
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // structure

  /**
   * Advances to the next token; the end of input inside a value is a malformed document.
   *
   * @return the token, or null at the end of input
   * @throws IOException on a parse error
   */
  public JsonToken next() throws IOException {
    return p.nextToken();
  }

  /**
   * Reads an object member by member: duplicate members and unknown members (unless lenient) are problems.
   *
   * @param members  the reader of known members
   * @return the object read, or null if the value is not an object (a problem was recorded); valid until the reader
   *     leaves the value (the member or element) the object is
   * @throws IOException on a parse error
   */
  public Obj object(Members members) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      typeProblem("an object");
      return null;
    }
    int depth = path.depth();
    if (depth >= objects.length) {
      objects = java.util.Arrays.copyOf(objects, depth * 2);
    }
    Obj o = objects[depth];
    if (o == null) {
      o = new Obj();
      objects[depth] = o;
    }
    o.reset(path, tokenPlace());
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      push(name); // popped only on a normal return, so that a failure keeps the pointer where it happened
      if (p.nextToken() == null) {
        throw new JsonParseException(p, "unexpected end of input");
      }
      long first = o.member(name);
      if (first != ABSENT) {
        problem("duplicate member " + ModelException.describe(name) + " (first at " + line(first) + ":" + column(first) + ")");
        p.skipChildren();
      } else {
        o.put(name, tokenPlace());
        if (!members.read(name)) {
          unknown(name);
          p.skipChildren();
        }
      }
      pop();
    }
    if (t != JsonToken.END_OBJECT) {
      throw new JsonParseException(p, "unexpected end of input in an object");
    }
    return o;
  }

  private void unknown(String name) {
    if (lenient) {
      JsonLocation at = p.currentTokenLocation();
      LOG.warn("ignoring unknown member \"{}\" at {} {}:{}", name, pointer(), at.getLineNr(), at.getColumnNr());
    } else {
      problem("unknown member " + ModelException.describe(name));
    }
  }

  /**
   * Reads an array element by element, enforcing {@link ReadLimits#maxArrayElements()}.
   *
   * @param elements  the reader of one element
   * @return true if the value was an array
   * @throws IOException on a parse error
   */
  public boolean array(Elements elements) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      typeProblem("an array");
      return false;
    }
    int i = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new JsonParseException(p, "unexpected end of input in an array");
      }
      if (i >= limits.maxArrayElements()) {
        problems.add(Problem.of(pointer(), p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(),
            label() + " has more than the limit of " + limits.maxArrayElements() + " elements (ReadLimits.maxArrayElements)"));
        throw new Stop();
      }
      path.push(i);
      elements.read(i);
      pop();
      i++;
    }
    return true;
  }

  /**
   * Reads an array of values with one reader, keeping the good ones.
   *
   * @param <T>  the element type
   * @param element  reads one element, returning null after recording a problem
   * @return the list, or null if not an array
   * @throws IOException on a parse error
   */
  public <T> List<T> list(Reading<T> element) throws IOException {
    List<T> out = new ArrayList<>();
    boolean ok = array(i -> {
      T v = element.read();
      if (v != null) {
        out.add(v);
      }
    });
    return ok ? out : null;
  }

  /**
   * Reads an array of values with one reader, handing each good one on as it is read (no list is built).
   *
   * @param <T>  the element type
   * @param element  reads one element, returning null after recording a problem
   * @param add  receives each good element, in order
   * @return true if the value was an array
   * @throws IOException on a parse error
   */
  public <T> boolean each(Reading<T> element, java.util.function.Consumer<? super T> add) throws IOException {
    return array(i -> {
      T v = element.read();
      if (v != null) {
        add.accept(v);
      }
    });
  }

  /** Reads one value. */
  @FunctionalInterface
  public interface Reading<T> {
    /**
     * @return the value, or null after recording a problem
     * @throws IOException on a parse error
     */
    T read() throws IOException;
  }

  /**
   * Records one problem per required member that is missing.
   *
   * @param o  the object
   * @param names  the required member names
   */
  public void require(Obj o, String... names) {
    for (String n : names) {
      if (!o.has(n)) {
        problemAt(o.pointer(), o.line(), o.column(), "missing required member \"" + n + "\"");
      }
    }
  }

  /**
   * Builds a model value, turning a {@link ModelException} into a problem at the member it names.
   *
   * @param <T>  the type built
   * @param o  the object read
   * @param mark  the mark taken before the object was read; nothing is built if a problem was found since
   * @param build  the builder call
   * @return the value, or null
   */
  public <T> T build(Obj o, int mark, Supplier<T> build) {
    if (o == null) {
      return null;
    }
    if (failedSince(mark)) {
      // still check the rules the members that did read may break, without echoing the problems already found
      try {
        build.get();
      } catch (ModelException broken) {
        int known = problems.size();
        for (ModelException e : allOf(broken)) {
          String member = member(e.field());
          String at = o.pointer() + "/" + member;
          boolean echoed = "?".equals(e.typeName()) || !o.has(member);
          for (int i = mark; i < known && !echoed; i++) {
            String q = problems.get(i).pointer();
            echoed = q.equals(at) || q.startsWith(at + "/");
          }
          if (!echoed) {
            modelProblem(o, e);
          }
        }
      } catch (NullPointerException e) {
        // a required member that failed to read: already reported
      }
      return null;
    }
    try {
      return build.get();
    } catch (ModelException broken) {
      for (ModelException e : allOf(broken)) {
        modelProblem(o, e);
      }
      return null;
    }
  }

  /** @return the broken rule and the others the model's check found in the same value (suppressed in it) */
  private static java.util.List<ModelException> allOf(ModelException broken) {
    java.util.List<ModelException> all = new java.util.ArrayList<>();
    all.add(broken);
    for (Throwable t : broken.getSuppressed()) {
      if (t instanceof ModelException) {
        all.add((ModelException) t);
      }
    }
    return all;
  }

  private static String member(String field) {
    int dot = field.indexOf('.');
    return dot >= 0 ? field.substring(0, dot) : field;
  }

  private void modelProblem(Obj o, ModelException e) {
    if ("?".equals(e.typeName())) {
      problemAt(o.pointer(), o.line(), o.column(), e.getMessage());
      return;
    }
    String field = e.field();
    String member = member(field);
    long at = o.member(member);
    String message = field + " " + e.problem() + ", was " + ModelException.describe(e.value());
    if (at != ABSENT) {
      problemAt(o.pointer() + "/" + member, line(at), column(at), message);
    } else {
      problemAt(o.pointer(), o.line(), o.column(), message);
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // scalars

  private void typeProblem(String expected) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      problem(label() + " must not be null (omit an absent value)");
    } else {
      problem(label() + " must be " + expected + ", was " + actual());
    }
    p.skipChildren();
  }

  private String actual() {
    JsonToken t = p.currentToken();
    try {
      switch (t) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return "a string " + ModelException.describe(p.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          String n = p.getText();
          return "a number " + (n.length() > 80 ? n.substring(0, 77) + "..." : n);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "a boolean " + p.getText();
        default:
          return String.valueOf(t);
      }
    } catch (IOException e) {
      return String.valueOf(t);
    }
  }

  /**
   * @return the string value, or null after a problem
   * @throws IOException on a parse error
   */
  public String string() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      if (p.getTextLength() > limits.maxStringLength()) {
        // a parser of someone else's mapper may allow more than these limits: they hold all the same
        problem(limitMessage("String value length"));
        return null;
      }
      return p.getText();
    }
    typeProblem("a string");
    return null;
  }

  /**
   * A string that is likely repeated (a reference, a code): equal values share one instance, to save memory on
   * large documents.
   *
   * @return the string value, or null after a problem
   * @throws IOException on a parse error
   */
  public String ref() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() > limits.maxStringLength()) {
      return string(); // records the problem
    }
    return shared.share(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  /**
   * @return the number as a double, or null after a problem
   * @throws IOException on a parse error
   */
  public Double number() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      if (longNumber()) {
        return null;
      }
      double d = p.getDoubleValue();
      if (!Double.isFinite(d)) {
        problem(label() + " must be a finite number, was " + ModelException.describe(p.getText()));
        return null;
      }
      return d;
    }
    typeProblem("a number");
    return null;
  }

  /** Records a problem for a number longer than the limit (which another mapper's parser may not enforce). */
  private boolean longNumber() throws IOException {
    if (p.getTextLength() > limits.maxNumberLength()) {
      problem(limitMessage("Number value length"));
      return true;
    }
    return false;
  }

  /**
   * @return the integer value, or null after a problem
   * @throws IOException on a parse error
   */
  public Long integer() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (longNumber()) {
        return null;
      }
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
        BigInteger b = p.getBigIntegerValue();
        problem(label() + " must be an integer in the 64-bit range, was " + ModelException.describe(b.toString()));
        return null;
      }
      return p.getLongValue();
    }
    typeProblem("an integer");
    return null;
  }

  /**
   * @return the integer value, or null after a problem
   * @throws IOException on a parse error
   */
  public Integer int32() throws IOException {
    Long l = integer();
    if (l == null) {
      return null;
    }
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      problem(label() + " must be an integer in the 32-bit range, was " + l);
      return null;
    }
    return l.intValue();
  }

  /**
   * @return the boolean value, or null after a problem
   * @throws IOException on a parse error
   */
  public Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    typeProblem("true or false");
    return null;
  }

  /**
   * Reads a string and converts it, reporting a conversion failure as a problem at the value.
   *
   * @param <T>  the value type
   * @param convert  the conversion, which may throw {@link ModelException}, {@link IllegalArgumentException} or
   *     {@link DateTimeException}
   * @return the value, or null after a problem
   * @throws IOException on a parse error
   */
  public <T> T parsed(Function<String, T> convert) throws IOException {
    return parsed(string(), convert);
  }

  /**
   * Reads a string that is likely repeated (shared as {@link #ref()}) and converts it, as
   * {@link #parsed(Function)}.
   *
   * @param <T>  the value type
   * @param convert  the conversion
   * @return the value, or null after a problem
   * @throws IOException on a parse error
   */
  public <T> T parsedRef(Function<String, T> convert) throws IOException {
    return parsed(ref(), convert);
  }

  private <T> T parsed(String s, Function<String, T> convert) {
    if (s == null) {
      return null;
    }
    try {
      return convert.apply(s);
    } catch (ModelException e) {
      problem(label() + " " + ("?".equals(e.typeName()) ? e.getMessage() : e.field() + " " + e.problem())
          + ", was " + ModelException.describe(s));
    } catch (DateTimeException | IllegalArgumentException e) {
      problem(label() + " is not valid: " + clean(e.getMessage()) + ", was " + ModelException.describe(s));
    }
    return null;
  }

  /**
   * Reads an enum constant written as its lower-case name.
   *
   * @param <E>  the enum type
   * @param type  the enum class
   * @return the constant, or null after a problem
   * @throws IOException on a parse error
   */
  public <E extends Enum<E>> E enumeration(Class<E> type) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() <= limits.maxStringLength()) {
      // matched against the parser's characters: a good name allocates nothing and is not looked up in a map
      E e = constant(type, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (e != null) {
        return e;
      }
    }
    String s = ref();
    if (s == null) {
      return null;
    }
    Map<String, Enum<?>> byName = ENUMS.get(type);
    Enum<?> e = byName.get(s);
    if (e == null) {
      problem(label() + " must be one of " + byName.keySet().stream().collect(Collectors.joining(", "))
          + ", was " + ModelException.describe(s));
      return null;
    }
    return type.cast(e);
  }

  /** @return the constant whose lower-case name is the characters given, or null */
  private static <E extends Enum<E>> E constant(Class<E> type, char[] chars, int offset, int length) {
    Object[][] table = ENUM_NAMES.get(type);
    char[][] names = (char[][]) table[1];
    for (int i = 0; i < names.length; i++) {
      if (names[i].length == length
          && java.util.Arrays.equals(names[i], 0, length, chars, offset, offset + length)) {
        return type.cast(table[0][i]);
      }
    }
    return null;
  }
}
