package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.sovai.io.jackson.SovaiMappers;
import dev.sovai.io.jackson.SovaiModule;
import dev.sovai.model.Money;
import dev.sovai.model.landscape.Landscape;

/**
 * Documents that are well-formed JSON but hostile in meaning: numbers that would cost unbounded time or memory, dates
 * beyond four-digit years, problems of one kind that used to hide problems of another, deals that cannot apply, and
 * limits that did not reach the Jackson module.
 */
class HostileMeaningTest {
  private static final String HEAD = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\",\n";
  private static final String VENDOR = "\"operators\": [{\"id\": \"v\", \"name\": \"V\", \"kind\": \"chip_vendor\"}],\n";

  private static String dealWorth(String amount) {
    return HEAD + VENDOR + "\"deals\": [{\"id\": \"d\", \"title\": \"D\", \"kind\": \"partnership\", \"parties\": "
        + "[{\"operator\": \"v\", \"role\": \"partner\"}], \"value\": {\"amount\": \"" + amount
        + "\", \"currency\": \"EUR\"}}]}";
  }

  private static List<Problem> problems(String doc) {
    return assertThrows(LandscapeFormatException.class, () -> LandscapeReader.strict().parse(doc)).problems();
  }

  @Test
  void amountsWithHugeExponentsAreRefusedBeforeAnyArithmetic() throws Exception {
    JsonMapper mapper = SovaiMappers.strict();
    for (String amount : List.of("1E-99999999", "-1E+999999999", "1E+999999999", "9E-2147483647", "1e2147483647")) {
      List<Problem> p = problems(dealWorth(amount));
      assertEquals("/deals/0/value/amount", p.get(0).pointer(), amount);
      assertTrue(p.get(0).message().contains("at most 30 digits before and 30 after the point"), p.get(0).message());
      assertTrue(p.get(0).message().endsWith(", was \"" + new java.math.BigDecimal(amount) + "\""), p.get(0).message());
      // the same rule through the Jackson module, for a document and for one Money value
      assertThrows(JsonMappingException.class, () -> mapper.readValue(dealWorth(amount), Landscape.class));
      assertThrows(JsonMappingException.class,
          () -> mapper.readValue("{\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}", Money.class));
    }
    assertEquals(new java.math.BigDecimal("1150000000"),
        LandscapeReader.strict().parse(dealWorth("1.15E+9")).deals().get(0).value().orElseThrow().amount());
  }

  @Test
  void anImpossibleDateIsRefusedInTheLibrarysOwnWords() {
    Problem p = problems(HEAD.replace("2025-11-20", "2025-02-30") + "\"sources\": []}").get(0);
    assertEquals("/asOf", p.pointer());
    assertEquals("asOf day is not a calendar date: 2025-02 has days 1 to 28, was \"2025-02-30\"", p.message());
    Problem far = problems(HEAD.replace("2025-11-20", "+999999999-12-31") + "\"sources\": []}").get(0);
    assertEquals("asOf date must be written yyyy-MM-dd with a year from 0001 to 9999, was \"+999999999-12-31\"",
        far.message());
    Problem partial = problems(HEAD.replace("2025-11-20", "2025-06") + "\"sources\": []}").get(0);
    assertEquals("/asOf", partial.pointer());
  }

  @Test
  void problemsOfEveryKindAreAllReportedInDocumentOrder() {
    // five problems of five kinds: a model rule (stake sum), a structural one (wrong type), a dangling reference,
    // a duplicate identifier and a reference to a source that does not exist; sites come before operators here
    String doc = HEAD
        + "\"sites\": [{\"id\": \"s1\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\","
        + " \"operator\": \"ghost\"},\n"
        + "  {\"id\": \"s1\", \"name\": \"S again\", \"jurisdiction\": \"FR\", \"status\": \"operational\"},\n"
        + "  {\"id\": \"s3\", \"name\": \"S3\", \"jurisdiction\": \"FR\", \"status\": \"operational\", \"pue\": \"1.2\"}],\n"
        + "\"operators\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"other\", \"stakes\": [{\"holder\": \"b\","
        + " \"capitalShare\": 0.8}, {\"holder\": \"c\", \"capitalShare\": 0.7}]},\n"
        + "  {\"id\": \"b\", \"name\": \"B\", \"kind\": \"other\", \"sources\": [\"nowhere\"]},\n"
        + "  {\"id\": \"c\", \"name\": \"C\", \"kind\": \"other\"},\n"
        + "  {\"id\": \"d\", \"name\": \"D\", \"kind\": \"other\", \"stakes\": [{\"holder\": \"a\", \"capitalShare\": 0.5}]}]}";
    List<String> found = problems(doc).stream().map(p -> p.pointer() + " " + p.message()).collect(Collectors.toList());
    assertEquals(List.of(
        "/sites/0/operator operator must name an operator of the landscape, was \"ghost\"",
        "/sites/1/id id must be unique among sites, was \"s1\"",
        "/sites/2/pue pue must be a number, was a string \"1.2\"",
        "/operators/0/stakes stakes.capitalShare must sum to at most 1, was 1.5",
        "/operators/1/sources/0 sources[0] must name a source of the landscape, was \"nowhere\""), found);
    // "d" holds a stake of "a", which could not be built: that is not a dangling reference
  }

