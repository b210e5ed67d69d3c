package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import dev.sovai.model.Confidence;
import dev.sovai.model.PartialDate;
import dev.sovai.model.accelerator.Accelerator;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.assessment.Finding;
import dev.sovai.model.assessment.GapTreatment;
import dev.sovai.model.assessment.Outcome;
import dev.sovai.model.jurisdiction.GridProfile;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.operator.Operator;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.AcceleratorLot;
import dev.sovai.model.site.EnergySupply;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteCapacity;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.csf.CsfRung;
import dev.sovai.scoring.csf.PueRating;

/**
 * The energy computation of one site under a profile, for {@link EnergyScorer}: power, energy, carbon, the regulatory
 * marks and the score, collected into a {@link SiteEnergyDraft} as it goes. One instance per site and question.
 */
final class SiteEnergyComputation {
  /** A CSF rung as the marks name it: {@code rung "PUE < 1.3" (187.5 points, SEAL 4)}. */
  private static String describe(CsfRung rung) {
    return "rung \"" + rung.label() + "\" (" + (rung.points().isPresent() ? EnergyValue.format(rung.points().getAsDouble()) + " points, " : "")
        + "SEAL " + rung.seal() + ")";
  }

  private static final Comparator<AcceleratorLot> LOT_ORDER = Comparator
      .comparing((AcceleratorLot l) -> l.accelerator().orElse(""))
      .thenComparing(l -> l.reportedModel().orElse(""))
      .thenComparing(AcceleratorLot::status)
      .thenComparingLong(AcceleratorLot::count)
      .thenComparing(l -> l.date().map(PartialDate::toString).orElse(""));

  private final EnergyPass pass;
  private final EnergyProfile profile;
  private final Landscape land;
  private final Site site;
  private final SiteStatus status;
  private final Place place;
  private final LocalDate asOf;
  private final SiteEnergyDraft draft;
  private final MarketCarbon carbon;

  /**
   * Prepares the computation of a site.
   *
   * @param pass  the question and what its sites share
   * @param site  the site
   * @param status  the site's status on the pass's date ({@code site.statusOn(asOf)}, found once by the caller)
   */
  SiteEnergyComputation(EnergyPass pass, Site site, SiteStatus status) {
    this.pass = pass;
    this.profile = pass.profile();
    this.land = pass.land();
    this.site = site;
    this.status = status;
    this.place = pass.place(site.jurisdiction());
    this.asOf = pass.asOf();
    this.draft = new SiteEnergyDraft(site, pass);
    this.carbon = new MarketCarbon(profile, draft);
  }

  private void put(EnergyQuantity name, double value, boolean defaulted, Supplier<String> basis) {
    draft.put(name, value, defaulted, basis);
  }

  private void put(EnergyQuantity name, double value, boolean defaulted, String basis) {
    draft.put(name, value, defaulted, basis);
  }

  private void gap(String field, GapTreatment t, Supplier<String> detail) {
    draft.gap(field, t, detail);
  }

  private void gap(String field, GapTreatment t, String detail) {
    draft.gap(field, t, detail);
  }

  private boolean dflt(EnergyQuantity name) {
    return draft.defaulted(name);
  }

  private OptionalDouble val(EnergyQuantity name) {
    return draft.value(name);
  }

