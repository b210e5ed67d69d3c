package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.sovai.model.PartialDate;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.Gap;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySource;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.OnSiteGeneration;
import dev.sovai.model.site.PowerPurchase;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.csf.CsfCriterion;
import dev.sovai.scoring.csf.CsfRung;
import dev.sovai.scoring.csf.PueRating;

/**
 * Computes the energy assessment of a site, an operator (the sites it runs) or a whole landscape, under an
 * {@link EnergyProfile}. A pure function of (landscape, profile, as-of date).
 *
 * <p><b>Power.</b> IT power is the site's {@code itCapacityMw}; when that is missing, it is estimated from the
 * fleet as {@code Σ count × boardPowerWatts × k_sys}, over lots that are not cancelled or decommissioned (the
 * planned build-out); a lot whose accelerator is not in the catalogue or has no board power is a gap, and the
 * estimate is then a lower bound. Facility power is IT power × PUE; a missing PUE takes the profile's default for
 * the operator's kind, and the result says so. Annual energy is power × hours per year × load factor.
 *
 * <p><b>Carbon.</b> Location-based: the grid intensity of the site's jurisdiction ({@link Landscape#gridOf}: a
 * subdivision's grid overrides its country's; a site off the grid takes its on-site generation mix).
 * Market-based, kept apart: shares covered by PPAs and on-site generation at their source's life-cycle factor,
 * a reported REF beyond the renewable contracts at the renewable-mix factor, the rest at the grid intensity (the
 * residual mix is not in the data, so this is a lower bound of a residual-mix figure). CUE = PUE × grid
 * intensity. Carbon per PFLOP·h of dense BF16 = board power × k_sys × PUE × intensity / (TFLOPS × realisation),
 * plus the embodied share when the profile includes it (SCI {@code (E·I + M)/R}).
 *
 * <p><b>Score.</b> Each {@link ScoreComponent} maps one quantity onto [0, 1]; the headline is their weighted
 * mean × 100 with unknown components at 0, and the upper bound with them at 1.
 *
 * <p>Sums run over lots and contracts in a canonical order, so results do not depend on list order.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EnergyScorer {
  /** A CSF rung as the marks name it: {@code rung "PUE < 1.3" (187.5 points, SEAL 4)}. */
  private static String describe(CsfRung rung) {
    return "rung \"" + rung.label() + "\" (" + (rung.points().isPresent() ? Quantity.format(rung.points().getAsDouble()) + " points, " : "")
        + "SEAL " + rung.seal() + ")";
  }

  private static final Comparator<AcceleratorLot> LOT_ORDER = Comparator
      .comparing((AcceleratorLot l) -> l.accelerator().orElse(""))
      .thenComparing(l -> l.reportedModel().orElse(""))
      .thenComparing(AcceleratorLot::status)
      .thenComparingLong(AcceleratorLot::count)
      .thenComparing(l -> l.date().map(PartialDate::toString).orElse(""));

  private final EnergyProfile profile;

  private EnergyScorer(EnergyProfile profile) {
    this.profile = profile;
  }

  /**
   * Obtains a scorer.
   *
   * @param profile  the profile, not null
   * @return the scorer, not null
   */
  public static EnergyScorer of(EnergyProfile profile) {
    return new EnergyScorer(Objects.requireNonNull(profile, "profile"));
  }

  /** @return the profile, not null */
  public EnergyProfile profile() {
    return profile;
  }

  /**
   * Assesses one site as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param siteId  the site's identifier, not null
   * @return the assessment, not null
   * @throws EnergyScoringException if the site is not in the landscape
   */
  public SiteEnergy site(Landscape landscape, String siteId) {
    return site(landscape, siteId, landscape.asOf());
  }

  /**
   * Assesses one site.
   *
   * @param landscape  the landscape, not null
   * @param siteId  the site's identifier, not null
   * @param asOf  the date of the regulatory marks and of the site's status, not null
   * @return the assessment, not null
   * @throws EnergyScoringException if the site is not in the landscape
   */
  public SiteEnergy site(Landscape landscape, String siteId, LocalDate asOf) {
    Objects.requireNonNull(landscape, "landscape");
    Objects.requireNonNull(asOf, "asOf");
    Site s = landscape.site(Objects.requireNonNull(siteId, "siteId"))
        .orElseThrow(() -> new EnergyScoringException("site", siteId, "is not in the landscape"));
    return new SiteComputation(landscape, s, asOf).compute();
  }

  /**
   * Assesses the sites an operator runs (not cancelled or decommissioned on the date), summing extensive
   * quantities and weighting intensive ones by energy.
   *
   * @param landscape  the landscape, not null
   * @param operatorId  the operator's identifier, not null
   * @param asOf  the date, not null
   * @return the aggregate, not null
   * @throws EnergyScoringException if the operator is not in the landscape
   */
  public EnergyAggregate operator(Landscape landscape, String operatorId, LocalDate asOf) {
    Objects.requireNonNull(landscape, "landscape");
    landscape.operator(Objects.requireNonNull(operatorId, "operatorId"))
        .orElseThrow(() -> new EnergyScoringException("operator", operatorId, "is not in the landscape"));
    return aggregate(EntityRef.of(EntityKind.OPERATOR, operatorId), landscape, landscape.sitesOperatedBy(operatorId), asOf);
  }

  /**
   * Assesses the sites an operator runs as of the landscape's date.
   *
   * @param landscape  the landscape, not null
   * @param operatorId  the operator's identifier, not null
   * @return the aggregate, not null
   * @throws EnergyScoringException if the operator is not in the landscape
   */
  public EnergyAggregate operator(Landscape landscape, String operatorId) {
    return operator(landscape, operatorId, landscape.asOf());
  }

  /**
   * Assesses every site of a landscape (not cancelled or decommissioned on the date). Linear in the number of
   * sites and lots.
   *
   * @param landscape  the landscape, not null
   * @param asOf  the date, not null
   * @return the aggregate, not null
   */
  public EnergyAggregate landscape(Landscape landscape, LocalDate asOf) {
    Objects.requireNonNull(landscape, "landscape");
    return aggregate(EntityRef.of(EntityKind.LANDSCAPE, "landscape"), landscape, landscape.sites(), asOf);
  }

  /**
   * Assesses every site of a landscape as of its date.
   *
   * @param landscape  the landscape, not null
   * @return the aggregate, not null
   */
  public EnergyAggregate landscape(Landscape landscape) {
    return landscape(landscape, landscape.asOf());
  }

  private EnergyAggregate aggregate(EntityRef subject, Landscape landscape, List<Site> sites, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Site> sorted = new ArrayList<>(sites);
    sorted.sort(Comparator.comparing(Site::id));
    List<SiteEnergy> results = new ArrayList<>();
    for (Site s : sorted) {
      SiteStatus st = s.statusOn(asOf);
      if (st != SiteStatus.CANCELLED && st != SiteStatus.DECOMMISSIONED) {
        results.add(new SiteComputation(landscape, s, asOf).compute());
      }
    }
    return EnergyAggregate.of(subject, asOf, profile.label(), results);
  }

  // ---------------------------------------------------------------------------------------------------------

  /** The computation for one site; collects quantities, gaps and findings as it goes. */
  private final class SiteComputation {
    private final Landscape land;
    private final Site site;
    private final LocalDate asOf;
    private final EntityRef self;
    private final Map<String, Quantity> q = new LinkedHashMap<>();
    private final List<Gap> gaps = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<RegulatoryMark> marks = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private int needed;

    SiteComputation(Landscape land, Site site, LocalDate asOf) {
      this.land = land;
      this.site = site;
      this.asOf = asOf;
      this.self = EntityRef.of(EntityKind.SITE, site.id());
    }

    private void put(String name, double value, String unit, boolean defaulted, String basis) {
      if (Double.isFinite(value)) {
        q.put(name, new Quantity(name, value, unit, defaulted, basis));
      } else {
        gap(name, GapTreatment.EXCLUDED, "not computed: the inputs give a non-finite value (" + basis + ")");
      }
    }

    private void gap(String field, GapTreatment t, String detail) {
      gaps.add(Gap.builder().subject(self).field(field).treatment(t).detail(detail).build());
    }

    private boolean dflt(String name) {
      Quantity x = q.get(name);
      return x != null && x.defaulted();
    }

    private OptionalDouble val(String name) {
      Quantity x = q.get(name);
      return x == null ? OptionalDouble.empty() : OptionalDouble.of(x.value());
    }

    SiteEnergy compute() {
      addSources(site.sources());
      double hours = profile.hoursPerYear().value();
      double lf = profile.loadFactor().value();
      double k = profile.systemOverhead().value();

      // --- fleet -------------------------------------------------------------------------------------------
      List<AcceleratorLot> lots = new ArrayList<>();
      for (AcceleratorLot lot : site.fleet()) {
        if (lot.status() != SiteStatus.CANCELLED && lot.status() != SiteStatus.DECOMMISSIONED) {
          lots.add(lot);
        }
      }
      lots.sort(LOT_ORDER);
      double powerW = 0;
      double counted = 0;
      double bf16 = 0;
      double bf16W = 0;
      double bf16Count = 0;
      double fp8 = 0;
      double fp8W = 0;
      int excludedLots = 0;
      for (AcceleratorLot lot : lots) {
        needed++;
        String name = lot.accelerator().orElse(lot.reportedModel().orElse("?"));
        Optional<Accelerator> acc = lot.accelerator().flatMap(land::accelerator);
        if (acc.isEmpty()) {
          excludedLots++;
          gap("fleet", GapTreatment.EXCLUDED, "lot \"" + name + "\" × " + lot.count()
              + ": accelerator not in the catalogue; excluded from fleet power and compute");
          continue;
        }
        Accelerator a = acc.get();
        addSources(a.sources());
        if (a.boardPowerWatts().isEmpty()) {
          excludedLots++;
          gap("fleet", GapTreatment.EXCLUDED, "lot \"" + name + "\" × " + lot.count()
              + ": board power unknown; excluded from fleet power and compute");
          continue;
        }
        double p = a.boardPowerWatts().getAsDouble();
        powerW += lot.count() * p;
        counted += lot.count();
        if (a.denseBf16Tflops().isPresent()) {
          bf16 += lot.count() * a.denseBf16Tflops().getAsDouble();
          bf16W += lot.count() * p;
          bf16Count += lot.count();
        } else {
          gap("fleet", GapTreatment.EXCLUDED, "lot \"" + name + "\" × " + lot.count()
              + ": dense BF16 TFLOPS unknown; excluded from compute");
        }
        if (a.denseFp8Tflops().isPresent()) {
          fp8 += lot.count() * a.denseFp8Tflops().getAsDouble();
          fp8W += lot.count() * p;
        }
      }
      if (!lots.isEmpty()) {
        put(SiteEnergy.ACCELERATORS_COUNTED, counted, "1", false,
            "accelerators with known board power, of " + lots.stream().mapToLong(AcceleratorLot::count).sum() + " in "
                + lots.size() + " lot(s) not cancelled or decommissioned");
      }

      // --- IT power ----------------------------------------------------------------------------------------
      needed++;
      if (site.itCapacityMw().isPresent()) {
        put(SiteEnergy.IT_POWER_MW, site.itCapacityMw().getAsDouble(), "MW", false, "reported IT capacity");
      } else if (counted > 0) {
        double it = powerW * k / 1e6;
        String bound = excludedLots > 0 ? "; lower bound: " + excludedLots + " lot(s) excluded" : "";
        put(SiteEnergy.IT_POWER_MW, it, "MW", true, "estimated from the fleet: " + Quantity.format(powerW / 1e6)
            + " MW board power × " + profile.systemOverhead() + bound);
        gap("itCapacityMw", GapTreatment.DEFAULTED, "estimated from the fleet as Σ count × boardPowerWatts × k_sys = "
            + Quantity.format(it) + " MW" + bound);
      } else {
        gap("itCapacityMw", GapTreatment.EXCLUDED,
            "unknown and no lot with a known board power; power, energy and emissions not computed");
      }

      // --- PUE ---------------------------------------------------------------------------------------------
      needed++;
      double pue;
      if (site.pue().isPresent()) {
        pue = site.pue().getAsDouble();
        put(SiteEnergy.PUE, pue, "1", false, "reported");
      } else {
        Optional<Operator> op = site.operator().flatMap(land::operator);
        OperatorKind kind = op.map(Operator::kind).orElse(null);
        Reference d = profile.pueDefault(kind);
        pue = d.value();
        String who = kind == null ? "operator unknown" : "operator kind " + kind.name().toLowerCase(Locale.ROOT);
        put(SiteEnergy.PUE, pue, "1", true, "default for " + who + ": " + d);
        gap("pue", GapTreatment.DEFAULTED, "defaulted to " + Quantity.format(pue) + " for " + who + ": " + d);
      }
      boolean pueDefaulted = dflt(SiteEnergy.PUE);

      OptionalDouble it = val(SiteEnergy.IT_POWER_MW);
      if (it.isPresent()) {
        boolean d = dflt(SiteEnergy.IT_POWER_MW) || pueDefaulted;
        double fac = it.getAsDouble() * pue;
        put(SiteEnergy.FACILITY_POWER_MW, fac, "MW", d, Quantity.format(it.getAsDouble()) + " MW IT × PUE " + Quantity.format(pue));
        put(SiteEnergy.ANNUAL_IT_ENERGY_MWH, it.getAsDouble() * hours * lf, "MWh/yr", dflt(SiteEnergy.IT_POWER_MW),
            "IT power × " + Quantity.format(hours) + " h × " + profile.loadFactor());
        put(SiteEnergy.ANNUAL_ENERGY_MWH, fac * hours * lf, "MWh/yr", d,
            "facility power × " + Quantity.format(hours) + " h × load factor " + Quantity.format(lf));
      }

      // --- grid and location-based carbon -----------------------------------------------------------------
      Optional<EnergySupply> supply = site.energy();
      supply.ifPresent(e -> addSources(e.sources()));
      String gridCode = land.jurisdiction(site.jurisdiction()).flatMap(j -> j.grid()).isPresent()
          ? site.jurisdiction() : site.jurisdiction().substring(0, 2);
      Optional<GridProfile> grid = land.gridOf(site.jurisdiction());
      grid.ifPresent(g -> addSources(g.sources()));
      needed++;
      OptionalDouble intensity = OptionalDouble.empty();
      if (supply.isPresent() && !supply.get().gridConnected()) {
        intensity = offGridIntensity(supply.get());
        if (intensity.isPresent()) {
          put(SiteEnergy.GRID_INTENSITY, intensity.getAsDouble(), "gCO2e/kWh", false,
              "off-grid: life-cycle factors of the on-site generation mix");
        } else {
          gap("energy.onSite", GapTreatment.UNKNOWN, "site is off the grid and its on-site generation is not described");
        }
      } else if (grid.isPresent()) {
        GridProfile g = grid.get();
        intensity = OptionalDouble.of(g.carbonIntensityGramsPerKwh());
        put(SiteEnergy.GRID_INTENSITY, g.carbonIntensityGramsPerKwh(), "gCO2e/kWh", false,
            "grid of " + gridCode + ", " + g.year() + " (life-cycle, location-based)" + cite(g.sources()));
      } else {
        gap("grid", GapTreatment.UNKNOWN, "no grid profile for " + site.jurisdiction()
            + (site.jurisdiction().length() > 2 ? " or " + site.jurisdiction().substring(0, 2) : "")
            + "; location-based carbon unknown");
      }
      OptionalDouble energy = val(SiteEnergy.ANNUAL_ENERGY_MWH);
      if (intensity.isPresent()) {
        double ci = intensity.getAsDouble();
        if (energy.isPresent()) {
          put(SiteEnergy.LOCATION_CARBON_TONNES, energy.getAsDouble() * ci / 1000.0, "tCO2e/yr", dflt(SiteEnergy.ANNUAL_ENERGY_MWH),
              "annual energy × grid intensity");
        }
        put(SiteEnergy.CUE, pue * ci / 1000.0, "kgCO2e/kWh", pueDefaulted, "PUE × grid intensity (ISO/IEC 30134-8)");
      }

      // --- market-based carbon ------------------------------------------------------------------------------
      needed++;
      OptionalDouble marketRenewable = OptionalDouble.empty();
      if (supply.isEmpty()) {
        gap("energy", GapTreatment.UNKNOWN, "energy supply not reported; market-based carbon and renewable matching unknown");
      } else {
        marketRenewable = market(supply.get(), intensity, energy);
      }

      // --- grid shares ---------------------------------------------------------------------------------------
      gridShares(grid, gridCode, energy);

      // --- compute and efficiency -------------------------------------------------------------------------------
      if (bf16 > 0) {
        double realisation = profile.computeRealisation().value();
        put(SiteEnergy.DENSE_BF16_PFLOPS, bf16 / 1000.0, "PFLOPS", false, "Σ count × dense BF16 TFLOPS, peak");
        double chip = bf16 / (bf16W / 1000.0);
        put(SiteEnergy.BF16_PER_KW_CHIP, chip, "TFLOPS/kW", false, "dense BF16 per kW of board power");
        put(SiteEnergy.BF16_PER_KW_METER, chip / (k * pue), "TFLOPS/kW", pueDefaulted,
            "chip figure / (k_sys " + Quantity.format(k) + " × PUE " + Quantity.format(pue) + ")");
        if (intensity.isPresent()) {
          double op = (bf16W / 1000.0) * k * pue * intensity.getAsDouble() / (bf16 / 1000.0 * realisation);
          put(SiteEnergy.OPERATIONAL_CARBON_PER_PFLOP_HOUR, op, "gCO2e/PFLOP·h", pueDefaulted,
              "board kW × k_sys × PUE × grid intensity / (dense BF16 PFLOPS × compute realisation "
                  + Quantity.format(realisation) + ")");
          if (profile.embodied().isIncluded()) {
            double annualPflopH = bf16 / 1000.0 * hours * lf * realisation;
            double emb = profile.embodied().gramsPerPflopHour(annualPflopH, bf16Count);
            put(SiteEnergy.EMBODIED_CARBON_PER_PFLOP_HOUR, emb, "gCO2e/PFLOP·h", false, profile.embodied().toString());
            put(SiteEnergy.SCI_PER_PFLOP_HOUR, op + emb, "gCO2e/PFLOP·h", pueDefaulted, "SCI (E·I + M)/R, R = 1 PFLOP·h dense BF16");
          } else {
            put(SiteEnergy.SCI_PER_PFLOP_HOUR, op, "gCO2e/PFLOP·h", pueDefaulted,
                "SCI (E·I + M)/R with M excluded by the profile (operational only)");
          }
        }
      }
      if (fp8 > 0) {
        double chip = fp8 / (fp8W / 1000.0);
        put(SiteEnergy.FP8_PER_KW_CHIP, chip, "TFLOPS/kW", false, "dense FP8 per kW of board power (lots with FP8)");
        put(SiteEnergy.FP8_PER_KW_METER, chip / (k * pue), "TFLOPS/kW", pueDefaulted, "chip figure / (k_sys × PUE)");
      }

      // --- water and heat ----------------------------------------------------------------------------------------
      needed++;
      OptionalDouble wue = supply.map(EnergySupply::wueLitresPerKwh).orElse(OptionalDouble.empty());
      if (wue.isPresent()) {
        put(SiteEnergy.WUE, wue.getAsDouble(), "L/kWh", false, "reported (ISO/IEC 30134-9)");
        val(SiteEnergy.ANNUAL_IT_ENERGY_MWH).ifPresent(e -> put(SiteEnergy.ANNUAL_WATER_M3, wue.getAsDouble() * e, "m³/yr",
            dflt(SiteEnergy.ANNUAL_IT_ENERGY_MWH), "WUE × annual IT energy"));
      } else {
        gap("energy.wueLitresPerKwh", GapTreatment.UNKNOWN, "WUE not reported; water use unknown, water score component counts 0");
      }
      needed++;
      OptionalDouble erf = supply.map(EnergySupply::erf).orElse(OptionalDouble.empty());
      if (erf.isPresent()) {
        put(SiteEnergy.ERF, erf.getAsDouble(), "fraction", false, "reported (ISO/IEC 30134-6)");
      } else {
        gap("energy.erf", GapTreatment.UNKNOWN, "ERF not reported; heat reuse unknown, heat-reuse score component counts 0");
      }

      // --- marks ---------------------------------------------------------------------------------------------------
      csf81(pue, pueDefaulted);
      csf84(supply, marketRenewable);
      gaiax(pue, pueDefaulted, marketRenewable, wue);
      enefg(pue, pueDefaulted, marketRenewable, erf);

      // --- score ---------------------------------------------------------------------------------------------------
      double total = 0;
      double lower = 0;
      double upper = 0;
      for (ScoreComponent c : profile.score()) {
        double w = c.weight().value();
        total += w;
        OptionalDouble x = val(c.input());
        if (x.isPresent()) {
          double sc = c.score(x.getAsDouble());
          lower += w * sc;
          upper += w * sc;
          put("score." + c.name(), sc, "fraction", dflt(c.input()),
              "clamp((" + c.input() + " − " + Quantity.format(c.worst().value()) + ") / (" + Quantity.format(c.best().value())
                  + " − " + Quantity.format(c.worst().value()) + ")), weight " + Quantity.format(w));
        } else {
          upper += w;
        }
      }
      double scoreLower = 100.0 * lower / total;
      double scoreUpper = 100.0 * upper / total;

      return new SiteEnergy(site.id(), site.name(), site.jurisdiction(), site.statusOn(asOf), asOf, profile.label(), q, marks,
          findings, gaps, needed, scoreLower, scoreUpper, sources);
    }

    private void addSources(List<String> ids) {
      for (String id : ids) {
        if (!sources.contains(id)) {
          sources.add(id);
        }
      }
    }

    private String cite(List<String> ids) {
      return ids.isEmpty() ? "" : " [" + String.join(", ", ids) + "]";
    }

    private OptionalDouble offGridIntensity(EnergySupply e) {
      List<OnSiteGeneration> gens = e.onSite();
      if (gens.isEmpty()) {
        return OptionalDouble.empty();
      }
      double known = gens.stream().mapToDouble(g -> g.share().orElse(0)).sum();
      long unknown = gens.stream().filter(g -> g.share().isEmpty()).count();
      double each = unknown == 0 ? 0 : Math.max(0, 1 - known) / unknown;
      double sum = 0;
      double weights = 0;
      List<OnSiteGeneration> sorted = new ArrayList<>(gens);
      sorted.sort(Comparator.comparing(OnSiteGeneration::source).thenComparingDouble(g -> g.share().orElse(-1)));
      for (OnSiteGeneration g : sorted) {
        double w = g.share().orElse(each);
        sum += w * factor(g.source(), OptionalDouble.empty()).orElse(profile.sourceIntensity().get(EnergySource.OTHER).value());
        weights += w;
      }
      return weights > 0 ? OptionalDouble.of(sum / weights) : OptionalDouble.empty();
    }

    private OptionalDouble factor(EnergySource source, OptionalDouble gridIntensity) {
      if (source == EnergySource.GRID) {
        return gridIntensity;
      }
      return OptionalDouble.of(profile.sourceIntensity().get(source).value());
    }

    /** Market-based view; returns the renewable share by contracts and certificates. */
    private OptionalDouble market(EnergySupply e, OptionalDouble gridIntensity, OptionalDouble energy) {
      List<double[]> parts = new ArrayList<>(); // {sourceOrdinal, share}
      List<PowerPurchase> purchases = new ArrayList<>(e.purchases());
      purchases.sort(Comparator.comparing(PowerPurchase::source).thenComparingDouble(p -> p.share().orElse(-1))
          .thenComparingDouble(p -> p.capacityMw().orElse(-1)).thenComparing(p -> p.supplier().orElse("")));
      for (PowerPurchase p : purchases) {
        needed++;
        if (p.share().isPresent()) {
          parts.add(new double[] {p.source().ordinal(), p.share().getAsDouble()});
        } else {
          gap("energy.purchases.share", GapTreatment.EXCLUDED, p.source().name().toLowerCase(Locale.ROOT)
              + " PPA" + p.supplier().map(x -> " from " + x).orElse("") + " with no share of consumption; treated as grid supply");
        }
      }
      List<OnSiteGeneration> onSite = new ArrayList<>(e.onSite());
      onSite.sort(Comparator.comparing(OnSiteGeneration::source).thenComparingDouble(g -> g.share().orElse(-1))
          .thenComparingDouble(g -> g.capacityMw().orElse(-1)));
      for (OnSiteGeneration g : onSite) {
        needed++;
        if (g.share().isPresent()) {
          parts.add(new double[] {g.source().ordinal(), g.share().getAsDouble()});
        } else {
          gap("energy.onSite.share", GapTreatment.EXCLUDED,
              g.source().name().toLowerCase(Locale.ROOT) + " on-site generation with no share of consumption; treated as grid supply");
        }
      }
      parts.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1]));
      double covered = 0;
      double renewable = 0;
      double sum = 0;
      boolean needsGrid = false;
      for (double[] part : parts) {
        EnergySource src = EnergySource.values()[(int) part[0]];
        covered += part[1];
        if (src.isRenewable()) {
          renewable += part[1];
        }
        if (src == EnergySource.GRID) {
          needsGrid = true;
        } else {
          sum += part[1] * profile.sourceIntensity().get(src).value();
        }
        if (src == EnergySource.GRID && gridIntensity.isPresent()) {
          sum += part[1] * gridIntensity.getAsDouble();
        }
      }
      needed++;
      double certified = 0;
      if (e.reportedRef().isPresent()) {
        double ref = e.reportedRef().getAsDouble();
        put(SiteEnergy.REPORTED_REF, ref, "fraction", false, "reported (ISO/IEC 30134-3, market-based)");
        certified = Math.max(0, Math.min(ref - renewable, 1 - covered));
        sum += certified * profile.sourceIntensity().get(EnergySource.RENEWABLE_MIX).value();
      } else {
        gap("energy.reportedRef", GapTreatment.UNKNOWN, "REF not reported; market renewable share from contracts only");
      }
      double rest = Math.max(0, 1 - covered - certified);
      double marketRenewable = e.reportedRef().isPresent() ? Math.max(e.reportedRef().getAsDouble(), Math.min(1, renewable))
          : Math.min(1, renewable);
      put(SiteEnergy.MARKET_RENEWABLE_SHARE, marketRenewable, "fraction", false,
          e.reportedRef().isPresent() ? "reported REF, or renewable contracts if more" : "renewable PPAs and on-site generation");
      if ((rest > 0 || needsGrid) && gridIntensity.isEmpty()) {
        findings.add(Finding.builder().criterion("market-carbon").outcome(Outcome.UNKNOWN).addChain(self)
            .message("market-based carbon not computed: " + Quantity.format(rest * 100) + " % of the supply is grid electricity of unknown intensity")
            .build());
        return OptionalDouble.of(marketRenewable);
      }
      if (rest > 0) {
        sum += rest * gridIntensity.getAsDouble();
      }
      put(SiteEnergy.MARKET_INTENSITY, sum, "gCO2e/kWh", false, "contracts " + Quantity.format(covered * 100) + " %, certificates "
          + Quantity.format(certified * 100) + " %, grid remainder " + Quantity.format(rest * 100) + " % (grid average for the residual mix)");
      if (energy.isPresent()) {
        put(SiteEnergy.MARKET_CARBON_TONNES, energy.getAsDouble() * sum / 1000.0, "tCO2e/yr", dflt(SiteEnergy.ANNUAL_ENERGY_MWH),
            "annual energy × market-based intensity");
      }
      return OptionalDouble.of(marketRenewable);
    }

    private void gridShares(Optional<GridProfile> grid, String gridCode, OptionalDouble energy) {
      String g = "grid of " + gridCode;
      needed += 5;
      if (grid.isEmpty()) {
        gap("grid.shares", GapTreatment.UNKNOWN, "no grid profile: low-carbon, renewable, nuclear, import and demand shares unknown");
        needed -= 4;
        return;
      }
      GridProfile p = grid.get();
      String y = ", " + p.year();
      p.renewableShare().ifPresentOrElse(v -> put(SiteEnergy.GRID_RENEWABLE_SHARE, v, "fraction", false, g + y),
          () -> gap("grid.renewableShare", GapTreatment.UNKNOWN, g + ": renewable share unknown"));
      p.nuclearShare().ifPresentOrElse(v -> put(SiteEnergy.GRID_NUCLEAR_SHARE, v, "fraction", false, g + y),
          () -> gap("grid.nuclearShare", GapTreatment.UNKNOWN, g + ": nuclear share unknown"));
      if (p.lowCarbonShare().isPresent()) {
        put(SiteEnergy.GRID_LOW_CARBON_SHARE, p.lowCarbonShare().getAsDouble(), "fraction", false, g + y);
      } else if (p.renewableShare().isPresent() && p.nuclearShare().isPresent()) {
        put(SiteEnergy.GRID_LOW_CARBON_SHARE, p.renewableShare().getAsDouble() + p.nuclearShare().getAsDouble(), "fraction", false,
            g + y + ": renewable + nuclear");
      } else {
        gap("grid.lowCarbonShare", GapTreatment.UNKNOWN, g + ": low-carbon share unknown");
      }
      p.netImportShare().ifPresentOrElse(v -> put(SiteEnergy.GRID_NET_IMPORT_SHARE, v, "fraction", false, g + y),
          () -> gap("grid.netImportShare", GapTreatment.UNKNOWN, g + ": net import share unknown; import score component counts 0"));
      // the country's demand (a subdivision's own demand only when its country has none)
      String country = site.jurisdiction().substring(0, 2);
      Optional<GridProfile> countryGrid = land.gridOf(country).filter(c -> c.demandTwh().isPresent());
      String demandCode = countryGrid.isPresent() ? country : gridCode;
      GridProfile demandGrid = countryGrid.orElse(p);
      OptionalDouble demand = demandGrid.demandTwh();
      if (demand.isPresent() && energy.isPresent() && demand.getAsDouble() > 0) {
        double share = energy.getAsDouble() / (demand.getAsDouble() * 1e6);
        put(SiteEnergy.GRID_DEMAND_SHARE, share, "fraction", dflt(SiteEnergy.ANNUAL_ENERGY_MWH),
            "annual energy / electricity demand of " + demandCode + " (" + Quantity.format(demand.getAsDouble()) + " TWh, "
                + demandGrid.year() + ")");
        Reference flag = profile.siteDemandShareFlag();
        if (share > flag.value()) {
          findings.add(Finding.builder().criterion("grid-stress").outcome(Outcome.INFO).addChain(self,
              EntityRef.via("demand of", EntityKind.JURISDICTION, demandCode))
              .message("the site alone would use " + Quantity.format(share * 100) + " % of the electricity demand of " + demandCode
                  + ", above the " + flag)
              .build());
        }
      } else if (demand.isEmpty()) {
        gap("grid.demandTwh", GapTreatment.UNKNOWN, "electricity demand of " + country + " unknown; the site's share of it is not computed");
      } else {
        needed--;
      }
      OptionalDouble ref = val(SiteEnergy.REPORTED_REF);
      OptionalDouble low = val(SiteEnergy.GRID_LOW_CARBON_SHARE);
      if (ref.isPresent() && low.isPresent() && ref.getAsDouble() - low.getAsDouble() > profile.certificateGapFlag().value()) {
        findings.add(Finding.builder().criterion("certificate-backed").outcome(Outcome.INFO).addChain(self)
            .message("REF " + Quantity.format(ref.getAsDouble()) + " exceeds the grid's low-carbon share "
                + Quantity.format(low.getAsDouble()) + " by more than " + profile.certificateGapFlag()
                + ": the renewable claim rests on certificates or contracts, not on the physical grid")
            .build());
      }
    }

    // --- regulatory marks ----------------------------------------------------------------------------------------

    private void mark(String criterion, String clause, Outcome o, String message) {
      marks.add(new RegulatoryMark(criterion, clause, o, message));
    }

    private boolean inEu() {
      return land.isIn(site.jurisdiction(), profile.rules().euBloc());
    }

    /** SOV-8.1 as {@link PueRating} decides it (the same answer as the sovereignty scorer's CSF view). */
    private void csf81(double pue, boolean defaulted) {
      String clause = "EU CSF SOV-8.1 energy efficiency";
      if (defaulted) {
        String would = PueRating.rungFor(pue, false).map(EnergyScorer::describe).orElse("no rung");
        mark("csf-sov-8.1", clause, Outcome.UNKNOWN, "PUE not reported; the default " + Quantity.format(pue) + " would reach " + would);
        return;
      }
      PueRating rating = PueRating.of(land, site);
      if (rating.reached().isEmpty()) {
        mark("csf-sov-8.1", clause, Outcome.UNKNOWN, "no SOV-8.1 rung matches PUE " + Quantity.format(pue));
        return;
      }
      CsfRung reached = rating.reached().get();
      String desc = describe(reached);
      rating.answer().ifPresent(r -> put(SiteEnergy.CSF_SOV81_POINTS, r.earned(), "points", false, "CSF SOV-8.1 " + r.label()));
      switch (rating.outcome()) {
        case PASS -> mark("csf-sov-8.1", clause, Outcome.PASS, "PUE " + Quantity.format(pue) + " reaches " + desc);
        case FAIL -> mark("csf-sov-8.1", clause, Outcome.FAIL, "PUE " + Quantity.format(pue) + " reaches only " + desc + ", which caps the SEAL");
        default -> {
          String below = rating.withoutRoadmap().map(f -> "; without a roadmap, rung \"" + f.label() + "\" (SEAL " + f.seal() + ")").orElse("");
          mark("csf-sov-8.1", clause, Outcome.UNKNOWN, "PUE " + Quantity.format(pue) + " reaches " + desc
              + " only with an improvement roadmap, which the data does not record" + below);
        }
      }
    }

    private void csf84(Optional<EnergySupply> supply, OptionalDouble marketRenewable) {
      String clause = "EU CSF SOV-8.4 energy supplies (never gates the SEAL)";
      List<CsfRung> rungs = CsfCriterion.SOV_8_4.rungs();
      if (supply.isEmpty()) {
        mark("csf-sov-8.4", clause, Outcome.UNKNOWN, "energy supply not reported");
        return;
      }
      EnergySupply e = supply.get();
      boolean traceable = !e.purchases().isEmpty() || !e.onSite().isEmpty() || e.reportedRef().isPresent();
      CsfRung top = rungs.get(rungs.size() - 1);
      CsfRung bottom = rungs.get(0);
      CsfRung middle = rungs.size() > 2 ? rungs.get(1) : bottom;
      if (traceable && inEu() && marketRenewable.isPresent() && marketRenewable.getAsDouble() >= 1.0) {
        mark("csf-sov-8.4", clause, Outcome.PASS, "rung \"" + top.label() + "\": EU site, supply fully matched by renewable contracts or certificates");
      } else if (traceable && inEu()) {
        mark("csf-sov-8.4", clause, Outcome.FAIL, "rung \"" + middle.label()
            + (middle.points().isEmpty() ? " (points not transcribed [U])" : "") + "\": EU site with traceable supply, "
            + Quantity.format(marketRenewable.orElse(0) * 100) + " % renewable by contracts or certificates");
      } else if (traceable) {
        mark("csf-sov-8.4", clause, Outcome.FAIL, "rung \"" + bottom.label() + "\": supply is traceable but not in the EU");
      } else {
        mark("csf-sov-8.4", clause, Outcome.FAIL, "rung \"" + bottom.label() + "\": no contract, on-site generation or REF recorded");
      }
    }

    private void gaiax(double pue, boolean pueDefaulted, OptionalDouble marketRenewable, OptionalDouble wue) {
      RegulatoryRules r = profile.rules();
      String clause = "Gaia-X P6.1.2: PUE target " + Quantity.format(r.gaiaxPueCool().value()) + " (cool) / "
          + Quantity.format(r.gaiaxPueWarm().value()) + " (warm climates)";
      if (pueDefaulted) {
        mark("gaiax-p6.1.2", clause, Outcome.UNKNOWN, "PUE not reported (default " + Quantity.format(pue) + " is not evidence)");
      } else if (pue <= r.gaiaxPueCool().value()) {
        mark("gaiax-p6.1.2", clause, Outcome.PASS, "PUE " + Quantity.format(pue) + " meets both targets");
      } else if (pue > r.gaiaxPueWarm().value()) {
        mark("gaiax-p6.1.2", clause, Outcome.FAIL, "PUE " + Quantity.format(pue) + " misses both targets");
      } else {
        mark("gaiax-p6.1.2", clause, Outcome.UNKNOWN, "PUE " + Quantity.format(pue)
            + " meets the warm-climate target only; the site's climate class is not in the data");
      }
      DatedLimit target = inForceOrNext(r.gaiaxRenewable());
      boolean due = !asOf.isBefore(target.from());
      String when = (due ? "due since " : "due ") + target.from();
      if (marketRenewable.isEmpty()) {
        mark(target.criterion(), target.clause(), Outcome.UNKNOWN, "renewable matching unknown (" + when + ")");
      } else {
        boolean ok = marketRenewable.getAsDouble() >= target.limit().value();
        mark(target.criterion(), target.clause(), ok ? Outcome.PASS : Outcome.FAIL, Quantity.format(marketRenewable.getAsDouble() * 100)
            + " % matched by contracts or certificates against " + Quantity.format(target.limit().value() * 100) + " % (" + when + ")");
      }
      String wClause = "Gaia-X P6.1.4: WUE ≤ " + Quantity.format(r.gaiaxWue().value()) + " L/kWh in water-stressed areas";
      if (wue.isEmpty()) {
        mark("gaiax-p6.1.4", wClause, Outcome.UNKNOWN, "WUE not reported");
      } else {
        boolean ok = wue.getAsDouble() <= r.gaiaxWue().value();
        mark("gaiax-p6.1.4", wClause, ok ? Outcome.PASS : Outcome.FAIL, "WUE " + Quantity.format(wue.getAsDouble())
            + " L/kWh (water stress of the area not assessed)");
      }
    }

    private DatedLimit inForceOrNext(List<DatedLimit> limits) {
      DatedLimit chosen = limits.get(0);
      for (DatedLimit l : limits) {
        if (!asOf.isBefore(l.from())) {
          chosen = l;
        }
      }
      return chosen;
    }

    private Optional<DatedLimit> inForce(List<DatedLimit> limits, LocalDate on) {
      DatedLimit chosen = null;
      for (DatedLimit l : limits) {
        if (!on.isBefore(l.from())) {
          chosen = l;
        }
      }
      return Optional.ofNullable(chosen);
    }

    private void enefg(double pue, boolean pueDefaulted, OptionalDouble marketRenewable, OptionalDouble erf) {
      RegulatoryRules r = profile.rules();
      String pueC = "EnEfG PUE duty";
      String erfC = "EnEfG heat reuse (ERF) duty";
      String renC = "EnEfG renewable electricity duty";
      if (!land.isIn(site.jurisdiction(), r.enefgJurisdiction())) {
        String why = "applies to sites in " + r.enefgJurisdiction() + " only";
        mark("enefg-pue", pueC, Outcome.NOT_APPLICABLE, why);
        mark("enefg-erf", erfC, Outcome.NOT_APPLICABLE, why);
        mark("enefg-renewable", renC, Outcome.NOT_APPLICABLE, why);
        return;
      }
      OptionalDouble it = val(SiteEnergy.IT_POWER_MW);
      Reference scope = r.enefgScopeMw();
      if (it.isEmpty()) {
        String why = "IT power unknown, so the " + scope + " scope cannot be checked";
        mark("enefg-pue", pueC, Outcome.UNKNOWN, why);
        mark("enefg-erf", erfC, Outcome.UNKNOWN, why);
        mark("enefg-renewable", renC, Outcome.UNKNOWN, why);
        return;
      }
      if (it.getAsDouble() < scope.value()) {
        String why = "IT power " + Quantity.format(it.getAsDouble()) + " MW is below the " + scope;
        mark("enefg-pue", pueC, Outcome.NOT_APPLICABLE, why);
        mark("enefg-erf", erfC, Outcome.NOT_APPLICABLE, why);
        mark("enefg-renewable", renC, Outcome.NOT_APPLICABLE, why);
        return;
      }
      // renewable duty: applies to all in scope
      Optional<DatedLimit> ren = inForce(r.enefgRenewable(), asOf);
      if (ren.isEmpty()) {
        mark("enefg-renewable", renC, Outcome.NOT_APPLICABLE, "no renewable duty in force on " + asOf);
      } else if (marketRenewable.isEmpty()) {
        mark("enefg-renewable", ren.get().clause(), Outcome.UNKNOWN, "renewable share of the supply unknown");
      } else {
        boolean ok = marketRenewable.getAsDouble() >= ren.get().limit().value();
        mark("enefg-renewable", ren.get().clause(), ok ? Outcome.PASS : Outcome.FAIL,
            Quantity.format(marketRenewable.getAsDouble() * 100) + " % renewable by contracts or certificates");
      }
      // new or existing?
      LocalDate newFrom = r.enefgPueNew().from();
      Optional<PartialDate> op = site.operationalFrom();
      Boolean isNew = null;
      if (op.isPresent()) {
        if (!op.get().earliest().isBefore(newFrom)) {
          isNew = Boolean.TRUE;
        } else if (op.get().latest().isBefore(newFrom)) {
          isNew = Boolean.FALSE;
        }
      } else if (site.statusOn(asOf) == SiteStatus.OPERATIONAL && asOf.isBefore(newFrom)) {
        isNew = Boolean.FALSE;
      }
      if (isNew == null) {
        String why = "start of operation unknown relative to " + newFrom + ", so new- or existing-site duties cannot be chosen";
        mark("enefg-pue", pueC, Outcome.UNKNOWN, why);
        mark("enefg-erf", erfC, Outcome.UNKNOWN, why);
        return;
      }
      if (isNew) {
        boolean operating = op.get().isCertainlyOnOrBefore(asOf);
        DatedLimit lim = r.enefgPueNew();
        if (!operating) {
          mark(lim.criterion(), lim.clause(), Outcome.NOT_APPLICABLE, "new site not yet in operation on " + asOf + "; applies from " + op.get());
        } else {
          pueMark(lim, pue, pueDefaulted);
        }
        Optional<DatedLimit> cohort = inForce(r.enefgErfNew(), op.get().earliest());
        if (cohort.isEmpty()) {
          mark("enefg-erf", erfC, Outcome.NOT_APPLICABLE, "no ERF duty for the site's start of operation " + op.get());
        } else if (!operating) {
          mark(cohort.get().criterion(), cohort.get().clause(), Outcome.NOT_APPLICABLE, "new site not yet in operation on " + asOf);
        } else if (erf.isEmpty()) {
          mark(cohort.get().criterion(), cohort.get().clause(), Outcome.UNKNOWN, "ERF not reported");
        } else {
          boolean ok = erf.getAsDouble() >= cohort.get().limit().value();
          mark(cohort.get().criterion(), cohort.get().clause(), ok ? Outcome.PASS : Outcome.FAIL,
              "ERF " + Quantity.format(erf.getAsDouble() * 100) + " %");
        }
      } else {
        Optional<DatedLimit> lim = inForce(r.enefgPueExisting(), asOf);
        if (lim.isEmpty()) {
          DatedLimit first = r.enefgPueExisting().get(0);
          String would = pueDefaulted ? "" : "; PUE " + Quantity.format(pue) + (pue <= first.limit().value() ? " would pass" : " would fail");
          mark("enefg-pue", first.clause(), Outcome.NOT_APPLICABLE, "not yet in force on " + asOf + would);
        } else {
          pueMark(lim.get(), pue, pueDefaulted);
        }
        mark("enefg-erf", erfC, Outcome.NOT_APPLICABLE, "the ERF duty applies to data centres starting operation from " + newFrom);
      }
    }

    private void pueMark(DatedLimit lim, double pue, boolean pueDefaulted) {
      if (pueDefaulted) {
        mark(lim.criterion(), lim.clause(), Outcome.UNKNOWN, "PUE not reported (default " + Quantity.format(pue) + " is not evidence)");
      } else {
        boolean ok = pue <= lim.limit().value();
        mark(lim.criterion(), lim.clause(), ok ? Outcome.PASS : Outcome.FAIL, "PUE " + Quantity.format(pue));
      }
    }
  }
}