  @Test
  void aBrokenRuleDoesNotHideTheDanglingReferencesOfItsEntity() {
    String doc = HEAD + "\"operators\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"other\", \"stakes\": ["
        + "{\"holder\": \"ghost\", \"capitalShare\": 0.8}, {\"holder\": \"b\", \"capitalShare\": 0.7}],"
        + " \"sources\": [\"nowhere\"]},\n"
        + "  {\"id\": \"b\", \"name\": \"B\", \"kind\": \"other\"}],\n"
        + "\"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"XX\", \"status\": \"operational\","
        + " \"operator\": \"phantom\", \"fleet\": [{\"accelerator\": \"no-chip\", \"count\": -1}]}]}";
    List<String> found = problems(doc).stream().map(p -> p.pointer() + " " + p.message()).collect(Collectors.toList());
    assertEquals(List.of(
        "/operators/0/stakes stakes.capitalShare must sum to at most 1, was 1.5",
        "/operators/0/stakes/0/holder holder must name an operator of the landscape, was \"ghost\"",
        "/operators/0/sources/0 sources[0] must name a source of the landscape, was \"nowhere\"",
        "/sites/0/fleet/0/count count must be ≥ 0, was -1",
        "/sites/0/jurisdiction jurisdiction must be an ISO 3166-1 alpha-2 code (\"FR\") or an ISO 3166-2 subdivision"
            + " (\"US-TX\"), was \"XX\"",
        "/sites/0/operator operator must name an operator of the landscape, was \"phantom\"",
        "/sites/0/fleet/0/accelerator accelerator must name an accelerator of the landscape, was \"no-chip\""), found);
  }

  @Test
  void oneDuplicateIdentifierDoesNotHideDanglingReferences() {
    String doc = HEAD + "\"sources\": [{\"id\": \"x\", \"title\": \"X\"}, {\"id\": \"x\", \"title\": \"X again\"}],\n"
        + "\"sites\": [{\"id\": \"s1\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\","
        + " \"operator\": \"ghost\", \"owners\": [\"phantom\"], \"sources\": [\"x\", \"missing\"]}]}";
    List<String> pointers = problems(doc).stream().map(Problem::pointer).collect(Collectors.toList());
    assertEquals(List.of("/sources/1/id", "/sites/0/operator", "/sites/0/owners/0", "/sites/0/sources/1"), pointers);
  }