  SiteEnergy compute() {
    addSources(site.sources());
    double hours = profile.hoursPerYear().value();
    double lf = profile.loadFactor().value();
    double k = profile.systemOverhead().value();

    // --- fleet -------------------------------------------------------------------------------------------
    List<AcceleratorLot> lots = new ArrayList<>();
    for (AcceleratorLot lot : site.fleet()) {
      if (!lot.status().isEnded()) {
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
      draft.need(1);
      long count = lot.count();
      Optional<Accelerator> acc = lot.accelerator().flatMap(land::accelerator);
      if (acc.isEmpty()) {
        excludedLots++;
        gap("fleet", GapTreatment.EXCLUDED, () -> "lot \"" + lotName(lot) + "\" × " + count
            + ": accelerator not in the catalogue; excluded from fleet power and compute");
        continue;
      }
      Accelerator a = acc.get();
      addSources(a.sources());
      if (a.boardPowerWatts().isEmpty()) {
        excludedLots++;
        gap("fleet", GapTreatment.EXCLUDED, () -> "lot \"" + lotName(lot) + "\" × " + count
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
        gap("fleet", GapTreatment.EXCLUDED, () -> "lot \"" + lotName(lot) + "\" × " + count
            + ": dense BF16 TFLOPS unknown; excluded from compute");
      }
      if (a.denseFp8Tflops().isPresent()) {
        fp8 += lot.count() * a.denseFp8Tflops().getAsDouble();
        fp8W += lot.count() * p;
      }
    }
    if (!lots.isEmpty()) {
      long all = 0;
      for (AcceleratorLot lot : lots) {
        all += lot.count();
      }
      long inAll = all;
      int lotCount = lots.size();
      put(EnergyQuantity.ACCELERATORS_COUNTED, counted, false,
          () -> "accelerators with known board power, of " + inAll + " in " + lotCount
              + " lot(s) not cancelled or decommissioned");
    }

    // --- IT power ----------------------------------------------------------------------------------------
    draft.need(1);
    SiteCapacity capacity = site.capacitySteps().isEmpty() ? null : site.capacityOn(asOf);
    Optional<PartialDate> stepSince = capacity == null ? Optional.empty() : capacity.since();
    Supplier<String> step = () -> stepSince.map(d -> " (capacity step of " + d + ")").orElse("");
    OptionalDouble itInForce = capacity == null ? site.itCapacityMw() : capacity.itPowerMw();
    OptionalDouble facilityInForce = capacity == null ? OptionalDouble.empty() : capacity.facilityPowerMw();
    if (itInForce.isPresent()) {
      put(EnergyQuantity.IT_POWER_MW, itInForce.getAsDouble(), false, () -> "reported IT capacity" + step.get());
    } else if (facilityInForce.isEmpty() && counted > 0) {
      double it = powerW * k / 1e6;
      double boardMw = powerW / 1e6;
      int excluded = excludedLots;
      Supplier<String> bound = () -> excluded > 0 ? "; lower bound: " + excluded + " lot(s) excluded" : "";
      Reference overhead = profile.systemOverhead();
      put(EnergyQuantity.IT_POWER_MW, it, true, () -> "estimated from the fleet: " + EnergyValue.format(boardMw)
          + " MW board power × " + overhead + bound.get());
      gap("itCapacityMw", GapTreatment.DEFAULTED, () -> "estimated from the fleet as Σ count × boardPowerWatts × k_sys = "
          + EnergyValue.format(it) + " MW" + bound.get());
    } else if (facilityInForce.isEmpty()) { // else IT power follows from facility power and PUE, below
      gap("itCapacityMw", GapTreatment.EXCLUDED,
          "unknown and no lot with a known board power; power, energy and emissions not computed");
    }

    // --- PUE ---------------------------------------------------------------------------------------------
    draft.need(1);
    double pue;
    if (site.pue().isPresent()) {
      pue = site.pue().getAsDouble();
      put(EnergyQuantity.PUE, pue, false, "reported");
    } else {
      Optional<Operator> op = site.operator().flatMap(land::operator);
      OperatorKind kind = op.map(Operator::kind).orElse(null);
      Reference d = profile.pueDefault(kind);
      double dflt = d.value();
      pue = dflt;
      Supplier<String> who = () -> kind == null ? "operator unknown" : "operator kind " + kind.name().toLowerCase(Locale.ROOT);
      put(EnergyQuantity.PUE, pue, true, () -> "default for " + who.get() + ": " + d);
      gap("pue", GapTreatment.DEFAULTED, () -> "defaulted to " + EnergyValue.format(dflt) + " for " + who.get() + ": " + d);
    }
    boolean pueDefaulted = dflt(EnergyQuantity.PUE);
    double pueUsed = pue;
    if (itInForce.isEmpty() && facilityInForce.isPresent()) {
      put(EnergyQuantity.IT_POWER_MW, facilityInForce.getAsDouble() / pue, pueDefaulted, () -> "reported facility power "
          + EnergyValue.format(facilityInForce.getAsDouble()) + " MW" + step.get() + " ÷ PUE " + EnergyValue.format(pueUsed));
    }

    OptionalDouble it = val(EnergyQuantity.IT_POWER_MW);
    if (it.isPresent()) {
      boolean d = dflt(EnergyQuantity.IT_POWER_MW) || pueDefaulted;
      double fac = it.getAsDouble() * pue;
      if (facilityInForce.isPresent()) {
        fac = facilityInForce.getAsDouble();
        d = false;
        put(EnergyQuantity.FACILITY_POWER_MW, fac, false, () -> "reported facility power" + step.get());
      } else {
        put(EnergyQuantity.FACILITY_POWER_MW, fac, d, () -> EnergyValue.format(it.getAsDouble()) + " MW IT × PUE "
            + EnergyValue.format(pueUsed));
      }
      Reference loadFactor = profile.loadFactor();
      put(EnergyQuantity.ANNUAL_IT_ENERGY_MWH, it.getAsDouble() * hours * lf, dflt(EnergyQuantity.IT_POWER_MW),
          () -> "IT power × " + EnergyValue.format(hours) + " h × " + loadFactor);
      put(EnergyQuantity.ANNUAL_ENERGY_MWH, fac * hours * lf, d,
          () -> "facility power × " + EnergyValue.format(hours) + " h × load factor " + EnergyValue.format(lf));
    }

    // --- grid and location-based carbon -----------------------------------------------------------------
    Optional<EnergySupply> supply = site.energy();
    supply.ifPresent(e -> addSources(e.sources()));
    String gridCode = place.gridCode();
    Optional<GridProfile> grid = place.grid();
    grid.ifPresent(g -> addSources(g.sources()));
    draft.need(1);
    OptionalDouble intensity = OptionalDouble.empty();
    if (supply.isPresent() && !supply.get().gridConnected()) {
      intensity = carbon.offGridIntensity(supply.get());
      if (intensity.isPresent()) {
        put(EnergyQuantity.GRID_INTENSITY, intensity.getAsDouble(), false,
            "off-grid: life-cycle factors of the on-site generation mix");
      } else {
        gap("energy.onSite", GapTreatment.UNKNOWN, "site is off the grid and its on-site generation is not described");
      }
    } else if (grid.isPresent()) {
      GridProfile g = grid.get();
      intensity = OptionalDouble.of(g.carbonIntensityGramsPerKwh());
      put(EnergyQuantity.GRID_INTENSITY, g.carbonIntensityGramsPerKwh(), false,
          () -> "grid of " + gridCode + ", " + g.year() + " (life-cycle, location-based)" + cite(g.sources()));
      GridArea area = place.area().orElseThrow();
      EntityRef self = draft.self();
      draft.finding(() -> Finding.builder().criterion("grid").outcome(Outcome.INFO)
          .addChain(self, EntityRef.via("grid of", EntityKind.JURISDICTION, area.code()))
          .message("grid of " + area.describe() + ": " + EnergyValue.format(g.carbonIntensityGramsPerKwh())
              + " gCO2e/kWh (life-cycle, location-based)" + g.lowCarbonShare().stream()
                  .mapToObj(s -> ", low-carbon " + EnergyValue.format(s * 100) + " %").findFirst().orElse(""))
          .sources(g.sources()).build());
    } else {
      String code = site.jurisdiction();
      gap("grid", GapTreatment.UNKNOWN, () -> "no grid profile for " + code
          + (code.length() > 2 ? " or " + code.substring(0, 2) : "") + "; location-based carbon unknown");
    }
    OptionalDouble energy = val(EnergyQuantity.ANNUAL_ENERGY_MWH);
    if (intensity.isPresent()) {
      double ci = intensity.getAsDouble();
      if (energy.isPresent()) {
        put(EnergyQuantity.LOCATION_CARBON_TONNES, energy.getAsDouble() * ci / 1000.0, dflt(EnergyQuantity.ANNUAL_ENERGY_MWH),
            "annual energy × grid intensity");
      }
      put(EnergyQuantity.CUE, pue * ci / 1000.0, pueDefaulted, "PUE × grid intensity (ISO/IEC 30134-8)");
    }

    // --- market-based carbon ------------------------------------------------------------------------------
    draft.need(1);
    OptionalDouble marketRenewable = OptionalDouble.empty();
    if (supply.isEmpty()) {
      gap("energy", GapTreatment.UNKNOWN, "energy supply not reported; market-based carbon and renewable matching unknown");
    } else {
      marketRenewable = carbon.market(supply.get(), intensity, energy);
    }

    // --- grid shares ---------------------------------------------------------------------------------------
    gridShares(grid, gridCode, energy);

    // --- compute and efficiency -------------------------------------------------------------------------------
    if (bf16 > 0) {
      double realisation = profile.computeRealisation().value();
      put(EnergyQuantity.DENSE_BF16_PFLOPS, bf16 / 1000.0, false, "Σ count × dense BF16 TFLOPS, peak");
      double chip = bf16 / (bf16W / 1000.0);
      put(EnergyQuantity.BF16_PER_KW_CHIP, chip, false, "dense BF16 per kW of board power");
      put(EnergyQuantity.BF16_PER_KW_METER, chip / (k * pue), pueDefaulted,
          () -> "chip figure / (k_sys " + EnergyValue.format(k) + " × PUE " + EnergyValue.format(pueUsed) + ")");
      if (intensity.isPresent()) {
        double op = (bf16W / 1000.0) * k * pue * intensity.getAsDouble() / (bf16 / 1000.0 * realisation);
        put(EnergyQuantity.OPERATIONAL_CARBON_PER_PFLOP_HOUR, op, pueDefaulted,
            () -> "board kW × k_sys × PUE × grid intensity / (dense BF16 PFLOPS × compute realisation "
                + EnergyValue.format(realisation) + ")");
        if (profile.embodied().isIncluded()) {
          double annualPflopH = bf16 / 1000.0 * hours * lf * realisation;
          double emb = profile.embodied().gramsPerPflopHour(annualPflopH, bf16Count);
          EmbodiedCarbon embodied = profile.embodied();
          put(EnergyQuantity.EMBODIED_CARBON_PER_PFLOP_HOUR, emb, false, embodied::toString);
          put(EnergyQuantity.SCI_PER_PFLOP_HOUR, op + emb, pueDefaulted, "SCI (E·I + M)/R, R = 1 PFLOP·h dense BF16");
        } else {
          put(EnergyQuantity.SCI_PER_PFLOP_HOUR, op, pueDefaulted,
              "SCI (E·I + M)/R with M excluded by the profile (operational only)");
        }
      }
    }
    if (fp8 > 0) {
      double chip = fp8 / (fp8W / 1000.0);
      put(EnergyQuantity.FP8_PER_KW_CHIP, chip, false, "dense FP8 per kW of board power (lots with FP8)");
      put(EnergyQuantity.FP8_PER_KW_METER, chip / (k * pue), pueDefaulted, "chip figure / (k_sys × PUE)");
    }

    // --- water and heat ----------------------------------------------------------------------------------------
    draft.need(1);
    OptionalDouble wue = supply.map(EnergySupply::wueLitresPerKwh).orElse(OptionalDouble.empty());
    if (wue.isPresent()) {
      put(EnergyQuantity.WUE, wue.getAsDouble(), false, "reported (ISO/IEC 30134-9)");
      val(EnergyQuantity.ANNUAL_IT_ENERGY_MWH).ifPresent(e -> put(EnergyQuantity.ANNUAL_WATER_M3, wue.getAsDouble() * e,
          dflt(EnergyQuantity.ANNUAL_IT_ENERGY_MWH), "WUE × annual IT energy"));
    } else {
      gap("energy.wueLitresPerKwh", GapTreatment.UNKNOWN, "WUE not reported; water use unknown, water score component counts 0");
    }
    draft.need(1);
    OptionalDouble erf = supply.map(EnergySupply::erf).orElse(OptionalDouble.empty());
    if (erf.isPresent()) {
      put(EnergyQuantity.ERF, erf.getAsDouble(), false, "reported (ISO/IEC 30134-6)");
    } else {
      gap("energy.erf", GapTreatment.UNKNOWN, "ERF not reported; heat reuse unknown, heat-reuse score component counts 0");
    }

    // --- marks ---------------------------------------------------------------------------------------------------
    csf81(pue, pueDefaulted);
    CsfSupplyMark.mark(draft, pass, place.inEu(), supply, marketRenewable);
    GaiaXMarks.mark(draft, pass, pue, pueDefaulted, marketRenewable, wue);
    EnEfGMarks.mark(draft, pass, place.inEnefg(), site, status, pue, pueDefaulted, marketRenewable, erf);

    // --- score ---------------------------------------------------------------------------------------------------
    double total = 0;
    double lower = 0;
    double upper = 0;
    List<ScoreComponent> components = profile.score();
    for (int i = 0; i < components.size(); i++) {
      ScoreComponent c = components.get(i);
      double w = c.weight().value();
      total += w;
      EnergyValue x = draft.quantity(c.input());
      if (x != null) {
        double sc = c.score(x.value());
        lower += w * sc;
        upper += w * sc;
        draft.putComponent(i, sc, x.defaulted(),
            () -> "clamp((" + c.input().metricName() + " − " + EnergyValue.format(c.worst().value()) + ") / ("
                + EnergyValue.format(c.best().value()) + " − " + EnergyValue.format(c.worst().value()) + ")), weight "
                + EnergyValue.format(w));
      } else {
        upper += w;
      }
    }
    double scoreLower = 100.0 * lower / total;
    double scoreUpper = 100.0 * upper / total;

    return draft.build(asOf, status, profile.label(), scoreLower, scoreUpper);
  }

  private static String lotName(AcceleratorLot lot) {
    return lot.accelerator().orElse(lot.reportedModel().orElse("?"));
  }

  private void addSources(List<String> ids) {
    draft.addSources(ids);
  }

  private static String cite(List<String> ids) {
    return ids.isEmpty() ? "" : " [" + String.join(", ", ids) + "]";
  }

  private void gridShares(Optional<GridProfile> grid, String gridCode, OptionalDouble energy) {
    Supplier<String> g = () -> "grid of " + gridCode;
    draft.need(5);
    if (grid.isEmpty()) {
      gap("grid.shares", GapTreatment.UNKNOWN, "no grid profile: low-carbon, renewable, nuclear, import and demand shares unknown");
      draft.need(-4);
      return;
    }
    GridProfile p = grid.get();
    Supplier<String> gy = () -> g.get() + ", " + p.year();
    p.renewableShare().ifPresentOrElse(v -> put(EnergyQuantity.GRID_RENEWABLE_SHARE, v, false, gy),
        () -> gap("grid.renewableShare", GapTreatment.UNKNOWN, () -> g.get() + ": renewable share unknown"));
    p.nuclearShare().ifPresentOrElse(v -> put(EnergyQuantity.GRID_NUCLEAR_SHARE, v, false, gy),
        () -> gap("grid.nuclearShare", GapTreatment.UNKNOWN, () -> g.get() + ": nuclear share unknown"));
    if (p.lowCarbonShare().isPresent()) {
      put(EnergyQuantity.GRID_LOW_CARBON_SHARE, p.lowCarbonShare().getAsDouble(), false, gy);
    } else if (p.renewableShare().isPresent() && p.nuclearShare().isPresent()) {
      put(EnergyQuantity.GRID_LOW_CARBON_SHARE, p.renewableShare().getAsDouble() + p.nuclearShare().getAsDouble(), false,
          () -> gy.get() + ": renewable + nuclear");
    } else {
      gap("grid.lowCarbonShare", GapTreatment.UNKNOWN, () -> g.get() + ": low-carbon share unknown");
    }
    p.netImportShare().ifPresentOrElse(v -> put(EnergyQuantity.GRID_NET_IMPORT_SHARE, v, false, gy),
        () -> gap("grid.netImportShare", GapTreatment.UNKNOWN,
            () -> g.get() + ": net import share unknown; import score component counts 0"));
    // the country's demand (a subdivision's own demand only when its country has none)
    String country = site.jurisdiction().substring(0, 2);
    Optional<GridProfile> countryGrid = place.countryDemandGrid();
    String demandCode = countryGrid.isPresent() ? country : gridCode;
    GridProfile demandGrid = countryGrid.orElse(p);
    OptionalDouble demand = demandGrid.demandTwh();
    if (demand.isPresent() && energy.isPresent() && demand.getAsDouble() > 0) {
      double share = energy.getAsDouble() / (demand.getAsDouble() * 1e6);
      put(EnergyQuantity.GRID_DEMAND_SHARE, share, dflt(EnergyQuantity.ANNUAL_ENERGY_MWH),
          () -> "annual energy / electricity demand of " + demandCode + " (" + EnergyValue.format(demand.getAsDouble())
              + " TWh, " + demandGrid.year() + ")");
      Reference flag = profile.siteDemandShareFlag();
      if (share > flag.value()) {
        EntityRef self = draft.self();
        draft.finding(() -> Finding.builder().criterion("grid-stress").outcome(Outcome.INFO).addChain(self,
            EntityRef.via("demand of", EntityKind.JURISDICTION, demandCode))
            .message("the site alone would use " + EnergyValue.format(share * 100) + " % of the electricity demand of " + demandCode
                + ", above the " + flag)
            .build());
      }
    } else if (demand.isEmpty()) {
      gap("grid.demandTwh", GapTreatment.UNKNOWN,
          () -> "electricity demand of " + country + " unknown; the site's share of it is not computed");
    } else {
      draft.need(-1);
    }
    OptionalDouble ref = val(EnergyQuantity.REPORTED_REF);
    OptionalDouble low = val(EnergyQuantity.GRID_LOW_CARBON_SHARE);
    Reference gapFlag = profile.certificateGapFlag();
    if (ref.isPresent() && low.isPresent() && ref.getAsDouble() - low.getAsDouble() > gapFlag.value()) {
      EntityRef self = draft.self();
      draft.finding(() -> Finding.builder().criterion("certificate-backed").outcome(Outcome.INFO).addChain(self)
          .message("REF " + EnergyValue.format(ref.getAsDouble()) + " exceeds the grid's low-carbon share "
              + EnergyValue.format(low.getAsDouble()) + " by more than " + gapFlag
              + ": the renewable claim rests on certificates or contracts, not on the physical grid")
          .build());
    }
  }

  // --- regulatory marks ----------------------------------------------------------------------------------------

  private static final String CSF81_CLAUSE = "EU CSF SOV-8.1 energy efficiency";

  /** The SOV-8.1 decision for a default PUE, which depends on that figure alone. */
  private record Csf81Default(double pue) {}

  /**
   * The SOV-8.1 decision for a PUE that is not a default: {@link PueRating#of} reads the site's PUE, jurisdiction and
   * confidence; the mark's words read the PUE used.
   */
  private record Csf81Reported(double pue, OptionalDouble sitePue, String jurisdiction, Confidence confidence) {}

  /** The SOV-8.1 mark of a reported PUE, and the points of the rung it answers with, if any. */
  private record Csf81(RegulatoryMark mark, Optional<CsfRung> answer, EnergyValue points) {}

  private void csf81(double pue, boolean defaulted) {
    if (defaulted) {
      Csf81Default key = new Csf81Default(pue);
      RegulatoryMark m = pass.known(key);
      draft.mark(m != null ? m : pass.keep(key, pass.mark("csf-sov-8.1", CSF81_CLAUSE, Outcome.UNKNOWN,
          () -> "PUE not reported; the default " + EnergyValue.format(pue) + " would reach "
              + PueRating.rungFor(pue, false).map(SiteEnergyComputation::describe).orElse("no rung"))));
      return;
    }
    Csf81Reported key = new Csf81Reported(pue, site.pue(), site.jurisdiction(), site.confidence());
    Csf81 known = pass.known(key);
    Csf81 d = known != null ? known : pass.keep(key, csf81(pue));
    if (d.points() != null) {
      draft.put(EnergyQuantity.CSF_SOV81_POINTS, d.points());
    } else {
      d.answer().ifPresent(r -> put(EnergyQuantity.CSF_SOV81_POINTS, r.earned(), false, () -> "CSF SOV-8.1 " + r.label()));
    }
    draft.mark(d.mark());
  }

  /** Decides SOV-8.1 for a site's reported PUE. */
  private Csf81 csf81(double pue) {
    String clause = CSF81_CLAUSE;
    PueRating rating = PueRating.of(land, site);
    if (rating.reached().isEmpty()) {
      return new Csf81(pass.mark("csf-sov-8.1", clause, Outcome.UNKNOWN, () -> "no SOV-8.1 rung matches PUE "
          + EnergyValue.format(pue)), Optional.empty(), null);
    }
    CsfRung reached = rating.reached().get();
    Optional<CsfRung> answer = rating.answer();
    EnergyValue points = answer.filter(r -> Double.isFinite(r.earned())).map(r -> pass.value(
        EnergyQuantity.CSF_SOV81_POINTS.metricName(), r.earned(), EnergyQuantity.CSF_SOV81_POINTS.unit(), false,
        () -> "CSF SOV-8.1 " + r.label())).orElse(null);
    RegulatoryMark mark = switch (rating.outcome()) {
      case PASS -> pass.mark("csf-sov-8.1", clause, Outcome.PASS, () -> "PUE " + EnergyValue.format(pue) + " reaches "
          + describe(reached));
      case FAIL -> pass.mark("csf-sov-8.1", clause, Outcome.FAIL, () -> "PUE " + EnergyValue.format(pue) + " reaches only "
          + describe(reached) + ", which caps the SEAL");
      default -> {
        Optional<CsfRung> withoutRoadmap = rating.withoutRoadmap();
        yield pass.mark("csf-sov-8.1", clause, Outcome.UNKNOWN, () -> "PUE " + EnergyValue.format(pue) + " reaches "
            + describe(reached) + " only with an improvement roadmap, which the data does not record"
            + withoutRoadmap.map(f -> "; without a roadmap, rung \"" + f.label() + "\" (SEAL " + f.seal() + ")").orElse(""));
      }
    };
    return new Csf81(mark, answer, points);
  }
}
