package dev.sovai.scoring.energy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.sovai.model.Provenance;
import dev.sovai.model.operator.OperatorKind;
import dev.sovai.model.site.EnergySource;

/**
 * The data an energy assessment is computed under: every default, factor, anchor and limit the formulas use,
 * each a {@link Reference} with its {@link Provenance}. Named and versioned so that a result can say which profile
 * it came from ({@code "energy-eu-2025@1"}). Obtain the bundled preset with {@link #standard()} and adapt it with
 * the {@code with…} methods.
 *
 * @param name  the preset's name, a slug, not null
 * @param version  the preset's version, ≥ 1
 * @param loadFactor  average IT load as a fraction of IT power over a year, in (0, 1]
 * @param hoursPerYear  hours in the accounting year
 * @param systemOverhead  IT power of a server per watt of accelerator board power ({@code k_sys}), ≥ 1
 * @param computeRealisation  delivered dense compute as a fraction of peak, in (0, 1]
 * @param pueByOperatorKind  the PUE that stands in for a missing one, by the kind of the site's operator; every
 *     kind must be present
 * @param pueUnknownOperator  the PUE that stands in when the site has no known operator
 * @param sourceIntensity  life-cycle gCO2e/kWh of contracted or on-site generation by source; every source but
 *     {@link EnergySource#GRID} must be present (grid supply takes the grid's intensity)
 * @param embodied  whether and how embodied carbon enters the carbon per unit of compute, not null
 * @param score  the components of the 0–100 energy score, not empty
 * @param siteDemandShareFlag  a site's share of its grid's demand above which a finding flags grid stress
 * @param certificateGapFlag  REF minus grid low-carbon share above which a finding flags certificate-backed claims
 * @param rules  the regulatory thresholds, not null
 */
