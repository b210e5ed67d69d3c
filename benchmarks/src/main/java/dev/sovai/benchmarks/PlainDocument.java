package dev.sovai.benchmarks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The baseline of the I/O benchmarks: the same landscape JSON bound by plain Jackson databind to simple records,
 * with no validation, no reference resolution and no model objects. Every member the generated documents contain has
 * a component here, and unknown members still fail (databind's default), so the baseline reads the whole document.
 * Dates, enums and amounts stay strings; absent members are null and are not written back.
 *
 * @param format  the format name
 * @param version  the format version
 * @param asOf  the as-of date, as written
 * @param jurisdictions  the jurisdictions
 * @param operators  the operators
 * @param accelerators  the accelerators
 * @param sites  the sites
 * @param deals  the deals
 * @param sources  the sources
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlainDocument(String format, int version, String asOf, List<Jurisdiction> jurisdictions,
    List<Operator> operators, List<Accelerator> accelerators, List<Site> sites, List<Deal> deals,
    List<Source> sources) {

  /**
   * @return a databind mapper for the baseline: defaults, unknown members refused (nulls are not written), the same
   *     double writer as the library's
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();
  }

  /**
   * @param mapper  the baseline mapper
   * @return a writer of the same layout as the canonical documents (two-space indentation, {@code "\n"} line ends,
   *     {@code "name": value}), so that both writers produce the same text
   */
  public static ObjectWriter writer(ObjectMapper mapper) {
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    pp.indentArraysWith(indent);
    pp.indentObjectsWith(indent);
    return mapper.writer(pp);
  }

  /**
   * A jurisdiction.
   *
   * @param code  code
   * @param name  name
   * @param blocs  blocs
   * @param adequacy  adequacy
   * @param laws  laws
   * @param grid  grid
   * @param sources  sources
   * @param confidence  confidence
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Jurisdiction(String code, String name, List<String> blocs, Adequacy adequacy, List<Law> laws,
      Grid grid, List<String> sources, String confidence) {}

  /**
   * An adequacy decision.
   *
   * @param status  status
   * @param decided  decided
   * @param scope  scope
   * @param sources  sources
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Adequacy(String status, String decided, String scope, List<String> sources) {}

  /**
   * An extraterritorial law.
   *
   * @param id  id
   * @param name  name
   * @param reach  reach
   * @param effectiveFrom  effectiveFrom
   * @param effectiveUntil  effectiveUntil
   * @param summary  summary
   * @param sources  sources
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Law(String id, String name, List<String> reach, String effectiveFrom, String effectiveUntil,
      String summary, List<String> sources) {}

  /**
   * A grid profile.
   *
   * @param year  year
   * @param carbonIntensityGramsPerKwh  carbon intensity
   * @param lowCarbonShare  low-carbon share
   * @param renewableShare  renewable share
   * @param nuclearShare  nuclear share
   * @param netImportShare  net import share
   * @param demandTwh  demand
   * @param sources  sources
   * @param confidence  confidence
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Grid(Integer year, Double carbonIntensityGramsPerKwh, Double lowCarbonShare, Double renewableShare,
      Double nuclearShare, Double netImportShare, Double demandTwh, List<String> sources, String confidence) {}

  /**
   * An operator.
   *
   * @param id  id
   * @param name  name
   * @param kind  kind
   * @param seat  seat
   * @param stakes  stakes
   * @param remainder  remainder
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Operator(String id, String name, String kind, String seat, List<Stake> stakes, String remainder) {}

  /**
   * A stake.
   *
   * @param holder  holder
   * @param capitalShare  capital share
   * @param votingShare  voting share
   * @param veto  veto
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Stake(String holder, double capitalShare, Double votingShare, Boolean veto) {}

  /**
   * An accelerator.
   *
   * @param id  id
   * @param vendor  vendor
   * @param model  model
   * @param boardPowerWatts  board power
   * @param h100Equivalent  H100 equivalents
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Accelerator(String id, String vendor, String model, Double boardPowerWatts, Double h100Equivalent) {}

  /**
   * A site.
   *
   * @param id  id
   * @param name  name
   * @param jurisdiction  jurisdiction
   * @param coordinates  coordinates
   * @param operator  operator
   * @param status  status
   * @param announced  announced
   * @param operationalFrom  operationalFrom
   * @param fleet  fleet
   * @param itCapacityMw  IT capacity
   * @param pue  PUE
   * @param sources  sources
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Site(String id, String name, String jurisdiction, Coordinates coordinates, String operator,
      String status, String announced, String operationalFrom, List<Lot> fleet, Double itCapacityMw, Double pue,
      List<String> sources) {}

  /**
   * Coordinates.
   *
   * @param latitude  latitude
   * @param longitude  longitude
   */
  public record Coordinates(double latitude, double longitude) {}

  /**
   * An accelerator lot.
   *
   * @param accelerator  accelerator
   * @param reportedModel  reported model
   * @param count  count
   * @param status  status
   * @param date  date
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Lot(String accelerator, String reportedModel, int count, String status, String date) {}

  /**
   * A deal.
   *
   * @param id  id
   * @param title  title
   * @param kind  kind
   * @param parties  parties
   * @param announced  announced
   * @param value  value
   * @param sites  sites
   * @param effects  effects
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Deal(String id, String title, String kind, List<Party> parties, String announced, Money value,
      List<String> sites, Effects effects) {}

  /**
   * A party to a deal.
   *
   * @param operator  operator
   * @param role  role
   */
  public record Party(String operator, String role) {}

  /**
   * An amount of money.
   *
   * @param amount  amount, as written
   * @param currency  currency
   */
  public record Money(String amount, String currency) {}

  /**
   * The effects of a deal.
   *
   * @param stakes  stake changes
   * @param sites  site changes
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Effects(List<StakeChange> stakes, List<SiteChange> sites) {}

  /**
   * A stake change.
   *
   * @param operator  operator
   * @param stake  stake
   */
  public record StakeChange(String operator, Stake stake) {}

  /**
   * A site change.
   *
   * @param site  site
   * @param operator  operator
   */
  public record SiteChange(String site, String operator) {}

  /**
   * A source.
   *
   * @param id  id
   * @param title  title
   */
  public record Source(String id, String title) {}
}
