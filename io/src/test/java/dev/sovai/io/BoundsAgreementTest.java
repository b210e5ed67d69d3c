package dev.sovai.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.sovai.model.Bounds;
import dev.sovai.model.ModelException;
import dev.sovai.model.Money;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.CapacityStep;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.LinpackMeasurement;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;

/**
 * Every bound of {@link Bounds} holds identically in the model (its builders), in the reader and in the JSON Schema:
 * the value at the bound is accepted by all three, the value just beyond it refused by all three.
 */
class BoundsAgreementTest {
  private static final String HEAD = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"2025-11-20\", "
      + "\"operators\": [{\"id\": \"v\", \"name\": \"V\", \"kind\": \"chip_vendor\"}], ";

  /** One bound: how to put a value in a document, where it lands, and how the model takes it. */
  private static final class Bound {
    final String name;
    final String atBound;
    final String beyond;
    final String template;
    final String pointer;
    final Consumer<String> model;

    Bound(String name, String atBound, String beyond, String template, String pointer, Consumer<String> model) {
      this.name = name;
      this.atBound = atBound;
      this.beyond = beyond;
      this.template = template;
      this.pointer = pointer;
      this.model = model;
    }

    String document(String value) {
      return HEAD + template.replace("@", value) + "}";
    }
  }

  private static String site(String members) {
    return "\"sites\": [{\"id\": \"s\", \"name\": \"S\", \"jurisdiction\": \"FR\", \"status\": \"operational\", "
        + members + "}]";
  }

  private static Site.Builder siteBuilder() {
    return Site.builder().id("s").name("S").jurisdiction("FR").status(SiteStatus.OPERATIONAL);
  }

  private static CapacityStep.Builder step() {
    return CapacityStep.builder().date(dev.sovai.model.PartialDate.ofYear(2025));
  }

  private static String accelerator(String member) {
    return "\"accelerators\": [{\"id\": \"a\", \"vendor\": \"v\", \"model\": \"M\", " + member + "}]";
  }