  @Test
  void theCountInTheMessageIsTheNumberOfProblemsListed() {
    StringBuilder sb = new StringBuilder(HEAD).append("\"sources\": [");
    for (int i = 0; i < 30; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"title\": \"T\", \"bad\": 1}");
    }
    LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
        () -> LandscapeReader.strict().parse(sb.append("]}").toString()));
    assertEquals(30, e.problems().size());
    assertFalse(e.isTruncated());
    assertTrue(e.getMessage().startsWith("invalid document, 30 problems:\n"), e.getMessage());
    assertEquals(31, e.getMessage().split("\n").length);
  }

  @Test
  void aDealThatCannotApplyIsRefusedWhenRead() {
    String doc = HEAD + "\"operators\": [{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"other\"},"
        + " {\"id\": \"buyer\", \"name\": \"Buyer\", \"kind\": \"other\"},"
        + " {\"id\": \"other\", \"name\": \"Other\", \"kind\": \"other\"}],\n"
        + "\"deals\": [{\"id\": \"grab\", \"title\": \"Grab\", \"kind\": \"acquisition\", \"parties\": "
        + "[{\"operator\": \"buyer\", \"role\": \"acquirer\"}, {\"operator\": \"acme\", \"role\": \"target\"}], "
        + "\"effects\": {\"stakes\": [{\"operator\": \"acme\", \"stake\": {\"holder\": \"buyer\", \"capitalShare\": 1}},"
        + " {\"operator\": \"acme\", \"stake\": {\"holder\": \"other\", \"capitalShare\": 1}},"
        + " {\"operator\": \"buyer\", \"stake\": {\"holder\": \"other\", \"capitalShare\": 0.5}}]}}]}";
    List<Problem> p = problems(doc);
    assertEquals(1, p.size(), p.toString());
    assertEquals("/deals/0/effects/stakes/1/stake", p.get(0).pointer());
    assertEquals("stake cannot apply: after it, acme's stakes.capitalShare must sum to at most 1, was \"2.0\"",
        p.get(0).message());
    // the same sentence as applying the deal gives
    Landscape without = LandscapeReader.strict().parse(doc.replace("\"capitalShare\": 1}},", "\"capitalShare\": 0}},"));
    dev.sovai.model.landscape.InvalidLandscapeException x = assertThrows(
        dev.sovai.model.landscape.InvalidLandscapeException.class,
        () -> without.apply(dev.sovai.model.deal.Deal.builder().from(without.deals().get(0)).effects(
            dev.sovai.model.deal.DealEffects.builder().addStakes(
                dev.sovai.model.deal.StakeChange.of("acme", dev.sovai.model.operator.Stake.of("buyer", 1.0)),
                dev.sovai.model.deal.StakeChange.of("acme", dev.sovai.model.operator.Stake.of("other", 1.0)))
                .build()).build()));
    assertEquals("cannot apply: after it, acme's stakes.capitalShare must sum to at most 1",
        x.violations().get(0).problem());
  }

  @Test
  void theLimitsGivenToTheMapperReachItsDeserializers() throws Exception {
    ReadLimits limits = ReadLimits.defaults().withMaxArrayElements(2).withMaxStringLength(40);
    JsonMapper mapper = SovaiMappers.strict(limits);
    String three = HEAD + "\"sources\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\"},"
        + " {\"id\": \"c\", \"title\": \"C\"}]}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(three, Landscape.class));
    assertTrue(e.getMessage().contains("more than the limit of 2 elements"), e.getMessage());
    // a mapper of the program's own, with Jackson's default constraints, still gets the module's limits
    JsonMapper own = JsonMapper.builder().addModule(SovaiModule.withLimits(limits)).build();
    String longTitle = HEAD + "\"sources\": [{\"id\": \"a\", \"title\": \"" + "t".repeat(41) + "\"}]}";
    JsonMappingException e2 = assertThrows(JsonMappingException.class, () -> own.readValue(longTitle, Landscape.class));
    assertTrue(e2.getMessage().contains("limit of 40 characters"), e2.getMessage());
    assertEquals(limits, SovaiModule.withLimits(limits).limits());
    assertEquals(ReadLimits.defaults(), new SovaiModule().limits());
  }

  @Test
  void theModuleVersionComesFromTheBuild() throws Exception {
    Properties p = new Properties();
    try (InputStream in = SovaiModule.class.getResourceAsStream("version.properties")) {
      p.load(in);
    }
    String built = p.getProperty("version");
    assertFalse(built.contains("${"), "the resource was not filtered: " + built);
    com.fasterxml.jackson.core.Version v = new SovaiModule().version();
    assertNotEquals(com.fasterxml.jackson.core.Version.unknownVersion(), v);
    assertEquals(built, v.getMajorVersion() + "." + v.getMinorVersion() + "." + v.getPatchLevel()
        + (v.isSnapshot() ? "-SNAPSHOT" : ""), v.toFullString());
    assertEquals("dev.sovai", v.getGroupId());
    assertEquals("sovai-io", v.getArtifactId());
  }

  @Test
  void aDocumentReadOverABaseKeepsItsOwnEntities() {
    Landscape base = Fixtures.rich();
    String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2026-01-15\",\n"
        + "\"sites\": [{\"id\": \"zz-new\", \"name\": \"New\", \"jurisdiction\": \"FR\", \"status\": \"announced\","
        + " \"operator\": \"cloud\"}, {\"id\": \"dc-2\", \"name\": \"DC Two, renamed\", \"jurisdiction\": \"FR\","
        + " \"status\": \"operational\"}]}";
    LandscapeOverlay o = LandscapeReader.strict().parseOver(base, doc);
    assertEquals(List.of("dc-2", "zz-new"), o.sites().stream().map(s -> s.id()).collect(Collectors.toList()));
    assertEquals(List.of(), o.operators());
    assertEquals(java.time.LocalDate.of(2026, 1, 15), o.asOf());
    assertEquals(LandscapeReader.strict().over(base).parse(doc), o.merged());
    assertEquals("DC Two, renamed", o.merged().site("dc-2").orElseThrow().name());
    String canonical = LandscapeWriter.canonical().writeToString(o);
    assertTrue(canonical.startsWith("{\n  \"format\": \"sovai.landscape\",\n  \"version\": 1,\n  \"asOf\": \"2026-01-15\",\n"
        + "  \"sites\": [\n"), canonical);
    assertFalse(canonical.contains("\"operators\""), canonical);
    // the canonical text is the document alone: read over the same base, it gives the same landscape, and is a fixed point
    LandscapeOverlay again = LandscapeReader.strict().parseOver(base, canonical);
    assertEquals(o, again);
    assertEquals(canonical, LandscapeWriter.canonical().writeToString(again));
    assertEquals(o, LandscapeReader.strict().readOver(base, canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    // over a base, its own problems are still reported with their places
    assertEquals("/sites/0/operator", assertThrows(LandscapeFormatException.class,
        () -> LandscapeReader.strict().parseOver(base, doc.replace("\"cloud\"", "\"nobody\""))).problems().get(0)
        .pointer());
  }
}
