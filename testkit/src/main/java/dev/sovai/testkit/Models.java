package dev.sovai.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

import dev.sovai.model.Confidence;
import dev.sovai.model.DatePrecision;
import dev.sovai.model.Money;
import dev.sovai.model.PartialDate;
import dev.sovai.model.Source;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.deal.Deal;
import dev.sovai.model.deal.DealKind;
import dev.sovai.model.deal.DealStatus;
import dev.sovai.model.deal.Party;
import dev.sovai.model.deal.PartyRole;
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
 * Generators of valid-by-construction model values, one entity at a time. Every value they return was built
 * through the model's builders and factories, so it passed the model's own checks.
 *
 * <p>Entities that refer to others (a stake's holder, a site's operator, a lot's accelerator, any cited source)
 * draw those identifiers from a {@link Refs}: with {@link Refs#any()} they are arbitrary slugs (valid as a
 * single value, but they would not resolve in a landscape); with the identifiers of a landscape they resolve.
 * Whole, referentially valid landscapes come from {@link Landscapes}.
 *
 * <p>The class is long (over 1,000 lines) because it is one thing: one generator per model type, each a few lines
 * that mirror that type's rules, side by side so that a rule changed in the model is changed here in one place; the
 * whole-landscape assembly lives in {@link Landscapes} and the rule-breaking mutators in {@link Mutators}.
 *
 * <p>Implementation Requirements: every generator returned is stateless and thread-safe.
 */
public final class Models {
  /** ISO 3166-2 subdivision codes used by the generators (real ones, in countries the seed articles name). */
  public static final List<String> SUBDIVISIONS = List.of("US-TX", "US-VA", "US-CA", "US-OR", "US-AZ", "DE-BY",
      "DE-HE", "FR-IDF", "FR-ARA", "PT-15", "PT-11", "ES-CT", "ES-MD", "IT-25", "GB-SCT", "GB-ENG", "CN-GD",
      "CN-BJ", "IN-MH", "AE-DU", "AE-AZ", "CA-QC", "SE-AB", "NL-NH", "IE-D");

  /** Countries drawn more often than the rest of ISO 3166-1 (they have laws, grids and sites in the seeds). */
  public static final List<String> COMMON_COUNTRIES = List.of("FR", "DE", "PT", "US", "CN", "GB", "NL", "IE",
      "ES", "IT", "NO", "SE", "FI", "AE", "SA", "JP", "KR", "TW", "IN", "CA");

  private static final List<String> ALL_COUNTRIES = List.copyOf(Arrays.asList(Locale.getISOCountries()));
  private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
      "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
  private static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "JPY", "AED", "SAR", "NOK",
      "CNY", "KWD", "BHD");
  private static final List<String> WORDS = List.of("Nscale", "Start", "Campus", "Sines", "Énergie", "Mistral",
      "Fluidstack", "Nord", "Data", "Centre", "AI", "Gigafactory", "北京", "Ørsted", "Ω", "Quantum", "Grid",
      "Société", "d'Azur", "Hyperion", "Stargate", "Kraków", "Zürich", "Lisboa", "Tōkyō", "\"Sines\"",
      "C:\\dc", "🇵🇹", "tab\tname", "<b>&amp;</b>");
  private static final List<String> REPORTED_CHIPS = List.of("Ascend 910C", "MI450", "Trainium2", "TPU v5p",
      "Gaudi 3", "unknown GPU", "GB200 NVL72 (rack)", "H20");

  private Models() {}

  // -----------------------------------------------------------------------------------------------------------
  // references

  /**
   * The identifiers generated entities may refer to. Each list may be empty: the generators then leave out the
   * optional references and fall back to what needs no reference ({@link AcceleratorLot#reportedModel()}).
   * Immutable.
   */
  public static final class Refs {
    private static final Refs ANY = new Refs(null, null, null, null);
    private final List<String> operators;
    private final List<String> sites;
    private final List<String> accelerators;
    private final List<String> sources;

    private Refs(List<String> operators, List<String> sites, List<String> accelerators, List<String> sources) {
      this.operators = operators;
      this.sites = sites;
      this.accelerators = accelerators;
      this.sources = sources;
    }

    /** @return references that are arbitrary slugs, not null; values are valid alone, not in a landscape */
    public static Refs any() {
      return ANY;
    }

    /**
     * Obtains references to given identifiers.
     *
     * @param operators  operator identifiers, not null, possibly empty
     * @param sites  site identifiers, not null, possibly empty
     * @param accelerators  accelerator identifiers, not null, possibly empty
     * @param sources  source identifiers, not null, possibly empty
     * @return the references, not null
     */
    public static Refs of(List<String> operators, List<String> sites, List<String> accelerators,
        List<String> sources) {
      return new Refs(List.copyOf(operators), List.copyOf(sites), List.copyOf(accelerators), List.copyOf(sources));
    }

    /** @return true if references are arbitrary slugs */
    boolean isAny() {
      return operators == null;
    }

    Optional<String> operator(RandomGenerator r) {
      return pick(operators, r, "op");
    }

    Optional<String> site(RandomGenerator r) {
      return pick(sites, r, "site");
    }

    Optional<String> accelerator(RandomGenerator r) {
      return pick(accelerators, r, "acc");
    }

    Optional<String> source(RandomGenerator r) {
      return pick(sources, r, "src");
    }

    List<String> operators(RandomGenerator r, int max) {
      return distinct(operators, r, max, "op");
    }

    List<String> sites(RandomGenerator r, int max) {
      return distinct(sites, r, max, "site");
    }

    List<String> sources(RandomGenerator r, int max) {
      return distinct(sources, r, max, "src");
    }

    private static Optional<String> pick(List<String> ids, RandomGenerator r, String prefix) {
      if (ids == null) {
        return Optional.of(prefix + "-" + r.nextInt(1000));
      }
      return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(r.nextInt(ids.size())));
    }

    private static List<String> distinct(List<String> ids, RandomGenerator r, int max, String prefix) {
      int n = max <= 0 ? 0 : r.nextInt(max + 1);
      Set<String> out = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        pick(ids, r, prefix).ifPresent(out::add);
      }
      return new ArrayList<>(out);
    }
  }

  // -----------------------------------------------------------------------------------------------------------
  // small values

  /**
   * Slugs: {@code [a-z0-9][a-z0-9-]{0,63}}, including the one-character and 64-character extremes.
   *
   * @return the generator, not null
   */
  public static Gen<String> slug() {
    return (r, size) -> {
      int len = r.nextInt(8) == 0 ? (r.nextBoolean() ? 1 : 64) : 1 + r.nextInt(Math.min(64, 4 + size));
      StringBuilder sb = new StringBuilder(len);
      String first = "abcdefghijklmnopqrstuvwxyz0123456789";
      String rest = first + "-";
      sb.append(first.charAt(r.nextInt(first.length())));
      for (int i = 1; i < len; i++) {
        sb.append(rest.charAt(r.nextInt(rest.length())));
      }
      return sb.toString();
    };
  }

  /**
   * Non-blank names and titles, with non-ASCII letters, an emoji flag (a surrogate pair), quotes, a backslash,
   * a tab and markup, so that serialisers must escape them.
   *
   * @return the generator, not null
   */
  public static Gen<String> name() {
    return (r, size) -> {
      int words = 1 + r.nextInt(1 + Math.min(5, size / 4));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(WORDS.get(r.nextInt(WORDS.size())));
      }
      return sb.toString();
    };
  }

  /**
   * ISO 3166-1 alpha-2 country codes (any, the common ones more often).
   *
   * @return the generator, not null
   */
  public static Gen<String> countryCode() {
    return (r, size) -> r.nextBoolean() ? COMMON_COUNTRIES.get(r.nextInt(COMMON_COUNTRIES.size()))
        : ALL_COUNTRIES.get(r.nextInt(ALL_COUNTRIES.size()));
  }

  /**
   * Jurisdiction codes: ISO 3166-1 countries and, one time in three, ISO 3166-2 subdivisions.
   *
   * @return the generator, not null
   */
  public static Gen<String> jurisdictionCode() {
    Gen<String> country = countryCode();
    return (r, size) -> r.nextInt(3) == 0 ? SUBDIVISIONS.get(r.nextInt(SUBDIVISIONS.size()))
        : country.generate(r, size);
  }

  /**
   * Money in ISO 4217 currencies (including 0- and 3-decimal ones), from zero to 10^12, at various scales
   * (so that normalisation has work to do).
   *
   * @return the generator, not null
   */
  public static Gen<Money> money() {
    return (r, size) -> {
      Currency c = Currency.getInstance(CURRENCIES.get(r.nextInt(CURRENCIES.size())));
      BigDecimal amount;
      switch (r.nextInt(5)) {
        case 0:
          amount = BigDecimal.ZERO.setScale(r.nextInt(4));
          break;
        case 1:
          amount = BigDecimal.valueOf(1 + r.nextInt(999)).scaleByPowerOfTen(3 + r.nextInt(10));
          break;
        case 2:
          amount = BigDecimal.valueOf(r.nextLong(0, 1_000_000_000_000L), r.nextInt(6));
          break;
        case 3:
          amount = new BigDecimal(r.nextInt(100_000) + "." + r.nextInt(100) + "000");
          break;
        default:
          amount = BigDecimal.valueOf(r.nextLong(0, 100_000_000_000L));
      }
      return Money.of(amount, c);
    };
  }

  /**
   * Days from 2000-01-01 to 2035-12-31.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> localDate() {
    long from = LocalDate.of(2000, 1, 1).toEpochDay();
    long to = LocalDate.of(2035, 12, 31).toEpochDay();
    return (r, size) -> LocalDate.ofEpochDay(r.nextLong(from, to + 1));
  }

  /**
   * Partial dates at every precision (year, quarter, month, day), from 2000 to 2035.
   *
   * @return the generator, not null
   */
  public static Gen<PartialDate> partialDate() {
    Gen<LocalDate> day = localDate();
    DatePrecision[] all = DatePrecision.values();
    return (r, size) -> coarsen(day.generate(r, size), all[r.nextInt(all.length)]);
  }

  /**
   * Partial dates at one precision, from 2000 to 2035.
   *
   * @param precision  the precision, not null
   * @return the generator, not null
   */
  public static Gen<PartialDate> partialDate(DatePrecision precision) {
    Objects.requireNonNull(precision, "precision");
    return localDate().map(d -> coarsen(d, precision));
  }

  /**
   * The partial date at a precision that contains a day ({@code earliest() ≤ day ≤ latest()}).
   *
   * @param day  the day, not null, year in [1000, 9999]
   * @param precision  the precision, not null
   * @return the partial date, not null
   */
  public static PartialDate coarsen(LocalDate day, DatePrecision precision) {
    switch (precision) {
      case YEAR:
        return PartialDate.ofYear(day.getYear());
      case QUARTER:
        return PartialDate.ofQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
      case MONTH:
        return PartialDate.ofMonth(day.getYear(), day.getMonthValue());
      default:
        return PartialDate.of(day);
    }
  }

  /**
   * A generator of {@code n} partial dates in order: each is not certainly after the next (the model's date-order
   * rule), at random precisions. Built by drawing ordered days and coarsening each.
   *
   * @param n  how many dates, ≥ 1
   * @return the generator of lists of exactly n dates, not null
   */
  public static Gen<List<PartialDate>> orderedDates(int n) {
    Gen<LocalDate> day = localDate();
    DatePrecision[] all = DatePrecision.values();
    return (r, size) -> {
      long[] days = new long[n];
      for (int i = 0; i < n; i++) {
        days[i] = day.generate(r, size).toEpochDay();
      }
      Arrays.sort(days);
      List<PartialDate> out = new ArrayList<>(n);
      for (long d : days) {
        out.add(coarsen(LocalDate.ofEpochDay(d), all[r.nextInt(all.length)]));
      }
      return out;
    };
  }

  private static Confidence confidence(RandomGenerator r) {
    Confidence[] all = Confidence.values();
    return all[r.nextInt(all.length)];
  }

  private static <E extends Enum<E>> E pick(E[] values, RandomGenerator r) {
    return values[r.nextInt(values.length)];
  }

  private static double share(RandomGenerator r) {
    int k = r.nextInt(8);
    return k == 0 ? 0.0 : k == 1 ? 1.0 : Math.floor(r.nextDouble() * 10_000) / 10_000;
  }

  /**
   * Splits a total into {@code n} shares that sum to at most {@code total}, rounded down to 10^-4.
   *
   * @param r  the random source
   * @param n  the number of parts, ≥ 0
   * @param total  the total, in [0, 1]
   * @return n shares, each in [0, total], summing to at most total
   */
  static double[] split(RandomGenerator r, int n, double total) {
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = r.nextInt(4) == 0 ? 0.0 : r.nextDouble();
      sum += w[i];
    }
    double[] out = new double[n];
    if (sum == 0) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = Math.floor(total * w[i] / sum * 10_000) / 10_000;
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------------------
  // entities

  /**
   * Sources: slug id, title, and optional publisher, absolute URL ({@code https} or {@code urn}), partial
   * publication date, ISO 639-1 language and licence.
   *
   * @return the generator, not null
   */
  public static Gen<Source> source() {
    return slug().flatMap(Models::source);
  }

  /**
   * Sources with a given identifier.
   *
   * @param id  the identifier, a slug, not null
   * @return the generator, not null
   */
  public static Gen<Source> source(String id) {
    Gen<String> name = name();
    Gen<PartialDate> date = partialDate();
    return (r, size) -> {
      Source.Builder b = Source.builder().id(id).title(name.generate(r, size));
      if (r.nextBoolean()) {
        b.publisher(name.generate(r, size));
      }
      if (r.nextBoolean()) {
        b.url(r.nextInt(4) == 0 ? URI.create("urn:isbn:978" + r.nextInt(1_000_000))
            : URI.create("https://example.org/" + id + "/" + r.nextInt(1000)));
      }
      if (r.nextBoolean()) {
        b.published(date.generate(r, size));
      }
      if (r.nextBoolean()) {
        b.language(r.nextBoolean() ? "fr" : "en");
      }
      if (r.nextInt(4) == 0) {
        b.licence("CC BY 4.0");
      }
      return b.build();
    };
  }

  /**
   * Grid profiles: year 1990–2100, carbon intensity ≥ 0, shares in [0, 1] with renewable + nuclear ≤ 1.
   *
   * @param refs  where cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<GridProfile> grid(Refs refs) {
    return (r, size) -> {
      GridProfile.Builder b = GridProfile.builder()
          .year(r.nextInt(8) == 0 ? (r.nextBoolean() ? 1990 : 2100) : 2015 + r.nextInt(12))
          .carbonIntensityGramsPerKwh(r.nextInt(8) == 0 ? 0.0 : r.nextDouble() * 900);
      double[] mix = split(r, 2, share(r));
      if (r.nextBoolean()) {
        b.renewableShare(mix[0]);
      }
      if (r.nextBoolean()) {
        b.nuclearShare(mix[1]);
      }
      if (r.nextBoolean()) {
        b.lowCarbonShare(Math.min(1.0, mix[0] + mix[1]));
      }
      if (r.nextBoolean()) {
        b.netImportShare(share(r));
      }
      if (r.nextBoolean()) {
        b.demandTwh(r.nextDouble() * 4000);
      }
      return b.addAllSources(refs.sources(r, 2)).confidence(confidence(r)).build();
    };
  }

  /**
   * Extraterritorial laws: slug id, name, 1 to 4 reach rules, ordered effective dates.
   *
   * @param id  the law's identifier, a slug, not null
   * @param refs  where cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<ExtraterritorialLaw> law(String id, Refs refs) {
    Gen<String> name = name();
    Gen<List<PartialDate>> dates = orderedDates(2);
    return (r, size) -> {
      ExtraterritorialLaw.Builder b = ExtraterritorialLaw.builder().id(id).name(name.generate(r, size));
      ReachRule[] rules = ReachRule.values();
      int n = 1 + r.nextInt(rules.length);
      for (int i = 0; i < n; i++) {
        b.addReach(rules[r.nextInt(rules.length)]);
      }
      List<PartialDate> d = dates.generate(r, size);
      if (r.nextBoolean()) {
        b.effectiveFrom(d.get(0));
      }
      if (r.nextInt(4) == 0) {
        b.effectiveUntil(d.get(1));
      }
      if (r.nextBoolean()) {
        b.summary("compels disclosure of data held abroad");
      }
      return b.addAllSources(refs.sources(r, 2)).build();
    };
  }

  /**
   * Jurisdictions: countries and ISO 3166-2 subdivisions, with blocs (EU/EEA for EU members), adequacy, laws
   * and a grid profile.
   *
   * @param refs  where cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<Jurisdiction> jurisdiction(Refs refs) {
    return jurisdictionCode().flatMap(code -> jurisdiction(code, refs));
  }

  /**
   * Jurisdictions with a given code.
   *
   * @param code  an ISO 3166-1 alpha-2 or ISO 3166-2 code, not null
   * @param refs  where cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<Jurisdiction> jurisdiction(String code, Refs refs) {
    Gen<String> name = name();
    Gen<GridProfile> grid = grid(refs);
    Gen<PartialDate> date = partialDate();
    return (r, size) -> {
      Jurisdiction.Builder b = Jurisdiction.builder().code(code).name(name.generate(r, size));
      boolean subdivision = code.length() > 2;
      String country = code.substring(0, 2);
      if (!subdivision || r.nextInt(4) == 0) {
        if (EU.contains(country)) {
          b.addBlocs(Jurisdiction.EU, Jurisdiction.EEA);
        } else if (country.equals("NO") || country.equals("IS") || country.equals("LI")) {
          b.addBlocs(Jurisdiction.EEA, "EFTA");
        } else if (r.nextInt(4) == 0) {
          b.addBlocs("G7");
        }
      }
      if (r.nextBoolean()) {
        AdequacyStatus status = EU.contains(country) ? AdequacyStatus.NOT_APPLICABLE
            : List.of(AdequacyStatus.NONE, AdequacyStatus.FULL, AdequacyStatus.PARTIAL).get(r.nextInt(3));
        Adequacy.Builder a = Adequacy.builder().status(status);
        if (r.nextBoolean()) {
          a.decided(date.generate(r, size));
        }
        if (status == AdequacyStatus.PARTIAL) {
          a.scope("certified organisations only");
        }
        b.adequacy(a.addAllSources(refs.sources(r, 1)).build());
      }
      int laws = country.equals("US") || country.equals("CN") ? 1 + r.nextInt(2) : r.nextInt(4) == 0 ? 1 : 0;
      for (int i = 0; i < laws; i++) {
        b.addLaws(law(code.toLowerCase(Locale.ROOT) + "-law-" + i, refs).generate(r, size));
      }
      if (r.nextInt(3) != 0) {
        b.grid(grid.generate(r, size));
      }
      return b.addAllSources(refs.sources(r, 2)).confidence(confidence(r)).build();
    };
  }

  /**
   * Accelerators: slug id, vendor, model name, optional positive board power, performance figures and fab
   * jurisdictions.
   *
   * @param id  the identifier, a slug, not null
   * @param vendor  the vendor operator's identifier, a slug, not null
   * @param refs  where cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<Accelerator> accelerator(String id, String vendor, Refs refs) {
    Gen<PartialDate> date = partialDate();
    return (r, size) -> {
      Accelerator.Builder b = Accelerator.builder().id(id).vendor(vendor)
          .model(REPORTED_CHIPS.get(r.nextInt(REPORTED_CHIPS.size())) + " " + id);
      if (r.nextInt(4) != 0) {
        b.boardPowerWatts(r.nextInt(8) == 0 ? Double.MIN_VALUE : 100 + r.nextInt(1300));
      }
      if (r.nextBoolean()) {
        b.denseBf16Tflops(r.nextInt(8) == 0 ? 0.0 : r.nextDouble() * 5000);
      }
      if (r.nextBoolean()) {
        b.denseFp8Tflops(r.nextDouble() * 10_000);
      }
      if (r.nextBoolean()) {
        b.h100Equivalent(r.nextDouble() * 5);
      }
      if (r.nextBoolean()) {
        b.addFabJurisdictions(r.nextBoolean() ? "TW" : "US-AZ");
      }
      if (r.nextBoolean()) {
        b.released(date.generate(r, size));
      }
      return b.addAllSources(refs.sources(r, 2)).build();
    };
  }

  /**
   * Accelerators with an arbitrary slug id and vendor.
   *
   * @return the generator, not null
   */
  public static Gen<Accelerator> accelerator() {
    Gen<String> slug = slug();
    return (r, size) -> accelerator(slug.generate(r, size), slug.generate(r, size), Refs.any()).generate(r, size);
  }

  /**
   * Stakes of given holders whose capital shares, and whose effective voting shares, each sum to at most 1;
   * some state a voting share apart from capital, some carry a veto or board-majority right, some are worth
   * nothing but a right.
   *
   * @param holders  distinct holder identifiers (slugs), not null
   * @param refs  where cited sources come from, not null
   * @return the generator of one stake per holder, in the given order, not null
   */
  public static Gen<List<Stake>> stakes(List<String> holders, Refs refs) {
    List<String> hs = List.copyOf(holders);
    Gen<PartialDate> date = partialDate();
    return (r, size) -> {
      int n = hs.size();
      double capitalTotal = r.nextInt(4) == 0 ? 1.0 : r.nextDouble();
      double[] capital = split(r, n, capitalTotal);
      boolean[] statesVotes = new boolean[n];
      double unstated = 0;
      int stated = 0;
      for (int i = 0; i < n; i++) {
        statesVotes[i] = r.nextInt(3) == 0;
        if (statesVotes[i]) {
          stated++;
        } else {
          unstated += capital[i];
        }
      }
      double voteBudget = Math.max(0.0, 1.0 - unstated) * (r.nextInt(3) == 0 ? 1.0 : r.nextDouble());
      double[] votes = split(r, stated, Math.floor(voteBudget * 10_000) / 10_000);
      List<Stake> out = new ArrayList<>(n);
      int v = 0;
      for (int i = 0; i < n; i++) {
        Stake.Builder b = Stake.builder().holder(hs.get(i)).capitalShare(capital[i]);
        if (statesVotes[i]) {
          b.votingShare(votes[v++]);
        }
        if (r.nextInt(5) == 0) {
          b.veto(true);
        }
        if (r.nextInt(6) == 0) {
          b.appointsBoardMajority(true);
        }
        if (r.nextInt(3) == 0) {
          b.asOf(date.generate(r, size));
        }
        out.add(b.addAllSources(refs.sources(r, 1)).confidence(confidence(r)).build());
      }
      return out;
    };
  }

  /**
   * Operators with an arbitrary slug id and 0 to 4 arbitrary holders.
   *
   * @return the generator, not null
   */
  public static Gen<Operator> operator() {
    Gen<String> slug = slug();
    return (r, size) -> {
      String id = slug.generate(r, size);
      Set<String> holders = new LinkedHashSet<>();
      int n = r.nextInt(1 + Math.min(4, size));
      for (int i = 0; i < n; i++) {
        String h = slug.generate(r, size);
        if (!h.equals(id)) {
          holders.add(h);
        }
      }
      return operator(id, new ArrayList<>(holders), Refs.any()).generate(r, size);
    };
  }

  /**
   * Operators with a given id and given holders: seat and establishment jurisdictions (subdivisions included),
   * stakes (see {@link #stakes(List, Refs)}), an unknown or free-float remainder, state links and
   * certifications.
   *
   * @param id  the identifier, a slug, not null
   * @param holders  distinct holder identifiers, not including {@code id}, not null
   * @param refs  where cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<Operator> operator(String id, List<String> holders, Refs refs) {
    Gen<String> name = name();
    Gen<String> code = jurisdictionCode();
    Gen<List<Stake>> stakes = stakes(holders, refs);
    Gen<List<PartialDate>> dates = orderedDates(2);
    return (r, size) -> {
      Operator.Builder b = Operator.builder().id(id).name(name.generate(r, size))
          .kind(pick(OperatorKind.values(), r));
      if (r.nextInt(4) != 0) {
        b.seat(code.generate(r, size));
      }
      if (r.nextInt(3) == 0) {
        b.centralAdministration(code.generate(r, size));
      }
      if (r.nextInt(3) == 0) {
        b.mainEstablishment(code.generate(r, size));
      }
      int ops = r.nextInt(3);
      for (int i = 0; i < ops; i++) {
        b.addOperationsIn(code.generate(r, size));
      }
      b.stakes(stakes.generate(r, size));
      if (r.nextBoolean()) {
        b.remainder(pick(Remainder.values(), r));
      }
      if (r.nextInt(4) == 0) {
        StateLink.Builder s = StateLink.builder().jurisdiction(code.generate(r, size))
            .kind(pick(StateLinkKind.values(), r));
        if (r.nextBoolean()) {
          s.description("chair is a member of the ruling family");
        }
        b.addStateLinks(s.addAllSources(refs.sources(r, 1)).build());
      }
      if (r.nextInt(3) == 0) {
        Certification.Builder c = Certification.builder().scheme(pick(CertificationScheme.values(), r));
        List<PartialDate> d = dates.generate(r, size);
        if (r.nextBoolean()) {
          c.validFrom(d.get(0));
        }
        if (r.nextBoolean()) {
          c.validUntil(d.get(1));
        }
        if (r.nextBoolean()) {
          c.level("3.2");
        }
        if (r.nextInt(3) == 0) {
          c.scope(name.generate(r, size));
        }
        b.addCertifications(c.addAllSources(refs.sources(r, 1)).build());
      }
      if (r.nextInt(4) == 0) {
        b.notes(name.generate(r, size));
      }
      return b.addAllSources(refs.sources(r, 2)).confidence(confidence(r)).build();
    };
  }

  /**
   * Accelerator lots: a catalogued accelerator, or (when there is none, or one time in four) only a reported
   * model name (an unknown chip), a count ≥ 0, a status and a partial date.
   *
   * @param refs  where the accelerator and cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<AcceleratorLot> lot(Refs refs) {
    Gen<PartialDate> date = partialDate();
    return (r, size) -> {
      AcceleratorLot.Builder b = AcceleratorLot.builder();
      Optional<String> acc = r.nextInt(4) == 0 ? Optional.empty() : refs.accelerator(r);
      acc.ifPresent(b::accelerator);
      if (acc.isEmpty() || r.nextInt(5) == 0) {
        b.reportedModel(REPORTED_CHIPS.get(r.nextInt(REPORTED_CHIPS.size())));
      }
      b.count(r.nextInt(10) == 0 ? 0 : r.nextInt(10) == 0 ? 1_000_000L : 1 + r.nextInt(50_000));
      if (r.nextBoolean()) {
        b.status(pick(SiteStatus.values(), r));
      }
      if (r.nextBoolean()) {
        b.date(date.generate(r, size));
      }
      return b.addAllSources(refs.sources(r, 1)).confidence(confidence(r)).build();
    };
  }

  /**
   * Energy supplies: PPA and on-site shares summing to at most 1, reported REF/ERF in [0, 1], WUE ≥ 0.
   *
   * @param refs  where suppliers and cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<EnergySupply> energy(Refs refs) {
    return (r, size) -> {
      EnergySupply.Builder b = EnergySupply.builder();
      if (r.nextInt(5) == 0) {
        b.gridConnected(false);
      }
      if (r.nextBoolean()) {
        b.gridCapacityMw(r.nextDouble() * 2000);
      }
      int ppas = r.nextInt(3);
      int gens = r.nextInt(2);
      double[] shares = split(r, ppas + gens, share(r));
      for (int i = 0; i < ppas; i++) {
        PowerPurchase.Builder p = PowerPurchase.builder().source(pick(EnergySource.values(), r));
        if (r.nextInt(4) != 0) {
          p.share(shares[i]);
        }
        if (r.nextBoolean()) {
          p.capacityMw(r.nextDouble() * 500);
        }
        if (r.nextBoolean()) {
          refs.operator(r).ifPresent(p::supplier);
        }
        b.addPurchases(p.addAllSources(refs.sources(r, 1)).build());
      }
      for (int i = 0; i < gens; i++) {
        OnSiteGeneration.Builder g = OnSiteGeneration.builder().source(pick(EnergySource.values(), r));
        if (r.nextInt(4) != 0) {
          g.share(shares[ppas + i]);
        }
        if (r.nextBoolean()) {
          g.capacityMw(r.nextDouble() * 500);
        }
        b.addOnSite(g.addAllSources(refs.sources(r, 1)).build());
      }
      if (r.nextBoolean()) {
        b.reportedRef(share(r));
      }
      if (r.nextInt(3) == 0) {
        b.erf(share(r));
      }
      if (r.nextInt(3) == 0) {
        b.wueLitresPerKwh(r.nextInt(5) == 0 ? 0.0 : r.nextDouble() * 3);
      }
      return b.addAllSources(refs.sources(r, 1)).build();
    };
  }

  /**
   * Coordinates in [-90, 90] × [-180, 180], the poles and the antimeridian included.
   *
   * @return the generator, not null
   */
  public static Gen<Coordinates> coordinates() {
    Gen<Double> lat = Gen.doubles(-90, 90);
    Gen<Double> lon = Gen.doubles(-180, 180);
    return (r, size) -> Coordinates.of(lat.generate(r, size), lon.generate(r, size));
  }

  /**
   * Sites with an arbitrary slug id and arbitrary references.
   *
   * @return the generator, not null
   */
  public static Gen<Site> site() {
    return slug().flatMap(id -> site(id, Refs.any()));
  }

  /**
   * Sites with a given id: a jurisdiction (subdivisions included), operator, owners, gateway and tenants from
   * {@code refs}, dates in order (announced ≤ operational ≤ decommissioned, at random precisions, month ones
   * included), a fleet of 0 to 3 lots, IT capacity ≥ 0, PUE ≥ 1 (exactly 1 sometimes), energy, data /
   * administration / support locations and reported figures.
   *
   * @param id  the identifier, a slug, not null
   * @param refs  where references and cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<Site> site(String id, Refs refs) {
    Gen<String> name = name();
    Gen<String> code = jurisdictionCode();
    Gen<List<PartialDate>> dates = orderedDates(3);
    Gen<AcceleratorLot> lot = lot(refs);
    Gen<EnergySupply> energy = energy(refs);
    Gen<Coordinates> coordinates = coordinates();
    Gen<Money> money = money();
    Gen<List<CapacityStep>> steps = capacitySteps(refs);
    Gen<LinpackMeasurement> linpack = linpack(refs);
    return (r, size) -> {
      Site.Builder b = Site.builder().id(id).name(name.generate(r, size)).jurisdiction(code.generate(r, size))
          .status(pick(SiteStatus.values(), r));
      if (r.nextBoolean()) {
        b.kind(pick(SiteKind.values(), r));
      }
      if (r.nextBoolean()) {
        b.place(name.generate(r, size));
      }
      if (r.nextBoolean()) {
        b.coordinates(coordinates.generate(r, size));
      }
      if (r.nextInt(5) != 0) {
        refs.operator(r).ifPresent(b::operator);
      }
      if (r.nextInt(3) == 0) {
        b.owners(refs.operators(r, 2));
      }
      if (r.nextInt(4) == 0) {
        refs.operator(r).ifPresent(b::accessGateway);
      }
      if (r.nextInt(3) == 0) {
        b.tenants(refs.operators(r, 3));
      }
      List<PartialDate> d = dates.generate(r, size);
      if (r.nextInt(3) != 0) {
        b.announced(d.get(0));
      }
      if (r.nextBoolean()) {
        b.operationalFrom(d.get(1));
      }
      if (r.nextInt(5) == 0) {
        b.decommissioned(d.get(2));
      }
      int lots = r.nextInt(1 + Math.min(3, size));
      for (int i = 0; i < lots; i++) {
        b.addFleet(lot.generate(r, size));
      }
      if (r.nextBoolean()) {
        b.itCapacityMw(r.nextInt(8) == 0 ? 0.0 : r.nextDouble() * 1500);
      }
      if (r.nextBoolean()) {
        b.pue(r.nextInt(5) == 0 ? 1.0 : 1.0 + r.nextDouble() * 1.5);
      }
      if (r.nextBoolean()) {
        b.energy(energy.generate(r, size));
      }
      for (int i = r.nextInt(3); i > 0; i--) {
        b.addDataLocations(code.generate(r, size));
      }
      for (int i = r.nextInt(2); i > 0; i--) {
        b.addAdministrationLocations(code.generate(r, size));
      }
      for (int i = r.nextInt(2); i > 0; i--) {
        b.addSupportLocations(code.generate(r, size));
      }
      if (r.nextBoolean()) {
        b.sector(pick(Sector.values(), r));
      }
      if (r.nextInt(4) == 0) {
        b.reportedDense16BitFlops(r.nextDouble() * 1e20);
      }
      if (r.nextInt(4) == 0) {
        b.reportedH100Equivalents(r.nextDouble() * 100_000);
      }
      if (r.nextInt(4) == 0) {
        b.hardwareCost(money.generate(r, size));
      }
      if (r.nextInt(5) == 0) {
        b.notes(name.generate(r, size));
      }
      b.addAllSources(refs.sources(r, 2)).confidence(confidence(r));
      // steps and Linpack figures are drawn from the same generator as the rest: they were once drawn from a second
      // one seeded by Site.hashCode(), which mixes in the identity hashes of enum constants, so that one seed gave
      // different sites from one JVM to the next, and with what the JVM had hashed before
      if (r.nextInt(4) == 0) {
        b.capacitySteps(steps.generate(r, size));
      }
      if (r.nextInt(5) == 0) {
        b.linpack(linpack.generate(r, size));
      }
      return b.build();
    };
  }

  /**
   * Dated capacity steps of one site: 1 to 3 steps on strictly increasing days, each giving some of IT power,
   * facility power (never below the IT power), H100 equivalents and buildings operational, citing sources from
   * {@code refs}.
   *
   * @param refs  where cited sources come from, not null
   * @return the generator of step lists in date order, not null
   */
  public static Gen<List<CapacityStep>> capacitySteps(Refs refs) {
    Gen<LocalDate> day = localDate();
    return (r, size) -> {
      TreeSet<LocalDate> days = new TreeSet<>();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        days.add(day.generate(r, size));
      }
      List<CapacityStep> out = new ArrayList<>(days.size());
      for (LocalDate d : days) {
        CapacityStep.Builder b = CapacityStep.builder().date(PartialDate.of(d));
        double it = r.nextInt(6) == 0 ? 0.0 : r.nextDouble() * 1500;
        switch (r.nextInt(4)) {
          case 0:
            b.itPowerMw(it);
            break;
          case 1:
            b.facilityPowerMw(it * (1 + r.nextDouble()));
            break;
          case 2:
            b.itPowerMw(it).facilityPowerMw(it * (1 + r.nextDouble()));
            break;
          default:
            break;
        }
        if (r.nextBoolean()) {
          b.h100Equivalents(r.nextDouble() * 500_000);
        }
        if (r.nextInt(3) == 0) {
          b.buildingsOperational(r.nextInt(30));
        }
        out.add(b.addAllSources(refs.sources(r, 1)).confidence(confidence(r)).build());
      }
      return out;
    };
  }

  /**
   * FP64 Linpack measurements: Rmax up to 2,000,000 TFLOP/s, sometimes an Rpeak at or above it, sometimes an
   * accelerator from {@code refs} and a list edition (a month).
   *
   * @param refs  where the accelerator and cited sources come from, not null
   * @return the generator, not null
   */
  public static Gen<LinpackMeasurement> linpack(Refs refs) {
    return (r, size) -> {
      double rmax = r.nextDouble() * 2_000_000;
      LinpackMeasurement.Builder b = LinpackMeasurement.builder().rmaxTflops(rmax);
      if (r.nextBoolean()) {
        b.rpeakTflops(rmax * (1 + r.nextDouble()));
      }
      if (r.nextBoolean()) {
        refs.accelerator(r).ifPresent(b::accelerator);
      }
      if (r.nextBoolean()) {
        b.list(PartialDate.ofMonth(1993 + r.nextInt(33), r.nextBoolean() ? 6 : 11));
      }
      return b.addAllSources(refs.sources(r, 1)).confidence(confidence(r)).build();
    };
  }

  /**
   * Deals with a given id and no effects: 1 to 3 parties with distinct (operator, role) pairs from
   * {@code refs}, kind, status, announced ≤ closed, value, covered sites and accelerator quantities. Parties
   * need operators: with {@code refs} naming none, the generator throws. Use
   * {@link Landscapes#deal(dev.sovai.model.landscape.Landscape)}
   * for deals whose effects apply to a landscape.
   *
   * @param id  the identifier, a slug, not null
   * @param refs  where parties, sites and cited sources come from, not null; must name at least one operator
   * @return the generator, not null
   */
  public static Gen<Deal> deal(String id, Refs refs) {
    Gen<String> name = name();
    Gen<List<PartialDate>> dates = orderedDates(2);
    Gen<Money> money = money();
    Gen<AcceleratorLot> lot = lot(refs);
    return (r, size) -> deal(id, refs, r, size, name, dates, money, lot).build();
  }

  static Deal.Builder deal(String id, Refs refs, RandomGenerator r, int size, Gen<String> name,
      Gen<List<PartialDate>> dates, Gen<Money> money, Gen<AcceleratorLot> lot) {
    Deal.Builder b = Deal.builder().id(id).title(name.generate(r, size)).kind(pick(DealKind.values(), r));
    Set<Party> parties = new LinkedHashSet<>();
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      String op = refs.operator(r).orElseThrow(() -> new IllegalStateException("a deal needs operators"));
      parties.add(Party.of(op, pick(PartyRole.values(), r)));
    }
    b.parties(parties);
    if (r.nextBoolean()) {
      b.status(pick(DealStatus.values(), r));
    }
    List<PartialDate> d = dates.generate(r, size);
    if (r.nextInt(4) != 0) {
      b.announced(d.get(0));
    }
    if (r.nextBoolean()) {
      b.closed(d.get(1));
    }
    if (r.nextBoolean()) {
      b.value(money.generate(r, size));
    }
    b.sites(refs.sites(r, 2));
    if (r.nextInt(4) == 0) {
      b.addAccelerators(lot.generate(r, size));
    }
    if (r.nextInt(4) == 0) {
      b.notes(name.generate(r, size));
    }
    return b.addAllSources(refs.sources(r, 2)).confidence(confidence(r));
  }

  /**
   * Deals with an arbitrary id, arbitrary parties and no effects.
   *
   * @return the generator, not null
   */
  public static Gen<Deal> deal() {
    return slug().flatMap(id -> deal(id, Refs.any()));
  }

  static List<String> shuffled(List<String> ids, RandomGenerator r) {
    List<String> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, new java.util.Random(r.nextLong()));
    return copy;
  }
}