  private static Accelerator.Builder acceleratorBuilder() {
    return Accelerator.builder().id("a").vendor("v").model("M");
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** A number just beyond an upper bound, as the writer would print it. */
  private static String above(double max) {
    return Double.toString(max * (1 + 1e-9));
  }

  static List<Bound> bounds() {
    double mw = Bounds.MAX_MEGAWATTS;
    return List.of(
        new Bound("count per lot", Long.toString(Bounds.MAX_ACCELERATORS_PER_LOT),
            Long.toString(Bounds.MAX_ACCELERATORS_PER_LOT + 1),
            site("\"fleet\": [{\"reportedModel\": \"X\", \"count\": @}]"), "/sites/0/fleet/0/count",
            v -> AcceleratorLot.builder().reportedModel("X").count(Long.parseLong(v)).build()),
        new Bound("site IT MW", number(mw), above(mw), site("\"itCapacityMw\": @"), "/sites/0/itCapacityMw",
            v -> siteBuilder().itCapacityMw(Double.parseDouble(v)).build()),
        new Bound("PUE", number(Bounds.MAX_PUE), above(Bounds.MAX_PUE), site("\"pue\": @"), "/sites/0/pue",
            v -> siteBuilder().pue(Double.parseDouble(v)).build()),
        new Bound("site FLOP/s", Double.toString(Bounds.MAX_SITE_FLOPS), above(Bounds.MAX_SITE_FLOPS),
            site("\"reportedDense16BitFlops\": @"), "/sites/0/reportedDense16BitFlops",
            v -> siteBuilder().reportedDense16BitFlops(Double.parseDouble(v)).build()),
        new Bound("site H100 equivalents", Double.toString(Bounds.MAX_SITE_H100_EQUIVALENTS),
            above(Bounds.MAX_SITE_H100_EQUIVALENTS), site("\"reportedH100Equivalents\": @"),
            "/sites/0/reportedH100Equivalents",
            v -> siteBuilder().reportedH100Equivalents(Double.parseDouble(v)).build()),
        new Bound("step IT MW", number(mw), above(mw), site("\"capacitySteps\": [{\"date\": \"2025\", \"itPowerMw\": @}]"),
            "/sites/0/capacitySteps/0/itPowerMw",
            v -> step().itPowerMw(Double.parseDouble(v)).build()),
        new Bound("step facility MW", number(mw), above(mw),
            site("\"capacitySteps\": [{\"date\": \"2025\", \"facilityPowerMw\": @}]"),
            "/sites/0/capacitySteps/0/facilityPowerMw", v -> step().facilityPowerMw(Double.parseDouble(v)).build()),
        new Bound("step H100 equivalents", Double.toString(Bounds.MAX_SITE_H100_EQUIVALENTS),
            above(Bounds.MAX_SITE_H100_EQUIVALENTS),
            site("\"capacitySteps\": [{\"date\": \"2025\", \"h100Equivalents\": @}]"),
            "/sites/0/capacitySteps/0/h100Equivalents", v -> step().h100Equivalents(Double.parseDouble(v)).build()),
        new Bound("step buildings", Long.toString(Bounds.MAX_BUILDINGS), Long.toString(Bounds.MAX_BUILDINGS + 1),
            site("\"capacitySteps\": [{\"date\": \"2025\", \"buildingsOperational\": @}]"),
            "/sites/0/capacitySteps/0/buildingsOperational",
            v -> step().buildingsOperational(Long.parseLong(v)).build()),
        new Bound("Linpack Rmax TFLOP/s", Double.toString(Bounds.MAX_SITE_LINPACK_TFLOPS),
            above(Bounds.MAX_SITE_LINPACK_TFLOPS), site("\"linpack\": {\"rmaxTflops\": @}"), "/sites/0/linpack/rmaxTflops",
            v -> LinpackMeasurement.builder().rmaxTflops(Double.parseDouble(v)).build()),
        new Bound("Linpack Rpeak TFLOP/s", Double.toString(Bounds.MAX_SITE_LINPACK_TFLOPS),
            above(Bounds.MAX_SITE_LINPACK_TFLOPS), site("\"linpack\": {\"rmaxTflops\": 1, \"rpeakTflops\": @}"),
            "/sites/0/linpack/rpeakTflops",
            v -> LinpackMeasurement.builder().rmaxTflops(1).rpeakTflops(Double.parseDouble(v)).build()),
        new Bound("grid connection MW", number(mw), above(mw), site("\"energy\": {\"gridCapacityMw\": @}"),
            "/sites/0/energy/gridCapacityMw", v -> EnergySupply.builder().gridCapacityMw(Double.parseDouble(v)).build()),
        new Bound("WUE", number(Bounds.MAX_WUE_LITRES_PER_KWH), above(Bounds.MAX_WUE_LITRES_PER_KWH),
            site("\"energy\": {\"wueLitresPerKwh\": @}"), "/sites/0/energy/wueLitresPerKwh",
            v -> EnergySupply.builder().wueLitresPerKwh(Double.parseDouble(v)).build()),
        new Bound("PPA MW", number(mw), above(mw),
            site("\"energy\": {\"purchases\": [{\"source\": \"wind\", \"capacityMw\": @}]}"),
            "/sites/0/energy/purchases/0/capacityMw",
            v -> PowerPurchase.builder().source(dev.sovai.model.site.EnergySource.WIND)
                .capacityMw(Double.parseDouble(v)).build()),
        new Bound("on-site MW", number(mw), above(mw),
            site("\"energy\": {\"onSite\": [{\"source\": \"solar\", \"capacityMw\": @}]}"),
            "/sites/0/energy/onSite/0/capacityMw",
            v -> OnSiteGeneration.builder().source(dev.sovai.model.site.EnergySource.SOLAR)
                .capacityMw(Double.parseDouble(v)).build()),
        new Bound("W per board", number(Bounds.MAX_BOARD_POWER_WATTS), above(Bounds.MAX_BOARD_POWER_WATTS),
            accelerator("\"boardPowerWatts\": @"), "/accelerators/0/boardPowerWatts",
            v -> acceleratorBuilder().boardPowerWatts(Double.parseDouble(v)).build()),
        new Bound("BF16 TFLOPS", number(Bounds.MAX_TFLOPS), above(Bounds.MAX_TFLOPS),
            accelerator("\"denseBf16Tflops\": @"), "/accelerators/0/denseBf16Tflops",
            v -> acceleratorBuilder().denseBf16Tflops(Double.parseDouble(v)).build()),
        new Bound("FP8 TFLOPS", number(Bounds.MAX_TFLOPS), above(Bounds.MAX_TFLOPS),
            accelerator("\"denseFp8Tflops\": @"), "/accelerators/0/denseFp8Tflops",
            v -> acceleratorBuilder().denseFp8Tflops(Double.parseDouble(v)).build()),
        new Bound("H100 equivalent", number(Bounds.MAX_H100_EQUIVALENT), above(Bounds.MAX_H100_EQUIVALENT),
            accelerator("\"h100Equivalent\": @"), "/accelerators/0/h100Equivalent",
            v -> acceleratorBuilder().h100Equivalent(Double.parseDouble(v)).build()),
        new Bound("carbon intensity", number(Bounds.MAX_CARBON_INTENSITY_GRAMS_PER_KWH),
            above(Bounds.MAX_CARBON_INTENSITY_GRAMS_PER_KWH),
            "\"jurisdictions\": [{\"code\": \"FR\", \"name\": \"France\", \"grid\": {\"year\": 2024, "
                + "\"carbonIntensityGramsPerKwh\": @}}]", "/jurisdictions/0/grid/carbonIntensityGramsPerKwh",
            v -> GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(Double.parseDouble(v)).build()),
        new Bound("demand TWh", number(Bounds.MAX_DEMAND_TWH), above(Bounds.MAX_DEMAND_TWH),
            "\"jurisdictions\": [{\"code\": \"FR\", \"name\": \"France\", \"grid\": {\"year\": 2024, "
                + "\"carbonIntensityGramsPerKwh\": 50, \"demandTwh\": @}}]", "/jurisdictions/0/grid/demandTwh",
            v -> GridProfile.builder().year(2024).carbonIntensityGramsPerKwh(50).demandTwh(Double.parseDouble(v))
                .build()),
        new Bound("money, digits before the point", "\"" + "9".repeat(Bounds.MAX_MONEY_INTEGER_DIGITS) + "\"",
            "\"1" + "0".repeat(Bounds.MAX_MONEY_INTEGER_DIGITS) + "\"", deal("@", "\"EUR\""), "/deals/0/value/amount",
            v -> Money.of(v.replace("\"", ""), "EUR")),
        new Bound("money, digits after the point",
            "\"0." + "0".repeat(Bounds.MAX_MONEY_FRACTION_DIGITS - 1) + "1\"",
            "\"0." + "0".repeat(Bounds.MAX_MONEY_FRACTION_DIGITS) + "1\"", deal("@", "\"EUR\""),
            "/deals/0/value/amount", v -> Money.of(v.replace("\"", ""), "EUR")));
  }

  private static String deal(String amount, String currency) {
    return "\"deals\": [{\"id\": \"d\", \"title\": \"D\", \"kind\": \"partnership\", \"parties\": [{\"operator\": \"v\", "
        + "\"role\": \"partner\"}], \"value\": {\"amount\": " + amount + ", \"currency\": " + currency + "}}]";
  }

  @TestFactory
  Stream<DynamicTest> everyBoundHoldsInTheModelTheReaderAndTheSchema() {
    return bounds().stream().map(b -> DynamicTest.dynamicTest(b.name, () -> {
      String ok = b.document(b.atBound);
      assertDoesNotThrow(() -> b.model.accept(b.atBound), b.name + " at the bound, in the model");
      assertDoesNotThrow(() -> LandscapeReader.strict().parse(ok), b.name + " at the bound, in the reader");
      assertEquals(List.of(), SchemaTest.validate(ok), b.name + " at the bound, in the schema");

      String bad = b.document(b.beyond);
      assertThrows(ModelException.class, () -> b.model.accept(b.beyond), b.name + " beyond, in the model");
      LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
          () -> LandscapeReader.strict().parse(bad), b.name + " beyond, in the reader");
      assertEquals(b.pointer, e.problems().get(0).pointer(), e.getMessage());
      assertFalse(SchemaTest.validate(bad).isEmpty(), b.name + " beyond, in the schema");
    }));
  }

