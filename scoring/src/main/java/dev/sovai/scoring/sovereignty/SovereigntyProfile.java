package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.sovai.model.Provenance;
import dev.sovai.scoring.HomeBloc;
import dev.sovai.scoring.csf.CsfWeights;

/**
 * What "sovereign" means for a score, as data: the home bloc (foreign = not in it), the SecNumCloud thresholds, the
 * bloc Gaia-X Label 3 trusts, the CSF weight presets (the first is the headline), the dated export-control regimes,
 * and whether a site's tenants count as paths of lawful access. Start from {@link #standard()} and change what
 * differs with the {@code with…} methods.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class SovereigntyProfile {
  private static final SovereigntyProfile STANDARD = new SovereigntyProfile("eu-default", "1",
      Provenance.of("sovai standard sovereignty profile: ANSSI SecNumCloud 3.2 (2022), Gaia-X Policy Rules Compliance"
          + " Document 24.11, EU Cloud Sovereignty Framework v1.2.1 (2025) and calculator (June 2026), US BIS"
          + " AI-chip export controls 2025-2026", 2026),
      HomeBloc.EU, SecNumCloudThresholds.V3_2, "EEA", CsfWeights.presets(), ExportControlRegime.US_AI_CHIPS, true,
      false);

  private final String name;
  private final String version;
  private final Provenance provenance;
  private final HomeBloc home;
  private final SecNumCloudThresholds secNumCloud;
  private final String gaiaXBloc;
  private final List<CsfWeights> csfWeights;
  private final List<ExportControlRegime> regimes;
  private final boolean tenantsExpose;
  private final boolean scenario;
  /** The label, computed on first use (a String: safe to publish through a race). */
  private String label;

  private SovereigntyProfile(String name, String version, Provenance provenance, HomeBloc home,
      SecNumCloudThresholds secNumCloud, String gaiaXBloc, List<CsfWeights> csfWeights,
      List<ExportControlRegime> regimes, boolean tenantsExpose, boolean scenario) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.home = Objects.requireNonNull(home, "home");
    this.secNumCloud = Objects.requireNonNull(secNumCloud, "secNumCloud");
    this.gaiaXBloc = Objects.requireNonNull(gaiaXBloc, "gaiaXBloc");
    this.csfWeights = List.copyOf(csfWeights);
    if (this.csfWeights.isEmpty()) {
      throw new IllegalArgumentException("profile " + name + " must name at least one CSF weight preset");
    }
    this.regimes = List.copyOf(regimes);
    this.tenantsExpose = tenantsExpose;
    this.scenario = scenario;
  }

  /**
   * The standard profile, named {@code eu-default@1}: home bloc EU; SecNumCloud 3.2; Gaia-X Label 3 over the EEA
   * (Compliance Document 24.11); CSF weights v1.2.1 then the June 2026 calculator; the three dated US AI-chip regimes
   * ({@link ExportControlRegime#US_AI_CHIPS}); tenants count as paths of lawful access.
   *
   * @return the standard profile, not null
   */
  public static SovereigntyProfile standard() {
    return STANDARD;
  }

  /** @return the name, not null */
  public String name() {
    return name;
  }

  /** @return the version, not null */
  public String version() {
    return version;
  }

  /** @return where the profile's choices come from, not null */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * @return {@code name@version}, plus {@code /home=XX} when the home bloc is not the EU and {@code /scenario=id} for a
   *     scenario profile
   */
  public String label() {
    String l = label;
    if (l == null) {
      l = name + "@" + version + (home.equals(HomeBloc.EU) ? "" : "/home=" + home.code())
          + (scenario ? "/scenario=" + String.join("+", regimes.stream().map(ExportControlRegime::id).toList()) : "");
      label = l; // racy but idempotent: every thread computes the same string
    }
    return l;
  }

  /** @return the home bloc, not null */
  public HomeBloc home() {
    return home;
  }

  /** @return the SecNumCloud §19.6 thresholds, not null */
  public SecNumCloudThresholds secNumCloud() {
    return secNumCloud;
  }

  /** @return the bloc Gaia-X Label 3 accepts as European ({@code "EEA"}: EU plus EEA), not null */
  public String gaiaXBloc() {
    return gaiaXBloc;
  }

  /** @return the CSF weight presets, the first used for the headline, not empty */
  public List<CsfWeights> csfWeights() {
    return csfWeights;
  }

  /** @return the export-control regimes, not null */
  public List<ExportControlRegime> regimes() {
    return regimes;
  }

  /** @return true if the regimes are a scenario applied whatever the date ({@link #withScenario}) */
  public boolean isScenario() {
    return scenario;
  }

  /**
   * The regimes a score applies on a date: those in force on it, or every regime of a scenario profile.
   *
   * @param date  the date, not null
   * @return the regimes, not null
   */
  public List<ExportControlRegime> regimesInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return scenario ? regimes : regimes.stream().filter(r -> r.isInForceOn(date)).toList();
  }

  /** @return true if a foreign law reaching a tenant counts as a path of lawful access to the site */
  public boolean tenantsExpose() {
    return tenantsExpose;
  }

  /**
   * @param bloc  the new home bloc, not null
   * @return a copy with that home bloc
   */
  public SovereigntyProfile withHome(HomeBloc bloc) {
    return new SovereigntyProfile(name, version, provenance, bloc, secNumCloud, gaiaXBloc, csfWeights, regimes,
        tenantsExpose, scenario);
  }

  /**
   * @param thresholds  the SecNumCloud thresholds, not null
   * @return a copy with them
   */
  public SovereigntyProfile withSecNumCloud(SecNumCloudThresholds thresholds) {
    return new SovereigntyProfile(name, version, provenance, home, thresholds, gaiaXBloc, csfWeights, regimes,
        tenantsExpose, scenario);
  }

  /**
   * @param weights  the CSF presets, the first for the headline, not empty
   * @return a copy with them
   * @throws IllegalArgumentException if empty
   */
  public SovereigntyProfile withCsfWeights(List<CsfWeights> weights) {
    return new SovereigntyProfile(name, version, provenance, home, secNumCloud, gaiaXBloc, weights, regimes,
        tenantsExpose, scenario);
  }

  /**
   * @param list  the dated export-control regimes, each applied on the dates it is in force, not null
   * @return a copy with them
   */
  public SovereigntyProfile withRegimes(List<ExportControlRegime> list) {
    return new SovereigntyProfile(name, version, provenance, home, secNumCloud, gaiaXBloc, csfWeights, list,
        tenantsExpose, false);
  }

  /**
   * A copy that takes one regime as a scenario: it alone is applied, whatever the as-of date ("what if the AI
   * Diffusion tiers applied today?"). The label says so ({@code eu-default@1/scenario=us-ai-diffusion-2025-01}).
   *
   * @param regime  the regime, not null
   * @return a copy with that scenario
   */
  public SovereigntyProfile withScenario(ExportControlRegime regime) {
    return new SovereigntyProfile(name, version, provenance, home, secNumCloud, gaiaXBloc, csfWeights,
        List.of(Objects.requireNonNull(regime, "regime")), tenantsExpose, true);
  }

  /**
   * @param expose  whether tenants are paths of lawful access
   * @return a copy with that choice
   */
  public SovereigntyProfile withTenantsExpose(boolean expose) {
    return new SovereigntyProfile(name, version, provenance, home, secNumCloud, gaiaXBloc, csfWeights, regimes, expose,
        scenario);
  }

  /**
   * @param newName  the name, not blank
   * @param newVersion  the version, not blank
   * @return a copy under another name and version
   * @throws IllegalArgumentException if a value is blank
   */
  public SovereigntyProfile withName(String newName, String newVersion) {
    if (newName == null || newName.isBlank() || newVersion == null || newVersion.isBlank()) {
      throw new IllegalArgumentException("profile name and version must not be blank, were \"" + newName + "\", \""
          + newVersion + "\"");
    }
    return new SovereigntyProfile(newName, newVersion, provenance, home, secNumCloud, gaiaXBloc, csfWeights, regimes,
        tenantsExpose, scenario);
  }

  /**
   * @param newProvenance  where the profile's choices come from, not null
   * @return a copy with that provenance
   */
  public SovereigntyProfile withProvenance(Provenance newProvenance) {
    return new SovereigntyProfile(name, version, newProvenance, home, secNumCloud, gaiaXBloc, csfWeights, regimes,
        tenantsExpose, scenario);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SovereigntyProfile)) {
      return false;
    }
    SovereigntyProfile p = (SovereigntyProfile) o;
    return name.equals(p.name) && version.equals(p.version) && provenance.equals(p.provenance) && home.equals(p.home)
        && secNumCloud.equals(p.secNumCloud) && gaiaXBloc.equals(p.gaiaXBloc) && csfWeights.equals(p.csfWeights)
        && regimes.equals(p.regimes) && tenantsExpose == p.tenantsExpose && scenario == p.scenario;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, provenance, home, secNumCloud, gaiaXBloc, csfWeights, regimes, tenantsExpose,
        scenario);
  }

  @Override
  public String toString() {
    return label();
  }
}
