package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.sovai.io.jackson.SovaiMappers;
import dev.sovai.io.jackson.SovaiModule;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;

class JacksonModuleTest {
  /** A type of another program that embeds sovai values. */
  public static final class Report {
    public String title;
    public Site site;
    public List<PartialDate> dates;
    public Money budget;
  }

  @Test
  void anExistingMapperReadsAndWritesLandscapesLikeTheLibrary() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SovaiModule());
    Landscape x = Fixtures.rich();
    String json = mapper.writeValueAsString(x);
    assertEquals(x, mapper.readValue(json, Landscape.class));
    assertEquals(x, LandscapeReader.strict().parse(json));
    assertEquals(LandscapeWriter.canonical().writeToString(x),
        LandscapeWriter.canonical().writeToString(mapper.readValue(json, Landscape.class)));
  }

  @Test
  void modelValuesNestInsideOtherTypes() throws Exception {
    JsonMapper mapper = SovaiMappers.strict();
    Report r = new Report();
    r.title = "t";
    r.site = Fixtures.rich().site("campus-1").orElseThrow();
    r.dates = List.of(PartialDate.ofQuarter(2026, 1), PartialDate.ofYear(2025));
    r.budget = Money.of("12.50", "EUR");
    String json = mapper.writeValueAsString(r);
    assertTrue(json.contains("\"budget\":{\"amount\":\"12.5\",\"currency\":\"EUR\"}"), json);
    Report back = mapper.readValue(json, Report.class);
    assertEquals(r.site, back.site);
    assertEquals(r.dates, back.dates);
    assertEquals(r.budget, back.budget);
  }

  @Test
  void serviceLoaderFindsTheModule() {
    assertTrue(ObjectMapper.findModules().stream().anyMatch(m -> m instanceof SovaiModule));
  }

  @Test
  void readFailuresListEveryProblem() {
    JsonMapper mapper = SovaiMappers.strict();
    String bad = "{\"id\": \"Bad Id\", \"name\": \"S\", \"jurisdiction\": \"XX\", \"status\": \"open\", \"colour\": 1}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(bad, Site.class));
    LandscapeFormatException cause = assertInstanceOf(LandscapeFormatException.class, e.getCause());
    assertEquals(List.of("/status", "/colour"), cause.problems().stream().map(Problem::pointer).toList());
  }

  @Test
  void classNamePayloadsAreRefused() {
    JsonMapper mapper = SovaiMappers.strict();
    // the "@class" form of default typing: an unknown member for the codec
    String withClass = "{\"@class\": \"dev.sovai.model.site.ImmutableSite\", \"id\": \"s\", \"name\": \"S\","
        + " \"jurisdiction\": \"FR\", \"status\": \"operational\"}";
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(withClass, Site.class));
    assertTrue(e.getMessage().contains("unknown member \"@class\""), e.getMessage());
    // the wrapper-array form of default typing: not an object
    String wrapped = "[\"dev.sovai.model.site.ImmutableSite\", {\"id\": \"s\"}]";
    assertThrows(JsonMappingException.class, () -> mapper.readValue(wrapped, Site.class));
    // an untyped target never instantiates a named class: it stays plain data
    Object plain = assertThrowsNothing(() -> mapper.readValue("{\"@class\": \"java.lang.ProcessBuilder\"}", Object.class));
    assertInstanceOf(Map.class, plain);
    // and default typing cannot be switched on through the strict mapper's validator for any class
    ObjectMapper typed = SovaiMappers.strict().activateDefaultTyping(
        SovaiMappers.strict().getPolymorphicTypeValidator(), ObjectMapper.DefaultTyping.NON_FINAL);
    assertThrows(JsonMappingException.class, () -> typed.readValue(
        "[\"java.util.ArrayList\", []]", new TypeReference<Object>() {}));
  }

  private static Object assertThrowsNothing(ThrowingSupplier s) {
    try {
      return s.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @FunctionalInterface
  interface ThrowingSupplier {
    Object get() throws Exception;
  }
}