  @TestFactory
  Stream<DynamicTest> yearsRunFrom0001To9999InTheModelTheReaderAndTheSchema() {
    return Stream.of("0001-01-01", "9999-12-31", "0000-12-31", "+10000-01-01", "+999999999-12-31", "-0001-01-01")
        .map(date -> DynamicTest.dynamicTest(date, () -> {
          String doc = "{\"format\": \"sovai.landscape\", \"version\": 1, \"asOf\": \"" + date + "\"}";
          boolean valid = date.startsWith("0001") || date.startsWith("9999");
          if (valid) {
            assertEquals(date, LandscapeReader.strict().parse(doc).asOf().toString());
            assertEquals(List.of(), SchemaTest.validate(doc));
            assertDoesNotThrow(() -> dev.sovai.model.PartialDate.parse(date));
          } else {
            LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
                () -> LandscapeReader.strict().parse(doc));
            assertEquals("/asOf", e.problems().get(0).pointer());
            assertTrue(e.problems().get(0).message().contains("year"), e.getMessage());
            assertFalse(SchemaTest.validate(doc).isEmpty());
            assertThrows(ModelException.class, () -> dev.sovai.model.landscape.Landscape
                .empty(java.time.LocalDate.parse(date)));
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> codesOfNoCurrencyAreRefusedByTheModelTheReaderAndTheSchema() {
    return Stream.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XBA", "XSU", "XUA").map(code ->
        DynamicTest.dynamicTest(code, () -> {
          String doc = HEAD + deal("\"1000\"", "\"" + code + "\"") + "}";
          assertThrows(ModelException.class, () -> Money.of("1000", code));
          LandscapeFormatException e = assertThrows(LandscapeFormatException.class,
              () -> LandscapeReader.strict().parse(doc));
          assertEquals("/deals/0/value/currency", e.problems().get(0).pointer(), e.getMessage());
          assertTrue(e.getMessage().contains(code), e.getMessage());
          assertFalse(SchemaTest.validate(doc).isEmpty());
        }));
  }

  @TestFactory
  Stream<DynamicTest> circulatingXCurrenciesAreAccepted() {
    return Stream.of("XAF", "XOF", "XCD", "XPF").map(code -> DynamicTest.dynamicTest(code, () -> {
      String doc = HEAD + deal("\"1000\"", "\"" + code + "\"") + "}";
      assertEquals(code, LandscapeReader.strict().parse(doc).deals().get(0).value().orElseThrow().currency()
          .getCurrencyCode());
      assertEquals(List.of(), SchemaTest.validate(doc));
    }));
  }
}