public record EnergyProfile(
    String name,
    int version,
    Reference loadFactor,
    Reference hoursPerYear,
    Reference systemOverhead,
    Reference computeRealisation,
    Map<OperatorKind, Reference> pueByOperatorKind,
    Reference pueUnknownOperator,
    Map<EnergySource, Reference> sourceIntensity,
    EmbodiedCarbon embodied,
    List<ScoreComponent> score,
    Reference siteDemandShareFlag,
    Reference certificateGapFlag,
    RegulatoryRules rules) {

  private static final int SOVAI_YEAR = 2026;
  /** The project's own choices (anchors, weights, flags): estimates, not published figures. */
  private static final Provenance SOVAI = Provenance.estimated("sovai default profile", SOVAI_YEAR);

  /**
   * Checks the profile.
   *
   * @throws IllegalArgumentException naming the field and value if a reference is out of range or a map is
   *     incomplete
   * @throws NullPointerException if an argument is null
   */
  public EnergyProfile {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new IllegalArgumentException("EnergyProfile name must be a slug, was \"" + name + "\"");
    }
    if (version < 1) {
      throw new IllegalArgumentException("EnergyProfile version must be ≥ 1, was " + version);
    }
    range("loadFactor", loadFactor, Double.MIN_VALUE, 1);
    range("hoursPerYear", hoursPerYear, 1, 8784);
    range("systemOverhead", systemOverhead, 1, 10);
    range("computeRealisation", computeRealisation, Double.MIN_VALUE, 1);
    range("pueUnknownOperator", pueUnknownOperator, 1, 10);
    range("siteDemandShareFlag", siteDemandShareFlag, 0, 1);
    range("certificateGapFlag", certificateGapFlag, 0, 1);
    Objects.requireNonNull(embodied, "embodied");
    Objects.requireNonNull(rules, "rules");
    EnumMap<OperatorKind, Reference> pue = new EnumMap<>(OperatorKind.class);
    pue.putAll(Objects.requireNonNull(pueByOperatorKind, "pueByOperatorKind"));
    for (OperatorKind k : OperatorKind.values()) {
      if (!pue.containsKey(k)) {
        throw new IllegalArgumentException("EnergyProfile pueByOperatorKind lacks operator kind " + k);
      }
      range("pueByOperatorKind." + k, pue.get(k), 1, 10);
    }
    pueByOperatorKind = Collections.unmodifiableMap(pue);
    EnumMap<EnergySource, Reference> src = new EnumMap<>(EnergySource.class);
    src.putAll(Objects.requireNonNull(sourceIntensity, "sourceIntensity"));
    for (EnergySource s : EnergySource.values()) {
      if (s != EnergySource.GRID && !src.containsKey(s)) {
        throw new IllegalArgumentException("EnergyProfile sourceIntensity lacks energy source " + s);
      }
    }
    src.values().forEach(r -> range("sourceIntensity", r, 0, 5000));
    sourceIntensity = Collections.unmodifiableMap(src);
    score = List.copyOf(score);
    if (score.isEmpty() || score.stream().mapToDouble(c -> c.weight().value()).sum() <= 0) {
      throw new IllegalArgumentException("EnergyProfile score needs at least one component with a positive weight");
    }
  }

  private static void range(String field, Reference r, double min, double max) {
    Objects.requireNonNull(r, field);
    if (r.value() < min || r.value() > max) {
      throw new IllegalArgumentException("EnergyProfile " + field + " must be in [" + min + ", " + max + "], was " + r.value()
          + " (" + r.name() + ")");
    }
  }

  /**
   * The bundled preset {@code energy-eu-2025@1}: load factor 0.7, {@code k_sys} 1.34, PUE defaults by operator kind
   * (hyperscale 1.15, new AI/colocation build 1.3, industry average 1.54, enterprise 1.63), Electricity Maps
   * life-cycle factors by source, no embodied carbon, and the score components carbon 40 %, PUE 30 %, imports,
   * heat reuse and water 10 % each.
   *
   * @return the preset, not null
   */
  public static EnergyProfile standard() {
    Reference hyperscale = Reference.of("hyperscale fleet PUE", 1.15, "1", "AWS sustainability pages, global PUE", 2024);
    Reference newBuild = Reference.of("new AI/colocation build PUE", 1.3, "1",
        "Uptime Institute 14th global survey (new large builds \"1.3 or better\") [S]", 2024);
    Reference average = Reference.of("industry average PUE", 1.54, "1", "Uptime Institute global data centre survey [S]", 2025);
    Reference enterprise = Reference.of("enterprise on-premises PUE", 1.63, "1", "IDC estimate, quoted by AWS [S]", 2025);
    EnumMap<OperatorKind, Reference> pue = new EnumMap<>(OperatorKind.class);
    for (OperatorKind k : OperatorKind.values()) {
      pue.put(k, average);
    }
    pue.put(OperatorKind.HYPERSCALER, hyperscale);
    pue.put(OperatorKind.NEOCLOUD, newBuild);
    pue.put(OperatorKind.COLOCATION, newBuild);
    pue.put(OperatorKind.MODEL_LAB, newBuild);
    pue.put(OperatorKind.TELECOM, enterprise);
    pue.put(OperatorKind.INDUSTRIAL, enterprise);

    String em = "IPCC 2014 life-cycle factors, as in Electricity Maps config/defaults.yaml";
    int emYear = 2014;
    EnumMap<EnergySource, Reference> src = new EnumMap<>(EnergySource.class);
    src.put(EnergySource.COAL, Reference.of("coal life-cycle intensity", 820, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.GAS, Reference.of("gas life-cycle intensity", 490, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.OIL, Reference.of("oil life-cycle intensity", 650, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.BIOMASS, Reference.of("biomass life-cycle intensity", 230, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.NUCLEAR, Reference.of("nuclear life-cycle intensity", 12, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.HYDRO, Reference.of("hydro life-cycle intensity", 24, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.WIND, Reference.of("wind life-cycle intensity", 11, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.SOLAR, Reference.of("solar life-cycle intensity", 45, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.GEOTHERMAL, Reference.of("geothermal life-cycle intensity", 38, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.OTHER, Reference.of("unknown-source life-cycle intensity", 700, "gCO2e/kWh", em, emYear));
    src.put(EnergySource.RENEWABLE_MIX, Reference.of("unspecified renewable mix intensity", 45, "gCO2e/kWh",
        Provenance.estimated("sovai assumption: the highest of the hydro, wind, solar and geothermal factors of " + em, SOVAI_YEAR)));

    List<ScoreComponent> score = new ArrayList<>();
    score.add(new ScoreComponent("gridCarbon", EnergyQuantity.GRID_INTENSITY,
        Reference.of("zero-carbon grid", 0, "gCO2e/kWh", SOVAI),
        Reference.of("carbon anchor (India's grid 708 g, Ember 2024)", 700, "gCO2e/kWh", SOVAI),
        weight("gridCarbon", 0.4)));
    score.add(new ScoreComponent("efficiency", EnergyQuantity.PUE,
        Reference.of("best PUE anchor (best reported sites 1.04–1.07, AWS 2025)", 1.05, "1", SOVAI),
        Reference.of("worst PUE anchor", 2.0, "1", SOVAI),
        weight("efficiency", 0.3)));
    score.add(new ScoreComponent("gridImports", EnergyQuantity.GRID_NET_IMPORT_SHARE,
        Reference.of("net exporter", 0, "fraction", SOVAI),
        Reference.of("import anchor", 0.25, "fraction", SOVAI),
        weight("gridImports", 0.1)));
    score.add(new ScoreComponent("heatReuse", EnergyQuantity.ERF,
        Reference.of("ERF anchor (EnEfG top step 20 %)", 0.20, "fraction", SOVAI),
        Reference.of("no heat reuse", 0, "fraction", SOVAI),
        weight("heatReuse", 0.1)));
    score.add(new ScoreComponent("water", EnergyQuantity.WUE,
        Reference.of("no water use", 0, "L/kWh", SOVAI),
        Reference.of("WUE anchor (commonly cited industry average ≈ 1.8 L/kWh [S])", 1.8, "L/kWh", SOVAI),
        weight("water", 0.1)));

    return new EnergyProfile("energy-eu-2025", 1,
        Reference.of("load factor", 0.7, "fraction",
            Provenance.estimated("sovai assumption: midpoint of the 0.6–0.8 range [U]", SOVAI_YEAR)),
        Reference.of("hours per year", 8760, "h", "calendar year of 365 days", SOVAI_YEAR),
        Reference.of("system overhead k_sys", 1.34, "1",
            "NVIDIA Mission Control FAQ, GB300 NVL72 rack example (135 kW per 72 GPUs of 1.4 kW), via stas00/ml-engineering", 2025),
        Reference.of("compute realisation", 1.0, "fraction", Provenance.estimated(
            "sovai convention: peak dense TFLOPS (measured matmul reaches 0.51–0.87 of peak, stas00/ml-engineering)", SOVAI_YEAR)),
        pue, average, src, EmbodiedCarbon.none(), score,
        Reference.of("single-site share of grid demand flag", 0.05, "fraction", SOVAI),
        Reference.of("certificate-backed flag (REF − grid low-carbon share)", 0.3, "fraction", SOVAI),
        RegulatoryRules.defaults());
  }

  private static Reference weight(String component, double w) {
    return Reference.of("weight of " + component, w, "fraction", SOVAI);
  }

  /** @return {@code name@version}, the label results carry */
  public String label() {
    return name + "@" + version;
  }

  /**
   * The PUE default for an operator kind.
   *
   * @param kind  the kind, or null for an unknown operator
   * @return the default PUE reference, not null
   */
  public Reference pueDefault(OperatorKind kind) {
    return kind == null ? pueUnknownOperator : pueByOperatorKind.get(kind);
  }

  /**
   * Returns a copy under another name and version.
   *
   * @param newName  a slug, not null
   * @param newVersion  ≥ 1
   * @return the copy, not null
   */
  public EnergyProfile withName(String newName, int newVersion) {
    return new EnergyProfile(newName, newVersion, loadFactor, hoursPerYear, systemOverhead, computeRealisation,
        pueByOperatorKind, pueUnknownOperator, sourceIntensity, embodied, score, siteDemandShareFlag, certificateGapFlag, rules);
  }

  /**
   * Returns a copy with another load factor.
   *
   * @param newLoadFactor  in (0, 1], not null
   * @return the copy, not null
   */
  public EnergyProfile withLoadFactor(Reference newLoadFactor) {
    return new EnergyProfile(name, version, newLoadFactor, hoursPerYear, systemOverhead, computeRealisation,
        pueByOperatorKind, pueUnknownOperator, sourceIntensity, embodied, score, siteDemandShareFlag, certificateGapFlag, rules);
  }

  /**
   * Returns a copy with another system overhead factor.
   *
   * @param newSystemOverhead  ≥ 1, not null
   * @return the copy, not null
   */
  public EnergyProfile withSystemOverhead(Reference newSystemOverhead) {
    return new EnergyProfile(name, version, loadFactor, hoursPerYear, newSystemOverhead, computeRealisation,
        pueByOperatorKind, pueUnknownOperator, sourceIntensity, embodied, score, siteDemandShareFlag, certificateGapFlag, rules);
  }

  /**
   * Returns a copy with another compute realisation factor.
   *
   * @param newRealisation  in (0, 1], not null
   * @return the copy, not null
   */
  public EnergyProfile withComputeRealisation(Reference newRealisation) {
    return new EnergyProfile(name, version, loadFactor, hoursPerYear, systemOverhead, newRealisation,
        pueByOperatorKind, pueUnknownOperator, sourceIntensity, embodied, score, siteDemandShareFlag, certificateGapFlag, rules);
  }

  /**
   * Returns a copy with another embodied-carbon option.
   *
   * @param newEmbodied  the option, not null
   * @return the copy, not null
   */
  public EnergyProfile withEmbodied(EmbodiedCarbon newEmbodied) {
    return new EnergyProfile(name, version, loadFactor, hoursPerYear, systemOverhead, computeRealisation,
        pueByOperatorKind, pueUnknownOperator, sourceIntensity, newEmbodied, score, siteDemandShareFlag, certificateGapFlag, rules);
  }

  /**
   * Returns a copy with another PUE default for one operator kind.
   *
   * @param kind  the operator kind, not null
   * @param pue  the default, ≥ 1, not null
   * @return the copy, not null
   */
  public EnergyProfile withPueDefault(OperatorKind kind, Reference pue) {
    EnumMap<OperatorKind, Reference> m = new EnumMap<>(pueByOperatorKind);
    m.put(Objects.requireNonNull(kind, "kind"), pue);
    return new EnergyProfile(name, version, loadFactor, hoursPerYear, systemOverhead, computeRealisation,
        m, pueUnknownOperator, sourceIntensity, embodied, score, siteDemandShareFlag, certificateGapFlag, rules);
  }

  /**
   * Returns a copy with other regulatory rules.
   *
   * @param newRules  the rules, not null
   * @return the copy, not null
   */
  public EnergyProfile withRules(RegulatoryRules newRules) {
    return new EnergyProfile(name, version, loadFactor, hoursPerYear, systemOverhead, computeRealisation,
        pueByOperatorKind, pueUnknownOperator, sourceIntensity, embodied, score, siteDemandShareFlag, certificateGapFlag, newRules);
  }
}
