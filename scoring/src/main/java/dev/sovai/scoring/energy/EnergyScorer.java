package dev.sovai.scoring.energy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.sovai.model.UnknownEntityException;
import dev.sovai.model.assessment.EntityKind;
import dev.sovai.model.assessment.EntityRef;
import dev.sovai.model.landscape.Landscape;
import dev.sovai.model.site.Site;
import dev.sovai.model.site.SiteStatus;
import dev.sovai.scoring.EntityScorer;

/**
 * Computes the energy assessment of a site, an operator (the sites it runs) or a whole landscape, under an
 * {@link EnergyProfile}. A pure function of (landscape, profile, as-of date).
 *
 * <p><b>Power.</b> IT power is the one in force on the as-of date ({@code Site.capacityOn(asOf)}: the latest dated
 * capacity step's, else the site's {@code itCapacityMw}); a step that gives only facility power gives IT power as
 * facility power ÷ PUE (flagged when the PUE is defaulted), and its facility power is used as reported. When no
 * power is known, it is estimated from the
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
 * <p>One site is computed by {@code SiteEnergyComputation}. The regulatory marks are computed by framework: EU CSF
 * SOV-8.1 there, SOV-8.4 in {@code CsfSupplyMark}, Gaia-X
 * P6 in {@code GaiaXMarks}, the German EnEfG in {@code EnEfGMarks}; the market-based view in {@code MarketCarbon}.
 *
 * <p>Implementation Requirements: This class is immutable and thread-safe.
 */
public final class EnergyScorer implements EntityScorer<EnergyProfile, SiteEnergy, EnergyAggregate, EnergyAggregate> {
  private final EnergyProfile profile;
  /** True to build the words of results at once: only to compare with the lazy form, which is the same. */
  private final boolean eagerText;

  private EnergyScorer(EnergyProfile profile, boolean eagerText) {
    this.profile = profile;
    this.eagerText = eagerText;
  }

  /**
   * Obtains a scorer.
   *
   * @param profile  the profile, not null
   * @return the scorer, not null
   */
  public static EnergyScorer of(EnergyProfile profile) {
    return new EnergyScorer(Objects.requireNonNull(profile, "profile"), false);
  }

  /**
   * Obtains a scorer whose results build their words (derivations, messages, gaps, findings) at once instead of when
   * first read: the results are equal to those of {@link #of}; used only to compare the two.
   */
  static EnergyScorer eagerText(EnergyProfile profile) {
    return new EnergyScorer(Objects.requireNonNull(profile, "profile"), true);
  }

  /** @return the profile, not null */
  @Override
  public EnergyProfile profile() {
    return profile;
  }

  /**
   * Assesses one site.
   *
   * @param landscape  the landscape, not null
   * @param siteId  the site's identifier, not null
   * @param asOf  the date of the regulatory marks and of the site's status, not null
   * @return the assessment, not null
   * @throws UnknownEntityException if the site is not in the landscape
   */
  @Override
  public SiteEnergy site(Landscape landscape, String siteId, LocalDate asOf) {
    Objects.requireNonNull(landscape, "landscape");
    Objects.requireNonNull(asOf, "asOf");
    Site s = landscape.site(Objects.requireNonNull(siteId, "siteId"))
        .orElseThrow(() -> new UnknownEntityException(EntityKind.SITE, siteId));
    return new SiteEnergyComputation(new EnergyPass(profile, eagerText, landscape, asOf), s, s.statusOn(asOf)).compute();
  }

  /**
   * Assesses the sites an operator runs (not cancelled or decommissioned on the date), summing extensive
   * quantities and weighting intensive ones by energy.
   *
   * @param landscape  the landscape, not null
   * @param operatorId  the operator's identifier, not null
   * @param asOf  the date, not null
   * @return the aggregate, not null
   * @throws UnknownEntityException if the operator is not in the landscape
   */
  @Override
  public EnergyAggregate operator(Landscape landscape, String operatorId, LocalDate asOf) {
    Objects.requireNonNull(landscape, "landscape");
    landscape.operator(Objects.requireNonNull(operatorId, "operatorId"))
        .orElseThrow(() -> new UnknownEntityException(EntityKind.OPERATOR, operatorId));
    return aggregate(EntityRef.of(EntityKind.OPERATOR, operatorId), landscape, landscape.sitesOperatedBy(operatorId), asOf);
  }

  /**
   * Assesses every site of a landscape (not cancelled or decommissioned on the date). Linear in the number of
   * sites and lots.
   *
   * @param landscape  the landscape, not null
   * @param asOf  the date, not null
   * @return the aggregate, not null
   */
  @Override
  public EnergyAggregate landscape(Landscape landscape, LocalDate asOf) {
    Objects.requireNonNull(landscape, "landscape");
    return aggregate(EntityRef.of(EntityKind.LANDSCAPE, "landscape"), landscape, landscape.sites(), asOf);
  }

  private EnergyAggregate aggregate(EntityRef subject, Landscape landscape, List<Site> sites, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    List<Site> sorted = new ArrayList<>(sites);
    sorted.sort(Comparator.comparing(Site::id));
    EnergyPass pass = new EnergyPass(profile, eagerText, landscape, asOf);
    EnergyAggregate.Totals totals = new EnergyAggregate.Totals();
    for (Site s : sorted) {
      SiteStatus status = s.statusOn(asOf);
      if (!status.isEnded()) {
        totals.add(new SiteEnergyComputation(pass, s, status).compute());
      }
    }
    return totals.build(subject, asOf, profile.label());
  }
}
