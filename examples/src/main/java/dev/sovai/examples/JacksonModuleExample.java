package dev.sovai.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.sovai.seed.SeedLandscape;
import dev.sovai.io.jackson.SovaiModule;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.deal.Deal;

/**
 * Embeds sovai-io's Jackson module in a program's own {@link ObjectMapper}: the program's own type (a record) holds
 * model values, which the mapper then writes and reads in the landscape format's JSON form. The values come from the
 * seed landscape's Oreus AI – Core42 joint venture. The README shows this class; a test runs it.
 */
public final class JacksonModuleExample {
  private JacksonModuleExample() {}

  /**
   * Writes a summary to JSON and reads it back.
   *
   * @return the JSON text, not null
   * @throws JsonProcessingException if writing or reading fails
   */
  public static String roundTrip() throws JsonProcessingException {
    // README:begin jackson-module
    record DealSummary(String deal, Money value, PartialDate announced) {}            // a type of your program
    ObjectMapper mapper = JsonMapper.builder().addModule(new SovaiModule()).build();   // your mapper, plus sovai

    Deal jv = SeedLandscape.load().deal("oreus-core42-grenoble").orElseThrow();
    DealSummary summary = new DealSummary(jv.id(), jv.value().orElseThrow(), jv.announced().orElseThrow());
    String json = mapper.writeValueAsString(summary);
    // {"deal":"oreus-core42-grenoble","value":{"amount":"800000000","currency":"EUR"},"announced":"2025-05"}
    DealSummary back = mapper.readValue(json, DealSummary.class);
    // README:end jackson-module
    if (!back.equals(summary)) {
      throw new IllegalStateException("round trip changed the value: " + summary + " -> " + back);
    }
    return json;
  }

  /**
   * Prints the JSON form.
   *
   * @param args  ignored
   * @throws JsonProcessingException if writing or reading fails
   */
  public static void main(String[] args) throws JsonProcessingException {
    System.out.println(roundTrip());
  }
}
