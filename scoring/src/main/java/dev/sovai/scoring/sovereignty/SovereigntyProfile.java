package dev.sovai.scoring.sovereignty;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.sovai.scoring.HomeBloc;

/**
 * What "sovereign" means for a score, as data: the home bloc (foreign = not in it), the SecNumCloud thresholds, the
 * bloc Gaia-X Label 3 trusts, the CSF weight presets (the first is the headline), the dated export-control regimes,
 * and whether a site's tenants count as paths of lawful access.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class SovereigntyProfile {
  /**
   * The default: home bloc EU; SecNumCloud 3.2; Gaia-X Label 3 over the EEA (Compliance Document 24.11); CSF weights
   * v1.2.1 then the June 2026 calculator; the three dated US AI-chip regimes; tenants count.
   */
  public static final SovereigntyProfile EU_DEFAULT = new SovereigntyProfile("eu-default", "1", HomeBloc.EU,
      SecNumCloudThresholds.V3_2, "EEA", List.of(CsfWeights.V1_2_1, CsfWeights.CALCULATOR_2026_06),
      ExportControlRegime.US_AI_CHIPS, true);

  private final String name;
  private final String version;
  private final HomeBloc home;
  private final SecNumCloudThresholds secNumCloud;
  private final String gaiaXBloc;
  private final List<CsfWeights> csfWeights;
  private final List<ExportControlRegime> regimes;
  private final boolean tenantsExpose;

  private SovereigntyProfile(String name, String version, HomeBloc home, SecNumCloudThresholds secNumCloud,
      String gaiaXBloc, List<CsfWeights> csfWeights, List<ExportControlRegime> regimes, boolean tenantsExpose) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.home = Objects.requireNonNull(home, "home");
    this.secNumCloud = Objects.requireNonNull(secNumCloud, "secNumCloud");
    this.gaiaXBloc = Objects.requireNonNull(gaiaXBloc, "gaiaXBloc");
    this.csfWeights = List.copyOf(csfWeights);
    if (this.csfWeights.isEmpty()) {
      throw new IllegalArgumentException("profile " + name + " must name at least one CSF weight preset");
    }
    this.regimes = List.copyOf(regimes);
    this.tenantsExpose = tenantsExpose;
  }

  /** @return the name, not null */
  public String name() {
    return name;
  }

  /** @return the version, not null */
  public String version() {
    return version;
  }

  /** @return {@code name@version}, plus {@code /home=XX} when the home bloc is not the EU */
  public String label() {
    return name + "@" + version + (home.equals(HomeBloc.EU) ? "" : "/home=" + home.code());
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

  /** @return the dated export-control regimes */
  public List<ExportControlRegime> regimes() {
    return regimes;
  }

  /**
   * @param date  the date, not null
   * @return the regimes in force on that date
   */
  public List<ExportControlRegime> regimesInForceOn(LocalDate date) {
    return regimes.stream().filter(r -> r.isInForceOn(date)).toList();
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
    return new SovereigntyProfile(name, version, bloc, secNumCloud, gaiaXBloc, csfWeights, regimes, tenantsExpose);
  }

  /**
   * @param thresholds  the SecNumCloud thresholds, not null
   * @return a copy with them
   */
  public SovereigntyProfile withSecNumCloud(SecNumCloudThresholds thresholds) {
    return new SovereigntyProfile(name, version, home, thresholds, gaiaXBloc, csfWeights, regimes, tenantsExpose);
  }

  /**
   * @param weights  the CSF presets, the first for the headline, not empty
   * @return a copy with them
   * @throws IllegalArgumentException if empty
   */
  public SovereigntyProfile withCsfWeights(List<CsfWeights> weights) {
    return new SovereigntyProfile(name, version, home, secNumCloud, gaiaXBloc, weights, regimes, tenantsExpose);
  }

  /**
   * @param list  the export-control regimes (e.g. one scenario alone), not null
   * @return a copy with them
   */
  public SovereigntyProfile withRegimes(List<ExportControlRegime> list) {
    return new SovereigntyProfile(name, version, home, secNumCloud, gaiaXBloc, csfWeights, list, tenantsExpose);
  }

  /**
   * @param expose  whether tenants are paths of lawful access
   * @return a copy with that choice
   */
  public SovereigntyProfile withTenantsExpose(boolean expose) {
    return new SovereigntyProfile(name, version, home, secNumCloud, gaiaXBloc, csfWeights, regimes, expose);
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
    return new SovereigntyProfile(newName, newVersion, home, secNumCloud, gaiaXBloc, csfWeights, regimes, tenantsExpose);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SovereigntyProfile)) {
      return false;
    }
    SovereigntyProfile p = (SovereigntyProfile) o;
    return name.equals(p.name) && version.equals(p.version) && home.equals(p.home) && secNumCloud.equals(p.secNumCloud)
        && gaiaXBloc.equals(p.gaiaXBloc) && csfWeights.equals(p.csfWeights) && regimes.equals(p.regimes)
        && tenantsExpose == p.tenantsExpose;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, version, home, secNumCloud, gaiaXBloc, csfWeights, regimes, tenantsExpose);
  }

  @Override
  public String toString() {
    return label();
  }
}
